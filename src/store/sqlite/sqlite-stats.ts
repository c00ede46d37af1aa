import type Database from 'better-sqlite3';
import type { Entity } from '../../domain/entity';
import type { GraphStats, StatsFilter } from '../graph-store';
import { claimWhere, predicateList } from './sqlite-filters';

/**
 * Stats over the claims matching a filter (graph-store.ts `stats`): the
 * matching claims as a CTE `m`, their subject and object entities of the
 * filter's kinds as `ends`; each count is one GROUP BY over them.
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
  const cte = `WITH m AS (
      SELECT c.id, c.article_id, c.relation_id, c.subject_id, c.object_id, c.predicate, c.modality
      FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE ${where.sql}
        AND (@kinds IS NULL OR ${ofKinds('c.subject_id')} OR ${ofKinds('c.object_id')})),
    ends AS (
      SELECT e.id, e.kind, x.relation_id FROM (
        SELECT subject_id AS id, relation_id FROM m
        UNION SELECT object_id, relation_id FROM m WHERE object_id IS NOT NULL) x
      JOIN entities e ON e.id = x.id
      WHERE @kinds IS NULL OR e.kind IN (SELECT value FROM json_each(@kinds)))`;
  const all = <T>(sql: string) =>
    db.prepare<Record<string, unknown>, T>(`${cte} ${sql}`).all(params);
  const [totals] = all<{ articles: number; claims: number; relations: number; entities: number }>(
    `SELECT count(DISTINCT article_id) AS articles, count(*) AS claims, count(DISTINCT relation_id) AS relations,
       (SELECT count(DISTINCT id) FROM ends) AS entities FROM m`,
  );
  const top = all<{ id: string; degree: number }>(
    'SELECT id, count(DISTINCT relation_id) AS degree FROM ends GROUP BY id ORDER BY degree DESC, id LIMIT @top',
  );
  const entities = entitiesById(top.map((row) => row.id));
  return {
    articles: totals?.articles ?? 0,
    entities: totals?.entities ?? 0,
    claims: totals?.claims ?? 0,
    relations: totals?.relations ?? 0,
    entitiesByKind: all(
      `SELECT kind AS key, count(DISTINCT id) AS count FROM ends GROUP BY kind ORDER BY count DESC, key`,
    ),
    claimsByPredicate: all(
      'SELECT predicate AS key, count(*) AS count FROM m GROUP BY predicate ORDER BY count DESC, key',
    ),
    claimsByModality: all(
      'SELECT modality AS key, count(*) AS count FROM m GROUP BY modality ORDER BY count DESC, key',
    ),
    mostConnected: top.map((row, i) => ({ entity: entities[i]!, degree: row.degree })),
  };
}
