import { performance } from 'node:perf_hooks';
import type { ArticleBatch } from '../src/domain/article-batch';
import { RulesExtractor } from '../src/ingest/rules-extractor';
import { generateCorpus } from './extract.bench';
import type { StoreUnderTest } from './query-bench';

export interface IngestFigures {
  readonly store: string;
  readonly articles: number;
  readonly claims: number;
  readonly articlesPerSecond: number;
  readonly claimsPerSecond: number;
}

/**
 * Extracts a generated corpus once, so that the stores are timed on the same
 * batches. rules-v1 reads it: it needs no analyser, and the stores' writes are
 * what is measured here.
 */
export async function extractedBatches(articles: number): Promise<ArticleBatch[]> {
  const extractor = new RulesExtractor();
  const batches: ArticleBatch[] = [];
  for (const input of generateCorpus(articles)) {
    const { candidateEntityIds, ...batch } = await extractor.extract(input, []);
    void candidateEntityIds;
    batches.push(batch);
  }
  return batches;
}

/** Writes every batch into an empty store, one transaction per article, as `kg ingest` does. */
export async function runIngestBench(
  subject: StoreUnderTest,
  batches: readonly ArticleBatch[],
): Promise<IngestFigures> {
  const store = await subject.open();
  try {
    const start = performance.now();
    for (const batch of batches) await store.upsertArticle(batch);
    const seconds = (performance.now() - start) / 1000;
    const claims = batches.reduce((sum, batch) => sum + batch.claims.length, 0);
    return {
      store: subject.name,
      articles: batches.length,
      claims,
      articlesPerSecond: batches.length / seconds,
      claimsPerSecond: claims / seconds,
    };
  } finally {
    await store.close();
  }
}
