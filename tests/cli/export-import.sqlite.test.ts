import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { writeScaleGraph } from '../../bench/scale/scale-graph';
import { importGraph } from '../../src/cli/import-command';
import type { GraphStore } from '../../src/store/graph-store';
import { startBulkLoad } from '../../src/store/sqlite/sqlite-bulk-load';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { defineExportImportSuite, wholeGraph, withoutBulkLoad } from './export-import.suite';
import { openMemorySqlite } from '../support/sqlite';

defineExportImportSuite('SQLite', openMemorySqlite);

/**
 * Gives every third claim of the file a verdict, WRONG or CORRECT in turn:
 * the load judges those claims while the triggers keeping the counts are
 * dropped, and some relations lose all their claims.
 */
function withVerdicts(file: string): void {
  let claim = 0;
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => {
      if (!line.startsWith('{"type":"claim"')) return line;
      claim += 1;
      if (claim % 3 !== 0) return line;
      const record = JSON.parse(line) as { data: Record<string, unknown> };
      const verdict = claim % 2 === 0 ? 'WRONG' : 'CORRECT';
      record.data['review'] = {
        verdict,
        editor: 'analyst',
        at: '2024-03-01T10:00:00.000Z',
        note: null,
      };
      return JSON.stringify(record);
    });
  writeFileSync(file, lines.join('\n'));
}

