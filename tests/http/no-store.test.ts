import { RulesExtractor } from '../../src/ingest/rules-extractor';
import type { RunningServer } from '../../src/server/create-server';
import { startKgServer } from '../../src/server/create-server';
import type { GraphStore } from '../../src/store/graph-store';
import { openMemorySqlite } from '../support/sqlite';
import { memoryLogger, TEST_EDITOR_KEY } from '../support/test-server';

/**
 * GraphQL answers tell caches not to keep them: the graph changes with
 * every ingest. Apollo's cache-control plugin said so (`no-store`, the
 * schema declaring no cache hints) until the endpoint replaced it with the
 * header alone, as it costs a cache policy on every field resolved.
 */
describe('GraphQL answers are not to be cached', () => {
  let store: GraphStore;
  let server: RunningServer;
  beforeAll(async () => {
    store = await openMemorySqlite();
    server = await startKgServer({
      store,
      // Unused: nothing is ingested.
      extractor: new RulesExtractor(),
      editorKey: TEST_EDITOR_KEY,
      log: memoryLogger(),
      host: '127.0.0.1',
      port: 0,
    });
  });
  afterAll(async () => {
    await server.stop();
    await store.close();
  });

  const post = (query: string) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    });

  test('an answer with data', async () => {
    const response = await post('{ stats { articles } claims(first: 1) { totalCount } }');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  test('an answer with errors', async () => {
    const response = await post('{ noSuchField }');
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
