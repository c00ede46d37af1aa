import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { newChangeStamp } from '../../domain/change';
import { invariant } from '../../domain/errors';
import type { MergeResult, UnmergeResult } from '../../domain/merge';
import type { GraphContext } from '../context';
import { MergeResultType, UnmergeResultType } from '../types/merge-result.type';
import { checkReason } from './change-by';

/** Merging two entities that name one thing, and undoing it. Thin: stamp the change, ask the store. */
@Resolver()
export class MergeResolver {
  @Authorized('EDITOR')
  @Mutation(() => MergeResultType, {
    description:
      'Merges `from` into `into`: every claim naming `from` (in any role), its mentions and its names (as aliases) move to `into`, the relations they touch are rebuilt, and `from` goes. Its id still answers `entity(id)` (with the survivor, which lists it in `mergedFrom`), and articles written later that name it are written on the survivor. Recorded in the history under the merge id and both entities. Merging the same entities again is one merge. BAD_USER_INPUT when both ids are the same, NOT_FOUND for an id no entity has or had. Needs an editor key.',
  })
  mergeEntities(
    @Arg('into', () => ID) into: string,
    @Arg('from', () => ID) from: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { store, editor }: GraphContext,
  ): Promise<MergeResult> {
    invariant(editor !== null, 'an editor mutation runs without an editor');
    return store.mergeEntities(into, from, newChangeStamp(editor.name, checkReason(reason)));
  }

  @Authorized('EDITOR')
  @Mutation(() => UnmergeResultType, {
    description:
      'Undoes a merge: the merged entity comes back with its claims, mentions and names, the survivor loses the aliases it gained, the relations are rebuilt. Claims written or retracted since stay as they are. Undoing twice is one unmerge. NOT_FOUND for an unknown merge id; CONFLICT while the survivor is itself merged into another entity (undo that merge first). Needs an editor key.',
  })
  unmergeEntities(
    @Arg('mergeId', () => ID) mergeId: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { store, editor }: GraphContext,
  ): Promise<UnmergeResult> {
    invariant(editor !== null, 'an editor mutation runs without an editor');
    return store.unmergeEntities(mergeId, newChangeStamp(editor.name, checkReason(reason)));
  }
}
