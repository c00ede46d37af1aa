import type Database from 'better-sqlite3';
import type { Entity } from '../../domain/entity';
import type { ExportItems, ExportKind } from '../graph-store';
import type { ArticleRow, ClaimRow, MentionRow, RelationRow } from './sqlite-rows';
import { toArticle, toClaim, toMention, toRelation } from './sqlite-rows';

/**
 * `GraphStore.exportPage` over SQLite: each table's primary key hands the
 * ids after `afterId` over in order (BINARY collation is code-unit order
 * for the ASCII ids kg makes). Entities need their names from a second
 * table, which the store reads by id.
 */
export function exportPage<K extends ExportKind>(
  db: Database.Database,
  entitiesById: (ids: readonly string[]) => (Entity | null)[],
  kind: K,
  afterId: string | null,
  limit: number,
): ExportItems[K][] {
  const rows = <Row>(table: string): Row[] =>
    db
      .prepare<[string, number], Row>(`SELECT * FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`)
      .all(afterId ?? '', limit);
  const readers: { readonly [Kind in ExportKind]: () => ExportItems[Kind][] } = {
    articles: () => rows<ArticleRow>('articles').map(toArticle),
    entities: () =>
      entitiesById(rows<{ id: string }>('entities').map((row) => row.id)).filter(
        (entity) => entity !== null,
      ),
    mentions: () => rows<MentionRow>('mentions').map(toMention),
    claims: () => rows<ClaimRow>('claims').map(toClaim),
    relations: () => rows<RelationRow>('relations').map(toRelation),
  };
  return readers[kind]();
}
