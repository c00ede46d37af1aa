import { claimSource } from '../../domain/evidence';
import type { SourcedClaim } from '../../domain/source-summary';
import { summariseSources as summarise } from '../../domain/source-summary';
import { foldText } from '../../domain/ids';
import { MODALITIES } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';
import { relationIdOf } from '../../domain/relation';
import { integer, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { text, textOrNull } from './neo4j-records';
import { ALL_RELATIONS, relationshipType } from './neo4j-vocabulary';

/**
 * What identifies a relation, and where its relationship goes: to the
 * object entity, or to the :Value node of its folded value.
 */
export interface RelationKey {
  readonly id: string;
  readonly subjectId: string;
  readonly predicate: Predicate;
  readonly objectId: string | null;
  readonly valueKey: string;
}

export function relationKeyOf(claim: {
  readonly subjectId: string;
  readonly predicate: string;
  readonly objectId: string | null;
  readonly objectValue: string | null;
}): RelationKey {
  return {
    id: relationIdOf(claim),
    subjectId: claim.subjectId,
    predicate: relationshipType(claim.predicate),
    objectId: claim.objectId,
    valueKey: claim.objectValue === null ? '' : foldText(claim.objectValue),
  };
}

/** The relations the articles' stored claims belong to, read before they are replaced. */
export async function previousRelations(
  tx: Runner,
  articleIds: readonly string[],
): Promise<RelationKey[]> {
  const rows = await run(tx, {
    text: `UNWIND $ids AS id
MATCH (:Article {id: id})<-[:STATED_IN]-(c:Claim)-[:HAS_SUBJECT]->(s:Entity)
RETURN s.id AS subjectId, c.predicate AS predicate,
  head([(c)-[:HAS_OBJECT]->(o) | o.id]) AS objectId, c.objectValue AS objectValue`,
    params: { ids: articleIds },
  });
  return rows.map((row) =>
    relationKeyOf({
      subjectId: text(row, 'subjectId'),
      predicate: text(row, 'predicate'),
      objectId: textOrNull(row, 'objectId'),
      objectValue: textOrNull(row, 'objectValue'),
    }),
  );
}

/**
 * Binds `r`, the relationship of the relation in `row` (a RelationKey), by
 * both of its ends: with both ends bound Cypher expands into the pair from
 * the end with fewer relationships (Cypher Manual, "Operators" >
 * "Expand(Into)"), where matching from the subject alone reads every
 * relationship of a hub, once per relation of that hub. Both ends'
 * unique constraints are indexes; `r.id IN $ids` over every relation type
 * would scan all relations.
 */
function matchRelationship(row: string): string {
  return `CALL (${row}) {
  MATCH (o:Entity {id: ${row}.objectId}) RETURN o
  UNION
  MATCH (o:Value {key: ${row}.valueKey}) WHERE ${row}.objectId IS NULL RETURN o
}
MATCH (:Entity {id: ${row}.subjectId})-[r:${ALL_RELATIONS}]->(o) WHERE r.id = ${row}.id`;
}

/** Modality ranks, strongest lowest, from the domain's order. */
const MODALITY_RANK = Object.fromEntries(MODALITIES.map((m, i) => [m, integer(i)]));

/**
 * Recreates relations from their claims, as sqlite-relations.ts does:
 * count, first and last publication day, strongest modality. `target`
 * binds the end node `o`.
 */
function rebuild(target: string): string {
  return `UNWIND $relations AS rel
CALL (rel) {
  MATCH (c:Claim {relationId: rel.id})-[:STATED_IN]->(a:Article)
  RETURN count(c) AS claimCount, min(left(a.publishedAt, 10)) AS firstSeen,
    max(left(a.publishedAt, 10)) AS lastSeen, min($modalityRank[c.modality]) AS strongest,
    min(c.objectValue) AS objectValue, collect(c.modality) AS modalities
}
WITH rel, claimCount, firstSeen, lastSeen, strongest, objectValue, modalities WHERE claimCount > 0
MATCH (s:Entity {id: rel.subjectId})
${target}
CREATE (s)-[r:$(rel.predicate)]->(o)
SET r.id = rel.id, r.claimCount = claimCount, r.firstSeen = firstSeen, r.lastSeen = lastSeen,
  r.modality = $modalities[strongest], r.objectValue = objectValue,
  r.modalityCounts = [m IN $modalities | size([x IN modalities WHERE x = m])],
  r.supporting = size([x IN modalities WHERE x <> 'DENIED']),
  r.denying = size([x IN modalities WHERE x = 'DENIED'])`;
}

/**
 * Rebuilds the given relations inside the caller's transaction, with their
 * source summaries, deleting those left without a claim (and their
 * summaries) and the :Value nodes no relation uses any
 * more. The relationship type is the predicate, checked against the
 * vocabulary by relationKeyOf and passed as a parameter to `$(...)`.
 */
export async function recomputeRelations(tx: Runner, keys: readonly RelationKey[]): Promise<void> {
  const byId = new Map(keys.map((key) => [key.id, key]));
  if (byId.size === 0) return;
  const relations = [...byId.values()];
  await run(tx, {
    text: `UNWIND $relations AS rel
${matchRelationship('rel')} DELETE r`,
    params: { relations },
  });
  const params = { modalityRank: MODALITY_RANK, modalities: MODALITIES };
  await run(tx, {
    text: rebuild('MATCH (o:Entity {id: rel.objectId})'),
    params: { ...params, relations: relations.filter((r) => r.objectId !== null) },
  });
  const valued = relations.filter((r) => r.objectId === null);
  if (valued.length > 0) await rebuildValued(tx, valued, params);
  await summariseSources(tx, relations);
}

async function rebuildValued(
  tx: Runner,
  valued: readonly RelationKey[],
  params: Record<string, unknown>,
): Promise<void> {
  await run(tx, {
    text: rebuild('MERGE (o:Value {key: rel.valueKey})'),
    params: { ...params, relations: valued },
  });
  await run(tx, {
    text: 'UNWIND $keys AS key MATCH (v:Value {key: key}) WHERE NOT EXISTS { (v)--() } DELETE v',
    params: { keys: [...new Set(valued.map((r) => r.valueKey))] },
  });
}

/**
 * Each relation's source summary (domain/source-summary.ts): its
 * independent sources on the relationship, and one :SourceSummary node per
 * distinct source with its first claims, read from its claims in claim
 * order. `sentenceWords` (searchName of the sentence: its folded words) is
 * the domain's sentenceKey, written with the claim.
 */
async function summariseSources(tx: Runner, relations: readonly RelationKey[]): Promise<void> {
  const ids = relations.map((r) => r.id);
  const keys = new Map(relations.map((r) => [r.id, r]));
  const rows = await run(tx, {
    text: `UNWIND $ids AS id
MATCH (c:Claim {relationId: id})-[:STATED_IN]->(a:Article)
WITH id, c, a, head([(c)-[:ATTRIBUTED_TO]->(x) | x.id]) AS speaker,
  head([(c)-[:REPORTED_BY]->(x) | x.id]) AS agency
ORDER BY a.publishedAt, a.id, c.sentenceStart, c.id
RETURN id, c.id AS claimId, c.sentenceWords AS sentenceKey, a.id AS articleId,
  a.publisher AS publisher, speaker, agency`,
    params: { ids },
  });
  const claimsOf = new Map<string, SourcedClaim[]>();
  for (const row of rows) {
    const agencyId = textOrNull(row, 'agency');
    const source = claimSource(
      { attributedToId: textOrNull(row, 'speaker'), reportedById: agencyId },
      { id: text(row, 'articleId'), publisher: textOrNull(row, 'publisher') },
    );
    const id = text(row, 'id');
    const list = claimsOf.get(id) ?? [];
    list.push({
      claimId: text(row, 'claimId'),
      kind: source.kind,
      key: source.entityId ?? source.publisher ?? source.articleId ?? '',
      sentenceKey: text(row, 'sentenceKey'),
      agencyId,
    });
    claimsOf.set(id, list);
  }
  const summaries = [...claimsOf].map(([id, claims]) => ({ id, ...summarise(claims) }));
  await run(tx, {
    text: 'UNWIND $ids AS id MATCH (s:SourceSummary {relationId: id}) DELETE s',
    params: { ids },
  });
  await run(tx, {
    text: `UNWIND $summaries AS row
${matchRelationship('row')}
SET r.independentSources = row.independentSources, r.sourceCount = size(row.sources)
WITH row
UNWIND row.sources AS source
CREATE (s:SourceSummary)
SET s = source, s.relationId = row.id`,
    params: {
      summaries: summaries.map((summary) => ({
        ...keys.get(summary.id)!,
        independentSources: integer(summary.independentSources),
        sources: summary.sources.map((source, rank) => ({
          rank: integer(rank),
          kind: source.kind,
          key: source.key,
          claimCount: integer(source.claimCount),
          claimIds: source.firstClaimIds,
        })),
      })),
    },
  });
}
