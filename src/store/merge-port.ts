import type { ChangeStamp } from '../domain/change';
import type { MergeResult, UnmergeResult } from '../domain/merge';

/**
 * The part of the GraphStore port that merges two entities naming one
 * thing, and undoes such a merge. A merge leaves its old id behind as a
 * pointer to the survivor, so that old ids keep answering.
 */
export interface MergePort {
  /**
   * Moves everything of `fromId` to `intoId`, in one transaction: the claims
   * naming it in any role, its mentions, and its name, labels and aliases
   * (as the survivor's aliases); rebuilds the relations those claims belong
   * to; deletes `fromId`, leaving it as a pointer to the survivor; records
   * the merge in the history (`mergeChange`), listed under the merge id.
   * Merging entities already merged (directly or through earlier merges)
   * changes nothing and answers the merge that joined them. Rejects with
   * InvalidInputError when both ids are the same, NotFoundError when an id
   * names no entity and no merged one.
   */
  mergeEntities(intoId: string, fromId: string, stamp: ChangeStamp): Promise<MergeResult>;

  /**
   * Undoes a merge, in one transaction: the merged entity comes back as it
   * was, with its claims, mentions and names; the survivor loses the aliases
   * it gained; the relations are rebuilt; the pointer goes. Claims and
   * mentions written or removed since (by later ingests or retractions)
   * stay as they are now. Undoing an undone merge changes nothing and
   * answers the earlier unmerge. Rejects with NotFoundError for an unknown
   * merge id, ConflictError while the survivor is itself merged into
   * another entity (undo that merge first).
   */
  unmergeEntities(mergeId: string, stamp: ChangeStamp): Promise<UnmergeResult>;

  /**
   * Each id's survivor, following merges, in the order of `ids`: the id
   * itself when it was never merged (whether or not an entity has it).
   */
  survivorIds(ids: readonly string[]): Promise<string[]>;

  /** The ids merged into each entity, directly or through earlier merges, sorted; in the order of `ids`. */
  mergedFrom(ids: readonly string[]): Promise<string[][]>;
}
