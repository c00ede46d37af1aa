import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { newChangeStamp } from '../../domain/change';
import { invariant } from '../../domain/errors';
import type { RetractResult } from '../../domain/retraction';
import type { ReviewClaimResult, Verdict } from '../../domain/review';
import type { GraphContext } from '../context';
import { RetractResultType } from '../types/retract-result.type';
import { ReviewClaimResultType, VerdictEnum } from '../types/claim-review.type';
import { checkReason } from './change-by';

/** The analysts' corrections. Thin: check arguments, stamp the change, ask the store. */
@Resolver()
export class CurationResolver {
  @Authorized('EDITOR')
  @Mutation(() => RetractResultType, {
    description:
      'Takes an article out of every answer: its claims and mentions go, the relations they supported are rebuilt, candidate entities nothing else names go too. The article and its claims stay in the history (`history(id)`); ingesting it again brings it back. Retracting twice is one retraction. NOT_FOUND for an id no article has or had. Needs an editor key.',
  })
  retractArticle(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { store, editor }: GraphContext,
  ): Promise<RetractResult> {
    invariant(editor !== null, 'an editor mutation runs without an editor');
    return store.retractArticle(id, newChangeStamp(editor.name, checkReason(reason)));
  }

  @Authorized('EDITOR')
  @Mutation(() => ReviewClaimResultType, {
    description:
      'Judges a claim. WRONG takes it out of relations (rebuilt without it), stats, sources, timelines, paths and neighbourhoods and claim lists (`includeRejected: true` lists it, with `review`); CORRECT brings it back. The verdict is kept under the claim id, which stays the same when its article is ingested again, so it applies again. The same verdict and note twice is one review. Recorded in `history(id)` of the claim and its article. NOT_FOUND for an id no stored claim has. Needs an editor key.',
  })
  reviewClaim(
    @Arg('id', () => ID) id: string,
    @Arg('verdict', () => VerdictEnum) verdict: Verdict,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() { store, editor }: GraphContext,
  ): Promise<ReviewClaimResult> {
    invariant(editor !== null, 'an editor mutation runs without an editor');
    return store.reviewClaim(id, verdict, newChangeStamp(editor.name, checkReason(note, 'note')));
  }
}
