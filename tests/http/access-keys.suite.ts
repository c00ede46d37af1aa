import { newAccessKey } from '../../src/domain/access-key';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { GraphStore } from '../../src/store/graph-store';
import { FIRST } from '../support/fixtures';
import type { TestServer } from '../support/test-server';
import {
  bearer,
  editorAndReaderKeys,
  errorCode,
  KEYS_CREATED_AT,
  postGraphql,
  startTestServer,
  TEST_EDITOR_KEY,
} from '../support/test-server';

const IMPORT = `mutation($input: AnnotatedArticleInput!) {
  importAnnotatedArticle(input: $input) { changed article { id } }
}`;
const HISTORY = `query($id: ID!) {
  history(id: $id) { totalCount edges { node { editor action reason targetIds before after at } } }
}`;
const ARTICLE_ID = annotatedArticleToBatch(FIRST).article.id;

/**
 * Who may do what over HTTP (issue 10, item 4): stored keys by role, the
 * configured editor key, revocation, closed reads, and the history naming
 * the editor of each change.
 */
export function defineAccessKeysSuite(name: string, openStore: () => Promise<GraphStore>): void {
  describe(`keys, roles and history over HTTP (${name})`, () => {
    let server: TestServer;
    let editorKey: string;
    let readerKey: string;
    let revokedKey: string;

    beforeAll(async () => {
      const store = await openStore();
      ({ editorKey, readerKey } = await editorAndReaderKeys(store));
      const revoked = newAccessKey('Former Editor', 'EDITOR', KEYS_CREATED_AT);
      await store.createAccessKey(revoked.stored);
      await store.revokeAccessKey('Former Editor', KEYS_CREATED_AT.toISOString());
      revokedKey = revoked.key;
      server = await startTestServer(store, { seed: false });
    });
    afterAll(() => server.close());

    test('a reader key cannot change the graph: FORBIDDEN, naming the key and the role needed', async () => {
      const refused = await postGraphql(server.url, IMPORT, { input: FIRST }, bearer(readerKey));
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.message).toContain(
        '"Reader Bot" is a reader key; this needs an editor key.',
      );
      expect((await postGraphql(server.url, '{ stats { articles } }')).data).toEqual({
        stats: { articles: 0 },
      });
    });

    test('a revoked key, an unknown key and no key are UNAUTHENTICATED for mutations', async () => {
      for (const headers of [bearer(revokedKey), bearer(`${editorKey}x`), {}]) {
        const refused = await postGraphql(server.url, IMPORT, { input: FIRST }, headers);
        expect(errorCode(refused)).toBe('UNAUTHENTICATED');
      }
    });

    test('a stored editor key changes the graph, and the history names its holder', async () => {
      const done = await postGraphql(server.url, IMPORT, { input: FIRST }, bearer(editorKey));
      expect(done.errors).toBeUndefined();
      const history = await postGraphql<{ history: any }>(server.url, HISTORY, { id: ARTICLE_ID });
      const last = history.data?.history.edges.at(-1).node;
      expect(last).toMatchObject({
        editor: 'Ada Analyst',
        action: 'IMPORT_ARTICLE',
        reason: null,
        before: null,
        after: { title: FIRST.article.title, claims: FIRST.claims.length },
      });
      expect(last.targetIds).toContain(ARTICLE_ID);
    });

    test('the configured editor key keeps working, as "editor-key" in the history', async () => {
      const edited = { ...FIRST, article: { ...FIRST.article, title: 'Corrected title' } };
      const done = await postGraphql(
        server.url,
        IMPORT,
        { input: edited },
        bearer(TEST_EDITOR_KEY),
      );
      expect(done.errors).toBeUndefined();
      const history = await postGraphql<{ history: any }>(server.url, HISTORY, { id: ARTICLE_ID });
      expect(history.data?.history.edges.at(-1).node).toMatchObject({
        editor: 'editor-key',
        after: { title: 'Corrected title' },
      });
    });

    test('retractArticle: editors only; the article leaves, its history stays, re-importing brings it back', async () => {
      const RETRACT = `mutation($id: ID!, $reason: String) {
        retractArticle(id: $id, reason: $reason) { retracted change { editor action reason } }
      }`;
      const ask = (id: string, key: string) =>
        postGraphql<{ retractArticle: any }>(
          server.url,
          RETRACT,
          { id, reason: '  withdrawn by the agency ' },
          bearer(key),
        );
      await postGraphql(server.url, IMPORT, { input: FIRST }, bearer(editorKey));
      expect(errorCode(await ask(ARTICLE_ID, readerKey))).toBe('FORBIDDEN');
      const done = await ask(ARTICLE_ID, editorKey);
      expect(done.data?.retractArticle).toEqual({
        retracted: true,
        change: {
          editor: 'Ada Analyst',
          action: 'RETRACT_ARTICLE',
          reason: 'withdrawn by the agency',
        },
      });
      expect((await ask(ARTICLE_ID, editorKey)).data?.retractArticle.retracted).toBe(false);
      const gone = await postGraphql<{ article: unknown; stats: { claims: number } }>(
        server.url,
        'query($id: ID!) { article(id: $id) { id } stats { claims } }',
        { id: ARTICLE_ID },
      );
      expect(gone.data).toEqual({ article: null, stats: { claims: 0 } });
      const history = await postGraphql<{ history: any }>(server.url, HISTORY, { id: ARTICLE_ID });
      expect(history.data?.history.edges.at(-1).node.before.article.id).toBe(ARTICLE_ID);
      const unknown = await ask('article:none', editorKey);
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      expect(unknown.errors?.[0]?.message).toBe('No article has id "article:none".');
      const rambling = await postGraphql(
        server.url,
        RETRACT,
        { id: ARTICLE_ID, reason: 'x'.repeat(2001) },
        bearer(editorKey),
      );
      expect(errorCode(rambling)).toBe('BAD_USER_INPUT');
      const back = await postGraphql(server.url, IMPORT, { input: FIRST }, bearer(editorKey));
      expect(back.errors).toBeUndefined();
      expect(
        (await postGraphql<{ stats: { claims: number } }>(server.url, '{ stats { claims } }')).data
          ?.stats.claims,
      ).toBe(FIRST.claims.length);
    });

    test('reads are open by default, with or without a key', async () => {
      for (const headers of [{}, bearer(readerKey), bearer('not-a-key')]) {
        expect((await postGraphql(server.url, '{ stats { entities } }', {}, headers)).errors).toBe(
          undefined,
        );
      }
    });
  });

  describe(`closed reads (${name})`, () => {
    let server: TestServer;
    let readerKey: string;
    beforeAll(async () => {
      const store = await openStore();
      const reader = newAccessKey('Reader Bot', 'READER', KEYS_CREATED_AT);
      await store.createAccessKey(reader.stored);
      readerKey = reader.key;
      server = await startTestServer(store, { seed: false, readKey: 'shared-read-key-0123' });
    });
    afterAll(() => server.close());

    test('without a valid key a read is refused with 401 UNAUTHENTICATED', async () => {
      for (const headers of [{}, bearer('not-a-key')]) {
        const refused = await postGraphql(server.url, '{ stats { articles } }', {}, headers);
        expect(refused.status).toBe(401);
        expect(errorCode(refused)).toBe('UNAUTHENTICATED');
      }
    });

    test('a reader key, the shared read key or an editor key reads', async () => {
      for (const key of [readerKey, 'shared-read-key-0123', TEST_EDITOR_KEY]) {
        const read = await postGraphql(server.url, '{ stats { articles } }', {}, bearer(key));
        expect(read.data).toEqual({ stats: { articles: 0 } });
      }
    });

    test('the shared read key cannot change the graph', async () => {
      const refused = await postGraphql(
        server.url,
        IMPORT,
        { input: FIRST },
        bearer('shared-read-key-0123'),
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
    });
  });
}
