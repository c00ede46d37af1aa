import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { FIRST, SECOND } from '../support/fixtures';

/**
 * Issue 12: a neighbourhood costs what it touches. A hub's strongest
 * neighbours are hubs, so the relations among a neighbourhood's entities
 * must be found pair by pair (migration 017), never by reading the whole
 * index range of each entity. The statements of the call are traced, then
 * explained (SQLite manual, "EXPLAIN QUERY PLAN").
 */
describe('SQLite walk plans (issue 12)', () => {
  let folder: string;
  let store: SqliteGraphStore;
  let explainer: Database.Database;
  let traced: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kg-walk-plans-'));
    const file = join(folder, 'kg.sqlite');
    store = new SqliteGraphStore(file, { trace: (sql) => traced.push(sql) });
    await store.migrate();
    await store.upsertArticles([annotatedArticleToBatch(FIRST), annotatedArticleToBatch(SECOND)]);
    explainer = new Database(file, { readonly: true });
  });

  afterAll(async () => {
    explainer.close();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test("a neighbourhood's relations are sought by pair of its entities, not read entity by entity", async () => {
    traced = [];
    const around = await store.neighborhood('country:sylvania', { depth: 2, limit: 50 });
    expect(around!.relations.length).toBeGreaterThan(0);
    const plans = traced
      .filter((sql) => /^\s*(WITH|SELECT)\b/i.test(sql))
      .flatMap((sql) =>
        explainer
          .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
          .all()
          .map((row) => row.detail),
      );
    expect(
      plans.some((line) => /INDEX relations_between \(subject_id=\? AND object_id=\?/.test(line)),
    ).toBe(true);
    const wholeRanges = plans.filter(
      (line) =>
        /^SCAN (relations|r)\b/.test(line) || /INDEX relations_by_(subject|object)\b/.test(line),
    );
    expect(wholeRanges).toEqual([]);
  });
});
