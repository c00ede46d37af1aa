import type { ClaimFilter, RelationFilter } from '../graph-store';

/** The order of every claim list: by article date, article, position in it, then id. */
export const CLAIM_ORDER = 'a.published_at, a.id, c.sentence_start, c.id';

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

/**
 * Every condition is present and switched off by a NULL parameter, so the
 * statement text never depends on user input.
 */
export function claimWhere(filter: ClaimFilter): Where {
  // A claim's period: its own time, or else its article's publication day.
  const start = 'coalesce(c.time_from, c.time_to, substr(a.published_at, 1, 10))';
  const end = 'coalesce(c.time_to, c.time_from, substr(a.published_at, 1, 10))';
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
    ].join(' AND '),
    params: {
      subjectId: filter.subjectId ?? null,
      objectId: filter.objectId ?? null,
      entityId: filter.entityId ?? null,
      predicates: list(filter.predicates),
      modalities: list(filter.modalities),
    },
  };
}
