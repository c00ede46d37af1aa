import type {
  ClaimFilter,
  GraphStore,
  TimelineAxis,
  TimelineBucket,
  TimelineSplit,
} from '../../src/store/graph-store';

export const TIMELINE_AXES: readonly TimelineAxis[] = ['EVENT', 'PUBLISHED', 'INGESTED'];
export const TIMELINE_SPLITS: readonly TimelineSplit[] = [
  'NONE',
  'MODALITY',
  'PREDICATE',
  'PUBLISHER',
  'SPEAKER',
];

/**
 * The daily timeline of the claims a filter matches, counted here from the
 * claims and articles the store lists: what `timeline(filter, …)` must
 * answer, however the store counts (both stores read counts they keep as
 * they write, for the filters those counts answer). For a small graph: one
 * page of claims.
 */
async function countedFromClaims(
  store: GraphStore,
  filter: ClaimFilter,
): Promise<(time: TimelineAxis, by: TimelineSplit) => TimelineBucket[]> {
  const claims = (await store.claims(filter, { first: 100, offset: 0 })).items;
  const ids = [...new Set(claims.map((claim) => claim.articleId))];
  const articles = new Map((await store.getArticles(ids)).map((article, i) => [ids[i]!, article!]));
  return (time, by) => {
    const counts = new Map<string, TimelineBucket>();
    for (const claim of claims) {
      const article = articles.get(claim.articleId)!;
      const published = article.publishedAt.slice(0, 10);
      const start = {
        EVENT: claim.time?.from ?? claim.time?.to ?? published,
        PUBLISHED: published,
        INGESTED: article.ingestedAt?.slice(0, 10) ?? null,
      }[time]!;
      const key = {
        NONE: null,
        MODALITY: claim.modality,
        PREDICATE: claim.predicate,
        PUBLISHER: article.publisher,
        SPEAKER: claim.attributedToId,
      }[by];
      const id = JSON.stringify([start, key]);
      counts.set(id, { start, key, count: (counts.get(id)?.count ?? 0) + 1 });
    }
    // Earliest first, then by key with nulls first, as the stores order them.
    const order = (b: TimelineBucket) => [b.start, b.key === null ? '' : `~${b.key}`].join('\n');
    return [...counts.values()].sort((x, y) => (order(x) < order(y) ? -1 : 1));
  };
}

/**
 * Every axis and split of the daily timeline of every claim, as the store
 * answers it and as counted here; with `narrowed`, of the claims each of
 * those filters matches too, under the filter's name.
 */
export async function timelinesOfEveryClaim(
  store: GraphStore,
  narrowed: Readonly<Record<string, ClaimFilter>> = {},
) {
  const answered: Record<string, readonly TimelineBucket[]> = {};
  const counted: Record<string, readonly TimelineBucket[]> = {};
  for (const [filterName, filter] of [['', {}] as const, ...Object.entries(narrowed)]) {
    const count = await countedFromClaims(store, filter);
    for (const time of TIMELINE_AXES)
      for (const by of TIMELINE_SPLITS) {
        const name = `${filterName ? `${filterName}: ` : ''}${time} by ${by}`;
        answered[name] = (
          await store.timeline(filter, { bucket: 'DAY', by, time, first: 100 })
        ).buckets;
        counted[name] = count(time, by);
      }
  }
  return { answered, counted };
}
