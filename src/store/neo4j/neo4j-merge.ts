import type { Change, ChangeAction, ChangeStamp } from '../../domain/change';
import type { Claim } from '../../domain/claim';
import type { Entity, Label } from '../../domain/entity';
import { ConflictError, invariant, NotFoundError } from '../../domain/errors';
import type { MergeRecord, MergeResult, UnmergeResult } from '../../domain/merge';
import {
  claimMovedTo,
  mergeChange,
  mergeIdOf,
  namesGained,
  unmergeChange,
} from '../../domain/merge';
import { keepingClaimCounts } from './neo4j-kind-counts';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { CHANGE_PROJECTION, recordChange, toChange } from './neo4j-curation';
import { lockEntities } from './neo4j-entity-locks';
import { lockSurvivors, mergedInto } from './neo4j-merged-ids';
import { getEntities } from './neo4j-read';
import { CLAIM_PROJECTION, labelStrings, toClaim } from './neo4j-records';
import { recomputeRelations, relationKeyOf } from './neo4j-relation-write';
import { claimRoles, entityRow, upsertEntities } from './neo4j-write';
import { claimRoleIds } from './neo4j-claim-role-ids';
import { ANY_ROLE } from './neo4j-vocabulary';

async function changeUnder(
  tx: Runner,
  targetId: string,
  action: ChangeAction,
): Promise<Change | null> {
  const [row] = await run(tx, {
    text: `MATCH (:ChangeTarget {id: $id})<-[:CHANGED]-(c:Change {action: $action})
      RETURN ${CHANGE_PROJECTION} AS change ORDER BY c.at DESC, c.id DESC LIMIT 1`,
    params: { id: targetId, action },
  });
  return row ? toChange(row['change']) : null;
}

/** Claims judged WRONG carry :RejectedClaim instead of :Claim (neo4j-review.ts): a merge moves them too. */
async function claimsNaming(tx: Runner, entityId: string): Promise<Claim[]> {
  const rows = await run(tx, {
    text: `MATCH (:Entity {id: $id})<-[:${ANY_ROLE}]-(c:Claim|RejectedClaim)-[:STATED_IN]->(a:Article)
      WITH DISTINCT c, a
      RETURN ${CLAIM_PROJECTION} AS claim ORDER BY c.id`,
    params: { id: entityId },
  });
  return rows.map((row) => toClaim(row['claim']));
}

async function claimsById(tx: Runner, ids: readonly string[]): Promise<Claim[]> {
  const rows = await run(tx, {
    text: `UNWIND $ids AS id
      MATCH (c:Claim|RejectedClaim {id: id})-[:STATED_IN]->(a:Article)
      RETURN ${CLAIM_PROJECTION} AS claim`,
    params: { ids },
  });
  return rows.map((row) => toClaim(row['claim']));
}

/**
 * Rewrites each claim's role relationships, the roles' ids kept beside them
 * (neo4j-claim-role-ids.ts) and its relation id as the claim says.
 */
async function setClaimEntities(tx: Runner, claims: readonly Claim[]): Promise<void> {
  await run(tx, {
    text: `UNWIND $ids AS id MATCH (:Claim|RejectedClaim {id: id})-[r:${ANY_ROLE}]->() DELETE r`,
    params: { ids: claims.map((claim) => claim.id) },
  });
  // Role types come from claimRoles' constants, passed to `$(...)` as in writeClaims.
  await run(tx, {
    text: `UNWIND $rows AS row
      MATCH (c:Claim|RejectedClaim {id: row.id})
      SET c.relationId = row.relationId, c += row.roleIds
      WITH c, row
      UNWIND row.roles AS role
      MATCH (e:Entity {id: role.entityId})
      CREATE (c)-[:$(role.type)]->(e)`,
    params: {
      rows: claims.map((claim) => ({
        id: claim.id,
        relationId: relationKeyOf(claim).id,
        roleIds: claimRoleIds(claim),
        roles: claimRoles(claim),
      })),
    },
  });
}

