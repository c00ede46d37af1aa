import type Database from 'better-sqlite3';
import type { Entity, EntityKind } from '../../domain/entity';
import type { GraphStats } from '../graph-store';
import type { StatsRow } from './sqlite-filtered-stats';
import { statsOfRow } from './sqlite-filtered-stats';
import { statements } from './sqlite-statements';

/** The rows of a kept count with an end of the kinds (`@kinds`, a JSON array). */
const OF_KINDS = `(subject_kind IN (SELECT value FROM json_each(@kinds))
  OR object_kind IN (SELECT value FROM json_each(@kinds)))`;

/** The connected entities of the kinds: those with a relation (entity_degrees, migration 016). */
const CONNECTED_OF_KINDS = `entities e CROSS JOIN entity_degrees d ON d.entity_id = e.id
  WHERE e.kind IN (SELECT value FROM json_each(@kinds)) AND d.degree > 0`;

/**
 * Stats narrowed to entity kinds alone, as filteredStats counts them
 * (sqlite-filtered-stats.ts), from the counts migration 020 keeps instead of
 * every claim of the kinds' entities. A claim matches when an end is of the
 * kinds, so every relation touching an entity of the kinds matches: the
 * entities counted and ranked are those of the kinds with a relation, each
 * with its whole degree (entity_degrees); claims and relations sum the
 * counts kept per kinds of their ends; articles are the distinct articles
 * of article_kinds, their publishers read from each.
 */
export function kindStats(
  db: Database.Database,
  kinds: readonly EntityKind[],
  mostConnected: number,
  entitiesById: (ids: readonly string[]) => (Entity | null)[],
): GraphStats {
  const params = { kinds: JSON.stringify(kinds), top: mostConnected };
  const counts = (select: string) =>
    `(SELECT json_group_array(json_object('key', key, 'count', count)) FROM (${select}))`;
  const claimsBy = (column: 'predicate' | 'modality') =>
    counts(`SELECT ${column} AS key, sum(n) AS count FROM claim_kind_counts WHERE ${OF_KINDS}
      GROUP BY ${column} HAVING count > 0 ORDER BY count DESC, key`);
  const row = statements(db)
    .prepare<Record<string, unknown>, KindStatsRow>(
      `WITH articles_of_kinds AS MATERIALIZED (
         SELECT DISTINCT article_id FROM article_kinds
         WHERE kind IN (SELECT value FROM json_each(@kinds)))
       SELECT
         (SELECT count(*) FROM articles_of_kinds) AS articles,
         (SELECT coalesce(sum(n), 0) FROM claim_kind_counts WHERE ${OF_KINDS}) AS claims,
         (SELECT coalesce(sum(n), 0) FROM relation_kind_counts WHERE ${OF_KINDS}) AS relations,
         ${counts(`SELECT e.kind AS key, count(*) AS count FROM ${CONNECTED_OF_KINDS}
           GROUP BY e.kind ORDER BY count DESC, key`)} AS entities_by_kind,
         ${claimsBy('predicate')} AS claims_by_predicate,
         ${claimsBy('modality')} AS claims_by_modality,
         ${counts(`SELECT a.publisher AS key, count(*) AS count
           FROM articles_of_kinds x CROSS JOIN articles a ON a.id = x.article_id
           GROUP BY a.publisher ORDER BY count DESC, key IS NULL, key`)} AS articles_by_publisher,
         (SELECT json_group_array(json_array(id, degree)) FROM (
           SELECT e.id, d.degree FROM ${CONNECTED_OF_KINDS}
           ORDER BY d.degree DESC, e.id LIMIT @top)) AS top`,
    )
    .get(params)!;
  const entitiesByKind = JSON.parse(row.entities_by_kind) as { count: number }[];
  const entities = entitiesByKind.reduce((sum, kind) => sum + kind.count, 0);
  return statsOfRow({ ...row, entities }, entitiesById);
}

/** A stats row but the entities' total, summed from entities_by_kind. */
type KindStatsRow = Omit<StatsRow, 'entities'>;
