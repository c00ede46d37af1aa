import { runOperation } from '../shared/graphql';
import type { Fetched, TimeRange } from './data';

/**
 * The dashboard's counts, computed by the store: `timeline` groups claims per period and
 * modality, `stats` ranks the most connected entities and counts articles per publisher,
 * `relations` lists the contested ones.
 * The page never pages through claims to count them.
 */

/** Most buckets asked for: the API's ceiling, one per period and modality. */
const TIMELINE_BUCKETS = 1000;
/** A range spanning more days than this is counted per month, else per day. */
const DAILY_SPAN_DAYS = 62;

export type TimeBucket = 'DAY' | 'MONTH';

export const TIMELINE = `query DashboardTimeline($filter: ClaimFilter, $bucket: TimeBucket!) {
  timeline(filter: $filter, bucket: $bucket, by: MODALITY, time: EVENT, first: ${TIMELINE_BUCKETS}) {
    truncated
    buckets { start key count }
  }
}`;

interface TimelineAnswer {
  readonly timeline: {
    readonly truncated: boolean;
    readonly buckets: readonly {
      readonly start: string;
      readonly key: string | null;
      readonly count: number;
    }[];
  };
}

export interface Timeline {
  /** Day (YYYY-MM-DD) or month (YYYY-MM) labels, oldest first. */
  readonly periods: readonly string[];
  readonly byModality: ReadonlyMap<string, readonly number[]>;
  readonly bucket: TimeBucket;
  /** True when the API cut buckets off at its ceiling. */
  readonly truncated: boolean;
}

