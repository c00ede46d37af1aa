import { claimSource } from '../../domain/evidence';
import type { SourcedClaim } from '../../domain/source-summary';
import { summariseSources as summarise } from '../../domain/source-summary';
import { foldText } from '../../domain/ids';
import { compareText } from '../../domain/entity';
import { MODALITIES, strongestModality } from '../../domain/modality';
import type { Modality } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';
import { relationIdOf } from '../../domain/relation';
import { integer, propertyMap, run } from './neo4j-cypher';
import { claimRankOf, strengthRankOf } from './neo4j-ranks';
import { setStrengthKeys } from './neo4j-strength-keys';
import { keepDegrees } from './neo4j-entity-degrees';
import { contestedRelation, keepContestedClaims } from './neo4j-contested-claims';
import { keepRelationKindCounts, RELATION_ENDS, relationEndsOf } from './neo4j-kind-counts';
import type { RelationEnds } from './neo4j-kind-counts';
import type { Runner } from './neo4j-cypher';
import { countOf, text, textOrNull } from './neo4j-records';
import { relationshipType, relationTypes } from './neo4j-vocabulary';

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
  return relationKeysOfRows(rows);
}

/** The relations of rows naming subjectId, predicate, objectId and objectValue, as a rebuild takes them. */
export function relationKeysOfRows(rows: readonly Record<string, unknown>[]): RelationKey[] {
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
 * Deletes the relations' relationships, one statement per predicate among
 * them: with its type written in the pattern, each relationship is found
 * through its type's unique index on `id` (002_relation_constraints), one
 * seek whatever the degree of its ends, where expanding between two hubs
 * reads relationships in proportion to their degree (seen growing with
 * every transaction of a 50k-claim import). The type comes from
 * relationTypes, the vocabulary's guard.
 */
async function deleteRelationships(
  tx: Runner,
  relations: readonly RelationKey[],
): Promise<{ ends: RelationEnds[]; contestedClaims: Map<string, number> }> {
  const idsByType = new Map<Predicate, string[]>();
  for (const r of relations) {
    const ids = idsByType.get(r.predicate) ?? [];
    ids.push(r.id);
    idsByType.set(r.predicate, ids);
  }
  const ends: RelationEnds[] = [];
  const contestedClaims = new Map<string, number>();
  for (const [predicate, ids] of idsByType) {
    const rows = await run(tx, {
      text: `UNWIND $ids AS id MATCH (s)-[r:${relationTypes([predicate])} {id: id}]->(o)
WITH r, ${RELATION_ENDS}, CASE WHEN ${contestedRelation('r')} THEN r.claimCount ELSE 0 END AS contested
DELETE r
RETURN subjectKind, objectKind, contested`,
      params: { ids },
    });
    ends.push(...rows.map(relationEndsOf));
    contestedClaims.set(
      predicate,
      rows.reduce((sum, row) => sum + countOf(row, 'contested'), 0),
    );
  }
  return { ends, contestedClaims };
}

/** The kinds of the ends of the relations about to be created (an object value has none). */
async function endsOf(
  tx: Runner,
  rows: readonly { subjectId: string; objectId: string | null }[],
): Promise<RelationEnds[]> {
  if (rows.length === 0) return [];
  const found = await run(tx, {
    text: `UNWIND $rows AS row
MATCH (s:Entity {id: row.subjectId})
OPTIONAL MATCH (o:Entity {id: row.objectId})
RETURN ${RELATION_ENDS}`,
    params: { rows: rows.map(({ subjectId, objectId }) => ({ subjectId, objectId })) },
  });
  return found.map(relationEndsOf);
}

/** One claim of a rebuilt relation, as read in claim order. */
interface RelationClaim extends SourcedClaim {
  readonly modality: Modality;
  readonly objectValue: string | null;
  /** The publication day of its article. */
  readonly day: string | null;
}

/**
 * Every claim of the given relations, in claim order (article date,
 * article, position, id: the order source summaries keep), with what the
 * relation's counts and its source summary are computed from. One read
 * serves both, so a rebuild reads each claim once.
 */
const RELATION_CLAIMS = `UNWIND $ids AS id
MATCH (c:Claim {relationId: id})-[:STATED_IN]->(a:Article)
WITH id, c, a, head([(c)-[:ATTRIBUTED_TO]->(x) | x.id]) AS speaker,
  head([(c)-[:REPORTED_BY]->(x) | x.id]) AS agency
ORDER BY a.publishedAt, a.id, c.sentenceStart, c.id
RETURN id, c.id AS claimId, c.sentenceWords AS sentenceKey, c.modality AS modality,
  c.objectValue AS objectValue, left(a.publishedAt, 10) AS day, a.id AS articleId,
  a.publisher AS publisher, speaker, agency`;

async function claimsOfRelations(
  tx: Runner,
  ids: readonly string[],
): Promise<Map<string, RelationClaim[]>> {
  const claimsOf = new Map<string, RelationClaim[]>();
  for (const row of await run(tx, { text: RELATION_CLAIMS, params: { ids } })) {
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
      modality: text(row, 'modality') as Modality,
      objectValue: textOrNull(row, 'objectValue'),
      day: textOrNull(row, 'day'),
    });
    claimsOf.set(id, list);
  }
  return claimsOf;
}

