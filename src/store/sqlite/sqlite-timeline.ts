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
import { claimWhere } from './sqlite-filters';

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

/** One GROUP BY; the statement is built from the constants above only. */
export function timeline(
  db: Database.Database,
  filter: ClaimFilter,
  request: TimelineRequest,
): Timeline {
  const { sql, params } = claimWhere(filter);
  const rows = statements(db)
    .prepare<Record<string, unknown>, { start: string; key: string | null; count: number }>(
      `SELECT ${BUCKET[request.bucket](DAY[request.time])} AS start, ${SPLIT[request.by]} AS key, count(*) AS count
       FROM claims c JOIN articles a ON a.id = c.article_id WHERE ${sql}
       GROUP BY start, key ORDER BY start, key LIMIT @limit`,
    )
    .all({ ...params, limit: request.first + 1 });
  return { buckets: rows.slice(0, request.first), truncated: rows.length > request.first };
}
