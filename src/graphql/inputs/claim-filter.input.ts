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
}
