import { LIMITS } from '../../src/graphql/limits';
import type { GraphStore } from '../../src/store/graph-store';
import type { TestServer } from '../support/test-server';
import { postGraphql, startTestServer, TEST_EDITOR_KEY } from '../support/test-server';
import { cursorAt, graphTotals, liveStatus, rawPost, repeat } from './probes';

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.code;

/** The issue's 90-alias query: claims → subject → relations → claims → article text, 100 a page. */
const NESTED = `claims(first: 100) { edges { node { subject { relations(first: 100) { edges { node {
  claims(first: 100) { edges { node { sentence article { text } } } } } } } } } } }`;

/**
 * Each attack from issue 8, sent over real HTTP to a server seeded as on a
 * first start: it asserts the refusal or the bound, then that the process
 * still answers its liveness probe and that the graph did not change.
 */
export function defineAttackSuite(name: string, openStore: () => Promise<GraphStore>): void {
  describe(`attacks are refused or bounded (${name})`, () => {
    let server: TestServer;
    let totals: unknown;
    beforeAll(async () => {
      server = await startTestServer(await openStore());
      totals = await graphTotals(server.url);
    });
    afterEach(async () => {
      expect(await liveStatus(server.url)).toBe(200);
      expect(await graphTotals(server.url)).toEqual(totals);
    });
    afterAll(() => server.close());

    test('the 90-alias nested query is QUERY_TOO_COSTLY, refused for its aliases', async () => {
      const query = `{ ${repeat(90, (i) => `a${i}: ${NESTED}`)} }`;
      const response = await postGraphql(server.url, query);
      expect(response.status).toBe(400);
      expect(code(response)).toBe('QUERY_TOO_COSTLY');
      expect(response.errors?.[0]?.extensions).toMatchObject({
        limit: 'aliases',
        allowed: LIMITS.aliases,
        found: 90,
      });
    });

    test('one nested query over the budget is QUERY_TOO_COSTLY with its estimated cost and the budget', async () => {
      const response = await postGraphql(server.url, `{ ${NESTED} }`);
      expect(code(response)).toBe('QUERY_TOO_COSTLY');
      const { cost, budget } = response.errors?.[0]?.extensions as { cost: number; budget: number };
      expect(budget).toBe(10_000);
      // 100 claims × 100 relations × 100 claims, each with its article: millions of objects.
      expect(cost).toBeGreaterThan(100 ** 3);
      expect(response.data).toBeUndefined();
    });

    test('a field repeated 4,900 times is refused before validation', async () => {
      // A fresh comment defeats the document cache; an unknown field would fail validation,
      // so QUERY_TOO_COSTLY proves validation never ran.
      const query = `# ${Date.now()}-${Math.random()}\n{ ${repeat(4900, () => 'nosuchfield')} }`;
      const response = await postGraphql(server.url, query);
      expect(code(response)).toBe('QUERY_TOO_COSTLY');
      expect(response.errors?.[0]?.extensions).toMatchObject({
        limit: 'fieldsPerSelection',
        found: 4900,
      });
    });

    test('a fragment spread in a loop of fragments is refused before validation', async () => {
      // Each fragment spreads the previous one twice: 2^20 fields from a few hundred bytes.
      const fragments = Array.from(
        { length: 20 },
        (_, i) =>
          `fragment F${i + 1} on Query { ... on Query { ...F${i} } ... on Query { ...F${i} } }`,
      ).join('\n');
      const query = `{ ...F20 } ${fragments} fragment F0 on Query { stats { articles } }`;
      const response = await postGraphql(server.url, query);
      expect(code(response)).toBe('QUERY_TOO_COSTLY');
    });

    test('same-named fields nested in same-named fields are refused before validation', async () => {
      // 910 fields, under the other caps, but 650,000 pairwise comparisons for graphql-js.
      const relations = repeat(10, () => `relations { ${repeat(8, () => 'totalCount')} }`);
      const query = `{ ${repeat(10, () => `entity(id: "country:russia") { ${relations} }`)} }`;
      const response = await postGraphql(server.url, query);
      expect(code(response)).toBe('QUERY_TOO_COSTLY');
      expect(response.errors?.[0]?.extensions).toMatchObject({ limit: 'fieldComparisons' });
    });

    test('forty-five deep path searches in one request are refused', async () => {
      const paths = `paths(fromId: "country:north-korea", toId: "country:ukraine", maxHops: 4, first: 20) {
        steps { relation { claims(first: 100) { edges { node { article { text } } } } } } }`;
      const response = await postGraphql(server.url, `{ ${repeat(45, (i) => `p${i}: ${paths}`)} }`);
      expect(code(response)).toBe('QUERY_TOO_COSTLY');
    });

    test('ten deep path searches, within the alias cap, are over the budget', async () => {
      const paths = `paths(fromId: "country:north-korea", toId: "country:ukraine", maxHops: 4, first: 20) {
        steps { relation { subject { name } object { name } } } }`;
      const response = await postGraphql(server.url, `{ ${repeat(10, (i) => `p${i}: ${paths}`)} }`);
      expect(code(response)).toBe('QUERY_TOO_COSTLY');
      expect(response.errors?.[0]?.extensions?.['cost']).toBeGreaterThan(10_000);
    });

    test('forty aliases of article texts are refused', async () => {
      const query = `{ ${repeat(40, (i) => `a${i}: claims(first: 100) { edges { node { article { text } } } }`)} }`;
      const response = await postGraphql(server.url, query);
      expect(code(response)).toBe('QUERY_TOO_COSTLY');
    });

    test('a persisted query, which would reach Apollo without its text, is not supported', async () => {
      const answer = await rawPost(
        server.url,
        JSON.stringify({
          variables: { n: 100 },
          extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
        }),
        { 'content-type': 'application/json' },
      );
      expect(JSON.parse(answer.text)).toMatchObject({
        errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }],
      });
    });

    test('a huge or forged cursor is BAD_USER_INPUT', async () => {
      for (const after of [
        cursorAt(2 ** 31),
        cursorAt(2 ** 31 - 1),
        cursorAt(Number.MAX_SAFE_INTEGER),
        Buffer.from('kg:o:1e9').toString('base64url'),
        Buffer.from('kg:o:-1').toString('base64url'),
        'not-a-cursor',
      ]) {
        for (const query of [
          'query($after: String) { claims(after: $after) { totalCount edges { node { id } } } }',
          `query($after: String) { entity(id: "country:russia") {
            relations(after: $after) { edges { node { id } } } } }`,
        ]) {
          const response = await postGraphql(server.url, query, { after });
          expect({ after, code: code(response) }).toEqual({ after, code: 'BAD_USER_INPUT' });
        }
      }
    });

    test('the furthest cursor allowed reads an empty page', async () => {
      const response = await postGraphql(
        server.url,
        'query($after: String) { claims(after: $after, first: 100) { edges { node { id } } } }',
        { after: cursorAt(LIMITS.cursorOffset) },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ claims: { edges: [] } });
    });

    test('an article over the size limit is BAD_USER_INPUT naming the limit, and nothing is stored', async () => {
      const text = 'La Russie aurait fourni du pétrole à la Corée du Nord. '.repeat(4000);
      const response = await postGraphql(
        server.url,
        'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { changed } }',
        { input: { title: 'Too long', publishedAt: '2025-01-01', text } },
        { authorization: `Bearer ${TEST_EDITOR_KEY}` },
      );
      expect(code(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toContain('at most 200000 are allowed');
      expect(response.errors?.[0]?.extensions).toMatchObject({ maxBytes: 200_000 });
    });

    describe('bodies that are not GraphQL get JSON errors, without stack or path', () => {
      const json = { 'content-type': 'application/json', accept: 'application/json' };
      const expectJsonError = (
        answer: { status: number; contentType: string | null; text: string },
        status: number,
        errorCode: string,
      ) => {
        expect(answer.status).toBe(status);
        expect(answer.contentType).toMatch(/^application\/(graphql-response\+)?json/);
        const body = JSON.parse(answer.text) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0]?.extensions.code).toBe(errorCode);
        expect(answer.text).not.toMatch(/ at |node_modules|\/work\/|stack/i);
      };

      test('malformed JSON is 400 BAD_REQUEST', async () => {
        expectJsonError(await rawPost(server.url, '{"query": "{ stats', json), 400, 'BAD_REQUEST');
      });

      test('a body over 2 MB is 413 PAYLOAD_TOO_LARGE', async () => {
        const body = JSON.stringify({ query: '{ stats { articles } }', pad: 'x'.repeat(3 << 20) });
        expectJsonError(await rawPost(server.url, body, json), 413, 'PAYLOAD_TOO_LARGE');
      });

      test('an unsupported charset or encoding is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
        const body = JSON.stringify({ query: '{ stats { articles } }' });
        expectJsonError(
          await rawPost(server.url, body, {
            ...json,
            'content-type': 'application/json; charset=koi8-r',
          }),
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        );
        expectJsonError(
          await rawPost(server.url, body, { ...json, 'content-encoding': 'br-nonsense' }),
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        );
      });

      test('a body that is not JSON at all gets a GraphQL error, not a page', async () => {
        const answer = await rawPost(server.url, 'query=%7Bstats%7D', {
          'content-type': 'application/x-www-form-urlencoded',
          'apollo-require-preflight': 'true',
        });
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expect(JSON.parse(answer.text)).toHaveProperty('errors');
      });
    });
  });
}
