import type Database from 'better-sqlite3';
import { nameHead } from '../../domain/name-key';

/** The version of schema/sqlite/003_entity_name_heads.sql, after which `fillNameHeads` runs. */
export const NAME_HEADS_VERSION = 3;

/** Gives every stored name its head; names written later get theirs on insert. */
export function fillNameHeads(db: Database.Database): void {
  const rows = db
    .prepare<[], { id: number; text: string }>('SELECT rowid AS id, text FROM entity_names')
    .all();
  const update = db.prepare('UPDATE entity_names SET head = ? WHERE rowid = ?');
  for (const row of rows) update.run(nameHead(row.text), row.id);
}

/** Ids of the entities with a name whose head is one of `heads`, sorted. */
export function entityIdsByNameHeads(db: Database.Database, heads: readonly string[]): string[] {
  const wanted = [...new Set(heads)].filter((head) => head !== '');
  if (wanted.length === 0) return [];
  return db
    .prepare<[string], { id: string }>(
      `SELECT DISTINCT entity_id AS id FROM entity_names
       WHERE head IN (SELECT value FROM json_each(?)) ORDER BY entity_id`,
    )
    .all(JSON.stringify(wanted))
    .map((row) => row.id);
}
