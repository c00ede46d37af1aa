import type Database from 'better-sqlite3';
import { jsonList } from './sqlite-filters';
import type { RelationRow } from './sqlite-rows';
import { PREDICATE_FILTER, STRENGTH_ORDER } from './sqlite-traversal';

/**
 * The strongest relations among a neighbourhood's entities (graph-store.ts
 * `Subgraph`). Every such relation leaves one of them, so it lies in that
 * entity's outgoing range of `relations_out_by_strength` (migration 009),
 * whose rows are ranked by independent sources first. The answer keeps the
 * `most + 1` strongest: once that many are found with at least `b` sources,
 * no relation with fewer can be among them, and each range is read only down
 * to `b`. A neighbourhood's hubs are joined to one another by their
 * strongest relations, so `b` is found high, by halving it from
 * `FIRST_BOUND` while fewer are found: the scale bench's neighbourhood of an
 * organisation of rank 200 reads its answer from 1,600 index rows below 16
 * sources, where one seek per pair of its 100 entities (migration 017) made
 * 10,000 seeks. When the ranges down to `b` hold more rows than those seeks
 * would cost (a person's neighbourhood, whose few relations among its
 * entities all count, holds hubs with tens of thousands of relations to
 * others), or no `b` finds enough, the pairs are sought instead.
 */

/** The first bound tried, in independent sources. */
const FIRST_BOUND = 64;
/**
 * Rows of the ranges the probes may read per pair of entities: about a
 * quarter of the cost of the pair's seek (at a million claims, 0.3 µs a row
 * checked against the entities, 1.2 µs a seek), so that a neighbourhood
 * answered by its pairs after all costs at most a quarter more.
 */
const ROWS_PER_PAIR = 1;

type Statement<R> = Database.Statement<Record<string, unknown>, R>;

interface Statements {
  /** Index rows read down to `@bound` (at most `@cap`), and how many of them lead to one of `@nodes`. */
  readonly probe: Statement<{ scanned: number; found: number | null }>;
  /** The `@kept` strongest relations among `@nodes` of at least `@bound` sources. */
  readonly bounded: Statement<RelationRow>;
  /** The `@kept` strongest relations among `@nodes`, one seek per pair. */
  readonly paired: Statement<RelationRow>;
}

/** `@nodes`' relations to one another of at least `@bound` sources, from each one's range. */
const FROM_RANGES = `FROM json_each(@nodes) s
  CROSS JOIN relations r INDEXED BY relations_out_by_strength
  WHERE r.subject_id = s.value AND r.object_id IS NOT NULL AND r.independent_sources >= @bound
  AND ${PREDICATE_FILTER}`;
const AMONG = 'r.object_id IN (SELECT value FROM json_each(@nodes))';
const STRONGEST = 'ORDER BY r.independent_sources DESC, r.claim_count DESC, r.id LIMIT @kept';

/** Prepared once per connection. */
const prepared = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let found = prepared.get(db);
  if (!found) {
    const prepare = <R>(sql: string): Statement<R> => db.prepare<Record<string, unknown>, R>(sql);
    found = {
      probe: prepare(
        `SELECT count(*) AS scanned, sum(among) AS found FROM (
           SELECT ${AMONG} AS among ${FROM_RANGES} LIMIT @cap)`,
      ),
      bounded: prepare(
        `SELECT * FROM relations WHERE rowid IN (
           SELECT r.rowid ${FROM_RANGES} AND ${AMONG} ${STRONGEST})
         ${STRENGTH_ORDER}`,
      ),
      paired: prepare(
        `SELECT * FROM relations WHERE rowid IN (
           SELECT r.rowid FROM json_each(@nodes) s CROSS JOIN json_each(@nodes) o
           CROSS JOIN relations r INDEXED BY relations_between
           WHERE r.subject_id = s.value AND r.object_id = o.value AND ${PREDICATE_FILTER}
           ${STRONGEST})
         ${STRENGTH_ORDER}`,
      ),
    };
    prepared.set(db, found);
  }
  return found;
}

/**
 * The strongest relations whose both ends are among `ids`, at most `most`
 * (graph-store.ts `Subgraph`), and whether there were more.
 */
export function relationsAmong(
  db: Database.Database,
  ids: readonly string[],
  predicateList: readonly string[] | undefined,
  most: number,
): { rows: RelationRow[]; cut: boolean } {
  const { probe, bounded, paired } = statements(db);
  const params = {
    nodes: JSON.stringify(ids),
    predicates: jsonList(predicateList),
    kept: most + 1,
  };
  let budget = ROWS_PER_PAIR * ids.length * ids.length;
  let rows: RelationRow[] | null = null;
  for (let bound = FIRST_BOUND; bound >= 1 && !rows; bound = Math.floor(bound / 2)) {
    const { scanned, found } = probe.get({ ...params, bound, cap: budget })!;
    budget -= scanned;
    if (budget <= 0) break;
    if ((found ?? 0) >= params.kept) rows = bounded.all({ ...params, bound });
  }
  rows ??= paired.all(params);
  return { rows: rows.slice(0, most), cut: rows.length > most };
}