/**
 * The least (`order` 1) or greatest (`order` -1) of the values in
 * code-unit order (compareText), nulls left out, as Cypher's min() and max().
 */
function extreme(values: readonly (string | null)[], order: 1 | -1): string | null {
  return values.reduce<string | null>(
    (best, v) => (v !== null && (best === null || order * compareText(v, best) < 0) ? v : best),
    null,
  );
}

/** What a rebuilt relationship and its :SourceSummary nodes hold. */
const RELATION_PROPERTIES = [
  'id',
  'claimCount',
  'firstSeen',
  'lastSeen',
  'modality',
  'objectValue',
  'modalityCounts',
  'supporting',
  'denying',
  'independentSources',
  'sourceCount',
] as const;
const SOURCE_PROPERTIES = ['relationId', 'rank', 'kind', 'key', 'claimCount', 'claimIds'] as const;

/**
 * A relationship's properties, as sqlite-relations.ts computes them:
 * count, first and last publication day, strongest modality, claims per
 * modality, and its source summary (domain/source-summary.ts), whose
 * sources become :SourceSummary nodes. A null property is not stored.
 */
function relationRow(key: RelationKey, claims: readonly RelationClaim[]) {
  const summary = summarise(claims);
  const modalities = claims.map((c) => c.modality);
  const days = claims.map((c) => c.day);
  const denying = modalities.filter((m) => m === 'DENIED').length;
  return {
    ...key,
    stance: {
      id: key.id,
      contested: denying > 0 && claims.length > denying,
      claims: claims.length,
    },
    properties: {
      id: key.id,
      claimCount: integer(claims.length),
      firstSeen: extreme(days, 1),
      lastSeen: extreme(days, -1),
      modality: strongestModality(modalities),
      objectValue: extreme(
        claims.map((c) => c.objectValue),
        1,
      ),
      modalityCounts: MODALITIES.map((m) => integer(modalities.filter((x) => x === m).length)),
      supporting: integer(claims.length - denying),
      denying: integer(denying),
      independentSources: integer(summary.independentSources),
      sourceCount: integer(summary.sources.length),
    } satisfies Record<(typeof RELATION_PROPERTIES)[number], unknown>,
    sources: summary.sources.map(
      (source, rank) =>
        ({
          relationId: key.id,
          rank: integer(rank),
          kind: source.kind,
          key: source.key,
          claimCount: integer(source.claimCount),
          claimIds: source.firstClaimIds,
        }) satisfies Record<(typeof SOURCE_PROPERTIES)[number], unknown>,
    ),
  };
}

