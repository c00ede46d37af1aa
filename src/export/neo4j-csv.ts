import type { Claim } from '../domain/claim';
import type { ClaimSource } from '../domain/evidence';
import type { Entity } from '../domain/entity';
import { isCandidate } from '../domain/entity';
import { foldText } from '../domain/ids';
import { MODALITIES } from '../domain/modality';
import { isContested, relationIdOf } from '../domain/relation';
import { SOURCE_CLAIMS_KEPT } from '../domain/source-summary';
import type { GraphStore } from '../store/graph-store';
import { DAY_COUNT_COLUMNS } from '../store/neo4j/neo4j-claim-day-counts';
import {
  ARTICLE_KIND_COUNT,
  CLAIM_KIND_COLUMNS,
  CLAIM_KIND_COUNT,
  RELATION_KIND_COLUMNS,
  RELATION_KIND_COUNT,
} from '../store/neo4j/neo4j-kind-counts';
import { STORE_UPGRADES } from '../store/neo4j/neo4j-store-upgrades';
import {
  ENTITY_CLAIM_COUNT,
  ENTITY_PREDICATE_CLAIM_COUNT,
  entityPredicateKey,
} from '../store/neo4j/neo4j-entity-claim-counts';
import { CLAIM_PERIOD_COUNT } from '../store/neo4j/neo4j-claim-period-counts';
import { CLAIM_INGESTED_DAY_COUNT } from '../store/neo4j/neo4j-claim-ingested-day-counts';
import {
  CONTESTED_CLAIM_COUNT,
  CONTESTED_CLAIM_COUNT_KEY,
  CONTESTED_PREDICATE_CLAIM_COUNT,
} from '../store/neo4j/neo4j-contested-claims';
import { claimEntityIds } from '../domain/retraction';
import { rankString, strengthRankString } from '../store/neo4j/neo4j-ranks';
import { strengthKeyString } from '../store/neo4j/neo4j-strength-keys';
import { publishedOrderString } from '../store/neo4j/neo4j-claim-order';
import { claimRoleIds } from '../store/neo4j/neo4j-claim-role-ids';
import { claimPeriod } from '../store/neo4j/neo4j-claim-periods';
import { searchName } from '../store/neo4j/neo4j-search-text';
import { entityRow } from '../store/neo4j/neo4j-write';
import type { ArticleDays, KeptCount } from './neo4j-csv-counts';
import { articleDays, countClaimDay, countDegrees } from './neo4j-csv-counts';
import { KindCounts } from './neo4j-csv-kind-counts';
import type { Field, FieldType } from './relation-fields';
import { RELATION_FIELDS } from './relation-fields';
import type { RelationSummary } from './relation-summaries';
import { relationSummaries } from './relation-summaries';
import { storeItems } from './store-pages';
import type { TextSink } from './text-sink';

/**
 * CSV files for `neo4j-admin database import full` (Operations Manual,
 * "Import" > "CSV header format") that rebuild the graph of kg's Neo4j
 * store (src/store/neo4j/README.md): Article, Entity, Mention, Claim and
 * Value nodes, each label its own ID space; IN_ARTICLE and MENTIONS from
 * mentions; STATED_IN and the role relationships (HAS_SUBJECT, ...) from
 * claims; one relationship per relation, typed by its predicate, with
 * RELATION_FIELDS as properties. What the store's own writer derives is
 * written too, computed by the same functions, so that the store serves the
 * imported graph as if it had written it: entities' folded, search and head
 * names with their :EntityName nodes, claims' sentence words, relations'
 * stance and source counts with their :SourceSummary nodes, entities'
 * degrees and relations' claim ranks, the one-time upgrades as done (:StoreUpgrade),
 * the claims counted per day
 * (neo4j-csv-counts.ts) and the claims, relations and articles counted per
 * kind (neo4j-csv-kind-counts.ts), which hold an entry per entity, per
 * article and per distinct count in memory. Only the
 * articles' batch hash is not (it is a hash of what was ingested; an article
 * ingested again is then written again). Strings are quoted, a missing value is
 * an empty unquoted field (no property, as Neo4j stores no nulls), and
 * lists are joined by ARRAY_DELIMITER.
 */

/** A character no exported list element holds: labels and aliases are JSON, which escapes it. */
export const ARRAY_DELIMITER = '\u001f';

