import type Database from 'better-sqlite3';
import type { Entity } from '../../domain/entity';
import type { ExportItems, ExportKind } from '../graph-store';
import type { Relation } from '../../domain/relation';
import type { ArticleRow, ClaimRow, MentionRow } from './sqlite-rows';
import { toArticle, toClaim, toMention } from './sqlite-rows';
import { claimReviews } from './sqlite-review';
import { statements } from './sqlite-statements';

/**
 * `GraphStore.exportPage` over SQLite: each table's primary key hands the
 * ids after `afterId` over in order (BINARY collation is code-unit order
 * for the ASCII ids kg makes). Entities and relations are then read by id
 * as the store reads them everywhere else.
 */
export async function exportPage<K extends ExportKind>(
  db: Database.Database,
  entitiesById: (ids: readonly string[]) => (Entity | null)[],
  relationsById: (ids: readonly string[]) => Promise<(Relation | null)[]>,
  kind: K,
  afterId: string | null,
  limit: number,
): Promise<ExportItems[K][]> {
  const rows = <Row>(table: string, only = '1'): Row[] =>
    statements(db)
      .prepare<[string, number], Row>(
        `SELECT * FROM ${table} WHERE id > ? AND ${only} ORDER BY id LIMIT ?`,
      )
      .all(afterId ?? '', limit);
  const readers: {
    readonly [Kind in ExportKind]: () => ExportItems[Kind][] | Promise<ExportItems[Kind][]>;
  } = {
    articles: () => rows<ArticleRow>('articles').map(toArticle),
    entities: () =>
      entitiesById(rows<{ id: string }>('entities').map((row) => row.id)).filter(
        (entity) => entity !== null,
      ),
    mentions: () => rows<MentionRow>('mentions').map(toMention),
    // Claims judged WRONG stay out of exports, as out of every answer.
    claims: () => rows<ClaimRow>('claims', 'rejected = 0').map(toClaim),
    reviewedClaims: () => {
      const claims = statements(db)
        .prepare<[string, number], ClaimRow>(
          `SELECT c.* FROM claims c JOIN claim_reviews r ON r.claim_id = c.id
           WHERE c.id > ? ORDER BY c.id LIMIT ?`,
        )
        .all(afterId ?? '', limit)
        .map(toClaim);
      const reviews = claimReviews(
        db,
        claims.map((claim) => claim.id),
      );
      return claims.map((claim, index) => ({ id: claim.id, claim, review: reviews[index]! }));
    },
    relations: async () =>
      (await relationsById(rows<{ id: string }>('relations').map((row) => row.id))).filter(
        (relation) => relation !== null,
      ),
  };
  return await readers[kind]();
}
