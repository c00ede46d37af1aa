import type { Article } from '../../domain/article';
import type { Claim } from '../../domain/claim';
import type { Entity, Label } from '../../domain/entity';
import { isEntityKind, mergeLabels } from '../../domain/entity';
import { invariant } from '../../domain/errors';
import type { Mention } from '../../domain/mention';
import { isModality } from '../../domain/modality';
import type { Modality } from '../../domain/modality';
import { isPredicate } from '../../domain/predicates';
import type { Predicate } from '../../domain/predicates';
import { modalityCounts } from '../../domain/relation';
import type { Relation } from '../../domain/relation';
import type { Fields } from './neo4j-cypher';

/**
 * Records to domain values. Every query returns maps built by the
 * projections below (a relation, a list: RELATION_PROJECTION), and every
 * field is checked here: an absent property reads as null (Neo4j stores no
 * nulls), and integers arrive as numbers because the driver runs with
 * `disableLosslessIntegers`.
 */

export const ARTICLE_PROJECTION =
  'a {.id, .title, .url, .publisher, .language, .publishedAt, .text, .ingestedAt}';
export const ENTITY_PROJECTION = 'e {.id, .kind, .name, .labels, .aliases, .candidate}';
/** Needs `m` and its article `a` and entity `e`. */
export const MENTION_PROJECTION =
  'm {.id, .surface, .spanStart, .spanEnd, .sentenceStart, .sentenceEnd, articleId: a.id, entityId: e.id}';
/** Needs `c` and its article `a`; the entities a claim names are read through its role relationships. */
export const CLAIM_PROJECTION = `c {.id, .predicate, .objectValue, .quantityMin, .quantityMax, .quantityUnit,
  .timeFrom, .timeTo, .modality, .sentence, .sentenceStart, .sentenceEnd, .channel, .extractor, .confidence,
  articleId: a.id,
  subjectId: head([(c)-[:HAS_SUBJECT]->(x) | x.id]),
  objectId: head([(c)-[:HAS_OBJECT]->(x) | x.id]),
  locationId: head([(c)-[:AT_LOCATION]->(x) | x.id]),
  itemId: head([(c)-[:ABOUT_ITEM]->(x) | x.id]),
  attributedToId: head([(c)-[:ATTRIBUTED_TO]->(x) | x.id]),
  reportedById: head([(c)-[:REPORTED_BY]->(x) | x.id])}`;
/**
 * A relation's fields and the expression of each, over a relation
 * relationship `r`; a value relation ends on a :Value node, which has no id.
 */
const RELATION_COLUMNS = {
  id: 'r.id',
  claimCount: 'r.claimCount',
  firstSeen: 'r.firstSeen',
  lastSeen: 'r.lastSeen',
  modality: 'r.modality',
  objectValue: 'r.objectValue',
  modalityCounts: 'r.modalityCounts',
  supporting: 'r.supporting',
  denying: 'r.denying',
  independentSources: 'r.independentSources',
  predicate: 'type(r)',
  subjectId: 'startNode(r).id',
  objectId: 'endNode(r).id',
} as const;
const RELATION_FIELDS = Object.keys(RELATION_COLUMNS);

/**
 * Needs a relation relationship `r`. A list of the columns' values, in
 * their order, rather than a map: a map repeats its 13 keys in every
 * record sent and read, and a neighbourhood returns up to 401 relations.
 * The scale bench's neighbourhoods at 1M claims (depth 2, limit 100; the
 * store's statement, old and new called in turn, 3 rounds of 100, load
 * 4.5 to 5.7), p50 as maps then as lists: low 55–96 → 41–75 ms, mid 55–95
 * → 48–84, hub 71–95 → 63–84; Neo4j's own time for the statement is the same.
 */
export const RELATION_PROJECTION = `[${Object.values(RELATION_COLUMNS).join(', ')}]`;

export function fieldsOf(value: unknown, what: string): Fields {
  invariant(
    typeof value === 'object' && value !== null && !Array.isArray(value),
    `${what} is not a map`,
  );
  return value as Fields;
}

export function text(fields: Fields, key: string): string {
  const value = fields[key];
  invariant(typeof value === 'string', `field ${key} is not a string`);
  return value;
}

export function textOrNull(fields: Fields, key: string): string | null {
  const value = fields[key];
  if (value === null || value === undefined) return null;
  invariant(typeof value === 'string', `field ${key} is not a string`);
  return value;
}

function numeric(fields: Fields, key: string): number {
  const value = fields[key];
  invariant(typeof value === 'number', `field ${key} is not a number`);
  return value;
}

export function numericOrNull(fields: Fields, key: string): number | null {
  const value = fields[key];
  if (value === null || value === undefined) return null;
  invariant(typeof value === 'number', `field ${key} is not a number`);
  return value;
}

function texts(fields: Fields, key: string): string[] {
  const value = fields[key] ?? [];
  invariant(
    Array.isArray(value) && value.every((item) => typeof item === 'string'),
    `field ${key} is not a list of strings`,
  );
  return value;
}

function predicate(fields: Fields): Predicate {
  const value = text(fields, 'predicate');
  invariant(isPredicate(value), `stored predicate ${value} is not in the vocabulary`);
  return value;
}

