import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { GraphStore } from '../../src/store/graph-store';
import { FIRST, SECOND } from '../support/fixtures';
import type { GraphqlResponse, TestServer } from '../support/test-server';
import { postGraphql, startTestServer, TEST_EDITOR_KEY } from '../support/test-server';
import { graphTotals, liveStatus } from './probes';

/** Short, so that work held past it ends quickly; far longer than a liveness probe takes. */
const REQUEST_TIMEOUT_MS = 3_000;

const IMPORT = `mutation($input: AnnotatedArticleInput!) {
  importAnnotatedArticle(input: $input) { changed }
}`;

/**
 * Among the costliest reads the default budget lets through (the test
 * checks its estimate, 9,501): 100 claims, each with its article's text,
 * its subject's relations and their claims; any larger page is over.
 */
const HEAVIEST = `{ claims(first: 100) { edges { node { sentence article { text }
  subject { relations(first: 3) { edges { node { claims(first: 9) { edges { node {
    sentence article { title } } } } } } } } } } } }`;

export interface HeavyLoadTarget {
  /** A fresh, empty, migrated store. */
  openStore(): Promise<GraphStore>;
  /**
   * Holds a write lock that the store's next write of SECOND must wait
   * for (on SQLite the database's, on Neo4j an entity's), until released.
   */
  holdWriteLock(store: GraphStore): Promise<() => Promise<void>>;
  /**
   * Readies the store for `slowQuery`, a query within the budget that runs
   * for seconds; null where no query runs that long (Neo4j answers every
   * query the budget allows quickly).
   */
  readonly slow: { prepare(store: GraphStore): Promise<void>; readonly query: string } | null;
}

const codes = (response: GraphqlResponse) =>
  (response.errors ?? []).map((error) => error.extensions?.code);

/**
 * Item 2 of issue 8 over real HTTP: a request past its deadline answers
 * TIMEOUT and the server serves on; heavy queries leave the liveness
 * probe answering; fifty of the heaviest at once leave the process alive.
 */
export function defineHeavyLoadSuite(name: string, target: HeavyLoadTarget): void {
  describe(`under heavy load the server keeps answering (${name})`, () => {
    let server: TestServer;
    beforeAll(async () => {
      const store = await target.openStore();
      await store.upsertArticle(annotatedArticleToBatch(FIRST));
      await target.slow?.prepare(store);
      server = await startTestServer(store, { requestTimeoutMs: REQUEST_TIMEOUT_MS });
    }, 300_000);
    afterAll(() => server.close());

    test('a write held past the deadline answers TIMEOUT; the server answers /health/live and later requests', async () => {
      const before = await graphTotals(server.url);
      const release = await target.holdWriteLock(server.store);
      let held: GraphqlResponse;
      try {
        held = await postGraphql(
          server.url,
          IMPORT,
          { input: SECOND },
          { authorization: `Bearer ${TEST_EDITOR_KEY}` },
        );
        expect(await liveStatus(server.url)).toBe(200);
      } finally {
        await release();
      }
      expect(codes(held)).toEqual(['TIMEOUT']);
      expect(held.errors?.[0]?.extensions).toMatchObject({
        retryable: true,
        timeoutMs: REQUEST_TIMEOUT_MS,
      });
      expect(await graphTotals(server.url)).toEqual(before);
      const again = await postGraphql<{ importAnnotatedArticle: { changed: boolean } }>(
        server.url,
        IMPORT,
        { input: SECOND },
        { authorization: `Bearer ${TEST_EDITOR_KEY}` },
      );
      expect(again.errors).toBeUndefined();
      expect(again.data?.importAnnotatedArticle.changed).toBe(true);
    }, 60_000);

    const slow = target.slow;
    (slow ? test : test.skip)(
      'while 10 heavy queries run, /health/live answers before any of them',
      async () => {
        let settled = 0;
        const heavy = Array.from({ length: 10 }, () =>
          postGraphql(server.url, slow!.query).finally(() => settled++),
        );
        expect(await liveStatus(server.url)).toBe(200);
        // Each heavy query runs for seconds, so none can have been answered yet: the event loop
        // answered the probe while SQLite worked elsewhere.
        expect(settled).toBe(0);
        expect(await liveStatus(server.url)).toBe(200);
        for (const response of await Promise.all(heavy)) {
          expect(codes(response).every((code) => code === 'TIMEOUT')).toBe(true);
        }
        expect((await postGraphql(server.url, '{ stats { articles } }')).errors).toBeUndefined();
      },
      120_000,
    );

    test('50 concurrent queries of the heaviest the budget allows leave the process alive and answering', async () => {
      const estimate = await postGraphql(server.url, HEAVIEST);
      const cost = (estimate as { extensions?: { cost?: { estimated: number } } }).extensions?.cost;
      // Within the default budget of 10,000, and close to it.
      expect(cost?.estimated).toBeLessThanOrEqual(10_000);
      expect(cost?.estimated).toBeGreaterThan(9_000);
      const queries = [HEAVIEST, ...(slow ? [slow.query] : [])];
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => postGraphql(server.url, queries[i % queries.length]!)),
      );
      for (const answer of answers) {
        // Answered, or stopped at the deadline or refused as busy: never an internal error.
        expect(answer.status).toBe(200);
        expect(codes(answer).filter((code) => code !== 'TIMEOUT')).toEqual([]);
      }
      expect(await liveStatus(server.url)).toBe(200);
      const later = await postGraphql(server.url, '{ stats { articles claims } }');
      expect(later.errors).toBeUndefined();
    }, 180_000);
  });
}
