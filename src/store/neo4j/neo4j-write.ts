import { createHash } from 'node:crypto';
import type { Article } from '../../domain/article';
import type { ArticleBatch } from '../../domain/article-batch';
import { batchContent } from '../../domain/article-batch';
import type { Claim } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import { compareText, isCandidate, mergeLabels } from '../../domain/entity';
import { invariant, InvalidInputError } from '../../domain/errors';
import { foldText } from '../../domain/ids';
import type { Mention } from '../../domain/mention';
import { relationIdOf } from '../../domain/relation';
import type { UpsertResult } from '../graph-store';
import { applyClaimReviews } from './neo4j-review';
import { publishedOrderOf } from './neo4j-claim-order';
import { claimRoleIds } from './neo4j-claim-role-ids';
import { claimPeriodOf } from './neo4j-claim-periods';
import { keepingClaimCounts } from './neo4j-kind-counts';
import { DAY } from './neo4j-timeline';
import { integer, propertyMap, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { onSurvivors } from './neo4j-merged-ids';
import { addNameHeads, nameHeadsOf } from './neo4j-name-heads';
import { labelStrings } from './neo4j-records';
import { previousRelations, recomputeRelations, relationKeyOf } from './neo4j-relation-write';
import { searchName } from './neo4j-search-text';
import { relationshipType } from './neo4j-vocabulary';

/** The same fingerprint as the SQLite store: the whole batch, as JSON. */
export function batchHash(batch: ArticleBatch): string {
  return createHash('sha256')
    .update(JSON.stringify(batchContent(batch)))
    .digest('hex');
}

/** A batch to write, with what the store computed for it outside the (retried) work. */
export interface BatchToWrite {
  readonly batch: ArticleBatch;
  readonly hash: string;
  readonly ingestedAt: string;
}

/**
 * Setting a property takes the node's write lock, held to the end of the
 * transaction (Operations Manual, "Concurrent data access" > "Locks");
 * setting one to its own value changes nothing else. MATCH takes no lock,
 * so MATCH then SET asks for the write lock directly, and every value read
 * after it is the last committed one.
 */
const LOCK_ARTICLES = `UNWIND $ids AS id
MATCH (a:Article {id: id}) SET a.batchHash = a.batchHash RETURN id, a.batchHash AS hash`;

/**
 * New articles: the unique constraint on the id makes concurrent MERGEs
 * wait for the one that creates it to commit (Cypher Manual, "MERGE" >
 * "Concurrency"), so only one creates it; the others then read its hash.
 */
const CREATE_OR_LOCK_ARTICLES = `UNWIND $ids AS id
MERGE (a:Article {id: id}) SET a.batchHash = a.batchHash RETURN id, a.batchHash AS hash`;

/**
 * Takes the articles' write locks, in id order, and returns their stored
 * batch hashes (none for a new article). Concurrent writers of one article
 * thus run one after the other, and each decides "already stored with this
 * content" on what the previous one committed: exactly one of them reports
 * a change.
 */
async function lockArticles(tx: Runner, ids: readonly string[]): Promise<Map<string, unknown>> {
  const sorted = unique(ids).sort(compareText);
  const hashes = new Map<string, unknown>();
  for (const row of await run(tx, { text: LOCK_ARTICLES, params: { ids: sorted } }))
    hashes.set(row['id'] as string, row['hash']);
  const created = sorted.filter((id) => !hashes.has(id));
  if (created.length > 0)
    for (const row of await run(tx, { text: CREATE_OR_LOCK_ARTICLES, params: { ids: created } }))
      hashes.set(row['id'] as string, row['hash']);
  return hashes;
}

/**
 * Writes article batches inside the caller's transaction, which may run
 * twice: every step reads before it writes, so a rerun after a rollback
 * does the same thing. Each step is one UNWIND statement over every batch
 * (the bulk path of `kg import`), in batch order: a later batch of the
 * same article replaces the earlier one. Locks are taken in one order (the
 * articles, then the entities they name by id, then the survivors of those
 * merged) so that concurrent ingests rarely deadlock; when they do, Neo4j
 * rolls one back and the caller runs it again.
 */
export async function upsertArticles(
  tx: Runner,
  items: readonly BatchToWrite[],
  bulk?: BulkWrite,
): Promise<UpsertResult[]> {
  const stored = await lockArticles(
    tx,
    items.map((item) => item.batch.article.id),
  );
  const results = items.map((item) => {
    const unchanged = stored.get(item.batch.article.id) === item.hash;
    stored.set(item.batch.article.id, item.hash);
    return { changed: !unchanged };
  });
  // The last write of each article is what stays; earlier ones in the list are replaced by it.
  const last = new Map<string, BatchToWrite>();
  items.forEach((item, i) => {
    if (results[i]!.changed) last.set(item.batch.article.id, item);
  });
  const changed = [...last.values()];
  if (changed.length === 0) return results;
  const batches = await onSurvivors(
    tx,
    changed.map((item) => item.batch),
  );
  const entities = batches.flatMap((batch) => batch.entities);
  await upsertEntities(tx, mergedEntities(bulk ? bulk.unwritten(entities) : entities));
  await checkEntitiesExist(tx, batches);
  const ids = [...last.keys()];
  if (bulk) {
    await replaceContent(tx, changed, batches);
    return results;
  }
  await keepingClaimCounts(tx, { articleIds: ids }, async () => {
    const previous = await previousRelations(tx, ids);
    await replaceContent(tx, changed, batches);
    await recomputeRelations(tx, [
      ...previous,
      ...batches.flatMap((batch) => batch.claims.map(relationKeyOf)),
    ]);
  });
  return results;
}

/**
 * What a bulk load (neo4j-bulk-load.ts) changes in how articles are written:
 * the entities it has written already are left out, and nothing derived
 * from claims is written (relations, counts), as the load builds it once
 * when it ends.
 */
export interface BulkWrite {
  unwritten(entities: readonly Entity[]): Entity[];
}

/** Replaces the articles' mentions and claims by the batches', and labels those judged WRONG. */
async function replaceContent(
  tx: Runner,
  changed: readonly BatchToWrite[],
  batches: readonly ArticleBatch[],
): Promise<void> {
  await run(tx, {
    text: 'UNWIND $ids AS id MATCH (:Article {id: id})<-[:STATED_IN|IN_ARTICLE]-(x) DETACH DELETE x',
    params: { ids: changed.map((item) => item.batch.article.id) },
  });
  await writeArticles(tx, changed);
  await writeMentions(
    tx,
    batches.flatMap((batch) => batch.mentions),
  );
  await writeClaims(
    tx,
    batches.flatMap((batch) => batch.claims),
  );
  await applyClaimReviews(
    tx,
    changed.map((item) => item.batch.article.id),
  );
}

/** One entity per id, names unioned: several batches of one transaction may carry it. */
function mergedEntities(entities: readonly Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const entity of entities) {
    const seen = byId.get(entity.id);
    byId.set(
      entity.id,
      seen
        ? {
            ...seen,
            labels: mergeLabels(seen.labels, entity.labels),
            aliases: mergeLabels(seen.aliases, entity.aliases),
            candidate: isCandidate(seen) && isCandidate(entity),
          }
        : entity,
    );
  }
  return [...byId.values()];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function entityRow(entity: Entity): Record<string, unknown> {
  const labels = mergeLabels(entity.labels);
  const aliases = mergeLabels(entity.aliases);
  const names = [entity.name, ...labels.map((l) => l.text), ...aliases.map((l) => l.text)];
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    labels: labelStrings(labels),
    aliases: labelStrings(aliases),
    candidate: isCandidate(entity),
    foldedNames: unique(names.map(foldText)),
    nameHeads: nameHeadsOf(entity),
    searchNames: unique(names.map(searchName).filter((name) => name !== '')),
  };
}

