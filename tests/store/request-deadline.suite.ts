import { TimeoutError } from '../../src/domain/errors';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { GraphStore } from '../../src/store/graph-store';
import { withDeadline } from '../../src/store/request-deadline';
import { FIRST, SECOND } from '../support/fixtures';
import type { ReleaseLock } from '../support/write-locks';

/** Far shorter than the slow read below takes (seconds), and than a write held behind a lock. */
const DEADLINE_MS = 300;

export interface DeadlineSuiteTarget {
  /** A fresh, empty, migrated store. */
  openStore(): Promise<GraphStore>;
  /** Holds a write lock, from outside the store, that its write of SECOND must wait for. */
  holdWriteLock(): Promise<ReleaseLock>;
  /**
   * Readies the store for `slowRead`, then a read through the port that
   * runs for seconds; null for a store where no port read is slow enough
   * to tell (its own test file checks reads at its deadline otherwise).
   */
  readonly slowRead: {
    prepare(store: GraphStore): Promise<void>;
    run(store: GraphStore): Promise<unknown>;
  } | null;
}

/**
 * A request's deadline stops its store work: a read that would run for
 * seconds, or a write, rejects with TimeoutError; the write leaves nothing
 * behind, and the store serves what comes next.
 */
export function defineRequestDeadlineSuite(name: string, target: DeadlineSuiteTarget): void {
  describe(`a request's deadline stops its store work (${name})`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await target.openStore();
      await store.upsertArticle(annotatedArticleToBatch(FIRST));
      await target.slowRead?.prepare(store);
    }, 120_000);
    afterAll(() => store.close());

    const slowRead = target.slowRead;
    (slowRead ? test : test.skip)(
      'a read past the deadline rejects with TIMEOUT; reads beside it and after it are answered',
      async () => {
        const read = withDeadline(DEADLINE_MS, () => slowRead!.run(store));
        const beside = Array.from({ length: 4 }, () => store.stats(1));
        await expect(read).rejects.toBeInstanceOf(TimeoutError);
        await expect(read).rejects.toMatchObject({
          code: 'TIMEOUT',
          details: { retryable: true, timeoutMs: DEADLINE_MS },
        });
        for (const stats of await Promise.all(beside)) expect(stats.articles).toBeGreaterThan(0);
        const after = await withDeadline(10_000, () => store.stats(0));
        expect(after.articles).toBeGreaterThan(0);
      },
      60_000,
    );

    test('a write past the deadline rejects with TIMEOUT and writes nothing; the next write works', async () => {
      // Held behind another transaction's lock, the write outlasts the deadline on any machine.
      const second = annotatedArticleToBatch(SECOND);
      const before = await store.stats(0);
      const release = await target.holdWriteLock();
      try {
        await expect(
          withDeadline(DEADLINE_MS, () => store.upsertArticle(second)),
        ).rejects.toBeInstanceOf(TimeoutError);
      } finally {
        await release();
      }
      expect(await store.stats(0)).toEqual(before);
      expect(await store.getArticles([second.article.id])).toEqual([null]);
      expect(await store.upsertArticle(annotatedArticleToBatch(SECOND))).toEqual({
        changed: true,
      });
      expect((await store.stats(0)).articles).toBe(before.articles + 1);
    }, 120_000);

    test('work asked for once the deadline has passed does not start', async () => {
      const before = await store.stats(0);
      const third = annotatedArticleToBatch({
        ...FIRST,
        article: { ...FIRST.article, title: 'Third', url: 'https://example.org/third' },
      });
      await expect(
        withDeadline(1, async () => {
          await new Promise((done) => setTimeout(done, 20));
          return store.upsertArticle(third);
        }),
      ).rejects.toBeInstanceOf(TimeoutError);
      expect(await store.stats(0)).toEqual(before);
    });
  });
}
