import { runOperation } from '../shared/graphql';

/**
 * The dashboard's only door to the API: every widget reads through these functions, so that
 * when the API grows a dedicated timeline or subscription, only this file changes.
 */

/** Inclusive ISO dates; '' leaves that end open. */
export interface TimeRange {
  readonly from: string;
  readonly to: string;
}

/** What a widget shows beside its data: the operation it runs, to open in the IDE. */
export interface Operation {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface Fetched<T> {
  readonly data: T;
  readonly operations: readonly Operation[];
}

/** Pages of claims read at most: 50 × 100 claims, a few seconds on a laptop. */
const MAX_CLAIM_PAGES = 50;
const MAX_ARTICLE_PAGES = 20;
const PAGE = 100;

export const CLAIMS_IN_RANGE = `query DashboardClaims($filter: ClaimFilter, $after: String) {
  claims(filter: $filter, first: ${PAGE}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      modality predicate
      time { from to }
      subject { id name kind }
      object { id name kind }
      article { publishedAt }
    } }
  }
}`;

export interface DatedClaim {
  readonly modality: string;
  readonly predicate: string;
  readonly time: { readonly from: string | null; readonly to: string | null } | null;
  readonly subject: EntityRef;
  readonly object: EntityRef | null;
  readonly article: { readonly publishedAt: string };
}

export interface EntityRef {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

interface Page<T> {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly edges: readonly { readonly node: T }[];
}

export interface ClaimsInRange {
  readonly claims: readonly DatedClaim[];
  readonly total: number;
  /** True when there were more claims than the pages read. */
  readonly truncated: boolean;
}

function claimFilter(range: TimeRange): Record<string, string> {
  const filter: Record<string, string> = {};
  if (range.from !== '') filter['from'] = range.from;
  if (range.to !== '') filter['to'] = range.to;
  return filter;
}

/** The claims dated in the range (the API's rule: their own time, else their article's date). */
export async function claimsInRange(range: TimeRange): Promise<Fetched<ClaimsInRange>> {
  const filter = claimFilter(range);
  const claims: DatedClaim[] = [];
  let after: string | null = null;
  let total = 0;
  let more = true;
  for (let page = 0; page < MAX_CLAIM_PAGES && more; page += 1) {
    const answer: { claims: Page<DatedClaim> } = await runOperation(CLAIMS_IN_RANGE, {
      filter,
      after,
    });
    total = answer.claims.totalCount;
    claims.push(...answer.claims.edges.map((edge) => edge.node));
    more = answer.claims.pageInfo.hasNextPage;
    after = answer.claims.pageInfo.endCursor;
  }
  return {
    data: { claims, total, truncated: more },
    operations: [{ query: CLAIMS_IN_RANGE, variables: { filter, after: null } }],
  };
}

/** The date a claim is counted on: its own time when the article gives one, else the article's. */
export function claimDate(claim: DatedClaim): string {
  return (claim.time?.from ?? claim.time?.to ?? claim.article.publishedAt).slice(0, 10);
}

export interface Timeline {
  /** Day (YYYY-MM-DD) or month (YYYY-MM) buckets, oldest first. */
  readonly buckets: readonly string[];
  readonly byModality: ReadonlyMap<string, readonly number[]>;
}

/** Claims per day, or per month when they span more than two months, split by modality. */
export function claimsOverTime(claims: readonly DatedClaim[]): Timeline {
  const dates = claims.map(claimDate).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const monthly = first !== undefined && last !== undefined && daysBetween(first, last) > 62;
  const bucketOf = (date: string) => (monthly ? date.slice(0, 7) : date);
  const buckets = [...new Set(dates.map(bucketOf))];
  const index = new Map(buckets.map((bucket, i) => [bucket, i]));
  const byModality = new Map<string, number[]>();
  for (const claim of claims) {
    const counts = byModality.get(claim.modality) ?? buckets.map(() => 0);
    const i = index.get(bucketOf(claimDate(claim)))!;
    counts[i] = (counts[i] ?? 0) + 1;
    byModality.set(claim.modality, counts);
  }
  return { buckets, byModality };
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

export interface ConnectedEntity {
  readonly entity: EntityRef;
  /** Distinct relations (subject, predicate, object) with a claim in the range. */
  readonly relations: number;
}

/** The entities touching the most relations among the claims in the range. */
export function mostConnected(claims: readonly DatedClaim[], count: number): ConnectedEntity[] {
  const relations = new Map<string, Set<string>>();
  const entities = new Map<string, EntityRef>();
  for (const claim of claims) {
    if (claim.object === null) continue;
    const key = `${claim.subject.id}|${claim.predicate}|${claim.object.id}`;
    for (const end of [claim.subject, claim.object]) {
      entities.set(end.id, end);
      const set = relations.get(end.id) ?? new Set<string>();
      set.add(key);
      relations.set(end.id, set);
    }
  }
  return [...relations.entries()]
    .map(([id, set]) => ({ entity: entities.get(id)!, relations: set.size }))
    .sort((a, b) => b.relations - a.relations || a.entity.name.localeCompare(b.entity.name))
    .slice(0, count);
}

export const ARTICLES = `query DashboardArticles($after: String) {
  articles(first: ${PAGE}, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id title url publisher publishedAt } }
  }
}`;

export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly publishedAt: string;
}

function inRange(date: string, range: TimeRange): boolean {
  const day = date.slice(0, 10);
  return (range.from === '' || day >= range.from) && (range.to === '' || day <= range.to);
}

/** Articles published in the range, newest first (the API's order; it has no date filter yet). */
async function articlesInRange(range: TimeRange, enough = Infinity): Promise<ArticleSummary[]> {
  const found: ArticleSummary[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_ARTICLE_PAGES; page += 1) {
    const answer: { articles: Omit<Page<ArticleSummary>, 'totalCount'> } = await runOperation(
      ARTICLES,
      {
        after,
      },
    );
    const nodes = answer.articles.edges.map((edge) => edge.node);
    found.push(...nodes.filter((article) => inRange(article.publishedAt, range)));
    // Newest first: once past the range's start, older pages cannot be in it.
    const oldest = nodes[nodes.length - 1];
    const pastStart =
      range.from !== '' && oldest !== undefined && oldest.publishedAt.slice(0, 10) < range.from;
    if (found.length >= enough || pastStart || !answer.articles.pageInfo.hasNextPage) break;
    after = answer.articles.pageInfo.endCursor;
  }
  return found;
}

export interface PublisherCount {
  readonly publisher: string;
  readonly articles: number;
}

export async function articlesPerPublisher(range: TimeRange): Promise<Fetched<PublisherCount[]>> {
  const articles = await articlesInRange(range);
  const counts = new Map<string, number>();
  for (const article of articles) {
    const publisher = article.publisher ?? '(no publisher)';
    counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
  }
  const data = [...counts.entries()]
    .map(([publisher, count]) => ({ publisher, articles: count }))
    .sort((a, b) => b.articles - a.articles || a.publisher.localeCompare(b.publisher));
  return { data, operations: [{ query: ARTICLES, variables: { after: null } }] };
}

export const ARTICLE_CLAIMS = `query DashboardArticleClaims($articleId: ID!) {
  claims(filter: { articleId: $articleId }, first: 5) {
    totalCount
    edges { node {
      id modality predicate sentence objectValue
      subject { id name }
      object { id name }
      attributedTo { name }
    } }
  }
}`;

export interface LatestClaim {
  readonly id: string;
  readonly modality: string;
  readonly predicate: string;
  readonly sentence: string;
  readonly objectValue: string | null;
  readonly subject: { readonly id: string; readonly name: string };
  readonly object: { readonly id: string; readonly name: string } | null;
  readonly attributedTo: { readonly name: string } | null;
}

export interface ArticleWithClaims {
  readonly article: ArticleSummary;
  readonly total: number;
  readonly claims: readonly LatestClaim[];
}

/**
 * The claims of the newest articles in the range. The API has no subscription yet, so the widget
 * polls this; "newest" is by publication date, as the API orders articles.
 */
export async function latestClaims(
  range: TimeRange,
  articleCount: number,
): Promise<Fetched<ArticleWithClaims[]>> {
  const articles = (await articlesInRange(range, articleCount)).slice(0, articleCount);
  const data = await Promise.all(
    articles.map(async (article) => {
      const answer: { claims: Page<LatestClaim> } = await runOperation(ARTICLE_CLAIMS, {
        articleId: article.id,
      });
      return {
        article,
        total: answer.claims.totalCount,
        claims: answer.claims.edges.map((e) => e.node),
      };
    }),
  );
  return {
    data,
    operations: [
      { query: ARTICLES, variables: { after: null } },
      { query: ARTICLE_CLAIMS, variables: { articleId: articles[0]?.id ?? 'article:…' } },
    ],
  };
}
