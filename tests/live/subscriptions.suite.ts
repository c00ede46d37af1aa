import type { Client, FormattedExecutionResult } from 'graphql-ws';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphStore } from '../../src/store/graph-store';
import type { ServeProcess } from '../support/serve-process';
import { startServeProcess } from '../support/serve-process';
import { startKgServer } from '../../src/server/create-server';
import { testExtractor } from '../support/nlp';
import type { TestServer } from '../support/test-server';
import {
  memoryLogger,
  postGraphql,
  startTestServer,
  TEST_EDITOR_KEY,
} from '../support/test-server';

/** Where the servers keep their graph. */
export interface LiveTarget {
  /** A fresh, migrated store for the first server. */
  openStore(): Promise<GraphStore>;
  /** What `kg serve` needs to open the same store: a second replica. */
  replicaEnv(): Record<string, string>;
}

const EDITOR = { authorization: `Bearer ${TEST_EDITOR_KEY}` };
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`;
const CLAIMS_OF = `query($filter: ClaimFilter) { claims(filter: $filter, first: 100) { edges { node { id } } } }`;
const CLAIM_ADDED = `subscription($filter: ClaimFilter) { claimAdded(filter: $filter) { id predicate article { id } } }`;

/** Articles nobody annotated, written for these tests: each yields claims of several predicates. */
const ARTICLES = [
  [
    'Russia allegedly supplied fuel to North Korea last month, according to the Pentagon.',
    'The Kremlin declined to comment on the shipments.',
  ],
  ['Iran supplied drones to Russia in March, the Pentagon said.', 'Tehran declined to comment.'],
  [
    'North Korea supplied artillery shells to Russia, South Korea said on Tuesday.',
    'Moscow declined to comment on the report.',
  ],
].map((lines, i) => ({
  title: `Live updates test article ${i + 1}`,
  publishedAt: '2025-02-14',
  text: lines.join('\n'),
}));

interface ClaimEvent {
  readonly id: string;
  readonly predicate: string;
  readonly article: { readonly id: string };
}

/** What one subscription has received; `until` resolves once a condition on it holds. */
class Received<T> {
  readonly data: T[] = [];
  readonly errors: unknown[] = [];
  private readonly waiters: { check: () => boolean; done: () => void }[] = [];

  add(result: FormattedExecutionResult<Record<string, unknown>, unknown>, field: string): void {
    if (result.errors) this.errors.push(...result.errors);
    if (result.data) this.data.push(result.data[field] as T);
    this.settle();
  }

  until(check: (received: this) => boolean): Promise<void> {
    return new Promise((done) => {
      this.waiters.push({ check: () => check(this), done });
      this.settle();
    });
  }

  private settle(): void {
    for (const waiter of [...this.waiters]) {
      if (!waiter.check()) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.done();
    }
  }
}

function subscribe<T>(
  client: Client,
  query: string,
  field: string,
  variables: Record<string, unknown> = {},
): Received<T> {
  const received = new Received<T>();
  client.subscribe(
    { query, variables },
    {
      next: (result) => received.add(result, field),
      // graphql-ws hands operation errors over as a list; a socket closing, as an event.
      error: (error) =>
        received.add({ errors: Array.isArray(error) ? error : [error as never] }, field),
      complete: () => undefined,
    },
  );
  return received;
}

function socketUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

function connect(httpUrl: string): Client {
  return createClient({ url: socketUrl(httpUrl), webSocketImpl: WebSocket, retryAttempts: 0 });
}

export function defineSubscriptionsSuite(name: string, target: LiveTarget): void {
  describe(`subscriptions over graphql-ws on ${name}`, () => {
    let server: TestServer;
    const clients: Client[] = [];
    const open = (url: string) => {
      const client = connect(url);
      clients.push(client);
      return client;
    };
    beforeAll(async () => {
      server = await startTestServer(await target.openStore());
    }, 600_000);
    afterEach(async () => {
      await Promise.all(clients.splice(0).map(async (client) => client.dispose()));
    });
    afterAll(() => server.close());

    const ingest = async (article: (typeof ARTICLES)[number]) => {
      const answer = await postGraphql<{ ingestArticle: { article: { id: string } } }>(
        server.url,
        INGEST,
        { input: article },
        EDITOR,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.ingestArticle.article.id;
    };
    const claimIds = async (filter: Record<string, unknown>) => {
      const answer = await postGraphql<{ claims: { edges: { node: { id: string } }[] } }>(
        server.url,
        CLAIMS_OF,
        { filter },
      );
      return answer.data!.claims.edges.map((edge) => edge.node.id);
    };

    test('an article ingested through the API reaches every subscriber once: its claims, those a filter keeps, and the article', async () => {
      const since = new Date().toISOString();
      const client = open(server.url);
      const all = subscribe<ClaimEvent>(client, CLAIM_ADDED, 'claimAdded', {
        filter: { ingestedAfter: since },
      });
      const supplies = subscribe<ClaimEvent>(client, CLAIM_ADDED, 'claimAdded', {
        filter: { ingestedAfter: since, predicates: ['SUPPLIES'] },
      });
      const articles = subscribe<{ id: string }>(
        client,
        `subscription($since: String) { articleIngested(ingestedAfter: $since) { id title } }`,
        'articleIngested',
        { since },
      );
      const first = await ingest(ARTICLES[0]!);
      // A second article afterwards: once its claims are in, anything the first sent is in too.
      const second = await ingest(ARTICLES[1]!);
      const expected = [
        ...(await claimIds({ articleId: first })),
        ...(await claimIds({ articleId: second })),
      ];
      const expectedSupplies = [
        ...(await claimIds({ articleId: first, predicates: ['SUPPLIES'] })),
        ...(await claimIds({ articleId: second, predicates: ['SUPPLIES'] })),
      ];
      expect(expectedSupplies.length).toBeGreaterThan(0);
      expect(expectedSupplies.length).toBeLessThan(expected.length);

      await all.until(
        (r) => r.data.some((c) => c.article.id === second) && r.data.length >= expected.length,
      );
      await supplies.until((r) => r.data.some((c) => c.article.id === second));
      await articles.until((r) => r.data.some((a) => a.id === second));
      expect(all.errors).toEqual([]);
      expect(all.data.map((c) => c.id)).toEqual(expected);
      expect(supplies.data.map((c) => c.id)).toEqual(expectedSupplies);
      expect(supplies.data.every((c) => c.predicate === 'SUPPLIES')).toBe(true);
      expect(articles.data.map((a) => a.id)).toEqual([first, second]);
    }, 300_000);

    test('a second server process over the same store delivers the writes made through the first', async () => {
      const replica: ServeProcess = await startServeProcess({
        KG_EDITOR_KEY: 'replica-editor-key-0123456789',
        KG_LOG_LEVEL: 'warn',
        ...target.replicaEnv(),
      });
      try {
        const since = new Date().toISOString();
        const received = subscribe<ClaimEvent>(open(replica.url), CLAIM_ADDED, 'claimAdded', {
          filter: { ingestedAfter: since },
        });
        const article = await ingest(ARTICLES[2]!);
        const expected = await claimIds({ articleId: article });
        expect(expected.length).toBeGreaterThan(0);
        await received.until((r) => r.data.length >= expected.length);
        expect(received.errors).toEqual([]);
        expect(received.data.map((c) => c.id)).toEqual(expected);
      } finally {
        replica.child.kill('SIGTERM');
        await replica.exited;
      }
    }, 600_000);

    test('refuses over the socket what it refuses over HTTP, and queries and mutations', async () => {
      const client = open(server.url);
      const query = subscribe(client, '{ __typename }', '__typename');
      const costly = subscribe(
        client,
        `subscription { claimAdded { subject { claims(first: 100) { edges { node {
          object { claims(first: 100) { edges { node { id } } } } } } } } } }`,
        'claimAdded',
      );
      const tooFarBack = subscribe(client, CLAIM_ADDED, 'claimAdded', {
        filter: { ingestedAfter: '2020-01-01T00:00:00Z' },
      });
      await Promise.all(
        [query, costly, tooFarBack].map((r) => r.until((x) => x.errors.length > 0)),
      );
      const codes = (r: Received<unknown>) =>
        r.errors.map((e) => (e as { extensions?: { code?: string } }).extensions?.code);
      expect(codes(query)).toEqual(['BAD_REQUEST']);
      expect(codes(costly)).toEqual(['QUERY_TOO_COSTLY']);
      expect(codes(tooFarBack)).toEqual(['BAD_USER_INPUT']);
      const overHttp = await postGraphql(server.url, 'subscription { articleIngested { id } }');
      expect(overHttp.errors?.[0]?.message).toMatch(/served over WebSocket/);
    }, 120_000);

    test('a connection holds at most its share of subscriptions', async () => {
      const client = open(server.url);
      const held = Array.from({ length: 20 }, () =>
        subscribe(client, 'subscription { articleIngested { id } }', 'articleIngested'),
      );
      const over = subscribe(client, 'subscription { articleIngested { id } }', 'articleIngested');
      await over.until((r) => r.errors.length > 0);
      expect(String((over.errors[0] as { message?: string }).message)).toMatch(
        /holds 20 subscriptions/,
      );
      expect(held.every((r) => r.errors.length === 0)).toBe(true);
    }, 120_000);

    test('stopping the server ends subscriptions and closes their sockets as going away', async () => {
      // A second server on the same store, stopped without closing the store.
      const other = await startKgServer({
        store: server.store,
        extractor: await testExtractor(),
        editorKey: TEST_EDITOR_KEY,
        log: memoryLogger(),
        host: '127.0.0.1',
        port: 0,
      });
      const client = open(other.url);
      const closed = new Promise<number>((done) =>
        client.on('closed', (event) => done((event as { code: number }).code)),
      );
      const received = subscribe(
        client,
        'subscription { articleIngested { id } }',
        'articleIngested',
      );
      await new Promise<void>((done) => client.on('connected', () => done()));
      await other.stop();
      expect(await closed).toBe(1001);
      expect(received.errors).toEqual([]);
    }, 120_000);
  });
}
