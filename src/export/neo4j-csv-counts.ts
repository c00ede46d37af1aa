import type { Article } from '../domain/article';
import type { Claim } from '../domain/claim';
import type { Relation } from '../domain/relation';

/**
 * What the Neo4j store keeps besides each node and relationship
 * (src/store/neo4j/README.md, migration 016), computed for the CSV export
 * as the store computes it: each entity's degree, and the claims counted
 * per day on each timeline axis and per split (:ClaimDayCount nodes,
 * neo4j-claim-day-counts.ts). Both are held in memory, an entry per entity
 * and per distinct day-and-split. The counts per kind are in
 * neo4j-csv-kind-counts.ts.
 */

/** Relations per entity, each counted once at either end, as `COUNT { (e)--() }` does. */
export function countDegrees(degrees: Map<string, number>, relation: Relation): void {
  const ends = new Set([relation.subjectId, ...(relation.objectId ? [relation.objectId] : [])]);
  for (const id of ends) degrees.set(id, (degrees.get(id) ?? 0) + 1);
}

/** The days and publisher of an article that a claim's counts are keyed by. */
export interface ArticleDays {
  /** Whole, for the claims' place in article-date order (neo4j-claim-order.ts). */
  readonly publishedAt: string;
  readonly publishedDay: string | null;
  readonly ingestedDay: string | null;
  readonly publisher: string | null;
}

export function articleDays(article: Article): ArticleDays {
  return {
    publishedAt: article.publishedAt,
    publishedDay: article.publishedAt ? article.publishedAt.slice(0, 10) : null,
    ingestedDay: article.ingestedAt ? article.ingestedAt.slice(0, 10) : null,
    publisher: article.publisher ?? null,
  };
}

/** A count node's properties besides `key` and `n`, in the order of its key. */
export type CountValues = readonly (string | null | readonly string[])[];

export interface KeptCount {
  readonly values: CountValues;
  n: number;
}

/** Adds one to the count of `values`, keyed as the store keys its count nodes (a JSON array). */
export function addCount(counts: Map<string, KeptCount>, values: CountValues): void {
  const key = JSON.stringify(values);
  const count = counts.get(key);
  if (count) count.n += 1;
  else counts.set(key, { values, n: 1 });
}

/** Adds a claim to the count of its day and split. */
export function countClaimDay(
  counts: Map<string, KeptCount>,
  claim: Claim,
  days: ArticleDays,
): void {
  // In the order of DAY_COUNT_COLUMNS (neo4j-claim-day-counts.ts), which the key follows.
  const values = [
    claim.time?.from ?? claim.time?.to ?? days.publishedDay,
    days.publishedDay,
    days.ingestedDay,
    claim.modality,
    claim.predicate,
    days.publisher,
    claim.attributedToId,
  ];
  addCount(counts, values);
}
