import { RulesExtractor } from '../../src/ingest/rules-extractor';
import type { RunningServer } from '../../src/server/create-server';
import { startKgServer } from '../../src/server/create-server';
import { FIRST } from '../support/fixtures';
import { countingStore } from '../support/counting-store';
import { openMemorySqlite } from '../support/sqlite';
import {
  bearer,
  editorAndReaderKeys,
  memoryLogger,
  postGraphql,
  TEST_EDITOR_KEY,
} from '../support/test-server';

const IMPORT = `mutation($input: AnnotatedArticleInput!) {
  importAnnotatedArticle(input: $input) { changed }
}`;

/**
 * With closed reads, the access gate looks a stored key up to refuse
 * requests without a valid one; the GraphQL endpoint then uses who the
 * gate found rather than looking the key up again (issue 12): on Neo4j
 * each lookup is a transaction of its own.
 */
describe('a stored key is looked up once per request (closed reads)', () => {
  let server: RunningServer;
  let calls: string[];
  let editorKey: string;
  let readerKey: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const sqlite = await openMemorySqlite();
    ({ editorKey, readerKey } = await editorAndReaderKeys(sqlite));
    const counting = countingStore(sqlite);
    calls = counting.calls;
    server = await startKgServer({
      store: counting.store,
      // Unused: the mutation below imports an article already annotated.
      extractor: new RulesExtractor(),
      editorKey: TEST_EDITOR_KEY,
      closedReads: true,
      log: memoryLogger(),
      host: '127.0.0.1',
      port: 0,
    });
    close = () => sqlite.close();
  });
  afterAll(async () => {
    await server.stop();
    await close();
  });

  const lookups = () => calls.filter((call) => call === 'accessKeyByHash').length;

  test('a read with a stored reader key: one lookup', async () => {
    calls.length = 0;
    const read = await postGraphql(server.url, '{ stats { articles } }', {}, bearer(readerKey));
    expect(read.data).toEqual({ stats: { articles: 0 } });
    expect(lookups()).toBe(1);
  });

  test('a mutation with a stored editor key: one lookup', async () => {
    calls.length = 0;
    const done = await postGraphql(server.url, IMPORT, { input: FIRST }, bearer(editorKey));
    expect(done.errors).toBeUndefined();
    expect(done.data).toEqual({ importAnnotatedArticle: { changed: true } });
    expect(lookups()).toBe(1);
  });
});
