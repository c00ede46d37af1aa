import type Database from 'better-sqlite3';
import type { AccessKey, Role, StoredAccessKey } from '../../domain/access-key';
import type { Change, ChangeAction } from '../../domain/change';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { Page, PageRequest } from '../graph-store';

interface AccessKeyRow {
  id: string;
  name: string;
  role: string;
  created_at: string;
  revoked_at: string | null;
}

const KEY_COLUMNS = 'id, name, role, created_at, revoked_at';

function toAccessKey(row: AccessKeyRow): AccessKey {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

export function createAccessKey(db: Database.Database, key: StoredAccessKey): AccessKey {
  try {
    db.prepare(
      'INSERT INTO access_keys (id, name, role, hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(key.id, key.name, key.role, key.hash, key.createdAt, key.revokedAt);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new ConflictError(
        `A key named "${key.name}" exists already (revoked keys keep their names); choose another name.`,
        { name: key.name },
      );
    }
    throw error;
  }
  const { hash, ...stored } = key;
  void hash;
  return stored;
}

export function accessKeys(db: Database.Database): AccessKey[] {
  return db
    .prepare<[], AccessKeyRow>(`SELECT ${KEY_COLUMNS} FROM access_keys ORDER BY created_at, id`)
    .all()
    .map(toAccessKey);
}

export function revokeAccessKey(db: Database.Database, idOrName: string, at: string): AccessKey {
  return db
    .transaction(() => {
      const row = db
        .prepare<[string, string], AccessKeyRow>(
          `SELECT ${KEY_COLUMNS} FROM access_keys WHERE id = ? OR name = ? ORDER BY id LIMIT 1`,
        )
        .get(idOrName, idOrName);
      if (!row) throw new NotFoundError('key (id or name)', idOrName);
      if (row.revoked_at !== null) return toAccessKey(row);
      db.prepare('UPDATE access_keys SET revoked_at = ? WHERE id = ?').run(at, row.id);
      return toAccessKey({ ...row, revoked_at: at });
    })
    .immediate();
}

export function accessKeyByHash(db: Database.Database, hash: string): AccessKey | null {
  const row = db
    .prepare<[string], AccessKeyRow>(`SELECT ${KEY_COLUMNS} FROM access_keys WHERE hash = ?`)
    .get(hash);
  return row ? toAccessKey(row) : null;
}

/** Writes a change and its targets; the caller holds the transaction of the change itself. */
export function recordChange(db: Database.Database, change: Change): void {
  db.prepare(
    `INSERT INTO changes (id, at, editor, action, reason, before_json, after_json, target_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    change.id,
    change.at,
    change.editor,
    change.action,
    change.reason,
    JSON.stringify(change.before ?? null),
    JSON.stringify(change.after ?? null),
    JSON.stringify(change.targetIds),
  );
  const target = db.prepare(
    'INSERT OR IGNORE INTO change_targets (target_id, change_id, at) VALUES (?, ?, ?)',
  );
  for (const id of new Set(change.targetIds)) target.run(id, change.id, change.at);
}

interface ChangeRow {
  id: string;
  at: string;
  editor: string;
  action: string;
  reason: string | null;
  before_json: string | null;
  after_json: string | null;
  target_ids: string;
}

export function toChange(row: ChangeRow): Change {
  return {
    id: row.id,
    at: row.at,
    editor: row.editor,
    action: row.action as ChangeAction,
    reason: row.reason,
    targetIds: JSON.parse(row.target_ids) as string[],
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
  };
}

export function history(db: Database.Database, targetId: string, page: PageRequest): Page<Change> {
  const items = db
    .prepare<[string, number, number], ChangeRow>(
      `SELECT c.* FROM change_targets t JOIN changes c ON c.id = t.change_id
       WHERE t.target_id = ? ORDER BY t.at, t.change_id LIMIT ? OFFSET ?`,
    )
    .all(targetId, page.first, page.offset)
    .map(toChange);
  const { count } = db
    .prepare<[string], { count: number }>(
      'SELECT count(*) AS count FROM change_targets WHERE target_id = ?',
    )
    .get(targetId)!;
  return { items, totalCount: count };
}
