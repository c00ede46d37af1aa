import type { Entity } from '../../domain/entity';
import { nameHead } from '../../domain/name-key';
import { integer, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { column } from './neo4j-paging';
import { ENTITY_PROJECTION, toEntity } from './neo4j-records';
import { NAME_HEADS_UPGRADE, upgradeOnce } from './neo4j-store-upgrades';

/**
 * Each name's head (domain/name-key.ts) is an `EntityName` node pointing
 * at its entity, found through the range index on `head` (003_indexes);
 * `e.nameHeads` lists the heads an entity already has. Cypher cannot fold
 * as the gazetteer does, so heads are computed here and passed in.
 */

/** The distinct non-empty heads of an entity's name, labels and aliases. */
export function nameHeadsOf(entity: Entity): string[] {
  const texts = [
    entity.name,
    ...entity.labels.map((l) => l.text),
    ...entity.aliases.map((l) => l.text),
  ];
  return [...new Set(texts.map(nameHead))].filter((head) => head !== '');
}

/**
 * Adds the heads each entity does not have yet. The entities must be
 * locked by the caller's transaction (upsertEntities does), so that two
 * writers never add the same head twice.
 */
export async function addNameHeads(
  tx: Runner,
  rows: readonly { readonly id: string; readonly nameHeads: readonly string[] }[],
): Promise<void> {
  await run(tx, {
    text: `UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WITH e, [x IN row.nameHeads WHERE NOT x IN coalesce(e.nameHeads, [])] AS added
SET e.nameHeads = coalesce(e.nameHeads, []) + added
WITH e, added
UNWIND added AS head
CREATE (:EntityName {head: head})-[:NAMES]->(e)`,
    params: { rows: rows.map((row) => ({ id: row.id, nameHeads: row.nameHeads })) },
  });
}

/** Entities with a name whose head is one of `heads`, by id (as `dump` orders them). */
export async function entitiesByNameHeads(tx: Runner, heads: readonly string[]): Promise<Entity[]> {
  const wanted = [...new Set(heads)].filter((head) => head !== '');
  if (wanted.length === 0) return [];
  const rows = await run(tx, {
    text: `UNWIND $heads AS head
MATCH (:EntityName {head: head})-[:NAMES]->(e:Entity)
WITH DISTINCT e
RETURN ${ENTITY_PROJECTION} AS entity ORDER BY e.id`,
    params: { heads: wanted },
  });
  return column(rows, 'entity', toEntity);
}

const BACKFILL_BATCH = 500;

/**
 * Gives heads to the entities stored before heads existed, a batch per
 * auto-commit transaction. Runs with the schema, before the store serves
 * anything. Once (`upgradeOnce`): every entity is written by upsertEntities,
 * which gives it its heads, a removed alias takes its heads along
 * (neo4j-merge.ts), and the neo4j-admin CSV writes them (export/neo4j-csv.ts),
 * so a start reads one node, not every entity.
 */
export async function fillNameHeads(session: Runner): Promise<void> {
  await upgradeOnce(session, NAME_HEADS_UPGRADE, () => addMissingNameHeads(session));
}

async function addMissingNameHeads(session: Runner): Promise<void> {
  for (;;) {
    const rows = await run(session, {
      text: `MATCH (e:Entity) WHERE e.nameHeads IS NULL
WITH e ORDER BY e.id LIMIT $batch
SET e.kind = e.kind
RETURN ${ENTITY_PROJECTION} AS entity`,
      params: { batch: integer(BACKFILL_BATCH) },
    });
    const entities = column(rows, 'entity', toEntity);
    if (entities.length === 0) return;
    await addNameHeads(
      session,
      entities.map((entity) => ({ id: entity.id, nameHeads: nameHeadsOf(entity) })),
    );
  }
}