async function moveMentions(
  tx: Runner,
  ids: readonly string[],
  fromId: string,
  toId: string,
): Promise<void> {
  await run(tx, {
    text: `MATCH (to:Entity {id: $to})
      UNWIND $ids AS id
      MATCH (m:Mention {id: id})-[r:MENTIONS]->(:Entity {id: $from})
      DELETE r
      CREATE (m)-[:MENTIONS]->(to)`,
    params: { ids, from: fromId, to: toId },
  });
}

/** Neo4jGraphStore.mergeEntities' work, inside a write transaction that may run twice. */
export async function mergeEntities(
  tx: Runner,
  requested: { readonly intoId: string; readonly fromId: string },
  stamp: ChangeStamp,
): Promise<MergeResult> {
  // Both entities are locked before anything is read: an ingest naming either
  // waits for this merge and then writes on the survivor (neo4j-merged-ids.ts).
  const survivors = await lockSurvivors(tx, [requested.intoId, requested.fromId]);
  const intoId = survivors.get(requested.intoId) ?? requested.intoId;
  const fromId = survivors.get(requested.fromId) ?? requested.fromId;
  const [into, from] = await getEntities(tx, [intoId, fromId]);
  if (!into) throw new NotFoundError('entity', requested.intoId);
  if (!from) throw new NotFoundError('entity', requested.fromId);
  if (intoId === fromId) {
    const joined =
      (await mergedInto(tx, requested.fromId)) ?? (await mergedInto(tx, requested.intoId));
    invariant(joined !== null, 'two ids with one survivor and no merge');
    const change = await changeUnder(tx, joined.mergeId, 'MERGE_ENTITIES');
    invariant(change !== null, `merge ${joined.mergeId} has no history`);
    return { merged: false, mergeId: joined.mergeId, intoId, change };
  }
  const mergeId = mergeIdOf(stamp);
  const claims = await claimsNaming(tx, fromId);
  const [mentionRow] = await run(tx, {
    text: `MATCH (m:Mention)-[:MENTIONS]->(:Entity {id: $id})
      WITH m.id AS id ORDER BY id RETURN collect(id) AS ids`,
    params: { id: fromId },
  });
  const mentionIds = (mentionRow?.['ids'] ?? []) as string[];
  const moved = claims.map((claim) => claimMovedTo(claim, fromId, intoId));
  // The claims the merged entity spoke are counted under the survivor now.
  const addedAliases = await keepingClaimCounts(
    tx,
    { claimIds: claims.map((c) => c.id) },
    async () => {
      await setClaimEntities(tx, moved);
      await moveMentions(tx, mentionIds, fromId, intoId);
      await upsertEntities(tx, [{ ...into, labels: [], aliases: namesGained(from) }]);
      const [after] = await getEntities(tx, [intoId]);
      await recomputeRelations(tx, [...claims, ...moved].map(relationKeyOf));
      await run(tx, {
        text: `MATCH (e:Entity {id: $id})
        OPTIONAL MATCH (n:EntityName)-[:NAMES]->(e)
        WITH e, collect(n) AS names
        FOREACH (n IN names | DETACH DELETE n)
        DETACH DELETE e
        CREATE (:MergedEntity {id: $id, intoId: $into, mergeId: $mergeId})`,
        params: { id: fromId, into: intoId, mergeId },
      });
      return newLabels(into.aliases, after!.aliases);
    },
  );
  const record: MergeRecord = { mergeId, intoId, fromId, from, claims, mentionIds, addedAliases };
  const change = mergeChange(stamp, record);
  await recordChange(tx, change);
  return { merged: true, mergeId, intoId, change };
}

