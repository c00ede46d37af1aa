import type { AccessKey, Role, StoredAccessKey } from '../../domain/access-key';
import type { Change, ChangeAction } from '../../domain/change';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { Page, PageRequest } from '../graph-store';
import { pageParams, run } from './neo4j-cypher';
import type { Fields, Runner } from './neo4j-cypher';
import { fieldsOf, text, textOrNull } from './neo4j-records';

const KEY_PROJECTION = 'k {.id, .name, .role, .createdAt, .revokedAt}';

function toAccessKey(value: unknown): AccessKey {
  const fields = fieldsOf(value, 'access key');
  return {
    id: text(fields, 'id'),
    name: text(fields, 'name'),
    role: text(fields, 'role') as Role,
    createdAt: text(fields, 'createdAt'),
    revokedAt: textOrNull(fields, 'revokedAt'),
  };
}

/** MERGE on the unique name: of two writers of one name, the second finds the first's key. */
export async function createAccessKey(tx: Runner, key: StoredAccessKey): Promise<AccessKey> {
  const [row] = await run(tx, {
    text: `MERGE (k:AccessKey {name: $name})
      ON CREATE SET k.id = $id, k.role = $role, k.hash = $hash, k.createdAt = $createdAt
      RETURN k.id = $id AS created, ${KEY_PROJECTION} AS key`,
    params: { ...key },
  });
  if (row?.['created'] !== true) {
    throw new ConflictError(
      `A key named "${key.name}" exists already (revoked keys keep their names); choose another name.`,
      { name: key.name },
    );
  }
  return toAccessKey(row['key']);
}

export async function accessKeys(tx: Runner): Promise<AccessKey[]> {
  const rows = await run(tx, {
    text: `MATCH (k:AccessKey) RETURN ${KEY_PROJECTION} AS key ORDER BY k.createdAt, k.id`,
    params: {},
  });
  return rows.map((row) => toAccessKey(row['key']));
}

export async function revokeAccessKey(
  tx: Runner,
  idOrName: string,
  at: string,
): Promise<AccessKey> {
  const [row] = await run(tx, {
    text: `MATCH (k:AccessKey) WHERE k.id = $key OR k.name = $key
      WITH k ORDER BY k.id LIMIT 1
      SET k.revokedAt = coalesce(k.revokedAt, $at)
      RETURN ${KEY_PROJECTION} AS key`,
    params: { key: idOrName, at },
  });
  if (!row) throw new NotFoundError('key (id or name)', idOrName);
  return toAccessKey(row['key']);
}

export async function accessKeyByHash(tx: Runner, hash: string): Promise<AccessKey | null> {
  const [row] = await run(tx, {
    text: `MATCH (k:AccessKey {hash: $hash}) RETURN ${KEY_PROJECTION} AS key`,
    params: { hash },
  });
  return row ? toAccessKey(row['key']) : null;
}

/** Writes a change and links it to its targets, inside the transaction of the change itself. */
export async function recordChange(tx: Runner, change: Change): Promise<void> {
  await run(tx, {
    text: `CREATE (c:Change {id: $id, at: $at, editor: $editor, action: $action, reason: $reason,
        before: $before, after: $after, targetIds: $targetIds})
      WITH c UNWIND $targets AS target
      MERGE (t:ChangeTarget {id: target})
      CREATE (c)-[:CHANGED]->(t)`,
    params: {
      ...change,
      targetIds: [...change.targetIds],
      before: JSON.stringify(change.before ?? null),
      after: JSON.stringify(change.after ?? null),
      targets: [...new Set(change.targetIds)],
    },
  });
}

export const CHANGE_PROJECTION =
  'c {.id, .at, .editor, .action, .reason, .before, .after, .targetIds}';

export function toChange(value: unknown): Change {
  const fields: Fields = fieldsOf(value, 'change');
  const json = (key: string): unknown => {
    const stored = textOrNull(fields, key);
    return stored === null ? null : (JSON.parse(stored) as unknown);
  };
  return {
    id: text(fields, 'id'),
    at: text(fields, 'at'),
    editor: text(fields, 'editor'),
    action: text(fields, 'action') as ChangeAction,
    reason: textOrNull(fields, 'reason'),
    targetIds: (fields['targetIds'] as string[] | null) ?? [],
    before: json('before'),
    after: json('after'),
  };
}

export async function history(
  tx: Runner,
  targetId: string,
  page: PageRequest,
): Promise<Page<Change>> {
  const rows = await run(tx, {
    text: `MATCH (:ChangeTarget {id: $id})<-[:CHANGED]-(c:Change)
      RETURN ${CHANGE_PROJECTION} AS change ORDER BY c.at, c.id SKIP $offset LIMIT $first`,
    params: { id: targetId, ...pageParams(page) },
  });
  const [count] = await run(tx, {
    text: 'MATCH (:ChangeTarget {id: $id})<-[:CHANGED]-(c:Change) RETURN count(c) AS n',
    params: { id: targetId },
  });
  return { items: rows.map((row) => toChange(row['change'])), totalCount: Number(count?.['n']) };
}
