import type { ClaimFilter, RelationFilter, TimeOrder } from '../graph-store';
import { MODALITIES } from '../../domain/modality';
import { PREDICATES } from '../../domain/predicates';
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
  /**
   * The same conditions as a walk over the articles tests them on each
   * one's claims (sqlite-claim-pages.ts): an entity's claims named by rowid
   * (`ofEntity`) tested, not sought among the article's claims one rowid at a
   * time (`+` keeps SQLite from using the term on an index: SQLite manual,
   * "The SQLite Query Optimizer Overview", disqualifying WHERE clause
   * terms). Sought, 12,210 rowids for each of 1,311 articles took 1.3 s.
   */
  readonly walkSql: string;
  /** True when a condition reads the article `a`: without one, counting needs no join. */
  readonly readsArticle: boolean;
  /**
   * An entity's claims in a period, or of some predicates, when the filter
   * names both: `rowid` and `published_day` of each, read from each role's
   * index of the period (migration 025) or of the predicate (027) alone (a
   * claim in two of the entity's roles twice). Every match is among them.
   */
  readonly ofEntity: string | null;
  /** True when the filter's conditions are those claims and nothing else: they are the matches. */
  readonly onlyOfEntity: boolean;
  /**
   * `rowid` and `published_day` of claims among which every match is, read
   * from one index alone, or null: an entity's claims in a period or of some
   * predicates (`ofEntity`), or the claims of the filter's predicates (and
   * modalities) when it names nothing else but, perhaps, one role's entity
   * (claims_by_predicate, migration 026; the role's, 027).
   */
  readonly matchDays: string | null;
  /**
   * The index ranges holding every match of a filter naming predicates (and
   * perhaps modalities, an entity in one role or in any), or an entity in
   * any role and modalities: one range per entity column named (`leading`,
   * none for the predicate's own index, migration 026) and per predicate and
   * modality (`@rangePredicates`, `@rangeModalities`, every one of either
   * when the filter names none), each in day order (migrations 026 and
   * 027), so that a page's first days are found from the first entries of
   * each range (sqlite-claim-pages.ts `pageByRanges`) rather than from
   * every match.
   */
  readonly dayRanges: DayRanges | null;
}

