import type Database from 'better-sqlite3';
import type { ArticleBatch } from '../../domain/article-batch';
import type { Entity } from '../../domain/entity';
import { NotFoundError } from '../../domain/errors';
import type { ChangeStamp } from '../../domain/change';
import type { RetractResult } from '../../domain/retraction';
import { claimEntityIds, retractionChange } from '../../domain/retraction';
import { recordChange, toChange } from './sqlite-curation';
import { recomputeRelations } from './sqlite-relations';
import { statements } from './sqlite-statements';
import type { ArticleRow, ClaimRow, MentionRow } from './sqlite-rows';
import { toArticle, toClaim, toMention } from './sqlite-rows';

/** A row naming the entity, in any role: it is not an orphan. */
const NAMED_ELSEWHERE = `EXISTS (SELECT 1 FROM mentions WHERE entity_id = @id)
  OR EXISTS (SELECT 1 FROM claims WHERE @id IN (subject_id, object_id, location_id, item_id, attributed_to_id, reported_by_id))`;

function lastRetraction(db: Database.Database, articleId: string): RetractResult | null {
  const row = statements(db)
    .prepare<[string], Parameters<typeof toChange>[0]>(
      `SELECT c.* FROM change_targets t JOIN changes c ON c.id = t.change_id
       WHERE t.target_id = ? AND c.action = 'RETRACT_ARTICLE' ORDER BY t.at DESC, t.change_id DESC LIMIT 1`,
    )
    .get(articleId);
  return row ? { retracted: false, change: toChange(row) } : null;
}

/** The article as stored, with its mentions and claims in text order. */
function storedArticle(db: Database.Database, articleId: string) {
  const article = statements(db)
    .prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?')
    .get(articleId);
  if (!article) return null;
  const mentions = statements(db)
    .prepare<[string], MentionRow>(
      'SELECT * FROM mentions WHERE article_id = ? ORDER BY span_start, id',
    )
    .all(articleId)
    .map(toMention);
  const claims = statements(db)
    .prepare<[string], ClaimRow>(
      'SELECT * FROM claims WHERE article_id = ? ORDER BY sentence_start, id',
    )
    .all(articleId)
    .map(toClaim);
  return { article: toArticle(article), mentions, claims };
}

/**
 * SqliteGraphStore.retractArticle's work, in one immediate transaction.
 * `entities` reads entities as the store returns them.
 */
export function retractArticle(
  db: Database.Database,
  articleId: string,
  stamp: ChangeStamp,
  entities: (ids: readonly string[]) => (Entity | null)[],
): RetractResult {
  return db
    .transaction((): RetractResult => {
      const stored = storedArticle(db, articleId);
      if (!stored) {
        const earlier = lastRetraction(db, articleId);
        if (earlier) return earlier;
        throw new NotFoundError('article', articleId);
      }
      const named = [
        ...new Set([
          ...stored.mentions.map((m) => m.entityId),
          ...stored.claims.flatMap(claimEntityIds),
        ]),
      ].sort();
      const relationIds = statements(db)
        .prepare<[string], { relation_id: string }>(
          'SELECT DISTINCT relation_id FROM claims WHERE article_id = ?',
        )
        .all(articleId)
        .map((row) => row.relation_id);
      statements(db).prepare('DELETE FROM claims WHERE article_id = ?').run(articleId);
      statements(db).prepare('DELETE FROM mentions WHERE article_id = ?').run(articleId);
      statements(db).prepare('DELETE FROM articles WHERE id = ?').run(articleId);
      recomputeRelations(db, relationIds);
      const orphanCheck = statements(db).prepare<{ id: string }, { orphan: number }>(
        `SELECT NOT (${NAMED_ELSEWHERE}) AS orphan`,
      );
      const dropped = entities(named).filter(
        (entity): entity is Entity =>
          entity !== null &&
          entity.candidate === true &&
          orphanCheck.get({ id: entity.id })!.orphan === 1,
      );
      for (const entity of dropped) {
        statements(db).prepare('DELETE FROM entity_names_fts WHERE entity_id = ?').run(entity.id);
        statements(db).prepare('DELETE FROM entity_names WHERE entity_id = ?').run(entity.id);
        statements(db).prepare('DELETE FROM entities WHERE id = ?').run(entity.id);
      }
      const before: ArticleBatch = { ...stored, entities: dropped };
      const change = retractionChange(stamp, before);
      recordChange(db, change);
      return { retracted: true, change };
    })
    .immediate();
}