/**
 * Kind and name are set once, as in the SQLite store; names are unioned.
 * Each union reads the property it writes in the same SET expression, so
 * Cypher locks the node before reading and concurrent imports lose nothing
 * (Operations Manual, "Concurrent data access" > "Lost updates"). The
 * caller has locked the entities already stored (lockEntities, or
 * lockSurvivors for an ingest): a MERGE that finds a node and then sets it
 * would first share the node's lock and then upgrade it, and two ingests
 * upgrading the lock of one hub entity deadlock at once (seen as
 * DeadlockDetected on a much-cited commodity with 8 parallel ingesters).
 */
export async function upsertEntities(tx: Runner, entities: readonly Entity[]): Promise<void> {
  const rows = [...entities].sort((a, b) => compareText(a.id, b.id)).map(entityRow);
  await run(tx, {
    text: `UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.kind = row.kind, e.name = row.name, e.candidate = row.candidate
SET e.candidate = e.candidate AND row.candidate,
  e.labels = coalesce(e.labels, []) + [x IN row.labels WHERE NOT x IN coalesce(e.labels, [])],
  e.aliases = coalesce(e.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(e.aliases, [])],
  e.foldedNames = coalesce(e.foldedNames, []) + [x IN row.foldedNames WHERE NOT x IN coalesce(e.foldedNames, [])],
  e.searchNames = coalesce(e.searchNames, []) + [x IN row.searchNames WHERE NOT x IN coalesce(e.searchNames, [])]`,
    params: { entities: rows },
  });
  await addNameHeads(
    tx,
    rows.map((row) => ({ id: row['id'] as string, nameHeads: row['nameHeads'] as string[] })),
  );
}

