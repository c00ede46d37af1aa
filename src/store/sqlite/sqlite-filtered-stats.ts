import type Database from 'better-sqlite3';
import type { Entity } from '../../domain/entity';
import type { GraphStats, PublisherCount, StatsFilter } from '../graph-store';
import { claimWhere, jsonList } from './sqlite-filters';
import { statements } from './sqlite-statements';

/** The entities of the filter's kinds (entities_by_kind). */
const OF_KINDS =
  'SELECT k.id FROM entities k WHERE k.kind IN (SELECT value FROM json_each(@kinds))';

/**
 * The claims of which an entity of the filter's kinds is subject or object,
 * read from each entity of the kinds through claims_by_subject and
 * claims_by_object, each claim's row once. As an OR of two IN conditions on
 * `c` the planner reads both indexes for every entity, then fetches each
 * claim and tests both lists again on it: for 10,000 persons' claims the
 * statement took 285 ms of CPU that way, 205 this way. CROSS JOIN keeps the
 * entities first ("The CROSS JOIN operator").
 */
const CLAIMS_OF_KINDS = `c.rowid IN (
    SELECT s.rowid FROM entities k CROSS JOIN claims s ON s.subject_id = k.id
    WHERE k.kind IN (SELECT value FROM json_each(@kinds))
    UNION ALL
    SELECT o.rowid FROM entities k CROSS JOIN claims o ON o.object_id = k.id
    WHERE k.kind IN (SELECT value FROM json_each(@kinds)))`;

/**
 * The claims of a period, by the indexes of migration 019 for those with a
 * time of their own and through their articles by date for the others: a
 * superset of the period (claimWhere's conditions keep it exact) that
 * costs the claims it holds. A claim without a time of its own is in the
 * period when its article's day is: `published_at` starts with that day,
 * so `>= @from` and `<= @to`'s first ten characters followed by the
 * greatest character take every article of the period's days.
 */
function claimsOfPeriod(filter: StatsFilter): string {
  const own =
    filter.from !== undefined
      ? 'coalesce(o.time_to, o.time_from) >= @from'
      : 'coalesce(o.time_from, o.time_to) <= @to';
  const published = [
    ...(filter.from !== undefined ? ['p.published_at >= @from'] : []),
    ...(filter.to !== undefined ? ['p.published_at <= substr(@to, 1, 10) || char(1114111)'] : []),
  ];
  return `c.rowid IN (
    SELECT o.rowid FROM claims o WHERE ${own}
    UNION ALL
    SELECT t.rowid FROM articles p JOIN claims t ON t.article_id = p.id
    WHERE ${published.join(' AND ')} AND t.time_from IS NULL AND t.time_to IS NULL)`;
}

/**
 * Where the matching claims are read from. An entity's claims come from
 * its index of each role and predicates from claims_by_predicate, by
 * claimWhere's own conditions, kinds then being a condition on what they
 * read; else kinds from their entities' claims (CLAIMS_OF_KINDS), a period
 * then being a condition on those; else a period from claimsOfPeriod.
 */
function startOf(filter: StatsFilter): string[] {
  const indexed = filter.entityId !== undefined || (filter.predicates ?? []).length > 0;
  if ((filter.kinds ?? []).length > 0)
    return [
      indexed ? `(c.subject_id IN (${OF_KINDS}) OR c.object_id IN (${OF_KINDS}))` : CLAIMS_OF_KINDS,
    ];
  return !indexed && (filter.from !== undefined || filter.to !== undefined)
    ? [claimsOfPeriod(filter)]
    : [];
}

/**
 * Stats over the claims matching a filter (graph-store.ts `stats`): the
 * matching claims as a CTE `m`, read from an index (startOf), their subject and object entities of the
 * filter's kinds as `ends`; each count is one GROUP BY over them, all in
 * one statement.
 */