export interface CsvFile {
  readonly name: string;
  readonly kind: 'nodes' | 'relationships';
}

/** The files, in the order the writer fills them and neo4j-admin should read them. */
export const NEO4J_CSV_FILES = {
  articles: { name: 'articles.csv', kind: 'nodes' },
  entities: { name: 'entities.csv', kind: 'nodes' },
  entityNames: { name: 'entity-names.csv', kind: 'nodes' },
  sourceSummaries: { name: 'source-summaries.csv', kind: 'nodes' },
  values: { name: 'values.csv', kind: 'nodes' },
  mentions: { name: 'mentions.csv', kind: 'nodes' },
  claims: { name: 'claims.csv', kind: 'nodes' },
  claimDayCounts: { name: 'claim-day-counts.csv', kind: 'nodes' },
  claimKindCounts: { name: 'claim-kind-counts.csv', kind: 'nodes' },
  entityClaimCounts: { name: 'entity-claim-counts.csv', kind: 'nodes' },
  entityPredicateClaimCounts: { name: 'entity-predicate-claim-counts.csv', kind: 'nodes' },
  contestedClaimCounts: { name: 'contested-claim-counts.csv', kind: 'nodes' },
  contestedPredicateClaimCounts: { name: 'contested-predicate-claim-counts.csv', kind: 'nodes' },
  claimPeriodCounts: { name: 'claim-period-counts.csv', kind: 'nodes' },
  claimIngestedDayCounts: { name: 'claim-ingested-day-counts.csv', kind: 'nodes' },
  relationKindCounts: { name: 'relation-kind-counts.csv', kind: 'nodes' },
  articleKindCounts: { name: 'article-kind-counts.csv', kind: 'nodes' },
  storeUpgrades: { name: 'store-upgrades.csv', kind: 'nodes' },
  entityNameLinks: { name: 'entity-name-links.csv', kind: 'relationships' },
  mentionLinks: { name: 'mention-links.csv', kind: 'relationships' },
  mentionArticles: { name: 'mention-articles.csv', kind: 'relationships' },
  claimArticles: { name: 'claim-articles.csv', kind: 'relationships' },
  claimRoles: { name: 'claim-roles.csv', kind: 'relationships' },
  relations: { name: 'relations.csv', kind: 'relationships' },
  valueRelations: { name: 'value-relations.csv', kind: 'relationships' },
} as const satisfies Record<string, CsvFile>;

type FileKey = keyof typeof NEO4J_CSV_FILES;

/** How many rows each file got. */
export type Neo4jCsvCounts = Readonly<Record<FileKey, number>>;

/**
 * The arguments of `neo4j-admin database import full` that read the files
 * in `folder` into `database`.
 */
export function neo4jAdminImportArgs(folder: string, database = 'neo4j'): string[] {
  return [
    'database',
    'import',
    'full',
    ...Object.values(NEO4J_CSV_FILES).map((file) => `--${file.kind}=${folder}/${file.name}`),
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    // Article texts and claim sentences may hold line breaks.
    '--multiline-fields=true',
    // Beside the files rather than in the working directory; empty when every row went in.
    `--report-file=${folder}/import.report`,
    database,
  ];
}

/** What the Neo4j store keeps with a relation besides RELATION_FIELDS (neo4j-relation-write.ts). */
const STANCE_HEADER =
  'modalityCounts:long[],supporting:int,denying:int,independentSources:int,sourceCount:int,claimRank,strengthRank';

