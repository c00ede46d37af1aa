import type Database from 'better-sqlite3';
import type { Change, ChangeAction, ChangeStamp } from '../../domain/change';
import type { Claim } from '../../domain/claim';
import type { Entity, Label } from '../../domain/entity';
import { ConflictError, invariant, NotFoundError } from '../../domain/errors';
import { foldText } from '../../domain/ids';
import type { MergeRecord, MergeResult, UnmergeResult } from '../../domain/merge';
import {
  claimMovedTo,
  mergeChange,
  mergeIdOf,
  namesGained,
  sameEntityError,
  unmergeChange,
} from '../../domain/merge';
import { relationIdOf } from '../../domain/relation';
import { recordChange, toChange } from './sqlite-curation';
import { recomputeRelations } from './sqlite-relations';
import type { ClaimRow } from './sqlite-rows';
import { toClaim } from './sqlite-rows';
import { statements } from './sqlite-statements';

/** How the merge reads and writes entities as the store does. */
export interface EntityAccess {
  entities(ids: readonly string[]): (Entity | null)[];
  /** Upserts as upsertArticle does: names are added, never removed. */
  write(entity: Entity): void;
}

/** More merges in a chain than this is a cycle, which merges never make. */
const MAX_CHAIN = 64;

function mergedInto(
  db: Database.Database,
  id: string,
): { into_id: string; merge_id: string } | undefined {
  return statements(db)
    .prepare<[string], { into_id: string; merge_id: string }>(
      'SELECT into_id, merge_id FROM entity_merges WHERE from_id = ?',
    )
    .get(id);
}

export function survivorId(db: Database.Database, id: string): string {
  let current = id;
  for (let step = 0; step < MAX_CHAIN; step += 1) {
    const next = mergedInto(db, current);
    if (!next) return current;
    current = next.into_id;
  }
  throw new Error(`invariant: the merges from ${id} form a cycle`);
}

/** Whether any entity is merged: until one is, survivorMap finds none. */
export function anyEntityMerged(db: Database.Database): boolean {
  return (
    statements(db)
      .prepare<[], { found: number }>('SELECT EXISTS (SELECT 1 FROM entity_merges) AS found')
      .get()!.found === 1
  );
}

