import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { Modality } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';
import { ModalityEnum, PredicateEnum } from '../enums';
import { connectionType } from './connection.type';
import { SpanType } from './span.type';

@ObjectType('Quantity', { description: 'A count or range, such as 10 000 to 12 000 soldiers.' })
export class QuantityType {
  @Field(() => Float, { nullable: true })
  min!: number | null;

  @Field(() => Float, { nullable: true })
  max!: number | null;

  @Field()
  unit!: string;
}

@ObjectType('TimeRange', {
  description: 'Inclusive ISO dates; a single day has from = to; either end may be open.',
})
export class TimeRangeType {
  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;
}

@ObjectType('Claim', {
  description:
    'The unit of evidence: what an article states, who says it (attributedTo), who relays it (reportedBy), how sure, and the exact sentence.',
})
export class ClaimType {
  @Field(() => ID)
  id!: string;

  @Field(() => PredicateEnum)
  predicate!: Predicate;

  @Field(() => String, {
    nullable: true,
    description: 'The object when it is a value, not an entity.',
  })
  objectValue!: string | null;

  @Field(() => QuantityType, { nullable: true })
  quantity!: QuantityType | null;

  @Field(() => TimeRangeType, { nullable: true })
  time!: TimeRangeType | null;

  @Field(() => ModalityEnum)
  modality!: Modality;

  @Field({ description: 'The exact sentence of the article stating the claim.' })
  sentence!: string;

  @Field(() => SpanType)
  sentenceSpan!: SpanType;

  @Field(() => String, {
    nullable: true,
    description: 'The channel the speaker used, e.g. "Telegram".',
  })
  channel!: string | null;

  @Field({ description: 'What produced the claim: "hand-annotation" or an extractor name.' })
  extractor!: string;

  @Field(() => Float)
  confidence!: number;
}

/** What `includeRejected` means wherever claims are listed. */
export const INCLUDE_REJECTED_DESCRIPTION =
  'true: also the claims an editor judged WRONG (`reviewClaim`; see Claim.review), which every other answer leaves out.';

export const ClaimConnection = connectionType('Claim', ClaimType);
