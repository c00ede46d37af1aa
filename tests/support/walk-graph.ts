import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotatedArticle } from '../../src/domain/annotation';
import { entityId } from '../../src/domain/ids';
import type { Predicate } from '../../src/domain/predicates';
import type { Relation } from '../../src/domain/relation';
import type { PathStep } from '../../src/store/graph-store';

/** A relation of a walk test: `claims` claims (1 by default) that `from` `predicate` `to`. */
export interface WalkEdge {
  readonly from: string;
  readonly predicate: Predicate;
  readonly to: string;
  readonly claims?: number;
  /** A person said it: the claims' SPEAKER. */
  readonly speaker?: string;
}

/** The id of a walk test's speaker. */
export const speaker = (name: string): string => entityId('PERSON', name);

/** The id of a walk test's country. */
export const place = (name: string): string => entityId('COUNTRY', name);

/**
 * One article of `publisher` stating each edge as many times as it has
 * claims, each in a sentence of its own that names the publisher: the same
 * edge in articles of two publishers has two independent sources.
 */
export function walkArticle(publisher: string, edges: readonly WalkEdge[]): AnnotatedArticle {
  const names = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))];
  const speakers = [...new Set(edges.flatMap((edge) => (edge.speaker ? [edge.speaker] : [])))];
  const ref = (name: string) => `e${names.indexOf(name)}`;
  const claims = edges.flatMap((edge) =>
    Array.from({ length: edge.claims ?? 1 }, (_, i) => ({
      subject: ref(edge.from),
      predicate: edge.predicate,
      object: ref(edge.to),
      modality: 'ASSERTED' as const,
      ...(edge.speaker ? { attributedTo: `s${speakers.indexOf(edge.speaker)}` } : {}),
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
    entities: [
      ...names.map((name) => ({ ref: ref(name), kind: 'COUNTRY' as const, name })),
      ...speakers.map((name, i) => ({ ref: `s${i}`, kind: 'PERSON' as const, name })),
    ],
    claims,
  };
}

/** The relation a step walks; fails the test when it walks an attribution. */
export function relationOf(step: PathStep): Relation {
  if (step.kind !== 'RELATION') throw new Error(`expected a relation step, got ${step.kind}`);
  return step.relation;
}

/** The seed article with its annotations, as shipped in seed/. */
export function seedArticle(): AnnotatedArticle {
  const folder = join(__dirname, '../../seed');
  const name = 'kursk-north-korean-losses.fr';
  const read = (file: string) => readFileSync(join(folder, file), 'utf8');
  const metadata = JSON.parse(read(`${name}.json`)) as AnnotatedArticle['article'];
  const annotations = JSON.parse(read(`${name}.annotations.json`)) as Omit<
    AnnotatedArticle,
    'article'
  >;
  return { article: { ...metadata, text: read(`${name}.txt`) }, ...annotations };
}