const HEADERS: Readonly<Record<FileKey, string>> = {
  articles:
    'id:ID(Article),:LABEL,title,url,publisher,language,publishedAt,text,ingestedAt,ingestedDay',
  entities:
    'id:ID(Entity),:LABEL,kind,name,labels:string[],aliases:string[],candidate:boolean,foldedNames:string[],searchNames:string[],nameHeads:string[],degree:long,degreeRank',
  // No property name after ID: the id only links rows of these files, it is not stored.
  entityNames: ':ID(EntityName),:LABEL,head',
  sourceSummaries:
    ':ID(SourceSummary),:LABEL,relationId,rank:int,kind,key,claimCount:int,claimIds:string[]',
  values: 'key:ID(Value),:LABEL',
  mentions:
    'id:ID(Mention),:LABEL,surface,spanStart:int,spanEnd:int,sentenceStart:int,sentenceEnd:int',
  claims:
    'id:ID(Claim),:LABEL,relationId,predicate,objectValue,quantityMin:double,quantityMax:double,quantityUnit,timeFrom,timeTo,modality,sentence,sentenceWords,sentenceStart:int,sentenceEnd:int,channel,extractor,confidence:double,publishedOrder,subjectId,objectId,attributedToId,reportedById,locationId,itemId,periodStart,periodEnd,longPeriodEnd,contested:boolean',
  claimDayCounts: `key:ID(ClaimDayCount),:LABEL,${DAY_COUNT_COLUMNS.join(',')},n:long`,
  claimKindCounts: `key:ID(${CLAIM_KIND_COUNT}),:LABEL,${CLAIM_KIND_COLUMNS.join(',')},n:long`,
  entityClaimCounts: `key:ID(${ENTITY_CLAIM_COUNT}),:LABEL,n:long`,
  entityPredicateClaimCounts: `key:ID(${ENTITY_PREDICATE_CLAIM_COUNT}),:LABEL,n:long`,
  contestedClaimCounts: `key:ID(${CONTESTED_CLAIM_COUNT}),:LABEL,n:long`,
  contestedPredicateClaimCounts: `key:ID(${CONTESTED_PREDICATE_CLAIM_COUNT}),:LABEL,n:long`,
  claimPeriodCounts: `key:ID(${CLAIM_PERIOD_COUNT}),:LABEL,n:long`,
  claimIngestedDayCounts: `key:ID(${CLAIM_INGESTED_DAY_COUNT}),:LABEL,n:long`,
  relationKindCounts: `key:ID(${RELATION_KIND_COUNT}),:LABEL,${RELATION_KIND_COLUMNS.join(',')},n:long`,
  // articleKindCountOf's fields (neo4j-kind-counts.ts): the sorted kinds, then the publisher.
  articleKindCounts: `key:ID(${ARTICLE_KIND_COUNT}),:LABEL,kinds:string[],publisher,n:long`,
  storeUpgrades: 'name:ID(StoreUpgrade),:LABEL',
  entityNameLinks: ':START_ID(EntityName),:END_ID(Entity),:TYPE',
  mentionLinks: ':START_ID(Mention),:END_ID(Entity),:TYPE',
  mentionArticles: ':START_ID(Mention),:END_ID(Article),:TYPE',
  claimArticles: ':START_ID(Claim),:END_ID(Article),:TYPE',
  claimRoles: ':START_ID(Claim),:END_ID(Entity),:TYPE',
  // Only a relation between two entities has strength keys (neo4j-strength-keys.ts).
  relations: `:START_ID(Entity),:END_ID(Entity),:TYPE,${fieldHeader(RELATION_FIELDS)},${STANCE_HEADER},startStrengthKey,endStrengthKey`,
  valueRelations: `:START_ID(Entity),:END_ID(Value),:TYPE,${fieldHeader(RELATION_FIELDS)},${STANCE_HEADER}`,
};

type Cell = string | number | boolean | null | readonly string[];

/** Relations whose sources are read in one store call. */
const SOURCES_BATCH = 100;

/**
 * Writes every file through `open`, one store page at a time, and returns
 * the row counts. Held beyond a page: distinct values (relations to a value
 * are few: what someone declined to comment on), and an entry per entity
 * (its degree, then its kind), per article (its days, and its kinds once it
 * has claims) and per distinct count (claims per day and split, claims,
 * relations and articles per kind).
 */
