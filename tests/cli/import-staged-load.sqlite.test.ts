import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { writeScaleGraph } from '../../bench/scale/scale-graph';
import { importGraph } from '../../src/cli/import-command';
import type { ArticleBatch } from '../../src/domain/article-batch';
import type { GraphStore } from '../../src/store/graph-store';
import { finishBulkLoad, startBulkLoad } from '../../src/store/sqlite/sqlite-bulk-load';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { StagedRows } from '../../src/store/sqlite/sqlite-staged-rows';
import { storeDifference } from '../../src/store/sqlite/sqlite-store-difference';
import { wholeGraph, withoutBulkLoad } from './export-import.suite';

/** An article without claims or mentions, naming one entity: a store holding it is not empty. */
const ALREADY_THERE: ArticleBatch = {
  article: {
    id: 'article:already-there',
    title: 'Already there',
    url: null,
    publisher: 'Wire',
    language: 'en',
    publishedAt: '2024-02-01T00:00:00Z',
    text: 'Nothing happened.',
    ingestedAt: '2024-02-01T01:00:00.000Z',
  },
  entities: [
    { id: 'person:already-there', kind: 'PERSON', name: 'Already There', labels: [], aliases: [] },
  ],
  mentions: [],
  claims: [],
};

describe('kg import into SQLite: staged into an empty store, row by row into one holding something', () => {
  let folder: string;
  let file: string;
  let claims: number;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'kg-staged-'));
    file = join(folder, 'news.ndjson');
    ({ claims } = writeScaleGraph(file, 300, 7));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const open = async (name: string) => {
    const store = new SqliteGraphStore(join(folder, name));
    await store.migrate();
    return store;
  };
  const imported = async (name: string, into: (store: GraphStore) => GraphStore) => {
    const store = await open(name);
    try {
      await store.upsertArticle(ALREADY_THERE);
      await importGraph(into(store), file, new PassThrough(), Math.ceil(claims / 3));
      return await wholeGraph(store);
    } finally {
      await store.close();
    }
  };

  test('a store holding nothing loads staged; one holding an article without claims loads row by row', async () => {
    const kinds: (string | null)[] = [];
    for (const [name, before] of [
      ['empty.sqlite', null],
      ['holding.sqlite', ALREADY_THERE],
    ] as const) {
      const store = await open(name);
      if (before) await store.upsertArticle(before);
      await store.close();
      const db = new Database(join(folder, name));
      try {
        kinds.push(startBulkLoad(db));
        finishBulkLoad(db);
      } finally {
        db.close();
      }
    }
    expect(kinds).toEqual(['staged', 'rows']);
  });

  test('into a store holding something, the load row by row builds the graph that writing article by article builds', async () => {
    const expected = await imported('by-article.sqlite', withoutBulkLoad);
    const graph = await imported('by-rows.sqlite', (store) => store);
    expect(graph.claims).toHaveLength(claims);
    expect(graph.articles.map((article) => article.id)).toContain(ALREADY_THERE.article.id);
    expect(graph).toEqual(expected);
  }, 180_000);

  test('a broken line in the middle of a large file is named, nothing is written, and the fixed file then loads staged', async () => {
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const middle = Math.floor(lines.length / 2);
    const broken = join(folder, 'broken.ndjson');
    writeFileSync(
      broken,
      [...lines.slice(0, middle), '{"type": "claim", ', ...lines.slice(middle)].join('\n'),
    );
    const stagingFolders = () =>
      readdirSync(tmpdir()).filter((name) => name.startsWith('kg-bulk-load-'));
    const before = stagingFolders();
    const store = await open('broken.sqlite');
    try {
      await expect(importGraph(store, broken, new PassThrough())).rejects.toThrow(
        `Line ${middle + 1} is not JSON`,
      );
      expect(await store.stats(0)).toMatchObject({ articles: 0, entities: 0, claims: 0 });
      await importGraph(store, file, new PassThrough());
      expect((await wholeGraph(store)).claims).toHaveLength(claims);
    } finally {
      await store.close();
    }
    // The staged load removed its staging file.
    expect(stagingFolders()).toEqual(before);
  }, 180_000);

  /** The store `name`, loaded from the file into an empty store as `into` lets it. */
  const loaded = async (name: string, into: (store: GraphStore) => GraphStore) => {
    const store = await open(name);
    try {
      await importGraph(into(store), file, new PassThrough(), Math.ceil(claims / 3));
    } finally {
      await store.close();
    }
    return join(folder, name);
  };
  /** The store as one whose upsertArticles calls `during` after each call. */
  const watched = (store: GraphStore, during: () => void): GraphStore =>
    new Proxy(store, {
      get: (target, key) =>
        key === 'upsertArticles'
          ? async (batches: Parameters<GraphStore['upsertArticles']>[0]) => {
              const results = await target.upsertArticles(batches);
              during();
              return results;
            }
          : Reflect.get(target, key, target),
    });

  test('into an empty store, the load leaves what writing article by article leaves, table by table and term by term', async () => {
    const byArticle = await loaded('article-by-article.sqlite', withoutBulkLoad);
    const inBulk = await loaded('in-bulk.sqlite', (store) => store);
    expect(storeDifference(byArticle, inBulk)).toBeNull();
  }, 180_000);

  test('into an empty store, the load writes the file through a rollback journal, not the WAL, and leaves it in WAL mode', async () => {
    const journalModes: string[] = [];
    const journalMode = (name: string) => {
      const reader = new Database(join(folder, name), { readonly: true });
      try {
        return reader.pragma('journal_mode', { simple: true }) as string;
      } finally {
        reader.close();
      }
    };
    const stored = await loaded('journal.sqlite', (store) =>
      watched(store, () => journalModes.push(journalMode('journal.sqlite'))),
    );
    expect(journalModes.length).toBeGreaterThan(1);
    expect(new Set(journalModes)).toEqual(new Set(['delete']));
    expect(journalMode('journal.sqlite')).toBe('wal');
    expect(existsSync(`${stored}-journal`)).toBe(false);
  }, 180_000);

  test('into an empty store another connection holds, the load keeps the WAL and loads the same store', async () => {
    const alone = await loaded('alone.sqlite', (store) => store);
    const shared = join(folder, 'shared.sqlite');
    const store = await open('shared.sqlite');
    const other = new Database(shared, { readonly: true });
    const journalModes: string[] = [];
    try {
      other.prepare('SELECT count(*) FROM claims').get();
      await importGraph(
        watched(store, () =>
          journalModes.push(other.pragma('journal_mode', { simple: true }) as string),
        ),
        file,
        new PassThrough(),
        Math.ceil(claims / 3),
      );
    } finally {
      other.close();
      await store.close();
    }
    expect(new Set(journalModes)).toEqual(new Set(['wal']));
    expect(storeDifference(alone, shared)).toBeNull();
  }, 180_000);

  test('a load into an empty store killed while it writes its rows into the store leaves the empty store, which the next import loads as an uninterrupted one', async () => {
    const uninterrupted = await loaded('uninterrupted.sqlite', (store) => store);
    // What a kill leaves on disk: the files as they are once the staged rows are written into the
    // store's tables, before the load commits (the process's writes are the OS's).
    const killed = join(folder, 'killed');
    mkdirSync(killed);
    const flush = StagedRows.prototype.flush;
    const flushed = jest.spyOn(StagedRows.prototype, 'flush').mockImplementation(function (
      this: StagedRows,
    ) {
      flush.call(this);
      for (const suffix of ['', '-journal', '-wal', '-shm'])
        if (existsSync(join(folder, `loading.sqlite${suffix}`)))
          copyFileSync(join(folder, `loading.sqlite${suffix}`), join(killed, `kg.sqlite${suffix}`));
    });
    try {
      await loaded('loading.sqlite', (store) => store);
    } finally {
      flushed.mockRestore();
    }
    // Its rollback journal takes the file back to the empty store it was.
    expect(existsSync(join(killed, 'kg.sqlite-journal'))).toBe(true);
    const db = new Database(join(killed, 'kg.sqlite'));
    try {
      expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 0 });
      // Killed: its process is gone.
      db.prepare('UPDATE unfinished_bulk_load SET loader_pid = ?').run(
        spawnSync(process.execPath, ['-e', '']).pid,
      );
    } finally {
      db.close();
    }
    const reopened = new SqliteGraphStore(join(killed, 'kg.sqlite'));
    try {
      await reopened.migrate();
      expect(await reopened.stats(0)).toMatchObject({ articles: 0, claims: 0 });
      await importGraph(reopened, file, new PassThrough());
    } finally {
      await reopened.close();
    }
    expect(storeDifference(uninterrupted, join(killed, 'kg.sqlite'))).toBeNull();
  }, 180_000);
});
