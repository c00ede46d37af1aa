import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Rows written per transaction while staging. */
const ROWS_PER_TRANSACTION = 20_000;
/**
 * The staging database's page cache, in KiB (SQLite's default is 2 MB):
 * the entities looked up by id stay in memory, and sorting the groups
 * (groups()) runs in memory up to this much before spilling to temporary files.
 */
const CACHE_KIB = 64 * 1024;

/**
 * The staging database's page size, in bytes: SQLite's largest. Its lines
 * are appended and read back in one sort, a few large pages costing less
 * than many small ones. (The rows a bulk load stages beside the store,
 * sqlite-staged-rows.ts, gained nothing from it and held 128 MB more at a
 * million claims.)
 */
const PAGE_SIZE = 65_536;

/** A staged line: its kind, and its JSON text as read. */
export interface StagedLine {
  readonly kind: string;
  readonly json: string;
}

/**
 * A disk-backed holding table for the lines of a file too big to hold in
 * memory: lines are added under a group key in any order, then read back
 * group by group; lines keyed by id are looked up one at a time; lines set
 * aside are read back once, in the order added. The
 * external sort behind `kg import`, whose files list each kind sorted by
 * id while each article must be written with its own mentions and claims.
 * A private database in a temporary folder, without journal or syncing
 * (it is thrown away), removed on close.
 */
export class SqliteStaging {
  private readonly folder = mkdtempSync(join(tmpdir(), 'kg-staging-'));
  private readonly db = new Database(join(this.folder, 'staging.sqlite'));
  private pending = 0;
  private readonly addGrouped;
  private readonly addNamed;
  private readonly addKeyed;
  private readonly findKeyed;
  private readonly addAside;

  constructor() {
    // Set before any table: each line (hundreds of bytes of JSON) is appended, then read back in
    // one sort; with 64 KiB pages instead of 4 KiB, staging a 100k-claim file and reading its
    // groups back took a fifth less CPU (3.8 s against 4.7 s).
    this.db.pragma(`page_size = ${PAGE_SIZE}`);
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma(`cache_size = -${CACHE_KIB}`);
    // The ids lines bear are kept apart as they come, appended to a table of their own and
    // grouped once at the end (repeatedId). Grouping the whole table of lines instead took 17 s
    // of a million-claim import; a table keyed by id, checked as each line came, 1.4 s of a
    // 100k-claim one (its keys are random, each insert lands on a page of its own).
    this.db.exec(`CREATE TABLE grouped (grp TEXT NOT NULL, kind TEXT NOT NULL, json TEXT NOT NULL);
      CREATE TABLE named (kind TEXT NOT NULL, id TEXT NOT NULL, line INTEGER NOT NULL);
      CREATE TABLE keyed (id TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE aside (json TEXT NOT NULL);`);
    this.addGrouped = this.db.prepare('INSERT INTO grouped (grp, kind, json) VALUES (?, ?, ?)');
    this.addNamed = this.db.prepare('INSERT INTO named (kind, id, line) VALUES (?, ?, ?)');
    this.addKeyed = this.db.prepare('INSERT OR REPLACE INTO keyed (id, json) VALUES (?, ?)');
    this.findKeyed = this.db.prepare<[string], { json: string }>(
      'SELECT json FROM keyed WHERE id = ?',
    );
    this.addAside = this.db.prepare('INSERT INTO aside (json) VALUES (?)');
    this.db.exec('BEGIN');
  }

  /**
   * A line read back with the others of its group, in the order added;
   * `named` is the id it bears and where it was read, for repeatedId().
   */
  addToGroup(
    group: string,
    line: StagedLine,
    named?: { readonly id: string; readonly lineNumber: number },
  ): void {
    this.addGrouped.run(group, line.kind, line.json);
    if (named) this.addNamed.run(line.kind, named.id, named.lineNumber);
    this.committedNowAndThen();
  }

  /** The first id two grouped lines of one kind bear (by where it was first read), or null. */
  repeatedId(): { kind: string; id: string; first: number; second: number } | null {
    this.finishAdding();
    return (
      this.db
        .prepare<[], { kind: string; id: string; first: number; second: number }>(
          `SELECT kind, id, min(line) AS first, max(line) AS second FROM named
           GROUP BY kind, id HAVING count(*) > 1 ORDER BY first LIMIT 1`,
        )
        .get() ?? null
    );
  }

  /** A line looked up by id; a later one with the same id replaces it. */
  addById(id: string, json: string): void {
    this.addKeyed.run(id, json);
    this.committedNowAndThen();
  }

  /** A line read back by setAside(), apart from the groups. */
  setAside(json: string): void {
    this.addAside.run(json);
    this.committedNowAndThen();
  }

  /** The lines set aside, in the order added. */
  *setAsideLines(): Generator<string> {
    this.finishAdding();
    for (const row of this.db
      .prepare<[], { json: string }>('SELECT json FROM aside ORDER BY rowid')
      .iterate())
      yield row.json;
  }

  private committedNowAndThen(): void {
    this.pending += 1;
    if (this.pending < ROWS_PER_TRANSACTION) return;
    this.db.exec('COMMIT; BEGIN');
    this.pending = 0;
  }

  /** How many groups were staged. */
  groupCount(): number {
    this.finishAdding();
    return this.db.prepare<[], { n: number }>('SELECT count(DISTINCT grp) AS n FROM grouped').get()!
      .n;
  }

  /**
   * Each group's lines, groups in key order, lines in the order added.
   * Sorted whole (SQLite's external merge sort reads and writes in
   * sequence): reading through an index on the group instead reads the
   * table in random order, one page per line once it outgrows the cache.
   */
  *groups(): Generator<{ group: string; lines: StagedLine[] }> {
    this.finishAdding();
    let group: string | null = null;
    let lines: StagedLine[] = [];
    for (const row of this.db
      .prepare<[], StagedLine & { grp: string }>(
        'SELECT grp, kind, json FROM grouped ORDER BY grp, rowid',
      )
      .iterate()) {
      if (group !== row.grp) {
        if (group !== null) yield { group, lines };
        group = row.grp;
        lines = [];
      }
      lines.push({ kind: row.kind, json: row.json });
    }
    if (group !== null) yield { group, lines };
  }

  /** The JSON text staged under this id, or null. */
  byId(id: string): string | null {
    return this.findKeyed.get(id)?.json ?? null;
  }

  private finishAdding(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  close(): void {
    if (this.db.open) this.db.close();
    rmSync(this.folder, { recursive: true, force: true });
  }
}
