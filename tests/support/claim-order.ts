import type { AnnotatedArticle } from '../../src/domain/annotation';
import type { Claim } from '../../src/domain/claim';
import type { Modality } from '../../src/domain/modality';
import type { ClaimFilter, ClaimRole, GraphStore } from '../../src/store/graph-store';
import { place, walkArticle } from './walk-graph';

/**
 * Articles whose claims tie on the order's leading parts: three published
 * the same day (ties broken by article id), one the same day at a given
 * hour (after the day alone, as its text sorts), one the day before; each
 * with several claims of two predicates (ties broken by position), every
 * other claim DENIED.
 */
export function claimOrderArticles(): AnnotatedArticle[] {
  const dates = ['2025-05-01', '2025-05-01', '2025-05-01', '2025-05-01T09:30:00Z', '2025-04-30'];
  return dates.map((publishedAt, i) => {
    const article = walkArticle(`Herald ${i}`, [
      { from: 'Hubland', predicate: 'SUPPLIES', to: 'Farland', claims: 2 },
      { from: 'Farland', predicate: 'SANCTIONS', to: 'Hubland', claims: 2 },
      { from: 'Hubland', predicate: 'SUPPLIES', to: 'Nearland' },
    ]);
    const modality = (k: number): Modality => (k % 2 === 0 ? 'DENIED' : 'ASSERTED');
    return {
      ...article,
      article: { ...article.article, publishedAt },
      claims: article.claims.map((claim, k) => ({ ...claim, modality: modality(k + i) })),
    };
  });
}

/** The hub of claimOrderArticles: subject of some claims, object of others. */
export const ORDER_HUB = place('Hubland');

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Claims in the order of every claim list, computed here: article date, article id, position, id. */
export async function inClaimOrder(store: GraphStore, claims: readonly Claim[]): Promise<Claim[]> {
  const ids = [...new Set(claims.map((c) => c.articleId))];
  const articles = await store.getArticles(ids);
  const date = new Map(articles.map((a) => [a!.id, a!.publishedAt]));
  return [...claims].sort(
    (x, y) =>
      compare(date.get(x.articleId)!, date.get(y.articleId)!) ||
      compare(x.articleId, y.articleId) ||
      x.sentenceSpan.start - y.sentenceSpan.start ||
      compare(x.id, y.id),
  );
}

/** Filters whose pages claimOrderArticles tell apart. */
export const ORDERED_FILTERS: readonly [string, ClaimFilter][] = [
  ['one predicate', { predicates: ['SUPPLIES'] }],
  ['two predicates', { predicates: ['SANCTIONS', 'SUPPLIES'] }],
  ['a predicate and a modality', { predicates: ['SUPPLIES'], modalities: ['DENIED'] }],
  [
    'two predicates and two modalities',
    { predicates: ['SUPPLIES', 'SANCTIONS'], modalities: ['ASSERTED', 'DENIED'] },
  ],
];

export const ORDERED_ROLES = ['SUBJECT', 'OBJECT'] as const satisfies readonly ClaimRole[];

/** Every page of `size` of a list, one after another, with the totals each reported. */
export async function pagesOf(
  size: number,
  read: (page: { first: number; offset: number }) => Promise<{
    items: readonly Claim[];
    totalCount: number;
  }>,
): Promise<{ items: Claim[]; totals: number[] }> {
  const items: Claim[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += size) {
    const page = await read({ first: size, offset });
    items.push(...page.items);
    totals.push(page.totalCount);
    if (page.items.length < size) return { items, totals };
  }
}
