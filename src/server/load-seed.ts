import type { Entity } from '../domain/entity';
import type { Extractor } from '../ingest/extractor';
import { readArticleFile, textFiles } from '../ingest/read-article-files';
import type { GraphStore } from '../store/graph-store';
import type { Logger } from './logger';

/**
 * On first start, with an empty store, runs the seed articles (`<name>.txt`
 * with `<name>.json` metadata) through the extractor, as any new article
 * would be; otherwise does nothing. The seed's hand annotations are the
 * extractor's yardstick (`npm run eval`), not its input.
 */
export async function loadSeedIfEmpty(
  store: GraphStore,
  seedDir: string,
  log: Logger,
  extractor: Extractor,
): Promise<number> {
  if ((await store.stats(0)).articles > 0) return 0;
  const files = textFiles([seedDir]);
  const known: Entity[] = [];
  for (const [index, file] of files.entries()) {
    const { input } = readArticleFile(file);
    // The store hashes what it is given: write the batch, not the extractor's review list.
    const { candidateEntityIds, ...batch } = await extractor.extract(input, known);
    await store.upsertArticle(batch);
    known.push(...batch.entities);
    log.info('seed article loaded', {
      article: file,
      progress: `${index + 1}/${files.length}`,
      extractor: extractor.name,
      entities: batch.entities.length,
      claims: batch.claims.length,
      candidates: candidateEntityIds.length,
    });
  }
  return files.length;
}
