import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { newChangeStamp } from '../../domain/change';
import { invariant } from '../../domain/errors';
import type { RetractResult } from '../../domain/retraction';
import type { ReviewClaimResult, Verdict } from '../../domain/review';
import type { ReviewEntityResult } from '../../domain/entity-review';
import { EntityReviewInput } from '../inputs/entity-review.input';
import { ReviewEntityResultType } from '../types/review-entity-result.type';
import { entityEdit } from './entity-edit';
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

  @Authorized('EDITOR')
  @Mutation(() => ReviewEntityResultType, {
    description:
      'Corrects an entity, typically a candidate the extractor made up: renames it (the old name keeps finding and linking it), changes its kind (the id stays), adds aliases (each recorded; extraction links them from then on) and accepts it (`accept: true` clears the candidate flag for good). Recorded in `history(id)` with before and after (`after.addedAliases`). An edit that changes nothing is `changed: false`. NOT_FOUND for an unknown id. Needs an editor key.',
  })
  reviewEntity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => EntityReviewInput) input: EntityReviewInput,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { store, editor }: GraphContext,
  ): Promise<ReviewEntityResult> {
    invariant(editor !== null, 'an editor mutation runs without an editor');
    return store.reviewEntity(
      id,
      entityEdit(input),
      newChangeStamp(editor.name, checkReason(reason)),
    );
  }
}