function modality(fields: Fields): Modality {
  const value = text(fields, 'modality');
  invariant(isModality(value), `stored modality ${value} is unknown`);
  return value;
}

/**
 * Labels and aliases are stored as lists of canonical JSON strings
 * (`{"lang":"fr","text":"Sylvanie"}`), so that Cypher can union them by
 * plain equality; they are returned in `mergeLabels` order, whatever the
 * stored order.
 */
export function labelStrings(labels: readonly Label[]): string[] {
  return mergeLabels(labels).map((label) => JSON.stringify({ lang: label.lang, text: label.text }));
}

function labelsFrom(values: readonly string[]): Label[] {
  return mergeLabels(
    values.map((value) => {
      const parsed = fieldsOf(JSON.parse(value), 'stored label');
      return { lang: text(parsed, 'lang'), text: text(parsed, 'text') };
    }),
  );
}

export function toArticle(value: unknown): Article {
  const f = fieldsOf(value, 'article');
  return {
    id: text(f, 'id'),
    title: text(f, 'title'),
    url: textOrNull(f, 'url'),
    publisher: textOrNull(f, 'publisher'),
    language: text(f, 'language'),
    publishedAt: text(f, 'publishedAt'),
    text: text(f, 'text'),
    // Articles written before ingestion times are stamped on the next start (neo4j-evidence-backfill.ts).
    ...(typeof f['ingestedAt'] === 'string' ? { ingestedAt: f['ingestedAt'] } : {}),
  };
}

export function toEntity(value: unknown): Entity {
  const f = fieldsOf(value, 'entity');
  const kind = text(f, 'kind');
  invariant(isEntityKind(kind), `stored entity kind ${kind} is unknown`);
  return {
    id: text(f, 'id'),
    kind,
    name: text(f, 'name'),
    labels: labelsFrom(texts(f, 'labels')),
    aliases: labelsFrom(texts(f, 'aliases')),
    // Entities written before candidates existed have no property: not candidates.
    candidate: f['candidate'] === true,
  };
}

export function toMention(value: unknown): Mention {
  const f = fieldsOf(value, 'mention');
  return {
    id: text(f, 'id'),
    articleId: text(f, 'articleId'),
    entityId: text(f, 'entityId'),
    surface: text(f, 'surface'),
    span: { start: numeric(f, 'spanStart'), end: numeric(f, 'spanEnd') },
    sentenceSpan: { start: numeric(f, 'sentenceStart'), end: numeric(f, 'sentenceEnd') },
  };
}

export function toClaim(value: unknown): Claim {
  const f = fieldsOf(value, 'claim');
  const unit = textOrNull(f, 'quantityUnit');
  const from = textOrNull(f, 'timeFrom');
  const to = textOrNull(f, 'timeTo');
  return {
    id: text(f, 'id'),
    articleId: text(f, 'articleId'),
    subjectId: text(f, 'subjectId'),
    predicate: predicate(f),
    objectId: textOrNull(f, 'objectId'),
    objectValue: textOrNull(f, 'objectValue'),
    // As in the SQLite store: a quantity exists when it has a unit, a time when either end is set.
    quantity:
      unit === null
        ? null
        : { min: numericOrNull(f, 'quantityMin'), max: numericOrNull(f, 'quantityMax'), unit },
    time: from === null && to === null ? null : { from, to },
    locationId: textOrNull(f, 'locationId'),
    itemId: textOrNull(f, 'itemId'),
    modality: modality(f),
    attributedToId: textOrNull(f, 'attributedToId'),
    reportedById: textOrNull(f, 'reportedById'),
    sentence: text(f, 'sentence'),
    sentenceSpan: { start: numeric(f, 'sentenceStart'), end: numeric(f, 'sentenceEnd') },
    channel: textOrNull(f, 'channel'),
    extractor: text(f, 'extractor'),
    confidence: numeric(f, 'confidence'),
  };
}

/** A relation from the list RELATION_PROJECTION makes. */
export function toRelation(value: unknown): Relation {
  invariant(
    Array.isArray(value) && value.length === RELATION_FIELDS.length,
    'relation is not a list of its columns',
  );
  const f: Fields = Object.fromEntries(
    RELATION_FIELDS.map((field, i): [string, unknown] => [field, value[i]]),
  );
  return {
    id: text(f, 'id'),
    subjectId: text(f, 'subjectId'),
    predicate: predicate(f),
    objectId: textOrNull(f, 'objectId'),
    objectValue: textOrNull(f, 'objectValue'),
    claimCount: numeric(f, 'claimCount'),
    firstSeen: text(f, 'firstSeen'),
    lastSeen: text(f, 'lastSeen'),
    modality: modality(f),
    claimsByModality: modalityCounts(
      (Array.isArray(f['modalityCounts']) ? f['modalityCounts'] : []) as number[],
    ),
    supporting: numericOrNull(f, 'supporting') ?? 0,
    denying: numericOrNull(f, 'denying') ?? 0,
    independentSources: numericOrNull(f, 'independentSources') ?? 0,
  };
}

/** The list in a column, each element mapped. */
export function listOf<T>(value: unknown, map: (item: unknown) => T): T[] {
  invariant(Array.isArray(value), 'column is not a list');
  return (value as unknown[]).map(map);
}

export function countOf(row: Fields | undefined, key: string): number {
  return row === undefined ? 0 : numeric(row, key);
}