describe('kg import into an empty SQLite store, in bulk', () => {
  let folder: string;
  let file: string;
  let claims: number;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'kg-bulk-'));
    file = join(folder, 'news.ndjson');
    ({ claims } = writeScaleGraph(file, 300, 12));
    withVerdicts(file);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const open = async (name: string) => {
    const store = new SqliteGraphStore(join(folder, name));
    await store.migrate();
    return store;
  };
  /** What the store is made of and counts itself, beyond what its reads answer. */
  const derived = (name: string) => {
    const db = new Database(join(folder, name), { readonly: true });
    try {
      return {
        schema: db
          .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
          .all()
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        dayCounts: db.prepare('SELECT * FROM claim_day_counts ORDER BY key').all(),
        // The counts stats read (migrations 016 and 020), kept by triggers the load drops and
        // counts again. Not the counts fallen to 0, which stay as rows and are never read: a
        // load counts only what is there.
        kept: [
          ['row_counts', 'n'],
          ['claim_counts', 'n'],
          ['entity_degrees', 'degree'],
          ['claim_kind_counts', 'n'],
          ['relation_kind_counts', 'n'],
          ['article_kinds', 'n'],
        ].map(([table, count]) =>
          db
            .prepare(`SELECT * FROM ${table} WHERE ${count} <> 0`)
            .all()
            .map((row) => JSON.stringify(row))
            .sort(),
        ),
        unfinished: db.prepare('SELECT count(*) AS n FROM unfinished_bulk_load').get(),
        // The claims a text search finds: a bulk load indexes the claims' text when it ends.
        foundByText: db
          .prepare(
            `SELECT c.id FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid
             WHERE claims_fts MATCH 'sources' ORDER BY c.id`,
          )
          .all(),
      };
    } finally {
      db.close();
    }
  };
  const importedPlainly = async () => {
    const store = await open('plain.sqlite');
    try {
      await importGraph(withoutBulkLoad(store), file, new PassThrough(), 1);
      return { graph: await wholeGraph(store), ...derived('plain.sqlite') };
    } finally {
      await store.close();
    }
  };

  test('ends with every index, trigger and day count that writing transaction by transaction keeps', async () => {
    const expected = await importedPlainly();
    const store = await open('bulk.sqlite');
    try {
      await importGraph(store, file, new PassThrough(), Math.ceil(claims / 3));
      expect(await wholeGraph(store)).toEqual(expected.graph);
    } finally {
      await store.close();
    }
    expect(derived('bulk.sqlite')).toEqual({ ...expected, graph: undefined, unfinished: { n: 0 } });
    expect(expected.schema.length).toBeGreaterThan(20);
    expect(expected.foundByText).toHaveLength(claims);
  }, 180_000);

  test('a load whose process died is finished by the next opening, and left alone while it runs', async () => {
    const expected = await importedPlainly();
    const store = await open('crashed.sqlite');
    const loader = new Database(join(folder, 'crashed.sqlite'));
    try {
      // The load as a process killed before its end leaves it: started, written, never finished.
      const interrupted: GraphStore = new Proxy(store, {
        get: (target, key) =>
          key === 'loadInBulk'
            ? (load: () => Promise<unknown>) => (startBulkLoad(loader), load())
            : Reflect.get(target, key, target),
      });
      await importGraph(interrupted, file, new PassThrough(), Math.ceil(claims / 3));
    } finally {
      await store.close();
    }
    // Its loader still runs (this process): another opening leaves the load alone.
    const meanwhile = await open('crashed.sqlite');
    await meanwhile.close();
    expect((derived('crashed.sqlite').unfinished as { n: number }).n).toBeGreaterThan(0);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    loader.prepare('UPDATE unfinished_bulk_load SET loader_pid = ?').run(gone);
    loader.close();

    const reopened = await open('crashed.sqlite');
    try {
      expect(await wholeGraph(reopened)).toEqual(expected.graph);
    } finally {
      await reopened.close();
    }
    expect(derived('crashed.sqlite')).toEqual({
      ...expected,
      graph: undefined,
      unfinished: { n: 0 },
    });
  }, 180_000);

  test('keeps what it wrote before an article that cannot be written, and finishes the load', async () => {
    const broken = join(folder, 'broken.ndjson');
    const lines = readFileSync(file, 'utf8').split('\n');
    const copied = (type: string, change: (data: Record<string, unknown>) => void) => {
      const record = JSON.parse(lines.find((line) => line.includes(`"type":"${type}"`))!) as {
        data: Record<string, unknown>;
      };
      change(record.data);
      return JSON.stringify(record);
    };
    // The last article in id order names an entity the file does not hold.
    const article = copied('article', (data) => (data.id = 'article:zzz'));
    const claim = copied('claim', (data) => {
      Object.assign(data, {
        id: 'claim:zzz',
        articleId: 'article:zzz',
        subjectId: 'person:nobody',
      });
      delete data.review;
    });
    writeFileSync(broken, [...lines, article, claim].join('\n'));
    const store = await open('broken.sqlite');
    try {
      await expect(importGraph(store, broken, new PassThrough(), 1)).rejects.toThrow(
        'names entity person:nobody',
      );
    } finally {
      await store.close();
    }
    const db = new Database(join(folder, 'broken.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM claims').get()).toEqual({ n: claims });
    } finally {
      db.close();
    }
    expect(derived('broken.sqlite').unfinished).toEqual({ n: 0 });
  }, 180_000);

  test('commits many upsertArticles calls at a time, and what is left when it ends', async () => {
    const store = await open('commits.sqlite');
    const reader = new Database(join(folder, 'commits.sqlite'), { readonly: true });
    const committedClaims = () =>
      reader.prepare<[], { n: number }>('SELECT count(*) AS n FROM claims').get()!.n;
    const seen: number[] = [];
    const watched: GraphStore = new Proxy(store, {
      get: (target, key) =>
        key === 'upsertArticles'
          ? async (batches: Parameters<GraphStore['upsertArticles']>[0]) => {
              const results = await target.upsertArticles(batches);
              seen.push(committedClaims());
              return results;
            }
          : Reflect.get(target, key, target),
    });
    try {
      await importGraph(watched, file, new PassThrough(), Math.ceil(claims / 3));
      // Fewer claims than a bulk load commits at a time: none are visible until it ends.
      expect(seen.length).toBeGreaterThan(2);
      expect(new Set(seen)).toEqual(new Set([0]));
      expect(committedClaims()).toBe(claims);
    } finally {
      reader.close();
      await store.close();
    }
  }, 180_000);
});
