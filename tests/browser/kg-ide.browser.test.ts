import { EXAMPLE_OPERATIONS } from '../../src/server/example-operations';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
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
});
