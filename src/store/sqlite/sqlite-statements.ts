import type Database from 'better-sqlite3';

/** Enough for every statement the store builds; a cache past it starts again. */
const MAX_STATEMENTS = 500;

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * The connection's prepared statements, by text: each statement is
 * compiled once per connection, not on every call (compiling a join costs
 * more than running it on an index). Statement texts depend on which
 * filters are present, never on values, so the cache stays small.
 */
export function statements(db: Database.Database): Pick<Database.Database, 'prepare'> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const own = cache;
  return {
    prepare: ((sql: string) => {
      let statement = own.get(sql);
      if (!statement) {
        if (own.size >= MAX_STATEMENTS) own.clear();
        statement = db.prepare(sql);
        own.set(sql, statement);
      }
      return statement;
    }) as Database.Database['prepare'],
  };
}
