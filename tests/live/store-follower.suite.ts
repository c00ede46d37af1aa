import type { Article } from '../../src/domain/article';
import type { ArticleBatch } from '../../src/domain/article-batch';
import type { Claim } from '../../src/domain/claim';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import { StoreFollower } from '../../src/server/live/store-follower';
import type { GraphStore } from '../../src/store/graph-store';
import { FIRST, SECOND } from '../support/fixtures';
import { memoryLogger } from '../support/test-server';

const START = Date.parse('2026-03-01T12:00:00.000Z');
const SETTLE_MS = 60_000;

/** The same article as SECOND under another id (its text differs), for a third version. */
const THIRD = {
  ...SECOND,
  article: { ...SECOND.article, text: `${SECOND.article.text}\nNothing else was said.` },
};

function at(batch: ArticleBatch, offsetMs: number): ArticleBatch {
  return {
    ...batch,
    article: { ...batch.article, ingestedAt: new Date(START + offsetMs).toISOString() },
  };
}

/** Everything an iterator yields, read in the background. */
function collect<T>(events: AsyncIterableIterator<T>): T[] {
  const seen: T[] = [];
  void (async () => {
    for await (const event of events) seen.push(event);
  })();
  return seen;
}

/** Lets the background readers take what a round queued (they read it without waiting on anything). */
const flushed = () => new Promise((done) => setImmediate(done));

export function defineStoreFollowerSuite(name: string, openStore: () => Promise<GraphStore>): void {
  describe(`StoreFollower on ${name}`, () => {
    let store: GraphStore;
    let follower: StoreFollower;
    let now = START;
    beforeEach(async () => {
      store = await openStore();
      now = START;
      follower = new StoreFollower(
        store,
        {
          pollMs: 3_600_000,
          settleMs: SETTLE_MS,
          maxSubscriptions: 10,
          maxQueued: 1_000,
          readTimeoutMs: 30_000,
          now: () => now,
        },
        memoryLogger(),
      );
    });
    afterEach(async () => {
      await follower.stop();
      await store.close();
    });

    const claimIdsOf = async (batch: ArticleBatch, predicate?: string) =>
      (await store.claims({ articleId: batch.article.id }, { first: 100, offset: 0 })).items
        .filter((claim) => predicate === undefined || claim.predicate === predicate)
        .map((claim) => claim.id);

    test('delivers each article version stored after the subscription once, whatever order writes commit in and even within one millisecond', async () => {
      const claims = collect<Claim>(follower.claims({}, undefined));
      const articles = collect<Article>(follower.articles(undefined));
      const first = at(annotatedArticleToBatch(FIRST), 10);
      await store.upsertArticle(first);
      await follower.poll();
      await flushed();
      expect(claims.map((c) => c.id)).toEqual(await claimIdsOf(first));

      // Stamped before FIRST but visible only now (a slow commit), and another in FIRST's millisecond.
      const late = at(annotatedArticleToBatch(SECOND), 5);
      const twin = at(annotatedArticleToBatch(THIRD), 10);
      await store.upsertArticle(late);
      await store.upsertArticle(twin);
      now += 1_000;
      await follower.poll();
      await follower.poll();
      await flushed();
      expect(claims.map((c) => c.id)).toEqual([
        ...(await claimIdsOf(first)),
        ...(await claimIdsOf(late)),
        ...(await claimIdsOf(twin)),
      ]);
      expect(articles.map((a) => a.id)).toEqual([first, late, twin].map((b) => b.article.id));
    }, 120_000);

    test('a filter delivers only the claims the claims query gives for it', async () => {
      const first = annotatedArticleToBatch(FIRST);
      const predicate = first.claims[0]!.predicate;
      const all = collect<Claim>(follower.claims({}, undefined));
      const some = collect<Claim>(follower.claims({ predicates: [predicate] }, undefined));
      await store.upsertArticle(at(first, 10));
      await follower.poll();
      await flushed();
      const matching = await claimIdsOf(first, predicate);
      expect(matching.length).toBeGreaterThan(0);
      expect(matching.length).toBeLessThan(all.length);
      expect(some.map((c) => c.id)).toEqual(matching);
    });

    test('a version stored before the subscription is not delivered; a changed re-write is, an unchanged one is not', async () => {
      const first = annotatedArticleToBatch(FIRST);
      await store.upsertArticle(at(first, -10));
      const articles = collect<Article>(follower.articles(undefined));
      await follower.poll();
      const rewritten = { ...first, claims: first.claims.slice(1) };
      await store.upsertArticle(at(rewritten, 20));
      await store.upsertArticle(at(rewritten, 30));
      await follower.poll();
      await flushed();
      expect(articles.map((a) => a.ingestedAt)).toEqual([new Date(START + 20).toISOString()]);
    });

    test('a subscription may start back within the settle window, not further', async () => {
      const first = annotatedArticleToBatch(FIRST);
      await store.upsertArticle(at(first, -10));
      const since = new Date(START - 20).toISOString();
      const articles = collect<Article>(follower.articles(since));
      await follower.poll();
      await flushed();
      expect(articles.map((a) => a.id)).toEqual([first.article.id]);
      expect(() => follower.articles(new Date(START - SETTLE_MS - 1).toISOString())).toThrow(
        /replays at most the last 60000 ms/,
      );
    });

    test('refuses subscriptions beyond its limit, and counts only open ones', async () => {
      const open = Array.from({ length: 10 }, () => follower.articles(undefined));
      expect(() => follower.articles(undefined)).toThrow(/holds 10 subscriptions/);
      await open[0]!.return();
      expect(follower.size).toBe(9);
      expect(() => follower.articles(undefined)).not.toThrow();
    });
  });
}
