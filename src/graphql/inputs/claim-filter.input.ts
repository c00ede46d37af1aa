import { Field, ID, InputType } from 'type-graphql';
import type { Modality } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';
import { ModalityEnum, PredicateEnum } from '../enums';

@InputType({ description: 'Every field narrows the list; leave a field out to not filter on it.' })
export class ClaimFilter {
  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true })
  objectId?: string | null;

  @Field(() => [PredicateEnum], { nullable: true })
  predicates?: Predicate[] | null;

  @Field(() => [ModalityEnum], { nullable: true })
  modalities?: Modality[] | null;

  @Field(() => ID, { nullable: true, description: 'Who says it.' })
  attributedToId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who relays it.' })
  reportedById?: string | null;

  @Field(() => ID, { nullable: true })
  articleId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "ISO date. Claims whose period (their time, else their article's date) ends on or after it.",
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date. Claims whose period starts on or before it.',
  })
  to?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Claims in which this entity plays any role: subject, object, location, item, speaker or relay.',
  })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'What was supplied or concerned (oil).' })
  itemId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Where it happened.' })
  locationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The article's publisher, exactly as stored (Article.publisher).",
  })
  publisher?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search over the sentences: every word must occur, as a word or a word prefix, ignoring case and accents. Search syntax is plain text; a text without letters or digits matches nothing.',
  })
  text?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: claims of contested relations (some claims state them, others deny them); false: of the others.',
  })
  contested?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO 8601 date-time such as 2024-12-17T08:00:00Z: claims whose article was stored strictly after it ("new since"; see ingestedAt).',
  })
  ingestedAfter?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: also the claims an editor judged WRONG (`reviewClaim`; see Claim.review), which every other answer leaves out.',
  })
  includeRejected?: boolean | null;
}
