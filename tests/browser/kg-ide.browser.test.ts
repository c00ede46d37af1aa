import { EXAMPLE_OPERATIONS } from '../../src/server/example-operations';
import type { TestServer } from '../support/test-server';
import { postGraphql, startTestServer, TEST_EDITOR_KEY } from '../support/test-server';
import { openGraphiqlAndRunFirstExample } from './graphiql-steps';
import { openMemorySqlite } from '../support/sqlite';

const BROWSER_TIMEOUT_MS = 90_000;

describe('the kg server’s IDE in Chromium', () => {
  let server: TestServer;
  beforeAll(async () => {
    const store = await openMemorySqlite();
    server = await startTestServer(store);
  });
  afterAll(() => server.close());

  test(
    'opens offline with the eight questions as tabs, and the first one answers from the seed',
    async () => {
      const seen = await openGraphiqlAndRunFirstExample(server.url);
      expect(seen.foreignRequests).toEqual([]);
      expect(seen.errors).toEqual([]);
      const operationNames = EXAMPLE_OPERATIONS.map((op) => /query (\w+)/.exec(op.query)?.[1]);
      expect(seen.tabTitles).toEqual(operationNames);
      // Monaco renders only the visible lines of the response, so read the words, not the JSON.
      expect(seen.responseText).toContain('"Pat Ryder"');
      expect(seen.responseText).toContain('"Pentagon"');
    },
    BROWSER_TIMEOUT_MS,
  );

  test(
    'runs a subscription over WebSocket: an article stored meanwhile shows up in the response',
    async () => {
      const title = 'IDE live update test';
      // Starting from now, so the article is sent however soon it is stored.
      const since = new Date().toISOString();
      const query = `subscription Live { articleIngested(ingestedAfter: "${since}") { title } }`;
      const visit = openGraphiqlAndRunFirstExample(
        `${server.url}?query=${encodeURIComponent(query)}`,
      );
      const ingested = await postGraphql(
        server.url,
        'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { changed } }',
        {
          input: {
            title,
            language: 'fr',
            publishedAt: '2025-01-10',
            text: 'Les États-Unis imposent de nouvelles sanctions à la Corée du Nord.',
          },
        },
        { authorization: `Bearer ${TEST_EDITOR_KEY}` },
      );
      expect(ingested.errors).toBeUndefined();
      const seen = await visit;
      expect(seen.foreignRequests).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(seen.responseText).toContain(title);
    },
    BROWSER_TIMEOUT_MS,
  );
});
