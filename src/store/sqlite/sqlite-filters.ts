import type { ClaimFilter, RelationFilter, TimeOrder } from '../graph-store';
import { ftsQuery } from './sqlite-search';

/** The order of every claim list: by article date, article, position in it, then id. */
export const CLAIM_ORDER = 'a.published_at, a.id, c.sentence_start, c.id';

/**
 * Claim orders: newest first reverses the time only, so that the claims of
 * one article still read in the order of its text.
 */
export const CLAIM_ORDERS: Readonly<Record<TimeOrder, string>> = {
  PUBLISHED_ASC: CLAIM_ORDER,
  PUBLISHED_DESC: 'a.published_at DESC, a.id, c.sentence_start, c.id',
  INGESTED_ASC: 'a.ingested_at, a.id, c.sentence_start, c.id',
  INGESTED_DESC: 'a.ingested_at DESC, a.id, c.sentence_start, c.id',
};

export const ARTICLE_ORDERS: Readonly<Record<TimeOrder, string>> = {
  PUBLISHED_ASC: 'published_at, id',
  PUBLISHED_DESC: 'published_at DESC, id',
  INGESTED_ASC: 'ingested_at, id',
  INGESTED_DESC: 'ingested_at DESC, id',
};

export interface Where {
  readonly sql: string;
  readonly params: Record<string, unknown>;
  /** True when a condition reads the article `a`: without one, counting needs no join. */
  readonly readsArticle: boolean;
  /**
   * An entity's claims in a period, when the filter names both: `rowid` and
   * `published_day` of each, read from the period indexes alone (a claim in
   * two of the entity's roles twice). Every match is among them.
   */
  readonly inPeriod: string | null;
  /** True when the filter's conditions are those claims and nothing else: they are the matches. */
  readonly onlyInPeriod: boolean;
  /**
   * `rowid` and `published_day` of claims among which every match is, read
   * from one index alone, or null: an entity's claims in a period
   * (`inPeriod`), or the claims of the filter's predicates (and modalities)
   * when it names nothing else (claims_by_predicate, migration 026).
   */
  readonly matchDays: string | null;
}

/** A list filter as JSON for json_each; an absent or empty list means no filter: NULL. */
export function jsonList(values: readonly string[] | undefined): string | null {
  return values && values.length > 0 ? JSON.stringify(values) : null;
}

const CONTESTED_RELATION = 'r.supporting > 0 AND r.denying > 0';

/** The condition of a claim filter that asks for nothing: every claim not judged WRONG. */
const NOT_REJECTED = 'c.rejected = 0';

/** A condition of a filter, with the parameter it names. */
interface Condition {
  readonly sql: string;
  readonly name: string;
  readonly value: string;
}

/**
 * A filter's period on the claims `alias` names: a claim's period ends at
 * its own time, else its article's day, which the claim keeps (migration
 * 025), and starts likewise. The same expressions as the period indexes',
 * so that those answer them.
 */
function periodConditions(filter: ClaimFilter, alias: string): Condition[] {
  const [from, to, day] = ['time_from', 'time_to', 'published_day'].map((c) => alias + c);
  return [
    ...(filter.from === undefined
      ? []
      : [{ sql: `coalesce(${to}, ${from}, ${day}) >= @from`, name: 'from', value: filter.from }]),
    ...(filter.to === undefined
      ? []
      : [{ sql: `coalesce(${from}, ${to}, ${day}) <= @to`, name: 'to', value: filter.to }]),
  ];
}

/** The claim columns naming an entity: each has an index (001, 004) and a period index (025). */
const ENTITY_COLUMNS = [
  'subject_id',
  'object_id',
  'location_id',
  'item_id',
  'attributed_to_id',
  'reported_by_id',
] as const;

/**
 * Conditions collected only for the filters present, each written so that
 * SQLite can answer it from an index (an equality or an IN list on an
 * indexed column: SQLite manual, "The SQLite Query Optimizer Overview").
 * A condition that a NULL parameter switches off, `(@x IS NULL OR col =
 * @x)`, defeats the index: the planner cannot know @x is set. The statement
 * text depends on which filters are present, never on their values, so
 * each shape is prepared once.
 */
class Conditions {
  readonly sql: string[] = [];
  readonly params: Record<string, unknown> = {};
  readsArticle = false;
  inPeriod: string | null = null;
  predicateDays: string | null = null;

  add(condition: string, name?: string, value?: unknown): void {
    this.sql.push(condition);
    if (name !== undefined) this.params[name] = value;
  }

  where(): Where {
    return {
      sql: this.sql.length > 0 ? this.sql.join(' AND ') : '1',
      params: this.params,
      readsArticle: this.readsArticle,
      inPeriod: this.inPeriod,
      onlyInPeriod: this.inPeriod !== null && this.sql.length === 1,
      matchDays: this.inPeriod ?? this.predicateDays,
    };
  }
}