/**
 * Creates each relationship from `s` to `o` (bound by `target`) with its
 * properties, ranks (neo4j-ranks.ts) and strength keys
 * (neo4j-strength-keys.ts), and its source summary nodes. The relationship
 * type is the predicate, checked against the vocabulary by relationKeyOf and
 * passed as a parameter to `$(...)`.
 */
function create(target: string): string {
  return `UNWIND $rows AS row
MATCH (s:Entity {id: row.subjectId})
${target}
CREATE (s)-[r:$(row.predicate) ${propertyMap('row.properties', RELATION_PROPERTIES)}]->(o)
SET r.claimRank = ${claimRankOf('r')}, r.strengthRank = ${strengthRankOf('r')}
${setStrengthKeys('r')}
WITH row
UNWIND row.sources AS source
CREATE (:SourceSummary ${propertyMap('source', SOURCE_PROPERTIES)})`;
}

export interface RebuildOptions {
  /**
   * None of the relations exists, nor their source summaries, and the
   * relations per kind are counted afterwards (a bulk load's end,
   * neo4j-bulk-load.ts): nothing to delete, look up or count.
   */
  readonly fresh?: boolean;
  /**
   * The degrees of the relations' ends are set by the caller once every
   * relation is built (a bulk load's end, setConnectedDegrees), rather than
   * by every page of relations whose ends they are.
   */
  readonly degreesLater?: boolean;
}

/**
 * Rebuilds the given relations inside the caller's transaction from their
 * claims, read once: each relation's relationship and source summary are
 * deleted and written again, those left without a claim are not, and the
 * :Value nodes no relation uses any more are deleted; the entities at
 * their ends get their degree again. Set-based: a constant number of
 * statements whatever the number of relations.
 */
export async function recomputeRelations(
  tx: Runner,
  keys: readonly RelationKey[],
  options: RebuildOptions = {},
): Promise<void> {
  const byId = new Map(keys.map((key) => [key.id, key]));
  if (byId.size === 0) return;
  const relations = [...byId.values()];
  const ids = [...byId.keys()];
  const claimsOf = await claimsOfRelations(tx, ids);
  const rows = relations.flatMap((key) => {
    const claims = claimsOf.get(key.id);
    return claims ? [relationRow(key, claims)] : [];
  });
  let contestedBefore = new Map<string, number>();
  if (!options.fresh) {
    const deleted = await deleteRelationships(tx, relations);
    await run(tx, {
      text: 'UNWIND $ids AS id MATCH (s:SourceSummary {relationId: id}) DELETE s',
      params: { ids },
    });
    await keepRelationKindCounts(tx, deleted.ends, await endsOf(tx, rows));
    contestedBefore = deleted.contestedClaims;
  }
  const stances = new Map(rows.map((row) => [row.id, row.stance]));
  await keepContestedClaims(
    tx,
    relations.map(({ id, predicate }) => ({
      ...(stances.get(id) ?? { id, contested: false, claims: 0 }),
      predicate,
    })),
    contestedBefore,
  );
  const toEntities = rows.filter((row) => row.objectId !== null);
  if (toEntities.length > 0)
    await run(tx, {
      text: create('MATCH (o:Entity {id: row.objectId})'),
      params: { rows: toEntities },
    });
  const toValues = rows.filter((row) => row.objectId === null);
  if (toValues.length > 0)
    await run(tx, {
      text: create('MERGE (o:Value {key: row.valueKey})'),
      params: { rows: toValues },
    });
  const valueKeys = new Set(relations.filter((r) => r.objectId === null).map((r) => r.valueKey));
  if (valueKeys.size > 0 && !options.fresh)
    await run(tx, {
      text: 'UNWIND $keys AS key MATCH (v:Value {key: key}) WHERE NOT EXISTS { (v)--() } DELETE v',
      params: { keys: [...valueKeys] },
    });
  if (options.degreesLater) return;
  await keepDegrees(
    tx,
    relations.flatMap((r) => (r.objectId === null ? [r.subjectId] : [r.subjectId, r.objectId])),
  );
}
