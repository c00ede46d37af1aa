import type Database from 'better-sqlite3';
import type { Entity } from '../../domain/entity';
import type { GraphStats } from '../graph-store';
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
