import type { Entity } from '../../src/domain/entity';
import type { ArticleInput } from '../../src/ingest/extractor';
import { RulesExtractor } from '../../src/ingest/rules-extractor';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { openMemorySqlite } from '../support/sqlite';

/** Ingests one article through the extractor into the store, as `kg ingest` does. */
async function ingest(store: SqliteGraphStore, article: ArticleInput): Promise<void> {
  await store.upsertArticle(await new RulesExtractor().extract(article, store));
}

async function bestMatch(store: SqliteGraphStore, text: string): Promise<Entity | undefined> {
  return (await store.findEntities({ text }, { first: 1, offset: 0 })).items[0];
}

const article = (language: string, text: string): ArticleInput => ({
  title: 'Test',
  language,
  publishedAt: '2024-12-17',
  text,
});

describe('an entity made from the gazetteer is found by its names in every language', () => {
  let store: SqliteGraphStore;
  beforeEach(async () => {
    store = await openMemorySqlite();
  });
  afterEach(async () => {
    await store.close();
  });

  test('after an English article, German and Spanish names find the same countries', async () => {
    await ingest(
      store,
      article('en', 'North Korea has sent troops to Russia, the United States said on Tuesday.'),
    );
    const northKorea = await bestMatch(store, 'North Korea');
    const unitedStates = await bestMatch(store, 'United States');
    expect(northKorea?.id).toBe('country:north-korea');
    expect(unitedStates?.id).toBe('country:united-states');
    for (const name of ['Nordkorea', 'Corea del Norte', 'Corée du Nord', 'nordkoreanische']) {
      expect((await bestMatch(store, name))?.id).toBe(northKorea?.id);
    }
    for (const name of ['Estados Unidos', 'EE.UU.', 'Vereinigte Staaten', 'estadounidense']) {
      expect((await bestMatch(store, name))?.id).toBe(unitedStates?.id);
    }
  });

  test('after a Spanish article, the English and German names find what it created', async () => {
    await ingest(
      store,
      article('es', 'Corea del Norte ha enviado soldados a Rusia, según Estados Unidos.'),
    );
    expect((await bestMatch(store, 'North Korea'))?.id).toBe('country:north-korea');
    expect((await bestMatch(store, 'Nordkorea'))?.id).toBe('country:north-korea');
    expect((await bestMatch(store, 'United States'))?.id).toBe('country:united-states');
    expect((await bestMatch(store, 'Russland'))?.id).toBe('country:russia');
  });

  test('a German and a Spanish article about the same event add no second entity', async () => {
    await ingest(
      store,
      article('de', 'Nordkorea hat laut den USA Soldaten nach Russland geschickt.'),
    );
    await ingest(
      store,
      article('es', 'Corea del Norte ha enviado soldados a Rusia, según Estados Unidos.'),
    );
    const countries = (await store.dump()).entities.filter((e) => e.kind === 'COUNTRY');
    expect(countries.map((e) => e.id).sort()).toEqual([
      'country:north-korea',
      'country:russia',
      'country:united-states',
    ]);
  });
});
