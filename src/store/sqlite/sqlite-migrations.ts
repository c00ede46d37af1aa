import type Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The migrations live in schema/sqlite at the repository root, found from here in src/ and in dist/. */
function migrationsFolder(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'schema', 'sqlite'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('invariant: schema/sqlite not found above ' + __dirname);
    folder = parent;
  }
  return join(folder, 'schema', 'sqlite');
}

/** Work a migration needs beyond its SQL (filling a column from TypeScript), by version. */
export type MigrationSteps = Readonly<Record<number, (db: Database.Database) => void>>;

/**
 * Applies, in order and each in its own transaction, every `NNN_name.sql`
 * newer than the database's `user_version`, with its step if it has one,
 * then records the new version.
 */
export function migrate(db: Database.Database, steps: MigrationSteps = {}): void {
  const folder = migrationsFolder();
  const files = readdirSync(folder)
    .filter((file) => /^\d{3}_.+\.sql$/.test(file))
    .sort();
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const file of files) {
    const version = Number(file.slice(0, 3));
    if (version <= current) continue;
    const sql = readFileSync(join(folder, file), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      steps[version]?.(db);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