/** The survivor of each merged id among `ids`; ids never merged are left out. */
export function survivorMap(db: Database.Database, ids: readonly string[]): Map<string, string> {
  const merged = statements(db)
    .prepare<[string], { from_id: string }>(
      'SELECT from_id FROM entity_merges WHERE from_id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify([...new Set(ids)]));
  return new Map(merged.map((row) => [row.from_id, survivorId(db, row.from_id)]));
}

export function mergedFrom(db: Database.Database, id: string): string[] {
  return statements(db)
    .prepare<[string], { id: string }>(
      `WITH RECURSIVE merged (id) AS (
         SELECT from_id FROM entity_merges WHERE into_id = ?
         UNION SELECT m.from_id FROM entity_merges m JOIN merged ON m.into_id = merged.id)
       SELECT id FROM merged ORDER BY id`,
    )
    .all(id)
    .map((row) => row.id);
}

function changeUnder(db: Database.Database, targetId: string, action: ChangeAction): Change | null {
  const row = db
    .prepare<[string, string], Parameters<typeof toChange>[0]>(
      `SELECT c.* FROM change_targets t JOIN changes c ON c.id = t.change_id
       WHERE t.target_id = ? AND c.action = ? ORDER BY t.at DESC, t.change_id DESC LIMIT 1`,
    )
    .get(targetId, action);
  return row ? toChange(row) : null;
}

function earlierMerge(db: Database.Database, mergeId: string, intoId: string): MergeResult {
  const change = changeUnder(db, mergeId, 'MERGE_ENTITIES');
  invariant(change !== null, `merge ${mergeId} has no history`);
  return { merged: false, mergeId, intoId, change };
}

const NAMES_ENTITY = `? IN (subject_id, object_id, location_id, item_id, attributed_to_id, reported_by_id)`;

/** SqliteGraphStore.mergeEntities' work, in one immediate transaction. */
export function mergeEntities(
  db: Database.Database,
  requested: { readonly intoId: string; readonly fromId: string },
  stamp: ChangeStamp,
  access: EntityAccess,
): MergeResult {
  if (requested.intoId === requested.fromId) throw sameEntityError(requested.intoId);
  return db
    .transaction((): MergeResult => {
      const intoId = survivorId(db, requested.intoId);
      const fromId = survivorId(db, requested.fromId);
      const [into, from] = access.entities([intoId, fromId]);
      if (!into) throw new NotFoundError('entity', requested.intoId);
      if (!from) throw new NotFoundError('entity', requested.fromId);
      if (intoId === fromId) {
        const joined = mergedInto(db, requested.fromId) ?? mergedInto(db, requested.intoId)!;
        return earlierMerge(db, joined.merge_id, intoId);
      }
      const mergeId = mergeIdOf(stamp);
      const claims = statements(db)
        .prepare<[string], ClaimRow>(`SELECT * FROM claims WHERE ${NAMES_ENTITY} ORDER BY id`)
        .all(fromId)
        .map(toClaim);
      const mentionIds = statements(db)
        .prepare<[string], { id: string }>(
          'SELECT id FROM mentions WHERE entity_id = ? ORDER BY id',
        )
        .all(fromId)
        .map((row) => row.id);
      const relationIds = new Set(claims.map(relationIdOf));
      for (const claim of claims) {
        relationIds.add(setClaimEntities(db, claimMovedTo(claim, fromId, intoId)));
      }
      statements(db)
        .prepare('UPDATE mentions SET entity_id = ? WHERE entity_id = ?')
        .run(intoId, fromId);
      access.write({ ...into, labels: [], aliases: namesGained(from) });
      const addedAliases = newLabels(into.aliases, access.entities([intoId])[0]!.aliases);
      recomputeRelations(db, [...relationIds]);
      deleteEntity(db, fromId);
      statements(db)
        .prepare('INSERT INTO entity_merges (from_id, into_id, merge_id) VALUES (?, ?, ?)')
        .run(fromId, intoId, mergeId);
      const record: MergeRecord = {
        mergeId,
        intoId,
        fromId,
        from,
        claims,
        mentionIds,
        addedAliases,
      };
      const change = mergeChange(stamp, record);
      recordChange(db, change);
      return { merged: true, mergeId, intoId, change };
    })
    .immediate();
}

/** SqliteGraphStore.unmergeEntities' work, in one immediate transaction. */
export function unmergeEntities(
  db: Database.Database,
  mergeId: string,
  stamp: ChangeStamp,
  access: EntityAccess,
): UnmergeResult {
  return db
    .transaction((): UnmergeResult => {
      const merge = changeUnder(db, mergeId, 'MERGE_ENTITIES');
      if (!merge) throw new NotFoundError('merge', mergeId);
      const active = statements(db)
        .prepare<[string], { from_id: string }>(
          'SELECT from_id FROM entity_merges WHERE merge_id = ?',
        )
        .get(mergeId);
      if (!active) {
        const earlier = changeUnder(db, mergeId, 'UNMERGE_ENTITIES');
        invariant(earlier !== null, `merge ${mergeId} is neither active nor undone`);
        return { unmerged: false, change: earlier };
      }
      const record = merge.before as MergeRecord;
      const intoMerged = mergedInto(db, record.intoId);
      if (intoMerged) {
        throw new ConflictError(
          `"${record.intoId}" was merged into another entity since (merge ${intoMerged.merge_id}); undo that merge first.`,
          { mergeId, blockedBy: intoMerged.merge_id },
        );
      }
      access.write(record.from);
      removeAliases(db, record.intoId, record.addedAliases);
      const relationIds = new Set<string>();
      const current = statements(db).prepare<[string], { relation_id: string }>(
        'SELECT relation_id FROM claims WHERE id = ?',
      );
      for (const claim of record.claims) {
        const stored = current.get(claim.id);
        if (!stored) continue;
        relationIds.add(stored.relation_id);
        relationIds.add(setClaimEntities(db, claim));
      }
      const restoreMention = statements(db).prepare(
        'UPDATE mentions SET entity_id = ? WHERE id = ? AND entity_id = ?',
      );
      for (const id of record.mentionIds) restoreMention.run(record.fromId, id, record.intoId);
      recomputeRelations(db, [...relationIds]);
      statements(db).prepare('DELETE FROM entity_merges WHERE merge_id = ?').run(mergeId);
      const change = unmergeChange(stamp, merge);
      recordChange(db, change);
      return { unmerged: true, change };
    })
    .immediate();
}

/** Writes a claim's entity columns and relation; answers its relation id. */
function setClaimEntities(db: Database.Database, claim: Claim): string {
  const relationId = relationIdOf(claim);
  statements(db)
    .prepare(
      `UPDATE claims SET subject_id = ?, object_id = ?, location_id = ?, item_id = ?,
         attributed_to_id = ?, reported_by_id = ?, relation_id = ? WHERE id = ?`,
    )
    .run(
      claim.subjectId,
      claim.objectId,
      claim.locationId,
      claim.itemId,
      claim.attributedToId,
      claim.reportedById,
      relationId,
      claim.id,
    );
  return relationId;
}

function newLabels(before: readonly Label[], after: readonly Label[]): Label[] {
  const known = new Set(before.map((l) => `${l.lang}\u0000${l.text}`));
  return after.filter((l) => !known.has(`${l.lang}\u0000${l.text}`));
}

function removeAliases(db: Database.Database, entityId: string, aliases: readonly Label[]): void {
  const remove = statements(db).prepare(
    "DELETE FROM entity_names WHERE entity_id = ? AND type = 'alias' AND lang = ? AND text = ?",
  );
  // One full-text row per name row (upsertEntity adds one per name it adds).
  const removeIndexed = statements(db).prepare(
    `DELETE FROM entity_names_fts WHERE rowid =
       (SELECT rowid FROM entity_names_fts WHERE entity_id = ? AND folded = ? LIMIT 1)`,
  );
  for (const alias of aliases) {
    if (remove.run(entityId, alias.lang, alias.text).changes > 0) {
      removeIndexed.run(entityId, foldText(alias.text));
    }
  }
}

function deleteEntity(db: Database.Database, id: string): void {
  statements(db).prepare('DELETE FROM entity_names_fts WHERE entity_id = ?').run(id);
  statements(db).prepare('DELETE FROM entity_names WHERE entity_id = ?').run(id);
  statements(db).prepare('DELETE FROM entities WHERE id = ?').run(id);
}
