import { join } from 'node:path';
import type { Entity } from '../../src/domain/entity';
import type { ArticleInput, Extractor, KnownSource } from '../../src/ingest/extractor';
import { RulesExtractor } from '../../src/ingest/rules-extractor';
import type { GraphStore } from '../../src/store/graph-store';
import { shippedArticles } from '../../bench/shipped-articles';
import { NLP_START_TIMEOUT_MS, testExtractor } from '../support/nlp';
import { openMemorySqlite } from '../support/sqlite';

const REPO_ROOT = join(__dirname, '..', '..');

/** The seed and the corpus, and the real-text set where its texts are on this machine. */
const ARTICLES: readonly ArticleInput[] = shippedArticles(REPO_ROOT).articles.map((a) => a.input);

/**
 * Ingests every article in turn, as `kg ingest` does, and checks at each
 * step that the batch made with only the entities the store finds by the
 * article's name heads is the batch made with every entity of the graph;
 * then, with the whole graph stored, the same for every article again.
 */
async function expectSameBatches(extractor: Extractor, store: GraphStore): Promise<number> {
  const wholeGraph = async (): Promise<readonly Entity[]> => (await store.dump()).entities;
  const both = async (article: ArticleInput, known: KnownSource) =>
    extractor.extract(article, known);
  let compared = 0;
  for (const article of ARTICLES) {
    const batch = await both(article, store);
    expect(batch).toEqual(await both(article, await wholeGraph()));
    const { candidateEntityIds, ...written } = batch;
    void candidateEntityIds;
    await store.upsertArticle(written);
    compared += 1;
  }
  const all = await wholeGraph();
  for (const article of ARTICLES) {
    expect(await both(article, store)).toEqual(await both(article, all));
    compared += 1;
  }
  return compared;
}

describe("linking to the store's entities found by name heads gives what linking to the whole graph gives", () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await openMemorySqlite();
  });
  afterEach(() => store.close());

  test('rules-v1, every shipped article, as the graph grows and once it holds them all', async () => {
    expect(await expectSameBatches(new RulesExtractor(), store)).toBe(2 * ARTICLES.length);
  });

  test(
    'parse-v1, every shipped article, as the graph grows and once it holds them all',
    async () => {
      const extractor = await testExtractor();
      expect(await expectSameBatches(extractor, store)).toBe(2 * ARTICLES.length);
    },
    NLP_START_TIMEOUT_MS,
  );
});
