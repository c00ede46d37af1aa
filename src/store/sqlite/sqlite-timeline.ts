import type Database from 'better-sqlite3';
import { statements } from './sqlite-statements';
import type {
  ClaimFilter,
  TimeBucket,
  Timeline,
  TimelineAxis,
  TimelineRequest,
  TimelineSplit,
} from '../graph-store';
import { answeredByDayCounts } from '../timeline-counts';
import { claimWhere, jsonList } from './sqlite-filters';

/** The day that places a claim on each axis, as YYYY-MM-DD (a claim `c`, its article `a`). */
const DAY: Readonly<Record<TimelineAxis, string>> = {
  EVENT: 'coalesce(c.time_from, c.time_to, substr(a.published_at, 1, 10))',
  PUBLISHED: 'substr(a.published_at, 1, 10)',
  INGESTED: 'substr(a.ingested_at, 1, 10)',
};

/**
 * The first day of a day's bucket. A week starts on Monday (ISO 8601):
 * six days back, then forward to the next Monday (SQLite manual, "Date
 * And Time Functions", modifier `weekday N`).
 */
const BUCKET: Readonly<Record<TimeBucket, (day: string) => string>> = {
  DAY: (day) => day,
  WEEK: (day) => `date(${day}, '-6 days', 'weekday 1')`,
  MONTH: (day) => `substr(${day}, 1, 7) || '-01'`,
};

const SPLIT: Readonly<Record<TimelineSplit, string>> = {
  NONE: 'NULL',
  MODALITY: 'c.modality',
  PREDICATE: 'c.predicate',
  PUBLISHER: 'a.publisher',
  SPEAKER: 'c.attributed_to_id',
};

/**
 * The same day and split read from the counts kept per day and split
 * (claim_day_counts, migration 015) of the claims not judged WRONG.
 */
const COUNTED_DAY: Readonly<Record<TimelineAxis, string>> = {
  EVENT: 'event_day',
  PUBLISHED: 'published_day',
  INGESTED: 'ingested_day',
};

const COUNTED_SPLIT: Readonly<Record<TimelineSplit, string>> = {
  NONE: 'NULL',
  MODALITY: 'modality',
  PREDICATE: 'predicate',
  PUBLISHER: 'publisher',
  SPEAKER: 'speaker',
};

/**
 * The filter's conditions on the counts kept per day, or null when it asks
 * for anything else (answeredByDayCounts).
 */
function countedWhere(
  filter: ClaimFilter,
): { sql: string; params: Record<string, unknown> } | null {
  if (!answeredByDayCounts(filter)) return null;
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  const predicates = jsonList(filter.predicates);
  if (predicates !== null) {
    conditions.push('predicate IN (SELECT value FROM json_each(@predicates))');
    params['predicates'] = predicates;
  }
  const modalities = jsonList(filter.modalities);
  if (modalities !== null) {
    conditions.push('modality IN (SELECT value FROM json_each(@modalities))');
    params['modalities'] = modalities;
  }
  if (filter.publisher !== undefined) {
    conditions.push('publisher = @publisher');
    params['publisher'] = filter.publisher;
  }
  return { sql: conditions.length > 0 ? conditions.join(' AND ') : '1', params };
}

/**
 * One GROUP BY; the statement is built from the constants above only. A
 * filter the counts kept per day answer (answeredByDayCounts: nothing, as
 * the dashboard's whole timeline asks, or only predicates, modalities and
 * a publisher) groups those counts, a predicate's found by their index
 * (migration 024): a few rows per day rather than every matching claim and
 * its article. Grouped by position: the table has a column named `key` of
 * its own.
 */
export function timeline(
  db: Database.Database,
  filter: ClaimFilter,
  request: TimelineRequest,
): Timeline {
  const counted = countedWhere(filter);
  const { sql, params } = counted ?? claimWhere(filter);
  const select = counted
    ? `SELECT ${BUCKET[request.bucket](COUNTED_DAY[request.time])} AS start, ${COUNTED_SPLIT[request.by]} AS key,
         sum(n) AS count
       FROM claim_day_counts WHERE ${sql} GROUP BY 1, 2 ORDER BY 1, 2 LIMIT @limit`
    : `SELECT ${BUCKET[request.bucket](DAY[request.time])} AS start, ${SPLIT[request.by]} AS key, count(*) AS count
       FROM claims c JOIN articles a ON a.id = c.article_id WHERE ${sql}
       GROUP BY start, key ORDER BY start, key LIMIT @limit`;
  const rows = statements(db)
    .prepare<Record<string, unknown>, { start: string; key: string | null; count: number }>(select)
    .all({ ...params, limit: request.first + 1 });
  return { buckets: rows.slice(0, request.first), truncated: rows.length > request.first };
}