export async function writeNeo4jCsv(
  store: GraphStore,
  open: (fileName: string) => TextSink,
): Promise<Neo4jCsvCounts> {
  const sinks = new Map<FileKey, TextSink>();
  const counts = Object.fromEntries(Object.keys(NEO4J_CSV_FILES).map((key) => [key, 0])) as Record<
    FileKey,
    number
  >;
  for (const [key, file] of Object.entries(NEO4J_CSV_FILES) as [FileKey, CsvFile][]) {
    const sink = open(file.name);
    sinks.set(key, sink);
    await sink.write(`${HEADERS[key]}\n`);
  }
  const row = async (key: FileKey, cells: readonly Cell[]): Promise<void> => {
    counts[key] += 1;
    await sinks.get(key)!.write(`${cells.map(cell).join(',')}\n`);
  };
  const countRows = async (key: FileKey, label: string, kept: Map<string, KeptCount>) => {
    for (const [id, count] of kept) await row(key, [id, label, ...count.values, count.n]);
  };
  const kinds = new KindCounts();

  // Degrees first: entity rows carry them, and relations come last.
  const degrees = new Map<string, number>();
  // The contested relations, whose claims keep the flag and are counted (neo4j-contested-claims.ts).
  const contested = new Set<string>();
  let contestedClaims = 0;
  const contestedByPredicate = new Map<string, number>();
  for await (const relation of storeItems(store, 'relations')) {
    countDegrees(degrees, relation);
    if (!isContested(relation)) continue;
    contested.add(relation.id);
    contestedClaims += relation.claimCount;
    const { predicate, claimCount } = relation;
    contestedByPredicate.set(predicate, (contestedByPredicate.get(predicate) ?? 0) + claimCount);
  }
  const days = new Map<string, ArticleDays>();
  for await (const a of storeItems(store, 'articles')) {
    const articleOf = articleDays(a);
    days.set(a.id, articleOf);
    await row('articles', [
      a.id,
      'Article',
      a.title,
      a.url,
      a.publisher,
      a.language,
      a.publishedAt,
      a.text,
      // The store's own stamp, kept: a fresh import would otherwise stamp the time it first starts.
      a.ingestedAt ?? null,
      // Its day, for article_ingested_day_order (neo4j-claim-ingested-day-counts.ts).
      articleOf.ingestedDay,
    ]);
  }
  for await (const e of storeItems(store, 'entities')) {
    kinds.addEntity(e);
    const cells = entityCells(e, degrees.get(e.id) ?? 0);
    await row('entities', cells.row);
    for (const head of cells.nameHeads) {
      // Unique per entity and head, as the store writes one node per head an entity has.
      const id = JSON.stringify([e.id, head]);
      await row('entityNames', [id, 'EntityName', head]);
      await row('entityNameLinks', [id, e.id, 'NAMES']);
    }
  }
  // Every entity row has its degree: what is held per entity is its kind from here on.
  degrees.clear();
  for await (const m of storeItems(store, 'mentions')) {
    const { span, sentenceSpan } = m;
    await row('mentions', [
      m.id,
      'Mention',
      m.surface,
      span.start,
      span.end,
      sentenceSpan.start,
      sentenceSpan.end,
    ]);
    await row('mentionArticles', [m.id, m.articleId, 'IN_ARTICLE']);
    await row('mentionLinks', [m.id, m.entityId, 'MENTIONS']);
  }
  const dayCounts = new Map<string, KeptCount>();
  // Each entity's claims in any role, each once (neo4j-entity-claim-counts.ts).
  const entityClaims = new Map<string, number>();
  // And per predicate, keyed as the store keys them.
  const entityPredicateClaims = new Map<string, number>();
  // The claims per start of their period (neo4j-claim-period-counts.ts).
  const periodStarts = new Map<string, number>();
  // The claims per day their article was stored (neo4j-claim-ingested-day-counts.ts).
  const ingestedDays = new Map<string, number>();
  for await (const c of storeItems(store, 'claims')) {
    const articleOf = days.get(c.articleId);
    if (articleOf) {
      countClaimDay(dayCounts, c, articleOf);
      const start = claimPeriod(c, articleOf.publishedAt).periodStart;
      periodStarts.set(start, (periodStarts.get(start) ?? 0) + 1);
      const { ingestedDay } = articleOf;
      if (ingestedDay !== null)
        ingestedDays.set(ingestedDay, (ingestedDays.get(ingestedDay) ?? 0) + 1);
    }
    kinds.addClaim(c);
    for (const id of new Set(claimEntityIds(c))) {
      entityClaims.set(id, (entityClaims.get(id) ?? 0) + 1);
      const key = entityPredicateKey(id, c.predicate);
      entityPredicateClaims.set(key, (entityPredicateClaims.get(key) ?? 0) + 1);
    }
    await row('claims', [...claimCells(c, articleOf), contested.has(relationIdOf(c))]);
    await row('claimArticles', [c.id, c.articleId, 'STATED_IN']);
    for (const [type, entityId] of claimRoles(c)) await row('claimRoles', [c.id, entityId, type]);
  }
  await countRows('claimDayCounts', 'ClaimDayCount', dayCounts);
  await countRows('claimKindCounts', CLAIM_KIND_COUNT, kinds.claims);
  for (const [id, n] of entityClaims) await row('entityClaimCounts', [id, ENTITY_CLAIM_COUNT, n]);
  for (const [key, n] of entityPredicateClaims)
    await row('entityPredicateClaimCounts', [key, ENTITY_PREDICATE_CLAIM_COUNT, n]);
  for (const [start, n] of periodStarts)
    await row('claimPeriodCounts', [start, CLAIM_PERIOD_COUNT, n]);
  for (const [day, n] of ingestedDays)
    await row('claimIngestedDayCounts', [day, CLAIM_INGESTED_DAY_COUNT, n]);
  if (contestedClaims > 0)
    await row('contestedClaimCounts', [
      CONTESTED_CLAIM_COUNT_KEY,
      CONTESTED_CLAIM_COUNT,
      contestedClaims,
    ]);
  for (const [predicate, n] of contestedByPredicate)
    await row('contestedPredicateClaimCounts', [predicate, CONTESTED_PREDICATE_CLAIM_COUNT, n]);
  for (const upgrade of STORE_UPGRADES) await row('storeUpgrades', [upgrade, 'StoreUpgrade']);
  await countRows('articleKindCounts', ARTICLE_KIND_COUNT, kinds.articles(days));
  const values = new Set<string>();
  for await (const { summary, sources } of withSources(store, relationSummaries(store))) {
    const { relation } = summary;
    kinds.addRelation(relation);
    const properties = [...RELATION_FIELDS.map((f) => f.value(summary)), ...stanceCells(summary)];
    const strengthRank = strengthRankString(relation);
    properties.push(sources.length, rankString(relation.claimCount, relation.id), strengthRank);
    for (const [rank, source] of sources.entries())
      await row('sourceSummaries', [
        `${relation.id}#${rank}`,
        'SourceSummary',
        relation.id,
        rank,
        source.kind,
        sourceKey(source.source),
        source.claimCount,
        source.claimIds,
      ]);
    if (relation.objectId !== null) {
      await row('relations', [
        relation.subjectId,
        relation.objectId,
        relation.predicate,
        ...properties,
        strengthKeyString(relation.subjectId, strengthRank),
        strengthKeyString(relation.objectId, strengthRank),
      ]);
      continue;
    }
    const key = foldText(relation.objectValue ?? '');
    if (!values.has(key)) {
      values.add(key);
      await row('values', [key, 'Value']);
    }
    await row('valueRelations', [relation.subjectId, key, relation.predicate, ...properties]);
  }
  await countRows('relationKindCounts', RELATION_KIND_COUNT, kinds.relations);
  for (const sink of sinks.values()) await sink.end();
  return counts;
}