/** Mentions and claims may only name entities of their batch or of the store. */
async function checkEntitiesExist(tx: Runner, batches: readonly ArticleBatch[]): Promise<void> {
  const namedBy = (batch: ArticleBatch) => [
    ...batch.mentions.map((m) => m.entityId),
    ...batch.claims.flatMap((c) => claimRoles(c).map((role) => role.entityId)),
  ];
  const [row] = await run(tx, {
    text: `UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH id WHERE e IS NULL
RETURN collect(id) AS missing`,
    params: { ids: unique(batches.flatMap(namedBy)) },
  });
  const missing = new Set((row?.['missing'] ?? []) as string[]);
  if (missing.size === 0) return;
  const batch = batches.find((b) => namedBy(b).some((id) => missing.has(id)))!;
  const own = unique(namedBy(batch).filter((id) => missing.has(id)));
  throw new InvalidInputError(
    `The article "${batch.article.title}" names entities that are neither in its batch nor in the store: ${own.join(', ')}. Add them to the batch.`,
    { missing: own },
  );
}

async function writeArticles(tx: Runner, items: readonly BatchToWrite[]): Promise<void> {
  // `+=` with a null value removes the property: Neo4j stores no nulls. The day of storage
  // (the timeline's) is kept for article_ingested_day_order (neo4j-claim-ingested-day-counts.ts).
  await run(tx, {
    text: `UNWIND $rows AS row
MERGE (a:Article {id: row.article.id}) SET a += row.article, a.batchHash = row.hash
SET a.ingestedDay = ${DAY.INGESTED}`,
    params: {
      rows: items.map(({ batch, hash, ingestedAt }) => ({
        article: { ...batch.article, ingestedAt } satisfies Article,
        hash,
      })),
    },
  });
}

const MENTION_PROPERTIES = [
  'id',
  'surface',
  'spanStart',
  'spanEnd',
  'sentenceStart',
  'sentenceEnd',
] as const;

async function writeMentions(tx: Runner, mentions: readonly Mention[]): Promise<void> {
  const rows = mentions.map((m) => ({
    articleId: m.articleId,
    entityId: m.entityId,
    properties: {
      id: m.id,
      surface: m.surface,
      spanStart: integer(m.span.start),
      spanEnd: integer(m.span.end),
      sentenceStart: integer(m.sentenceSpan.start),
      sentenceEnd: integer(m.sentenceSpan.end),
    } satisfies Record<(typeof MENTION_PROPERTIES)[number], unknown>,
  }));
  const [row] = await run(tx, {
    text: `UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId}), (e:Entity {id: row.entityId})
CREATE (m:Mention ${propertyMap('row.properties', MENTION_PROPERTIES)})-[:IN_ARTICLE]->(a)
CREATE (m)-[:MENTIONS]->(e)
RETURN count(*) AS written`,
    params: { mentions: rows },
  });
  invariant(row?.['written'] === rows.length, 'a mention names an article other than its batch');
}

