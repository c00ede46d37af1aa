import type {
  ClaimFilter,
  TimeBucket,
  Timeline,
  TimelineAxis,
  TimelineRequest,
  TimelineSplit,
} from '../graph-store';
import { integer, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { answeredByDayCounts } from '../timeline-counts';
import { claimMatch } from './neo4j-claims';
import { countOf, text, textOrNull } from './neo4j-records';

/** The day that places a claim on each axis, as YYYY-MM-DD (a claim `c`, its article `a`). */
export const DAY: Readonly<Record<TimelineAxis, string>> = {
  EVENT: 'coalesce(c.timeFrom, c.timeTo, left(a.publishedAt, 10))',
  PUBLISHED: 'left(a.publishedAt, 10)',
  INGESTED: 'left(a.ingestedAt, 10)',
};

/** The first day of a day's bucket; `date.truncate('week', …)` gives the ISO week's Monday. */
const BUCKET: Readonly<Record<TimeBucket, string>> = {
  DAY: 'day',
  WEEK: "toString(date.truncate('week', date(day)))",
  MONTH: "left(day, 7) + '-01'",
};

export const SPLIT: Readonly<Record<TimelineSplit, string>> = {
  NONE: 'null',
  MODALITY: 'c.modality',
  PREDICATE: 'c.predicate',
  PUBLISHER: 'a.publisher',
  SPEAKER: 'head([(c)-[:ATTRIBUTED_TO]->(x) | x.id])',
};

/** The same day and split read from the counts kept per day and split (neo4j-claim-day-counts.ts). */
const COUNTED_DAY: Readonly<Record<TimelineAxis, string>> = {
  EVENT: 'd.eventDay',
  PUBLISHED: 'd.publishedDay',
  INGESTED: 'd.ingestedDay',
};

const COUNTED_SPLIT: Readonly<Record<TimelineSplit, string>> = {
  NONE: 'null',
  MODALITY: 'd.modality',
  PREDICATE: 'd.predicate',
  PUBLISHER: 'd.publisher',
  SPEAKER: 'd.speaker',
};

/**
 * The filter's conditions on the counts kept per day, or null when it asks
 * for anything else (answeredByDayCounts).
 */
function countedWhere(
  filter: ClaimFilter,
): { where: string; params: Record<string, unknown> } | null {
  if (!answeredByDayCounts(filter)) return null;
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if ((filter.predicates ?? []).length > 0) {
    conditions.push('d.predicate IN $predicates');
    params['predicates'] = filter.predicates;
  }
  if ((filter.modalities ?? []).length > 0) {
    conditions.push('d.modality IN $modalities');
    params['modalities'] = filter.modalities;
  }
  if (filter.publisher !== undefined) {
    conditions.push('d.publisher = $publisher');
    params['publisher'] = filter.publisher;
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** The matching claims grouped by bucket and split, read claim by claim. */
function groupedClaims(
  filter: ClaimFilter,
  request: TimelineRequest,
): { grouping: string; params: Record<string, unknown> } {
  const { match, params } = claimMatch(filter);
  return {
    grouping: `${match}
WITH c, a, ${DAY[request.time]} AS day
WITH ${BUCKET[request.bucket]} AS start, ${SPLIT[request.by]} AS key
WITH start, key, count(*) AS count`,
    params,
  };
}

/**
 * One aggregation over the matching claims; keys sort nulls first, as
 * SQLite does (Cypher sorts null last). Built from the constants above only.
 * A filter the counts kept per day answer (answeredByDayCounts: nothing, as
 * the dashboard's whole timeline asks, or only predicates, modalities and a
 * publisher) sums those counts instead, a predicate's sought by their index
 * (migration 020): a few nodes per day rather than every matching claim and
 * its article.
 */
export async function timeline(
  tx: Runner,
  filter: ClaimFilter,
  request: TimelineRequest,
): Promise<Timeline> {
  const counted = countedWhere(filter);
  const { grouping, params } = counted
    ? {
        grouping: `MATCH (d:ClaimDayCount) ${counted.where}
WITH d, ${COUNTED_DAY[request.time]} AS day
WITH ${BUCKET[request.bucket]} AS start, ${COUNTED_SPLIT[request.by]} AS key, d.n AS n
WITH start, key, sum(n) AS count`,
        params: counted.params,
      }
    : groupedClaims(filter, request);
  const rows = await run(tx, {
    text: `${grouping}
ORDER BY start, key IS NOT NULL, key
LIMIT $limit
RETURN start, key, count`,
    params: { ...params, limit: integer(request.first + 1) },
  });
  const buckets = rows.map((row) => ({
    start: text(row, 'start'),
    key: textOrNull(row, 'key'),
    count: countOf(row, 'count'),
  }));
  return { buckets: buckets.slice(0, request.first), truncated: buckets.length > request.first };
}
