import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { VERDICTS } from '../../domain/review';
import type { Verdict } from '../../domain/review';

export const VerdictEnum = Object.fromEntries(VERDICTS.map((v) => [v, v])) as {
  [K in Verdict]: K;
};
registerEnumType(VerdictEnum, {
  name: 'Verdict',
  description:
    'An analyst’s judgement of a claim. WRONG takes it out of relations, stats, sources, timelines and walks; CORRECT keeps it in.',
});

@ObjectType('ClaimReview', { description: 'The latest judgement of a claim (`reviewClaim`).' })
export class ClaimReviewType {
  @Field(() => VerdictEnum)
  verdict!: Verdict;

  @Field(() => String, { nullable: true, description: 'Why, in the editor’s words.' })
  note!: string | null;

  @Field({ description: 'The name of the key that judged it.' })
  editor!: string;

  @Field({ description: 'ISO 8601 UTC date-time of the judgement.' })
  at!: string;
}

@ObjectType('ReviewClaimResult')
export class ReviewClaimResultType {
  @Field({
    description:
      'False when the claim already had this verdict and note: `review` is then that earlier judgement, and the history is unchanged.',
  })
  changed!: boolean;

  @Field(() => ClaimReviewType)
  review!: ClaimReviewType;
}