/** See `Where.dayRanges`. */
export interface DayRanges {
  /** Each range's conditions before the predicate, the index's own condition included. */
  readonly leading: readonly string[];
  /**
   * The filter's conditions on the claims of those ranges: all but the
   * entity's claims in any role, which they are (`ofEntity` would read every
   * entry of its role indexes, the OR every claim of the entity's).
   */
  readonly besides: string;
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
export const ENTITY_COLUMNS = [
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
  readonly walkSql: string[] = [];
  readonly params: Record<string, unknown> = {};
  readsArticle = false;
  ofEntity: string | null = null;
  predicateDays: string | null = null;
  dayRanges: Omit<DayRanges, 'besides'> | null = null;
  /** The condition naming the entity's claims in any role, which the day ranges answer. */
  ofEntityCondition: string | null = null;

  add(condition: string, name?: string, value?: unknown, walked = condition): void {
    this.sql.push(condition);
    this.walkSql.push(walked);
    if (name !== undefined) this.params[name] = value;
  }

  where(): Where {
    return {
      sql: this.sql.length > 0 ? this.sql.join(' AND ') : '1',
      walkSql: this.walkSql.length > 0 ? this.walkSql.join(' AND ') : '1',
      params: this.params,
      readsArticle: this.readsArticle,
      ofEntity: this.ofEntity,
      onlyOfEntity: this.ofEntity !== null && this.sql.length === 1,
      matchDays: this.ofEntity ?? this.predicateDays,
      dayRanges: this.dayRanges && {
        ...this.dayRanges,
        besides:
          this.sql.filter((condition) => condition !== this.ofEntityCondition).join(' AND ') || '1',
      },
    };
  }
}

/**
 * A filter's predicates and modalities on the claims `alias` names: the
 * leading columns of the predicate's index (026) and, after the entity, of
 * each role's (027).
 */
function predicateConditions(filter: ClaimFilter, alias: string): Condition[] {
  const lists = [
    ['predicate', 'predicates', filter.predicates],
    ['modality', 'modalities', filter.modalities],
  ] as const;
  return lists.flatMap(([column, name, values]) => {
    const value = jsonList(values);
    return value === null
      ? []
      : [{ sql: `${alias}${column} IN (SELECT value FROM json_each(@${name}))`, name, value }];
  });
}

/** The filters naming an entity in one role, with the claim column each reads. */
const ROLE_FILTERS = [
  ['subjectId', 'subject_id'],
  ['objectId', 'object_id'],
  ['attributedToId', 'attributed_to_id'],
  ['reportedById', 'reported_by_id'],
  ['itemId', 'item_id'],
  ['locationId', 'location_id'],
] as const satisfies readonly (readonly [keyof ClaimFilter, (typeof ENTITY_COLUMNS)[number]])[];

/**
 * The entity in any role, the period and the predicates of a filter, each
 * read from an index. An entity with a period or with predicates narrows
 * the entity's claims on each role's index of the period (025) or of the
 * predicate (027); `published_day IS NOT NULL`, true of every claim, is
 * those indexes' own condition, stated only here so that the entity alone
 * keeps the narrower one-column indexes.
 */
function addEntityPeriodAndPredicates(where: Conditions, filter: ClaimFilter): void {
  const period = periodConditions(filter, 'c.');
  const predicates = predicateConditions(filter, 'c.');
  const byPredicate = filter.predicates !== undefined && filter.predicates.length > 0;
  if (filter.entityId !== undefined && (period.length > 0 || byPredicate)) {
    // The rowids each role's index holds, every narrowing condition answered
    // by the index alone. As an OR on `c` (below), each claim of the entity
    // was read, and its article: a hub's 117,356 claims at a million.
    const narrowing =
      period.length > 0 ? periodConditions(filter, '') : predicateConditions(filter, '');
    const onIndex = [...narrowing.map((condition) => condition.sql), 'published_day IS NOT NULL'];
    const select = (columns: string) =>
      ENTITY_COLUMNS.map(
        (column) =>
          `SELECT ${columns} FROM claims WHERE ${[`${column} = @entityId`, ...onIndex].join(' AND ')}`,
      ).join(' UNION ALL ');
    const ofEntity = `c.rowid IN (${select('rowid')})`;
    where.add(ofEntity, 'entityId', filter.entityId, `+${ofEntity}`);
    where.ofEntity = select('rowid, published_day');
    where.ofEntityCondition = ofEntity;
    for (const { name, value } of narrowing) where.params[name] = value;
    if (period.length === 0) setDayRanges(where, filter, entityRanges());
    // With a period, the predicates are tested on each claim of the entity in the period.
    if (period.length > 0)
      for (const { sql, name, value } of predicates) where.add(sql, name, value);
    return;
  }
  for (const { sql, name, value } of predicates) where.add(sql, name, value);
  if (filter.entityId !== undefined) {
    // One equality per indexed column, OR-ed: SQLite's OR-by-union plan
    // reads each index ("The OR optimization"); `@e IN (col, col…)` scans.
    const anyRole = `(${ENTITY_COLUMNS.map((column) => `c.${column} = @entityId`).join(' OR ')})`;
    where.add(anyRole, 'entityId', filter.entityId);
    // Of some modalities, the entity's claims are the ranges of every predicate and those
    // modalities in its roles' indexes of the predicate: walked, a page of the hub's DENIED
    // claims tested the claims of 1,709 articles (12 ms at a million claims).
    if (period.length === 0 && filter.modalities !== undefined && filter.modalities.length > 0) {
      where.ofEntityCondition = anyRole;
      setDayRanges(where, filter, entityRanges());
    }
  }
  // A claim's period: its own time, or else its article's publication day, kept on the claim.
  for (const { sql, name, value } of period) where.add(sql, name, value);
  // A role's index of the period or of the predicate answers its entity's claims in a period or of
  // some predicates ("subjectId" and a period, or and predicates).
  const byRole = ROLE_FILTERS.some(([name]) => filter[name] !== undefined);
  if (period.length > 0 || (byPredicate && byRole)) where.add('c.published_day IS NOT NULL');
}

/** The filters whose every match claims_by_predicate holds, with its day (migration 026). */
const PREDICATE_FILTERS: ReadonlySet<keyof ClaimFilter> = new Set([
  'predicates',
  'modalities',
  'includeRejected',
]);

/**
 * The role a filter names besides predicates and modalities, none or one,
 * or null when it names anything else: another condition (an entity in any
 * role, a period, a text) has an index of its own, holding fewer claims
 * than every claim of the predicates.
 */
function roleBesidesPredicates(filter: ClaimFilter): (typeof ROLE_FILTERS)[number][] | null {
  const others = (Object.entries(filter) as [keyof ClaimFilter, unknown][]).filter(
    ([name, value]) => value !== undefined && !PREDICATE_FILTERS.has(name),
  );
  const roles = ROLE_FILTERS.filter(([name]) => filter[name] !== undefined);
  return others.length === roles.length && roles.length <= 1 ? roles : null;
}

/**
 * The claims of a filter's predicates (and modalities), and of the entity
 * in the one role it names: `rowid` and `published_day` of each, from the
 * predicate's index (026) or the role's (027, with its own condition)
 * alone, or null.
 */
function predicateDays(filter: ClaimFilter): string | null {
  const roles = roleBesidesPredicates(filter);
  if (roles === null || filter.predicates === undefined || filter.predicates.length === 0)
    return null;
  const conditions = [
    ...roles.map(([name, column]) => `${column} = @${name}`),
    ...predicateConditions(filter, '').map((condition) => condition.sql),
    ...(roles.length > 0 ? ['published_day IS NOT NULL'] : []),
  ];
  return `SELECT rowid, published_day FROM claims WHERE ${conditions.join(' AND ')}`;
}

/** The entity's ranges in each role's index of the predicate (migration 027). */
function entityRanges(): string[] {
  return ENTITY_COLUMNS.map((column) => `${column} = @entityId AND published_day IS NOT NULL`);
}

/**
 * The day ranges of a filter's predicates and modalities (all of them when
 * it names none) after each of `leading` (see `Where.dayRanges`).
 */
function setDayRanges(where: Conditions, filter: ClaimFilter, leading: readonly string[]): void {
  where.dayRanges = { leading };
  where.params['rangePredicates'] = jsonList(filter.predicates) ?? JSON.stringify(PREDICATES);
  where.params['rangeModalities'] = jsonList(filter.modalities) ?? JSON.stringify(MODALITIES);
}

/** Needs the claim `c` and its article `a`. */
export function claimWhere(filter: ClaimFilter): Where {
  const where = new Conditions();
  for (const [name, column] of ROLE_FILTERS) {
    const value = filter[name];
    if (value !== undefined) where.add(`c.${column} = @${name}`, name, value);
  }
  if (filter.articleId !== undefined)
    where.add('c.article_id = @articleId', 'articleId', filter.articleId);
  where.predicateDays = predicateDays(filter);
  const roles = roleBesidesPredicates(filter);
  if (where.predicateDays !== null && roles !== null)
    setDayRanges(
      where,
      filter,
      roles.length === 0
        ? ['1']
        : roles.map(([name, column]) => `${column} = @${name} AND published_day IS NOT NULL`),
    );
  addEntityPeriodAndPredicates(where, filter);
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
