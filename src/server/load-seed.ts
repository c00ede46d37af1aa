import { annotatedArticleToBatch } from '../ingest/annotations/annotated-article-to-batch';
import { readAnnotatedFolder } from '../ingest/annotations/read-annotated-folder';
import type { GraphStore } from '../store/graph-store';
import type { Logger } from './logger';

/** On first start, with an empty store, loads the seed articles; otherwise does nothing. */
export async function loadSeedIfEmpty(
  store: GraphStore,
  seedDir: string,
  log: Logger,
): Promise<number> {
  if ((await store.stats(0)).articles > 0) return 0;
  const articles = readAnnotatedFolder(seedDir);
  for (const [index, { name, article }] of articles.entries()) {
    const batch = annotatedArticleToBatch(article);
    await store.upsertArticle(batch);
    log.info('seed article loaded', {
      article: name,
      progress: `${index + 1}/${articles.length}`,
      entities: batch.entities.length,
      claims: batch.claims.length,
    });
  }
  return articles.length;
}
