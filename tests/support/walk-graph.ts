import type { AnnotatedArticle } from '../../src/domain/annotation';
import { entityId } from '../../src/domain/ids';
import type { Predicate } from '../../src/domain/predicates';

/** A relation of a walk test: `claims` claims (1 by default) that `from` `predicate` `to`. */
export interface WalkEdge {
  readonly from: string;
  readonly predicate: Predicate;
  readonly to: string;
  readonly claims?: number;
}

/** The id of a walk test's country. */
export const place = (name: string): string => entityId('COUNTRY', name);

/**
 * One article of `publisher` stating each edge as many times as it has
 * claims, each in a sentence of its own that names the publisher: the same
 * edge in articles of two publishers has two independent sources.
 */
export function walkArticle(publisher: string, edges: readonly WalkEdge[]): AnnotatedArticle {
  const names = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))];
  const ref = (name: string) => `e${names.indexOf(name)}`;
  const claims = edges.flatMap((edge) =>
    Array.from({ length: edge.claims ?? 1 }, (_, i) => ({
      subject: ref(edge.from),
      predicate: edge.predicate,
      object: ref(edge.to),
      modality: 'ASSERTED' as const,
      sentence: `${publisher} says ${edge.from} ${edge.predicate} ${edge.to}, time ${i + 1}.`,
    })),
  );
  return {
    article: {
      title: `${publisher} on ${names.length} countries`,
      language: 'en',
      publishedAt: '2025-05-01',
      publisher,
      text: claims.map((claim) => claim.sentence).join('\n'),
    },
    entities: names.map((name) => ({ ref: ref(name), kind: 'COUNTRY' as const, name })),
    claims,
  };
}
