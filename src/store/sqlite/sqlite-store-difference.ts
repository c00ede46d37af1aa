import Database from 'better-sqlite3';

/**
 * The full-text indexes, each with the rowid-free names of what a term
 * occurrence indexes: a claim's id (claims_fts keeps the claims' rowids),
 * an entity's id and folded name (entity_names_fts keeps its own rows).
 */
const FULL_TEXT = [
  {
    name: 'claims_fts',
    occurrences: `SELECT v.term, c.id, v.col, v."offset" FROM temp.terms v JOIN claims c ON c.rowid = v.doc`,
  },
  {
    name: 'entity_names_fts',
    occurrences: `SELECT v.term, f.entity_id, f.folded, v.col, v."offset"
      FROM temp.terms v JOIN entity_names_fts f ON f.rowid = v.doc`,
  },
];

/**
 * The first difference between what two SQLite stores hold, or null when
 * they hold the same: their schema (tables, indexes, triggers), every
 * table's rows, and every term occurrence of their full-text indexes.
 * Rows are compared sorted, without their rowids, which no read depends
 * on (two loads may number an entity's rows differently); the claims'
 * rowids are compared through their full-text index. Reads each table a
 * row at a time, so memory stays flat whatever the stores' size.
 */
export function storeDifference(fileA: string, fileB: string): string | null {
  const [a, b] = [fileA, fileB].map((file) => new Database(file, { readonly: true }));
  try {
    const schema = `SELECT type, name, tbl_name, sql FROM sqlite_master
      WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`;
    const difference = firstDifferentRow(a!, b!, schema, 'the schema');
    if (difference !== null) return difference;
    for (const table of plainTables(a!)) {
      const columns = (a!.pragma(`table_info("${table}")`) as { name: string }[]).map(
        (column) => `"${column.name}"`,
      );
      const rows = `SELECT ${columns.join(', ')} FROM "${table}" ORDER BY ${columns.join(', ')}`;
      const found = firstDifferentRow(a!, b!, rows, `table ${table}`);
      if (found !== null) return found;
    }
    for (const { name, occurrences } of FULL_TEXT) {
      for (const db of [a!, b!])
        db.exec(`DROP TABLE IF EXISTS temp.terms;
          CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, ${name}, instance)`);
      const found = firstDifferentRow(a!, b!, `${occurrences} ORDER BY 1, 2, 3, 4`, name);
      if (found !== null) return found;
    }
    return null;
  } finally {
    a!.close();
    b!.close();
  }
}

/** The tables holding rows of their own: not the full-text indexes nor their shadow tables. */
function plainTables(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
         AND name NOT IN (SELECT m.name FROM sqlite_master v JOIN sqlite_master m
           ON v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\')
       ORDER BY name`,
    )
    .all()
    .map((row) => row.name);
}

/** Reads `sql` from both stores side by side: the first row where they part, described, or null. */
function firstDifferentRow(
  a: Database.Database,
  b: Database.Database,
  sql: string,
  what: string,
): string | null {
  const left = a.prepare(sql).raw().iterate() as Iterator<unknown[]>;
  const right = b.prepare(sql).raw().iterate() as Iterator<unknown[]>;
  for (let row = 1; ; row += 1) {
    const [x, y] = [left.next(), right.next()];
    if (x.done && y.done) return null;
    const [shownX, shownY] = [
      x.done ? 'nothing' : JSON.stringify(x.value),
      y.done ? 'nothing' : JSON.stringify(y.value),
    ];
    if (shownX !== shownY) {
      left.return?.();
      right.return?.();
      return `${what}, row ${row} in sorted order: ${shownX} against ${shownY}`;
    }
  }
}
