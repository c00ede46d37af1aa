import type { AnnotatedArticle } from '../../src/domain/annotation';
import { entityId } from '../../src/domain/ids';
import type { ArticleBatch } from '../../src/domain/article-batch';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';

/** The name of the i-th country of a dense graph. */
export const denseCountry = (i: number): string =>
  `Denseland ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`;
export const denseCountryId = (i: number): string => entityId('COUNTRY', denseCountry(i));

/**
 * One article stating that each of `size` countries is at war with every
 * other: a complete graph, where the walks of four hops between two
 * countries number about size^4. A store that enumerates them (SQLite's
 * path walk) works for a long time on a graph of a few dozen; the tests use
 * it as a query that outlives a short deadline.
 */
export function denseGraphBatch(size: number, title = 'Everyone at war'): ArticleBatch {
  const claims: AnnotatedArticle['claims'][number][] = [];
  for (let a = 0; a < size; a++) {
    for (let b = a + 1; b < size; b++) {
      claims.push({
        subject: `c${a}`,
        predicate: 'AT_WAR_WITH',
        object: `c${b}`,
        modality: 'ASSERTED',
        sentence: `${denseCountry(a)} is at war with ${denseCountry(b)}.`,
      });
    }
  }
  return annotatedArticleToBatch({
    article: {
      title,
      language: 'en',
      publishedAt: '2025-01-01',
      text: claims.map((claim) => claim.sentence).join('\n'),
    },
    entities: Array.from({ length: size }, (_, i) => ({
      ref: `c${i}`,
      kind: 'COUNTRY' as const,
      name: denseCountry(i),
    })),
    claims,
  });
}