export function filteredStats(
  db: Database.Database,
  filter: StatsFilter,
  mostConnected: number,
  entitiesById: (ids: readonly string[]) => (Entity | null)[],
): GraphStats {
  const where = claimWhere({
    entityId: filter.entityId,
    from: filter.from,
    to: filter.to,
    predicates: filter.predicates,
  });
  const params = { ...where.params, kinds: jsonList(filter.kinds), top: mostConnected };
  // MATERIALIZED: the matching claims and their ends are computed once for
  // every count of the one statement (SQLite manual, "The WITH Clause").
  // The ends are those of the matching relations, each read once: a
  // relation's claims all have its subject and object (domain/relation.ts
  // relationIdOf). CROSS JOIN: they are looked up by id; left to choose, the planner
  // scans every entity against the few ends ("The CROSS JOIN operator").
  const cte = `WITH m AS MATERIALIZED (
      SELECT c.id, c.article_id, c.relation_id, c.subject_id, c.object_id, c.predicate, c.modality
      FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE ${[where.sql, ...startOf(filter)].join(' AND ')}),
    relations AS MATERIALIZED (
      SELECT relation_id, subject_id, object_id FROM m GROUP BY relation_id),
    ends AS MATERIALIZED (
      SELECT e.id, e.kind, x.relation_id FROM (
        SELECT subject_id AS id, relation_id FROM relations
        UNION SELECT object_id, relation_id FROM relations WHERE object_id IS NOT NULL) x
      CROSS JOIN entities e ON e.id = x.id
      WHERE @kinds IS NULL OR e.kind IN (SELECT value FROM json_each(@kinds)))`;
  const counts = (select: string) =>
    `(SELECT json_group_array(json_object('key', key, 'count', count)) FROM (${select} ORDER BY count DESC, key))`;
  const row = statements(db)
    .prepare<Record<string, unknown>, StatsRow>(
      `${cte} SELECT
         (SELECT count(DISTINCT article_id) FROM m) AS articles,
         (SELECT count(*) FROM m) AS claims,
         (SELECT count(*) FROM relations) AS relations,
         (SELECT count(DISTINCT id) FROM ends) AS entities,
         ${counts('SELECT kind AS key, count(DISTINCT id) AS count FROM ends GROUP BY kind')} AS entities_by_kind,
         ${counts('SELECT predicate AS key, count(*) AS count FROM m GROUP BY predicate')} AS claims_by_predicate,
         ${counts('SELECT modality AS key, count(*) AS count FROM m GROUP BY modality')} AS claims_by_modality,
         (SELECT json_group_array(json_object('key', key, 'count', count)) FROM (
            SELECT a.publisher AS key, count(*) AS count
            FROM (SELECT DISTINCT article_id FROM m) x JOIN articles a ON a.id = x.article_id
            GROUP BY a.publisher ORDER BY count DESC, key IS NULL, key)) AS articles_by_publisher,
         (SELECT json_group_array(json_array(id, degree)) FROM (
            SELECT id, count(DISTINCT relation_id) AS degree FROM ends
            GROUP BY id ORDER BY degree DESC, id LIMIT @top)) AS top`,
    )
    .get(params)!;
  return statsOfRow(row, entitiesById);
}

/** The stats a statement's row holds, with its most connected entities read by id. */
export function statsOfRow(
  row: StatsRow,
  entitiesById: (ids: readonly string[]) => (Entity | null)[],
): GraphStats {
  const top = JSON.parse(row.top) as [string, number][];
  const entities = entitiesById(top.map(([id]) => id));
  return {
    articles: row.articles,
    entities: row.entities,
    claims: row.claims,
    relations: row.relations,
    entitiesByKind: JSON.parse(row.entities_by_kind) as GraphStats['entitiesByKind'][number][],
    claimsByPredicate: JSON.parse(
      row.claims_by_predicate,
    ) as GraphStats['claimsByPredicate'][number][],
    claimsByModality: JSON.parse(
      row.claims_by_modality,
    ) as GraphStats['claimsByModality'][number][],
    articlesByPublisher: JSON.parse(row.articles_by_publisher) as PublisherCount[],
    mostConnected: top.map(([, degree], i) => ({ entity: entities[i]!, degree })),
  };
}

export interface StatsRow {
  articles: number;
  claims: number;
  relations: number;
  entities: number;
  /** JSON arrays of {key, count}, most first. */
  entities_by_kind: string;
  claims_by_predicate: string;
  claims_by_modality: string;
  /** JSON array of {key, count}, key null for articles without a publisher. */
  articles_by_publisher: string;
  /** JSON array of [entity id, degree], most connected first. */
  top: string;
}
