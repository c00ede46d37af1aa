import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The schema name the staging file is attached under: the store writes `staged.<table>`. */
export const STAGED = 'staged';

/** The staging file's page cache, in KiB: its tables are appended to, so a small one does. */
const STAGED_CACHE_KIB = 32 * 1024;

/**
 * The tables of the store that a staged load fills, parents first (foreign
 * keys), each with the order its rows are written to the store in.
 * Entities, their names and articles in their key's order: the store's key
 * index is appended to. Mentions and claims in the order staged, their
 * article's (an import writes articles in id order): the end of the load
 * reads each claim with its article (counts, relations), neighbours when
 * in article order. In their own id order, which is random to their
 * article, the end of a million-claim load took 248 s against 157 s
 * (CPU profiles, on a machine loaded by other work), while their key
 * indexes (about 45 and 70 MB there) fit the loader's page cache and are
 * written once, at the load's one commit. Each staged table
 * has the store's columns (without the ones the store fills itself, such
 * as `claims.rejected`) and the keys the store's upserts name in ON CONFLICT.
 */
const TABLES: readonly { name: string; ddl: string; order: string }[] = [
  {
    name: 'entities',
    ddl: 'id PRIMARY KEY, kind, name, candidate) WITHOUT ROWID',
    order: 'id',
  },
  {
    name: 'entity_names',
    ddl: 'entity_id, type, lang, text, folded, head, PRIMARY KEY (entity_id, type, lang, text)) WITHOUT ROWID',
    order: 'entity_id, type, lang, text',
  },
  {
    name: 'articles',
    ddl: 'id PRIMARY KEY, title, url, publisher, language, published_at, text, batch_hash, ingested_at)',
    order: 'id',
  },
  {
    name: 'mentions',
    ddl: 'id, article_id, entity_id, surface, span_start, span_end, sentence_start, sentence_end)',
    order: 'rowid',
  },
  {
    name: 'claims',
    ddl: `id, article_id, relation_id, subject_id, predicate, object_id, object_value, quantity_min,
      quantity_max, quantity_unit, time_from, time_to, location_id, item_id, modality, attributed_to_id,
      reported_by_id, sentence, sentence_key, sentence_start, sentence_end, channel, extractor, confidence,
      published_day)`,
    order: 'rowid',
  },
];

/**
 * The rows of a bulk load into an empty store, held in a private SQLite
 * file attached to the store's connection (as `staged`) until the load
 * ends, then written to the store's tables set by set (flush): one INSERT …
 * SELECT per table, in the order of TABLES, in the load's one transaction.
 * Written into the store as they came, with the store's every index and
 * foreign key, each transaction of a bulk load wrote again the pages of
 * the claims' and mentions' random keys that it touched.
 * The file has no journal worth syncing (thrown away) and is removed on
 * close, or with its folder after a crash (the store finishes the load
 * without its rows; nothing of them reached the store).
 */
export class StagedRows {
  private readonly folder = mkdtempSync(join(tmpdir(), 'kg-bulk-load-'));

  /** Attaches the staging file: outside any transaction (SQLite refuses ATTACH within one). */
  constructor(private readonly db: Database.Database) {
    db.prepare(`ATTACH DATABASE ? AS ${STAGED}`).run(join(this.folder, 'rows.sqlite'));
    db.pragma(`${STAGED}.synchronous = OFF`);
    db.pragma(`${STAGED}.cache_size = -${STAGED_CACHE_KIB}`);
    for (const { name, ddl } of TABLES) db.exec(`CREATE TABLE ${STAGED}.${name} (${ddl}`);
    // An article written again in the load drops its earlier mentions and claims by article.
    db.exec(`CREATE INDEX ${STAGED}.mentions_by_article ON mentions (article_id);
      CREATE INDEX ${STAGED}.claims_by_article ON claims (article_id)`);
  }

  /**
   * Writes every staged row to the store's tables, in the caller's
   * transaction and as one savepoint: a failure writes none of them. The
   * entities' names go to their full-text index too (the store's upsert
   * indexes only the names it adds; here all of them are new).
   */
  flush(): void {
    this.db.transaction(() => {
      for (const { name, order } of TABLES) {
        const columns = (this.db.pragma(`${STAGED}.table_info(${name})`) as { name: string }[])
          .map((column) => column.name)
          .join(', ');
        this.db.exec(
          `INSERT INTO main.${name} (${columns}) SELECT ${columns} FROM ${STAGED}.${name} ORDER BY ${order}`,
        );
      }
      this.db.exec(`INSERT INTO main.entity_names_fts (folded, entity_id)
        SELECT folded, entity_id FROM ${STAGED}.entity_names ORDER BY entity_id, type, lang, text`);
    })();
  }

  /** Detaches and removes the staging file: outside any transaction. */
  close(): void {
    try {
      this.db.exec(`DETACH DATABASE ${STAGED}`);
    } finally {
      rmSync(this.folder, { recursive: true, force: true });
    }
  }
}