/** Neo4jGraphStore.unmergeEntities' work, inside a write transaction that may run twice. */
export async function unmergeEntities(
  tx: Runner,
  mergeId: string,
  stamp: ChangeStamp,
): Promise<UnmergeResult> {
  const merge = await changeUnder(tx, mergeId, 'MERGE_ENTITIES');
  if (!merge) throw new NotFoundError('merge', mergeId);
  const [active] = await run(tx, {
    text: 'MATCH (m:MergedEntity {mergeId: $mergeId}) SET m.intoId = m.intoId RETURN m.id AS id',
    params: { mergeId },
  });
  if (!active) {
    const earlier = await changeUnder(tx, mergeId, 'UNMERGE_ENTITIES');
    invariant(earlier !== null, `merge ${mergeId} is neither active nor undone`);
    return { unmerged: false, change: earlier };
  }
  const record = merge.before as MergeRecord;
  const intoMerged = await mergedInto(tx, record.intoId);
  if (intoMerged) {
    throw new ConflictError(
      `"${record.intoId}" was merged into another entity since (merge ${intoMerged.mergeId}); undo that merge first.`,
      { mergeId, blockedBy: intoMerged.mergeId },
    );
  }
  await lockEntities(tx, [record.intoId, record.fromId]);
  await upsertEntities(tx, [record.from]);
  await removeAliases(tx, record.intoId, record.addedAliases);
  const current = await claimsById(
    tx,
    record.claims.map((claim) => claim.id),
  );
  const stillThere = new Set(current.map((claim) => claim.id));
  const restored = record.claims.filter((claim) => stillThere.has(claim.id));
  await keepingClaimCounts(tx, { claimIds: restored.map((c) => c.id) }, async () => {
    await setClaimEntities(tx, restored);
    await moveMentions(tx, record.mentionIds, record.intoId, record.fromId);
    await recomputeRelations(tx, [...current, ...restored].map(relationKeyOf));
  });
  await run(tx, {
    text: 'MATCH (m:MergedEntity {mergeId: $mergeId}) DELETE m',
    params: { mergeId },
  });
  const change = unmergeChange(stamp, merge);
  await recordChange(tx, change);
  return { unmerged: true, change };
}

function newLabels(before: readonly Label[], after: readonly Label[]): Label[] {
  const known = new Set(before.map((l) => `${l.lang}\u0000${l.text}`));
  return after.filter((l) => !known.has(`${l.lang}\u0000${l.text}`));
}

/**
 * Takes the merge's aliases off the survivor, with the folded, search and
 * head names only they gave it (those a remaining name also gives stay).
 */
async function removeAliases(
  tx: Runner,
  entityId: string,
  aliases: readonly Label[],
): Promise<void> {
  if (aliases.length === 0) return;
  const [entity] = await getEntities(tx, [entityId]);
  if (!entity) return;
  const removed = new Set(aliases.map((l) => `${l.lang}\u0000${l.text}`));
  const kept: Entity = {
    ...entity,
    aliases: entity.aliases.filter((l) => !removed.has(`${l.lang}\u0000${l.text}`)),
  };
  const keptRow = entityRow(kept);
  const goneRow = entityRow({ ...entity, labels: [], aliases: [...aliases] });
  const without = (key: string): string[] => {
    const still = new Set(keptRow[key] as string[]);
    return (goneRow[key] as string[]).filter((value) => !still.has(value));
  };
  await run(tx, {
    text: `MATCH (e:Entity {id: $id})
      SET e.aliases = $aliases,
        e.foldedNames = [x IN e.foldedNames WHERE NOT x IN $folded],
        e.searchNames = [x IN e.searchNames WHERE NOT x IN $search],
        e.nameHeads = [x IN e.nameHeads WHERE NOT x IN $heads]
      WITH e
      OPTIONAL MATCH (n:EntityName)-[:NAMES]->(e) WHERE n.head IN $heads
      DETACH DELETE n`,
    params: {
      id: entityId,
      aliases: labelStrings(kept.aliases),
      folded: without('foldedNames'),
      search: without('searchNames'),
      heads: without('nameHeads'),
    },
  });
}
