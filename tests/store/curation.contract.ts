import type { AccessKey } from '../../src/domain/access-key';
import { hashAccessKey, newAccessKey } from '../../src/domain/access-key';
import { newChange } from '../../src/domain/change';
import { ConflictError, InvalidInputError, NotFoundError } from '../../src/domain/errors';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { GraphStore } from '../../src/store/graph-store';
import { FIRST } from '../support/fixtures';

const ALL = { first: 100, offset: 0 };
const T0 = new Date('2026-01-02T03:04:05.000Z');

/**
 * Named keys and the change history (issue 10): part of the GraphStore
 * contract, run by defineGraphStoreContract.
 */
export function defineCurationContract(current: () => GraphStore): void {
  describe('keys and history', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    test('createAccessKey() keeps the hash, never the key, and finds the key by its hash', async () => {
      const { key, stored } = newAccessKey('Ada', 'EDITOR', T0);
      const created = await store.createAccessKey(stored);
      expect(created).toEqual<AccessKey>({
        id: stored.id,
        name: 'Ada',
        role: 'EDITOR',
        createdAt: T0.toISOString(),
        revokedAt: null,
      });
      expect(JSON.stringify(await store.accessKeys())).not.toContain(key);
      expect(await store.accessKeyByHash(hashAccessKey(key))).toEqual(created);
      expect(await store.accessKeyByHash(hashAccessKey(`${key}x`))).toBeNull();
    });

    test('createAccessKey() refuses a name already taken, revoked or not', async () => {
      await store.createAccessKey(newAccessKey('Ada', 'EDITOR', T0).stored);
      await store.revokeAccessKey('Ada', T0.toISOString());
      await expect(
        store.createAccessKey(newAccessKey('Ada', 'READER', T0).stored),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await store.accessKeys()).toHaveLength(1);
    });

    test('accessKeys() lists oldest first; revokeAccessKey() by id or name, twice is once', async () => {
      const first = newAccessKey('Ada', 'EDITOR', T0).stored;
      const second = newAccessKey('Bob', 'READER', new Date(T0.getTime() + 1000)).stored;
      await store.createAccessKey(second);
      await store.createAccessKey(first);
      expect((await store.accessKeys()).map((k) => k.name)).toEqual(['Ada', 'Bob']);
      const revoked = await store.revokeAccessKey(second.id, '2026-02-01T00:00:00.000Z');
      expect(revoked.revokedAt).toBe('2026-02-01T00:00:00.000Z');
      const again = await store.revokeAccessKey('Bob', '2026-03-01T00:00:00.000Z');
      expect(again.revokedAt).toBe('2026-02-01T00:00:00.000Z');
      expect((await store.accessKeyByHash(second.hash))?.revokedAt).toBe(
        '2026-02-01T00:00:00.000Z',
      );
      await expect(store.revokeAccessKey('nobody', T0.toISOString())).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    test('upsertArticle() with a change records it in the same write, once, under each target', async () => {
      const batch = annotatedArticleToBatch(FIRST);
      const change = newChange(
        {
          editor: 'Ada',
          action: 'IMPORT_ARTICLE',
          reason: 'first import',
          targetIds: [batch.article.id, batch.claims[0]!.id],
          before: null,
          after: { title: batch.article.title, claims: batch.claims.length },
        },
        T0,
      );
      await store.upsertArticle(batch, change);
      // Unchanged: nothing to record.
      await store.upsertArticle(batch, newChange({ ...change }, new Date(T0.getTime() + 1)));
      const ofArticle = await store.history(batch.article.id, ALL);
      expect(ofArticle).toEqual({ items: [change], totalCount: 1 });
      expect((await store.history(batch.claims[0]!.id, ALL)).items).toEqual([change]);
      expect(await store.history('article:none', ALL)).toEqual({ items: [], totalCount: 0 });
    });

    test('history() lists oldest first and pages', async () => {
      const batch = annotatedArticleToBatch(FIRST);
      const edited = {
        ...batch,
        article: { ...batch.article, title: `${batch.article.title} (corrected)` },
      };
      const first = newChange(
        {
          editor: 'Ada',
          action: 'IMPORT_ARTICLE',
          reason: null,
          targetIds: [batch.article.id],
          before: null,
          after: 1,
        },
        T0,
      );
      const second = newChange(
        { ...first, editor: 'Bob', after: 2 },
        new Date(T0.getTime() + 60_000),
      );
      await store.upsertArticle(batch, first);
      await store.upsertArticle(edited, second);
      expect((await store.history(batch.article.id, ALL)).items.map((c) => c.editor)).toEqual([
        'Ada',
        'Bob',
      ]);
      expect(await store.history(batch.article.id, { first: 1, offset: 1 })).toEqual({
        items: [second],
        totalCount: 2,
      });
      await expect(
        store.history(batch.article.id, { first: -1, offset: 0 }),
      ).rejects.toBeInstanceOf(InvalidInputError);
    });
  });
}
