import { runOperation } from '../shared/graphql';

/**
 * The dashboard's reads of articles (latest claims) and the types every
 * widget shares; the counts the store computes are read in aggregates.ts.
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

const MAX_ARTICLE_PAGES = 20;
const PAGE = 100;

interface Page<T> {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly edges: readonly { readonly node: T }[];
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