function entityCells(e: Entity, degree: number): { row: Cell[]; nameHeads: readonly string[] } {
  // The Neo4j store's encoding of a label: canonical JSON, one string each.
  const encode = (labels: Entity['labels']) =>
    labels.map((label) => JSON.stringify({ lang: label.lang, text: label.text }));
  // The names the store's writer derives for search and ingestion's lookups.
  const derived = entityRow(e);
  const names = (key: string) => derived[key] as string[];
  return {
    row: [
      e.id,
      'Entity',
      e.kind,
      e.name,
      encode(e.labels),
      encode(e.aliases),
      isCandidate(e),
      names('foldedNames'),
      names('searchNames'),
      names('nameHeads'),
      // An entity without relations has neither, as the store writes it.
      degree > 0 ? degree : null,
      degree > 0 ? rankString(degree, e.id) : null,
    ],
    nameHeads: names('nameHeads'),
  };
}

/** Claims per modality in the domain's order, zeros included, then supporting and denying. */
function stanceCells({ relation }: RelationSummary): Cell[] {
  const counts = MODALITIES.map(
    (m) => relation.claimsByModality.find((c) => c.key === m)?.count ?? 0,
  );
  return [counts.map(String), relation.supporting, relation.denying, relation.independentSources];
}

interface ExportedSource {
  readonly source: ClaimSource;
  readonly kind: string;
  readonly claimCount: number;
  readonly claimIds: readonly string[];
}

