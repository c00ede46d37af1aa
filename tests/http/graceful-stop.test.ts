import { startKgServer } from '../../src/server/create-server';
import { loadSeedIfEmpty } from '../../src/server/load-seed';
import { openMemorySqlite } from '../support/sqlite';
import { gatedStore, until } from './gated-store';
import { memoryLogger, postGraphql, SEED_DIR } from '../support/test-server';
import { testExtractor } from '../support/nlp';

test('stop() waits out the grace period, then cancels what still runs with SHUTTING_DOWN', async () => {
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
    shutdownGraceMs: 200,
  });
  const requests = Array.from({ length: 5 }, () =>
    postGraphql(server.url, '{ claims(first: 3) { edges { node { subject { name } } } } }'),
  );
  await until(() => gate.waiting() === 5);
  const stopped = server.stop();
  await until(() => log.lines.some((line) => line.message.startsWith('grace period over')));
  gate.open();
  const responses = await Promise.all(requests);
  await stopped;
  for (const response of responses) {
    expect(response.errors?.map((e) => e.extensions?.code)).toContain('SHUTTING_DOWN');
  }
  expect(log.lines.find((line) => line.message.startsWith('stopping'))?.fields).toMatchObject({
    inFlight: 5,
  });
  await sqlite.close();
});
