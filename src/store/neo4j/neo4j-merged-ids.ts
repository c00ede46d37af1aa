import type { ArticleBatch } from '../../domain/article-batch';
import { redirectBatch } from '../../domain/merge';
import { claimEntityIds } from '../../domain/retraction';
import { run } from './neo4j-cypher';
import { lockEntities } from './neo4j-entity-locks';
import type { Runner } from './neo4j-cypher';
import { text } from './neo4j-records';

/**
 * Merged ids (schema/neo4j/012_entity_merges.cypher): a (:MergedEntity)
 * per merged id, with the id it was merged into and the merge's id.
 */

/** More merges in a chain than this is a cycle, which merges never make. */
const MAX_CHAIN = 64;

export interface MergedId {
  readonly intoId: string;
  readonly mergeId: string;
}

export async function mergedInto(tx: Runner, id: string): Promise<MergedId | null> {
  const [row] = await run(tx, {
    text: 'MATCH (m:MergedEntity {id: $id}) RETURN m.intoId AS intoId, m.mergeId AS mergeId',
    params: { id },
  });
  return row ? { intoId: text(row, 'intoId'), mergeId: text(row, 'mergeId') } : null;
}

export async function survivorId(tx: Runner, id: string): Promise<string> {
  let current = id;
  for (let step = 0; step < MAX_CHAIN; step += 1) {
    const next = await mergedInto(tx, current);
    if (!next) return current;
    current = next.intoId;
  }
  throw new Error(`invariant: the merges from ${id} form a cycle`);
}

/** The survivor of each merged id among `ids`; ids never merged are left out. */
export async function survivorMap(
  tx: Runner,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await run(tx, {
    text: 'UNWIND $ids AS id MATCH (m:MergedEntity {id: id}) RETURN m.id AS id',
    params: { ids: [...new Set(ids)] },
  });
  const map = new Map<string, string>();
  for (const row of rows) map.set(text(row, 'id'), await survivorId(tx, text(row, 'id')));
  return map;
}

/** The ids merged into each entity, directly or through earlier merges, sorted. */
export async function mergedFrom(tx: Runner, ids: readonly string[]): Promise<string[][]> {
  const found = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  let frontier = ids.map((id) => ({ root: id, id }));
  while (frontier.length > 0) {
    const rows = await run(tx, {
      text: `UNWIND $frontier AS f
MATCH (m:MergedEntity {intoId: f.id}) RETURN f.root AS root, m.id AS id`,
      params: { frontier },
    });
    frontier = rows
      .map((row) => ({ root: text(row, 'root'), id: text(row, 'id') }))
      .filter(({ root, id }) => !found.get(root)!.has(id));
    for (const { root, id } of frontier) found.get(root)!.add(id);
  }
  return ids.map((id) => [...found.get(id)!].sort());
}

/**
 * The survivor of each merged id among `ids`, as survivorMap, read under
 * the write locks of the entities they resolve to. A merge locks both its
 * entities before it reads or deletes anything (neo4j-merge.ts), so a
 * survivor locked here cannot be merged away before this transaction ends,
 * and a merge that took one first has committed its pointer by the time
 * the lock is granted. Pointers are therefore read after the locks, and
 * again after locking each survivor they lead to, until there is no new one.
 */
export async function lockSurvivors(
  tx: Runner,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const named = [...new Set(ids)];
  const locked = new Set<string>();
  let toLock = named;
  for (;;) {
    await lockEntities(tx, toLock);
    for (const id of toLock) locked.add(id);
    const survivors = await survivorMap(tx, named);
    toLock = [...new Set(survivors.values())].filter((id) => !locked.has(id));
    if (toLock.length === 0) return survivors;
  }
}

/**
 * The batches written on the survivors of the entities they name that were
 * merged, with every entity they name locked (lockSurvivors): an ingest
 * racing a merge writes on the survivor, never on the id the merge deleted.
 */
export async function onSurvivors(
  tx: Runner,
  batches: readonly ArticleBatch[],
): Promise<ArticleBatch[]> {
  const named = batches.flatMap((batch) => [
    ...batch.entities.map((e) => e.id),
    ...batch.mentions.map((m) => m.entityId),
    ...batch.claims.flatMap(claimEntityIds),
  ]);
  const survivors = await lockSurvivors(tx, named);
  return batches.map((batch) => redirectBatch(batch, survivors));
}