/** The key a :SourceSummary node keeps: the source's entity, publisher or article. */
function sourceKey(source: ClaimSource): string {
  return source.entityId ?? source.publisher ?? source.articleId ?? '';
}

/**
 * Each relation with its sources as the store keeps them (most claims first,
 * the first SOURCE_CLAIMS_KEPT claim ids of each), read for a batch of
 * relations at a time. A relation has at most as many sources as claims.
 */
async function* withSources(
  store: GraphStore,
  summaries: AsyncIterable<RelationSummary>,
): AsyncGenerator<{ summary: RelationSummary; sources: readonly ExportedSource[] }> {
  let batch: RelationSummary[] = [];
  const flush = async () => {
    const pages = await store.sourcesOfRelations(
      batch.map((s) => s.relation.id),
      {
        first: Math.max(...batch.map((s) => s.relation.claimCount)),
        claimsEach: SOURCE_CLAIMS_KEPT,
      },
    );
    const done = batch.map((summary, i) => ({
      summary,
      sources: pages[i]!.items.map((s) => ({
        source: s.source,
        kind: s.source.kind,
        claimCount: s.claimCount,
        claimIds: s.claims.map((c) => c.id),
      })),
    }));
    batch = [];
    return done;
  };
  for await (const summary of summaries) {
    batch.push(summary);
    if (batch.length === SOURCES_BATCH) yield* await flush();
  }
  if (batch.length > 0) yield* await flush();
}

/** A claim's properties; its place in article-date order and its period need its article. */
function claimCells(c: Claim, article: ArticleDays | undefined): Cell[] {
  // The roles' ids kept beside the role relationships (neo4j-claim-role-ids.ts), and the
  // period (neo4j-claim-periods.ts).
  const roles = claimRoleIds(c);
  const period = article ? claimPeriod(c, article.publishedAt) : null;
  return [
    c.id,
    'Claim',
    relationIdOf(c),
    c.predicate,
    c.objectValue,
    c.quantity?.min ?? null,
    c.quantity?.max ?? null,
    c.quantity?.unit ?? null,
    c.time?.from ?? null,
    c.time?.to ?? null,
    c.modality,
    c.sentence,
    // The words the store's claim_sentence full-text index holds.
    searchName(c.sentence),
    c.sentenceSpan.start,
    c.sentenceSpan.end,
    c.channel,
    c.extractor,
    c.confidence,
    article
      ? publishedOrderString(article.publishedAt, c.articleId, c.sentenceSpan.start, c.id)
      : null,
    roles.subjectId,
    roles.objectId,
    roles.attributedToId,
    roles.reportedById,
    roles.locationId,
    roles.itemId,
    period?.periodStart ?? null,
    period?.periodEnd ?? null,
    period?.longPeriodEnd ?? null,
  ];
}

/** The entities a claim names, each with the relationship type of its role. */
function claimRoles(c: Claim): [string, string][] {
  const roles: [string, string | null][] = [
    ['HAS_SUBJECT', c.subjectId],
    ['HAS_OBJECT', c.objectId],
    ['AT_LOCATION', c.locationId],
    ['ABOUT_ITEM', c.itemId],
    ['ATTRIBUTED_TO', c.attributedToId],
    ['REPORTED_BY', c.reportedById],
  ];
  return roles.flatMap(([type, id]) => (id === null ? [] : [[type, id]]));
}

/** `name:type` for each field; neo4j-admin reads an untyped column as a string. */
function fieldHeader<T>(fields: readonly Field<T>[]): string {
  const suffix: Readonly<Record<FieldType, string>> = {
    string: '',
    int: ':int',
    double: ':double',
    boolean: ':boolean',
  };
  return fields.map((f) => `${f.name}${suffix[f.type]}`).join(',');
}

/** RFC 4180 quoting, which neo4j-admin reads by default ("" is a quote inside a quoted field). */
function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // An empty list is no property, as the Neo4j store reads it ([] when absent).
  if (typeof value !== 'string' && value.length === 0) return '';
  const text = typeof value === 'string' ? value : value.join(ARRAY_DELIMITER);
  return `"${text.replace(/"/g, '""')}"`;
}