/** The range as the API's filters take it: open ends left out. */
export function rangeFilter(range: TimeRange): Record<string, string> {
  const filter: Record<string, string> = {};
  if (range.from !== '') filter['from'] = range.from;
  if (range.to !== '') filter['to'] = range.to;
  return filter;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/** Turns the API's (start, modality, count) rows into one series per modality. */
export function timelineSeries(answer: TimelineAnswer['timeline'], bucket: TimeBucket): Timeline {
  const label = (start: string) => (bucket === 'MONTH' ? start.slice(0, 7) : start.slice(0, 10));
  const periods = [...new Set(answer.buckets.map((b) => label(b.start)))].sort();
  const index = new Map(periods.map((period, i) => [period, i]));
  const byModality = new Map<string, number[]>();
  for (const row of answer.buckets) {
    const modality = row.key ?? 'UNKNOWN';
    const counts = byModality.get(modality) ?? periods.map(() => 0);
    const i = index.get(label(row.start))!;
    counts[i] = (counts[i] ?? 0) + row.count;
    byModality.set(modality, counts);
  }
  return { periods, byModality, bucket, truncated: answer.truncated };
}

/**
 * Claims per period and modality, dated as the API dates them (their own time, else their
 * article's). Months first; when the claims found span two months or less, per day instead.
 */
export async function claimsTimeline(range: TimeRange): Promise<Fetched<Timeline>> {
  const filter = rangeFilter(range);
  const ask = async (bucket: TimeBucket) =>
    timelineSeries(
      (await runOperation<TimelineAnswer>(TIMELINE, { filter, bucket })).timeline,
      bucket,
    );
  let timeline = await ask('MONTH');
  const first = timeline.periods[0];
  const last = timeline.periods[timeline.periods.length - 1];
  if (first !== undefined && last !== undefined) {
    const span = daysBetween(`${first}-01`, `${last}-01`);
    if (span < DAILY_SPAN_DAYS) timeline = await ask('DAY');
  }
  return {
    data: timeline,
    operations: [{ query: TIMELINE, variables: { filter, bucket: timeline.bucket } }],
  };
}

export const MOST_CONNECTED = `query DashboardMostConnected($filter: StatsFilter, $count: Int!) {
  stats(filter: $filter, mostConnected: $count) {
    claims relations
    mostConnected { degree entity { id name kind } }
  }
}`;

export interface ConnectedEntity {
  readonly degree: number;
  readonly entity: { readonly id: string; readonly name: string; readonly kind: string };
}

export interface ConnectedStats {
  readonly claims: number;
  readonly relations: number;
  readonly mostConnected: readonly ConnectedEntity[];
}

/** The entities touching the most relations among the claims in the range. */
export async function mostConnected(
  range: TimeRange,
  count: number,
): Promise<Fetched<ConnectedStats>> {
  const variables = { filter: rangeFilter(range), count };
  const answer = await runOperation<{ stats: ConnectedStats }>(MOST_CONNECTED, variables);
  return { data: answer.stats, operations: [{ query: MOST_CONNECTED, variables }] };
}

export const PUBLISHERS = `query DashboardPublishers($filter: StatsFilter) {
  stats(filter: $filter, mostConnected: 0) {
    articles
    articlesByPublisher { key count }
  }
}`;

export interface PublisherCount {
  /** null for articles without a publisher. */
  readonly key: string | null;
  readonly count: number;
}

export interface PublisherStats {
  readonly articles: number;
  readonly articlesByPublisher: readonly PublisherCount[];
}

/**
 * Articles per publisher, counted by the store: every article without a range, else those
 * holding a claim in the range (the range every widget reads claims by).
 */
export async function articlesPerPublisher(range: TimeRange): Promise<Fetched<PublisherStats>> {
  const variables = { filter: rangeFilter(range) };
  const answer = await runOperation<{ stats: PublisherStats }>(PUBLISHERS, variables);
  return { data: answer.stats, operations: [{ query: PUBLISHERS, variables }] };
}

/** Contested relations read at most, most claims first, before the range narrows them. */
const CONTESTED_READ = 100;

export const CONTESTED = `query DashboardContested($first: Int!) {
  relations(filter: { contested: true }, first: $first) {
    totalCount
    edges { node {
      id predicate supporting denying independentSources firstSeen lastSeen objectValue
      subject { id name }
      object { id name }
      sources(first: 5, claimsEach: 0) {
        kind claimCount entity { id name } publisher article { title url }
      }
    } }
  }
}`;

export interface ContestedSource {
  readonly kind: string;
  readonly claimCount: number;
  readonly entity: { readonly id: string; readonly name: string } | null;
  readonly publisher: string | null;
  readonly article: { readonly title: string; readonly url: string | null } | null;
}

export interface ContestedRelation {
  readonly id: string;
  readonly predicate: string;
  readonly supporting: number;
  readonly denying: number;
  readonly independentSources: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly objectValue: string | null;
  readonly subject: { readonly id: string; readonly name: string };
  readonly object: { readonly id: string; readonly name: string } | null;
  readonly sources: readonly ContestedSource[];
}

export interface ContestedList {
  readonly relations: readonly ContestedRelation[];
  /** Contested relations in the whole graph, whatever the range. */
  readonly total: number;
  /** True when more contested relations exist than were read. */
  readonly truncated: boolean;
}

/** Seen in the range: the relation's [firstSeen, lastSeen] meets it, as in the explorer. */
export function seenInRange(relation: ContestedRelation, range: TimeRange): boolean {
  return (
    (range.from === '' || relation.lastSeen.slice(0, 10) >= range.from) &&
    (range.to === '' || relation.firstSeen.slice(0, 10) <= range.to)
  );
}

/** Relations some claims state and others deny, seen in the range, with their sources. */
export async function contestedRelations(range: TimeRange): Promise<Fetched<ContestedList>> {
  const variables = { first: CONTESTED_READ };
  const answer = await runOperation<{
    relations: { totalCount: number; edges: readonly { node: ContestedRelation }[] };
  }>(CONTESTED, variables);
  const relations = answer.relations.edges
    .map((edge) => edge.node)
    .filter((relation) => seenInRange(relation, range));
  return {
    data: {
      relations,
      total: answer.relations.totalCount,
      truncated: answer.relations.totalCount > answer.relations.edges.length,
    },
    operations: [{ query: CONTESTED, variables }],
  };
}
