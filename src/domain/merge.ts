import type { ArticleBatch } from './article-batch';
import type { Change, ChangeStamp } from './change';
import type { Claim } from './claim';
import type { Entity, Label } from './entity';
import { mergeLabels } from './entity';
import { InvalidInputError } from './errors';
import { claimId, mentionId } from './ids';
import { claimEntityIds } from './retraction';
import { uniqueById } from './unique-by-id';

/**
 * Everything a merge moved, kept in its history entry (`before`) so that
 * an unmerge can put it back as it was: the merged entity as stored, the
 * claims that named it (in any role) and the mentions of it, as they were,
 * and the aliases the survivor gained.
 */
export interface MergeRecord {
  readonly mergeId: string;
  readonly intoId: string;
  readonly fromId: string;
  readonly from: Entity;
  readonly claims: readonly Claim[];
  readonly mentionIds: readonly string[];
  readonly addedAliases: readonly Label[];
}

export interface MergeResult {
  /** False when the entities were already merged: `change` is then that earlier merge. */
  readonly merged: boolean;
  readonly mergeId: string;
  /** The survivor. */
  readonly intoId: string;
  readonly change: Change;
}

export interface UnmergeResult {
  /** False when the merge was already undone: `change` is then that earlier unmerge. */
  readonly unmerged: boolean;
  readonly change: Change;
}

/** A merge's id, from its change's id, so that a retried transaction names it the same. */
export function mergeIdOf(stamp: ChangeStamp): string {
  return stamp.id.replace(/^change:/, 'merge:');
}

/** Merging an entity into itself is a mistake of the caller's, not a merge that changes nothing. */
export function sameEntityError(id: string): InvalidInputError {
  return new InvalidInputError(
    `An entity cannot be merged into itself ("${id}"); give two different ids.`,
    { into: id, from: id },
  );
}

/** The survivor gains every name of the merged entity, as aliases: its own labels stay its preferred names. */
export function namesGained(from: Entity): Label[] {
  return mergeLabels([{ lang: 'und', text: from.name }], from.labels, from.aliases);
}

/** The claim with `fromId` replaced by `intoId` in every role; its id stays. */
export function claimMovedTo(claim: Claim, fromId: string, intoId: string): Claim {
  const move = (id: string | null) => (id === fromId ? intoId : id);
  return {
    ...claim,
    subjectId: move(claim.subjectId)!,
    objectId: move(claim.objectId),
    locationId: move(claim.locationId),
    itemId: move(claim.itemId),
    attributedToId: move(claim.attributedToId),
    reportedById: move(claim.reportedById),
  };
}

/** Listed under the merge, both entities and every claim it moved. */
export function mergeChange(stamp: ChangeStamp, record: MergeRecord): Change {
  return {
    ...stamp,
    action: 'MERGE_ENTITIES',
    targetIds: [
      record.mergeId,
      record.intoId,
      record.fromId,
      ...record.claims.map((claim) => claim.id),
    ],
    before: record,
    after: { mergeId: record.mergeId, intoId: record.intoId, fromId: record.fromId },
  };
}

/** Listed under the same ids as its merge. */
export function unmergeChange(stamp: ChangeStamp, merge: Change): Change {
  const record = merge.before as MergeRecord;
  return {
    ...stamp,
    action: 'UNMERGE_ENTITIES',
    targetIds: merge.targetIds,
    before: merge.after,
    after: { mergeId: record.mergeId, restored: record.fromId },
  };
}

/**
 * The batch with every merged entity replaced by its survivor: an article
 * naming an old name or id is written on the survivor. Mention and claim
 * ids are derived again from the survivor's id (as an extractor linking the
 * survivor would have made them); duplicates this makes are written once.
 * `survivorOf` holds only merged ids.
 */
export function redirectBatch(
  batch: ArticleBatch,
  survivorOf: ReadonlyMap<string, string>,
): ArticleBatch {
  if (survivorOf.size === 0) return batch;
  const to = (id: string) => survivorOf.get(id) ?? id;
  const toOrNull = (id: string | null) => (id === null ? null : to(id));
  const mentions = batch.mentions.map((mention) => {
    const entityId = to(mention.entityId);
    return entityId === mention.entityId
      ? mention
      : { ...mention, entityId, id: mentionId(mention.articleId, entityId, mention.span.start) };
  });
  const claims = batch.claims.map((claim) => {
    if (!claimEntityIds(claim).some((id) => survivorOf.has(id))) return claim;
    const moved: Claim = {
      ...claim,
      subjectId: to(claim.subjectId),
      objectId: toOrNull(claim.objectId),
      locationId: toOrNull(claim.locationId),
      itemId: toOrNull(claim.itemId),
      attributedToId: toOrNull(claim.attributedToId),
      reportedById: toOrNull(claim.reportedById),
    };
    return {
      ...moved,
      id: claimId({ ...moved, sentenceStart: moved.sentenceSpan.start }),
    };
  });
  return {
    ...batch,
    entities: batch.entities.filter((entity) => !survivorOf.has(entity.id)),
    mentions: uniqueById(mentions),
    claims: uniqueById(claims),
  };
}
