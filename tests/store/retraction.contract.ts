import type { ArticleBatch } from '../../src/domain/article-batch';
import { newChangeStamp } from '../../src/domain/change';
import { NotFoundError } from '../../src/domain/errors';
import { entityId } from '../../src/domain/ids';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { GraphStore } from '../../src/store/graph-store';
import { FIRST, SECOND } from '../support/fixtures';

const ALL = { first: 100, offset: 0 };
const OSTERLICH = entityId('COUNTRY', 'Osterlich');
const FUEL = entityId('COMMODITY', 'fuel');
const FIREFLY = entityId('PERSON', 'Rufus Firefly');

/** SECOND as an extractor might have read it: Osterlich and fuel made up from unknown names. */
function secondWithCandidates(): ArticleBatch {
  const batch = annotatedArticleToBatch(SECOND);
  const unsure = new Set([OSTERLICH, FUEL, FIREFLY]);
  return {
    ...batch,
    entities: batch.entities.map((e) => (unsure.has(e.id) ? { ...e, candidate: true } : e)),
  };
}

/**
 * What every answer is made of, to compare the graph before and after.
 * Entities are compared by id: names an entity learnt from an article stay
 * with it (stores add names, never remove them).
 */
async function answers(store: GraphStore) {
  const relations = (await store.relations({}, ALL)).items;
  const claims = (await store.claims({}, ALL)).items;
  const { mostConnected, ...counts } = await store.stats(10);
  const dump = await store.dump();
  return {
    relations,
    claims,
    counts,
    mostConnected: mostConnected.map(({ entity, degree }) => [entity.id, degree]),
    entityIds: dump.entities.map((e) => e.id),
    mentions: dump.mentions,
    articles: dump.articles,
  };
}

/** retractArticle (issue 10, item 1): part of the GraphStore contract. */
export function defineRetractionContract(current: () => GraphStore): void {
  describe('retracting an article', () => {
    let store: GraphStore;
    const second = secondWithCandidates();
    const stamp = () => newChangeStamp('Ada', 'the agency withdrew the story');

    beforeEach(async () => {
      store = current();
      await store.upsertArticle(annotatedArticleToBatch(FIRST));
    });

    test('retractArticle() takes its claims, mentions and orphan candidates out of every answer, rebuilding relations', async () => {
      const withoutSecond = await answers(store);
      await store.upsertArticle(second);
      const result = await store.retractArticle(second.article.id, stamp());
      expect(result.retracted).toBe(true);
      expect(await answers(store)).toEqual(withoutSecond);
      expect(await store.getArticles([second.article.id])).toEqual([null]);
      expect(await store.claims({ articleId: second.article.id }, ALL)).toEqual({
        items: [],
        totalCount: 0,
      });
      // Candidates only this article named go; one another article names stays.
      const [osterlich, fuel, firefly] = await store.getEntities([OSTERLICH, FUEL, FIREFLY]);
      expect([osterlich, fuel]).toEqual([null, null]);
      expect(firefly?.id).toBe(FIREFLY);
      expect((await store.findEntities({ text: 'Osterlich' }, ALL)).totalCount).toBe(0);
    });

    test('the history keeps the retracted article, its mentions, claims and dropped entities', async () => {
      await store.upsertArticle(second);
      const { change } = await store.retractArticle(second.article.id, stamp());
      expect(change).toMatchObject({
        editor: 'Ada',
        action: 'RETRACT_ARTICLE',
        reason: 'the agency withdrew the story',
        after: null,
      });
      const before = change.before as ArticleBatch;
      expect(before.article.id).toBe(second.article.id);
      expect(before.claims.map((c) => c.id).sort()).toEqual(second.claims.map((c) => c.id).sort());
      expect(before.mentions).toHaveLength(second.mentions.length);
      expect(before.entities.map((e) => e.id)).toEqual([FUEL, OSTERLICH]);
      expect((await store.history(second.article.id, ALL)).items).toEqual([change]);
      expect((await store.history(second.claims[0]!.id, ALL)).items).toEqual([change]);
      expect((await store.history(OSTERLICH, ALL)).items).toEqual([change]);
    });

    test('retractArticle() twice is one retraction; an unknown id is NotFoundError', async () => {
      await store.upsertArticle(second);
      const first = await store.retractArticle(second.article.id, stamp());
      const again = await store.retractArticle(second.article.id, stamp());
      expect(again).toEqual({ retracted: false, change: first.change });
      expect((await store.history(second.article.id, ALL)).totalCount).toBe(1);
      await expect(store.retractArticle('article:none', stamp())).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    test('writing a retracted article again brings it back as it was', async () => {
      await store.upsertArticle(second);
      const withSecond = await answers(store);
      await store.retractArticle(second.article.id, stamp());
      expect(await store.upsertArticle(second)).toEqual({ changed: true });
      const back = await answers(store);
      const withoutTimes = (a: typeof withSecond) => ({
        ...a,
        articles: a.articles.map(({ ingestedAt, ...rest }) => (void ingestedAt, rest)),
      });
      expect(withoutTimes(back)).toEqual(withoutTimes(withSecond));
      expect((await store.getEntities([OSTERLICH]))[0]?.candidate).toBe(true);
    });
  });
}
