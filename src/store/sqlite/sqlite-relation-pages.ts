import type Database from 'better-sqlite3';
import type { Predicate } from '../../domain/predicates';
import type { Direction, PageRequest } from '../graph-store';
import { jsonList } from './sqlite-filters';
import type { RelationRow } from './sqlite-rows';
import { statements } from './sqlite-statements';

/**
 * The conditions that find an entity's relations at each of its ends, one
 * per index (migration 021), so that each is read in the page's order. A
 * relation from the entity to itself is found once, on its subject side.
 */
const ENDS: Readonly<Record<Direction, readonly string[]>> = {
  OUT: ['r.subject_id = @id'],
  IN: ['r.object_id = @id'],
  BOTH: ['r.subject_id = @id', 'r.object_id = @id AND r.subject_id <> @id'],
};

const ORDER = 'claim_count DESC, id';

/**
 * Each entity's page of relations, most claims first, with its total
 * (graph-store.ts `relationsOfEntities`). A page is read from the
 * claim-ordered indexes of its ends and stops at the page's end; the total
 * of every relation at both ends is the degree the store keeps (migration
 * 016), the others are counted on the indexes alone. A hub's tens of
 * thousands of relations are never read for a page of twenty. One
 * statement per entity, on purpose: in process, each is a few index seeks,
 * where one statement for the batch had to number every relation of every
 * entity in it.
 */
export function relationPagesOfEntities(
  db: Database.Database,
  entityIds: readonly string[],
  options: { readonly direction: Direction; readonly predicates?: readonly Predicate[] },
  page: PageRequest,
): { items: RelationRow[]; totalCount: number }[] {
  const predicates = jsonList(options.predicates);
  const ofPredicates =
    predicates === null ? '' : ' AND r.predicate IN (SELECT value FROM json_each(@predicates))';
  const ends = ENDS[options.direction].map((end) => `${end}${ofPredicates}`);
  const rows = statements(db).prepare<Record<string, unknown>, RelationRow>(
    `${ends.map((end) => `SELECT r.* FROM relations r WHERE ${end}`).join(' UNION ALL ')}
     ORDER BY ${ORDER} LIMIT @first OFFSET @offset`,
  );
  const counted = statements(db).prepare<Record<string, unknown>, { n: number }>(
    `SELECT ${ends.map((end) => `(SELECT count(*) FROM relations r WHERE ${end})`).join(' + ')} AS n`,
  );
  const degrees =
    options.direction === 'BOTH' && predicates === null ? keptDegrees(db, entityIds) : null;
  return entityIds.map((id, i) => ({
    items: rows.all({ id, predicates, first: page.first, offset: page.offset }),
    totalCount: degrees?.[i] ?? counted.get({ id, predicates })!.n,
  }));
}

/** Each entity's number of relations, from the degrees the store keeps (migration 016). */
export function keptDegrees(db: Database.Database, entityIds: readonly string[]): number[] {
  const rows = statements(db)
    .prepare<[string], { id: string; n: number }>(
      `SELECT entity_id AS id, degree AS n FROM entity_degrees
       WHERE entity_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(entityIds));
  const byId = new Map(rows.map((row) => [row.id, row.n]));
  return entityIds.map((id) => byId.get(id) ?? 0);
}