/** The entities a claim names, each with the relationship type of its role (constants, never input). */
export function claimRoles(claim: Claim): { type: string; entityId: string }[] {
  const roles: [string, string | null][] = [
    ['HAS_SUBJECT', claim.subjectId],
    ['HAS_OBJECT', claim.objectId],
    ['AT_LOCATION', claim.locationId],
    ['ABOUT_ITEM', claim.itemId],
    ['ATTRIBUTED_TO', claim.attributedToId],
    ['REPORTED_BY', claim.reportedById],
  ];
  return roles.flatMap(([type, entityId]) => (entityId === null ? [] : [{ type, entityId }]));
}

const CLAIM_PROPERTIES = [
  'id',
  'relationId',
  'predicate',
  'objectValue',
  'quantityMin',
  'quantityMax',
  'quantityUnit',
  'timeFrom',
  'timeTo',
  'modality',
  'sentence',
  'sentenceWords',
  'sentenceStart',
  'sentenceEnd',
  'channel',
  'extractor',
  'confidence',
  'subjectId',
  'objectId',
  'attributedToId',
  'reportedById',
  'locationId',
  'itemId',
] as const;

async function writeClaims(tx: Runner, claims: readonly Claim[]): Promise<void> {
  const rows = claims.map((claim) => ({
    articleId: claim.articleId,
    roles: claimRoles(claim),
    properties: {
      id: claim.id,
      relationId: relationIdOf(claim),
      predicate: relationshipType(claim.predicate),
      objectValue: claim.objectValue,
      quantityMin: claim.quantity?.min ?? null,
      quantityMax: claim.quantity?.max ?? null,
      quantityUnit: claim.quantity?.unit ?? null,
      timeFrom: claim.time?.from ?? null,
      timeTo: claim.time?.to ?? null,
      modality: claim.modality,
      sentence: claim.sentence,
      // The words the claim_sentence full-text index holds (schema/neo4j/004_evidence.cypher).
      sentenceWords: searchName(claim.sentence),
      sentenceStart: integer(claim.sentenceSpan.start),
      sentenceEnd: integer(claim.sentenceSpan.end),
      channel: claim.channel,
      extractor: claim.extractor,
      confidence: claim.confidence,
      // Beside the role relationships, what an entity's claim pages seek (neo4j-claim-role-ids.ts).
      ...claimRoleIds(claim),
    } satisfies Record<(typeof CLAIM_PROPERTIES)[number], unknown>,
  }));
  // Role types come from claimRoles' constants; `$(...)` takes them as
  // parameters (Cypher Manual, "CREATE" > "Dynamically CREATE", new in 5.26).
  // The claim keeps its place in article-date order (neo4j-claim-order.ts) and its period
  // (neo4j-claim-periods.ts).
  const [row] = await run(tx, {
    text: `UNWIND $claims AS row
MATCH (a:Article {id: row.articleId})
CREATE (c:Claim ${propertyMap('row.properties', CLAIM_PROPERTIES)})-[:STATED_IN]->(a)
SET c.publishedOrder = ${publishedOrderOf('c', 'a')}, ${claimPeriodOf('c', 'a')}
WITH c, row
UNWIND row.roles AS role
MATCH (e:Entity {id: role.entityId})
CREATE (c)-[:$(role.type)]->(e)
RETURN count(*) AS written`,
    params: { claims: rows },
  });
  const roles = rows.reduce((sum, claim) => sum + claim.roles.length, 0);
  invariant((row?.['written'] ?? 0) === roles, 'a claim names an article other than its batch');
}
