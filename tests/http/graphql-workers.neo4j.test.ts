import neo4jDriver from 'neo4j-driver';
import { RULES_EXTRACTOR_NAME } from '../../src/ingest/rules-extractor';
import { EXAMPLE_OPERATIONS } from '../../src/server/example-operations';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { describeWithNeo4j } from '../support/neo4j';
import type { TestServer } from '../support/test-server';
import { postGraphql, startTestServer, TEST_EDITOR_KEY } from '../support/test-server';

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { changed } }`;
const ARTICLE = {
  title: 'Dépêche des workers',
  publishedAt: '2025-01-07',
  text: 'Le Pentagone a confirmé mardi que la Russie aurait fourni du pétrole à la Corée du Nord.',
};
/** Long enough for an ingest on a busy machine; the lock test waits it out. */
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * GraphQL over Neo4j in worker threads (what `kg serve` does on Neo4j):
 * the request thread routes, each worker runs the gate and Apollo over its
 * own driver. The answers, the editor key, the gate's refusals and the
 * request's deadline all cross the thread boundary unchanged.
 */
describeWithNeo4j('GraphQL in worker threads over Neo4j', (neo4j) => {
  let inThread: TestServer;
  let inWorkers: TestServer;

  beforeAll(async () => {
    inThread = await startTestServer(await neo4j.openEmptyStore());
    // The same graph; this store serves the request thread's readiness probe only.
    inWorkers = await startTestServer(new Neo4jGraphStore(neo4j.target), {
      seed: false,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      graphqlWorkers: {
        count: 2,
        setup: {
          store: { kind: 'neo4j', ...neo4j.target },
          extractor: RULES_EXTRACTOR_NAME,
          nlp: { url: 'http://127.0.0.1:9', timeoutMs: 1_000, cacheDir: null },
        },
      },
    });
  }, 300_000);

  afterAll(async () => {
    await inWorkers?.close();
    await inThread?.close();
  });

  test('every example operation answers as it does in the request thread, cost included', async () => {
    for (const operation of EXAMPLE_OPERATIONS) {
      const variables = operation.variables ?? {};
      const expected = await postGraphql(inThread.url, operation.query, variables);
      const answer = await postGraphql(inWorkers.url, operation.query, variables);
      expect(answer.errors).toBeUndefined();
      expect(answer).toEqual(expected);
    }
  }, 120_000);

  test("the gate's refusal is answered by the worker, HTTP 400 with QUERY_TOO_COSTLY", async () => {
    const nested = `claims(first: 100) { edges { node { subject { relations(first: 100) { edges { node {
      claims(first: 100) { edges { node { sentence } } } } } } } } } }`;
    const answer = await postGraphql(inWorkers.url, `{ ${nested} }`);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
    expect(answer.errors?.[0]?.extensions?.['requestId']).toEqual(expect.any(String));
  });

  test('a mutation needs the editor key in the worker too', async () => {
    const anonymous = await postGraphql(inWorkers.url, INGEST, { input: ARTICLE });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const editor = await postGraphql(
      inWorkers.url,
      INGEST,
      { input: ARTICLE },
      { authorization: `Bearer ${TEST_EDITOR_KEY}` },
    );
    expect(editor.errors).toBeUndefined();
    expect(editor.data).toEqual({ ingestArticle: { changed: true } });
  }, 60_000);

  test("the request's deadline reaches the worker: a write held behind a lock answers TIMEOUT", async () => {
    const held = await neo4j.query(
      'MATCH (e:Entity {id: "country:north-korea"}) RETURN e.id AS id',
    );
    expect(held).toHaveLength(1);
    const { uri, user, password, database } = neo4j.target;
    const driver = neo4jDriver.driver(uri, neo4jDriver.auth.basic(user, password));
    const session = driver.session({ database });
    const tx = session.beginTransaction();
    try {
      await tx.run('MATCH (e:Entity {id: "country:north-korea"}) SET e.heldByTest = true');
      const answer = await postGraphql(
        inWorkers.url,
        INGEST,
        { input: { ...ARTICLE, title: 'Dépêche retenue', text: `${ARTICLE.text} Encore.` } },
        { authorization: `Bearer ${TEST_EDITOR_KEY}` },
      );
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'TIMEOUT',
        retryable: true,
        timeoutMs: REQUEST_TIMEOUT_MS,
      });
    } finally {
      await tx.rollback();
      await session.close();
      await driver.close();
    }
    expect(await postGraphql(inWorkers.url, '{ stats { articles } }')).toMatchObject({
      data: { stats: { articles: expect.any(Number) } },
    });
  }, 60_000);
});
