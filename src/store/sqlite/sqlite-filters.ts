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
}

/** An absent or empty list means no filter; SQL receives NULL for it. */
export function predicateList(values: readonly string[] | undefined): string | null {
  return list(values);
}

function list(values: readonly string[] | undefined): string | null {
  return values && values.length > 0 ? JSON.stringify(values) : null;
}

/** SQLite binds no booleans: 1, 0, or NULL for no filter. */
function flag(value: boolean | undefined): number | null {
  return value === undefined ? null : value ? 1 : 0;
}

const CONTESTED_RELATION = 'r.supporting > 0 AND r.denying > 0';

/**
 * Every condition is present and switched off by a NULL parameter, so the
 * statement text never depends on user input. Needs the claim `c` and its
 * article `a`.
 */
export function claimWhere(filter: ClaimFilter): Where {
  // A claim's period: its own time, or else its article's publication day.
  const start = 'coalesce(c.time_from, c.time_to, substr(a.published_at, 1, 10))';
  const end = 'coalesce(c.time_to, c.time_from, substr(a.published_at, 1, 10))';
  const text = filter.text === undefined ? null : ftsQuery(filter.text);
  return {
    sql: [
      '(@subjectId IS NULL OR c.subject_id = @subjectId)',
      '(@objectId IS NULL OR c.object_id = @objectId)',
      '(@predicates IS NULL OR c.predicate IN (SELECT value FROM json_each(@predicates)))',
      '(@modalities IS NULL OR c.modality IN (SELECT value FROM json_each(@modalities)))',
      '(@attributedToId IS NULL OR c.attributed_to_id = @attributedToId)',
      '(@reportedById IS NULL OR c.reported_by_id = @reportedById)',
      '(@articleId IS NULL OR c.article_id = @articleId)',
      `(@from IS NULL OR ${end} >= @from)`,
      `(@to IS NULL OR ${start} <= @to)`,
      `(@entityId IS NULL OR @entityId IN (c.subject_id, c.object_id, c.location_id, c.item_id,
        c.attributed_to_id, c.reported_by_id))`,
      '(@itemId IS NULL OR c.item_id = @itemId)',
      '(@locationId IS NULL OR c.location_id = @locationId)',
      '(@publisher IS NULL OR a.publisher = @publisher)',
      '(@ingestedAfter IS NULL OR a.ingested_at > @ingestedAfter)',
      // 0: no text; 1: its words; 2: a text without words, which matches nothing.
      `(@textMode = 0 OR (@textMode = 1
        AND c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH @text)))`,
      `(@contested IS NULL OR EXISTS (SELECT 1 FROM relations r WHERE r.id = c.relation_id AND ${CONTESTED_RELATION}) = @contested)`,
    ].join(' AND '),
    params: {
      subjectId: filter.subjectId ?? null,
      objectId: filter.objectId ?? null,
      predicates: list(filter.predicates),
      modalities: list(filter.modalities),
      attributedToId: filter.attributedToId ?? null,
      reportedById: filter.reportedById ?? null,
      articleId: filter.articleId ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      entityId: filter.entityId ?? null,
      itemId: filter.itemId ?? null,
      locationId: filter.locationId ?? null,
      publisher: filter.publisher ?? null,
      ingestedAfter: filter.ingestedAfter ?? null,
      textMode: filter.text === undefined ? 0 : text === null ? 2 : 1,
      // Never run when textMode is not 1, but MATCH must parse: a plain word.
      text: text ?? 'kg',
      contested: flag(filter.contested),
    },
  };
}

export function relationWhere(filter: RelationFilter): Where {
  return {
    sql: [
      '(@subjectId IS NULL OR r.subject_id = @subjectId)',
      '(@objectId IS NULL OR r.object_id = @objectId)',
      '(@entityId IS NULL OR r.subject_id = @entityId OR r.object_id = @entityId)',
      '(@predicates IS NULL OR r.predicate IN (SELECT value FROM json_each(@predicates)))',
      '(@modalities IS NULL OR r.modality IN (SELECT value FROM json_each(@modalities)))',
      `(@contested IS NULL OR (${CONTESTED_RELATION}) = @contested)`,
    ].join(' AND '),
    params: {
      subjectId: filter.subjectId ?? null,
      objectId: filter.objectId ?? null,
      entityId: filter.entityId ?? null,
      predicates: list(filter.predicates),
      modalities: list(filter.modalities),
      contested: flag(filter.contested),
    },
  };
}