/** The entity in any role and the period of a filter, each read from an index. */
function addEntityAndPeriod(where: Conditions, filter: ClaimFilter): void {
  const period = periodConditions(filter, 'c.');
  if (filter.entityId !== undefined && period.length > 0) {
    // An entity's claims in a period: the rowids each role's period index
    // holds (migration 025), every condition answered by the index alone.
    // As an OR on `c` (below), each claim of the entity was read, and its
    // article. `published_day IS NOT NULL`, true of every claim, is the
    // period indexes' own condition.
    const inPeriod = [
      ...periodConditions(filter, '').map((condition) => condition.sql),
      'published_day IS NOT NULL',
    ];
    const select = (columns: string) =>
      ENTITY_COLUMNS.map(
        (column) =>
          `SELECT ${columns} FROM claims WHERE ${[`${column} = @entityId`, ...inPeriod].join(' AND ')}`,
      ).join(' UNION ALL ');
    where.add(`c.rowid IN (${select('rowid')})`, 'entityId', filter.entityId);
    where.inPeriod = select('rowid, published_day');
    for (const { name, value } of period) where.params[name] = value;
  } else {
    if (filter.entityId !== undefined)
      // One equality per indexed column, OR-ed: SQLite's OR-by-union plan
      // reads each index ("The OR optimization"); `@e IN (col, col…)` scans.
      where.add(
        `(${ENTITY_COLUMNS.map((column) => `c.${column} = @entityId`).join(' OR ')})`,
        'entityId',
        filter.entityId,
      );
    // A claim's period: its own time, or else its article's publication day, kept on the claim.
    // With the period indexes' own condition, a role's period index answers its entity's claims
    // in a period ("subjectId" and a period).
    for (const { sql, name, value } of period) where.add(sql, name, value);
    if (period.length > 0) where.add('c.published_day IS NOT NULL');
  }
}

/** The filters whose every match claims_by_predicate holds, with its day (migration 026). */
const PREDICATE_FILTERS: ReadonlySet<keyof ClaimFilter> = new Set([
  'predicates',
  'modalities',
  'includeRejected',
]);

/**
 * Whether a filter names nothing but predicates and modalities: another
 * condition (an entity, a period, a text) has an index of its own, holding
 * fewer claims than every claim of the predicates.
 */
function namesOnlyPredicates(filter: ClaimFilter): boolean {
  return (Object.entries(filter) as [keyof ClaimFilter, unknown][]).every(
    ([name, value]) => value === undefined || PREDICATE_FILTERS.has(name),
  );
}

/** Needs the claim `c` and its article `a`. */
export function claimWhere(filter: ClaimFilter): Where {
  const where = new Conditions();
  const equal = (value: string | undefined, column: string, name: string) => {
    if (value !== undefined) where.add(`c.${column} = @${name}`, name, value);
  };
  equal(filter.subjectId, 'subject_id', 'subjectId');
  equal(filter.objectId, 'object_id', 'objectId');
  equal(filter.attributedToId, 'attributed_to_id', 'attributedToId');
  equal(filter.reportedById, 'reported_by_id', 'reportedById');
  equal(filter.articleId, 'article_id', 'articleId');
  equal(filter.itemId, 'item_id', 'itemId');
  equal(filter.locationId, 'location_id', 'locationId');
  const predicates = jsonList(filter.predicates);
  if (predicates !== null)
    where.add(
      'c.predicate IN (SELECT value FROM json_each(@predicates))',
      'predicates',
      predicates,
    );
  const modalities = jsonList(filter.modalities);
  if (modalities !== null)
    where.add('c.modality IN (SELECT value FROM json_each(@modalities))', 'modalities', modalities);
  if (predicates !== null && namesOnlyPredicates(filter))
    where.predicateDays = `SELECT rowid, published_day FROM claims WHERE predicate IN
      (SELECT value FROM json_each(@predicates))${modalities === null ? '' : ' AND modality IN (SELECT value FROM json_each(@modalities))'}`;
  addEntityAndPeriod(where, filter);
  if (filter.publisher !== undefined) {
    where.add('a.publisher = @publisher', 'publisher', filter.publisher);
    where.readsArticle = true;
  }
  if (filter.ingestedAfter !== undefined) {
    where.add('a.ingested_at > @ingestedAfter', 'ingestedAfter', filter.ingestedAfter);
    where.readsArticle = true;
  }
  if (filter.text !== undefined) {
    const text = ftsQuery(filter.text);
    // A text without words matches nothing.
    if (text === null) where.add('0');
    else
      where.add(
        'c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH @text)',
        'text',
        text,
      );
  }
  // Claims judged WRONG (sqlite-review.ts) are out of every answer that does not ask for them.
  if (filter.includeRejected !== true) where.add(NOT_REJECTED);
  // Contested: the relations come from their partial index, their claims from claims_by_relation.
  if (filter.contested !== undefined)
    where.add(
      `c.relation_id ${filter.contested ? '' : 'NOT '}IN (SELECT r.id FROM relations r WHERE ${CONTESTED_RELATION})`,
    );
  return where.where();
}

export function relationWhere(filter: RelationFilter): Where {
  const where = new Conditions();
  if (filter.subjectId !== undefined)
    where.add('r.subject_id = @subjectId', 'subjectId', filter.subjectId);
  if (filter.objectId !== undefined)
    where.add('r.object_id = @objectId', 'objectId', filter.objectId);
  if (filter.entityId !== undefined)
    where.add('(r.subject_id = @entityId OR r.object_id = @entityId)', 'entityId', filter.entityId);
  const predicates = jsonList(filter.predicates);
  if (predicates !== null)
    where.add(
      'r.predicate IN (SELECT value FROM json_each(@predicates))',
      'predicates',
      predicates,
    );
  const modalities = jsonList(filter.modalities);
  if (modalities !== null)
    where.add('r.modality IN (SELECT value FROM json_each(@modalities))', 'modalities', modalities);
  const claimModalities = jsonList(filter.claimModalities);
  // The relations of the claims of those modalities, read from claims_by_modality_relation alone.
  if (claimModalities !== null)
    where.add(
      `r.id IN (SELECT c.relation_id FROM claims c
         WHERE c.modality IN (SELECT value FROM json_each(@claimModalities)) AND c.rejected = 0)`,
      'claimModalities',
      claimModalities,
    );
  // Written as the partial index's own condition, so that the planner can use it.
  if (filter.contested !== undefined)
    where.add(filter.contested ? CONTESTED_RELATION : `NOT (${CONTESTED_RELATION})`);
  return where.where();
}
