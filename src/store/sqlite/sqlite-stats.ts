import type Database from 'better-sqlite3';
import type { Entity } from '../../domain/entity';
import type { GraphStats, PublisherCount, StatsFilter } from '../graph-store';
import { claimWhere, predicateList } from './sqlite-filters';
import { statements } from './sqlite-statements';

/**
 * Stats of the whole graph from the counts migration 016 keeps (row counts,
 * claims per predicate and modality, entity degrees), so that nothing here
 * reads every claim or relation; entities by kind and articles by
 * publisher are each one pass over a small index (migrations 001, 004).
 */
export function wholeGraphStats(
  db: Database.Database,
  mostConnected: number,
  entitiesById: (ids: readonly string[]) => (Entity | null)[],
): GraphStats {
  const rowCount = (name: string): number =>
    statements(db)
      .prepare<[string], { n: number }>('SELECT n FROM row_counts WHERE name = ?')
      .get(name)!.n;
  const grouped = <K extends string | null>(sql: string) =>
    statements(db).prepare<[], { key: K; count: number }>(sql).all();
  const claimsBy = (column: 'predicate' | 'modality') =>
    grouped<string>(
      `SELECT ${column} AS key, sum(n) AS count FROM claim_counts GROUP BY ${column}
       HAVING count > 0 ORDER BY count DESC, key`,
    );
  const top = statements(db)
    .prepare<[number], { id: string; degree: number }>(
      `SELECT entity_id AS id, degree FROM entity_degrees WHERE degree > 0
       ORDER BY degree DESC, entity_id LIMIT ?`,
    )
    .all(mostConnected);
  const entities = entitiesById(top.map((row) => row.id));
  return {
    articles: rowCount('articles'),
    entities: rowCount('entities'),
    claims: statements(db)
      .prepare<[], { n: number }>('SELECT coalesce(sum(n), 0) AS n FROM claim_counts')
      .get()!.n,
    relations: rowCount('relations'),
    entitiesByKind: grouped<GraphStats['entitiesByKind'][number]['key']>(
      'SELECT kind AS key, count(*) AS count FROM entities GROUP BY kind ORDER BY count DESC, key',
    ),
    claimsByPredicate: claimsBy('predicate') as GraphStats['claimsByPredicate'][number][],
    claimsByModality: claimsBy('modality') as GraphStats['claimsByModality'][number][],
    articlesByPublisher: grouped<string | null>(
      `SELECT publisher AS key, count(*) AS count FROM articles GROUP BY publisher
       ORDER BY count DESC, key IS NULL, key`,
    ),
    mostConnected: top.map((row, i) => ({ entity: entities[i]!, degree: row.degree })),
  };
}

/**
 * Stats over the claims matching a filter (graph-store.ts `stats`): the
 * matching claims as a CTE `m`, their subject and object entities of the
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
  const params = { ...where.params, kinds: predicateList(filter.kinds), top: mostConnected };
  const ofKinds = (id: string) =>
    `EXISTS (SELECT 1 FROM entities k WHERE k.id = ${id} AND k.kind IN (SELECT value FROM json_each(@kinds)))`;
  // MATERIALIZED: the matching claims and their ends are computed once for
  // every count of the one statement (SQLite manual, "The WITH Clause").
  const cte = `WITH m AS MATERIALIZED (
      SELECT c.id, c.article_id, c.relation_id, c.subject_id, c.object_id, c.predicate, c.modality
      FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE ${where.sql}
        AND (@kinds IS NULL OR ${ofKinds('c.subject_id')} OR ${ofKinds('c.object_id')})),
    ends AS MATERIALIZED (
      SELECT e.id, e.kind, x.relation_id FROM (
        SELECT subject_id AS id, relation_id FROM m
        UNION SELECT object_id, relation_id FROM m WHERE object_id IS NOT NULL) x
      JOIN entities e ON e.id = x.id
      WHERE @kinds IS NULL OR e.kind IN (SELECT value FROM json_each(@kinds)))`;
  const counts = (select: string) =>
    `(SELECT json_group_array(json_object('key', key, 'count', count)) FROM (${select} ORDER BY count DESC, key))`;
  const row = statements(db)
    .prepare<Record<string, unknown>, StatsRow>(
      `${cte} SELECT
         (SELECT count(DISTINCT article_id) FROM m) AS articles,
         (SELECT count(*) FROM m) AS claims,
         (SELECT count(DISTINCT relation_id) FROM m) AS relations,
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

interface StatsRow {
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
