import { startKgServer } from '../../src/server/create-server';
import { loadSeedIfEmpty } from '../../src/server/load-seed';
import { openMemorySqlite } from '../support/sqlite';
import { memoryLogger, postGraphql, SEED_DIR } from '../support/test-server';
import { testExtractor } from '../support/nlp';
import { gatedStore, until } from './gated-store';

test('beyond maxInFlight requests get 503 SERVER_BUSY with Retry-After, and health probes still answer', async () => {
  const sqlite = await openMemorySqlite();
  const log = memoryLogger();
  const extractor = await testExtractor();
  await loadSeedIfEmpty(sqlite, SEED_DIR, log, extractor);
  const gate = gatedStore(sqlite);
  const server = await startKgServer({
    store: gate.store,
    extractor,
    editorKey: 'unused-editor-key-0123456789',
    log,
    host: '127.0.0.1',
    port: 0,
    maxInFlight: 2,
  });
  try {
    const query = '{ claims(first: 1) { totalCount } }';
    const held = [postGraphql(server.url, query), postGraphql(server.url, query)];
    await until(() => gate.waiting() === 2);

    const refused = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toMatchObject({
      errors: [{ extensions: { code: 'SERVER_BUSY', retryable: true } }],
    });
    expect((await fetch(new URL('/health/live', server.url))).status).toBe(200);

    gate.open();
    for (const response of await Promise.all(held)) expect(response.errors).toBeUndefined();
    expect((await postGraphql(server.url, query)).errors).toBeUndefined();
  } finally {
    await server.stop();
    await sqlite.close();
  }
});
