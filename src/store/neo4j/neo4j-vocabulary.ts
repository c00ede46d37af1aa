import { VocabularyError } from '../../domain/errors';
import { isPredicate, PREDICATES } from '../../domain/predicates';
import type { Predicate } from '../../domain/predicates';

/**
 * Relationship types that carry provenance (article, mention, claim and
 * the roles entities play in a claim). They are never predicates, so a
 * pattern over relation types cannot walk into a claim.
 */
export const STRUCTURE_TYPES = [
  'IN_ARTICLE',
  'MENTIONS',
  'STATED_IN',
  'HAS_SUBJECT',
  'HAS_OBJECT',
  'AT_LOCATION',
  'ABOUT_ITEM',
  'ATTRIBUTED_TO',
  'REPORTED_BY',
] as const;

/**
 * The type guard between a predicate and a relationship type: a relation's
 * type is its predicate, and only a predicate of the vocabulary
 * (domain/predicates.ts) may become one. Anything else is refused before
 * any Cypher is built.
 */
export function relationshipType(value: string): Predicate {
  if (!isPredicate(value)) {
    throw new VocabularyError(
      `"${value}" is not a predicate of the vocabulary; use one of ${PREDICATES.join(', ')}.`,
      { predicate: value },
    );
  }
  return value;
}

/**
 * The relationship types of the given predicates, each checked by the
 * guard, or of the whole vocabulary: back-quoted names from the vocabulary
 * only. Sorted, so that one set of predicates gives one statement text
 * whatever order a client lists them in: Neo4j caches plans by text.
 */
export function relationTypeNames(predicates?: readonly string[]): string[] {
  const chosen = predicates && predicates.length > 0 ? predicates : PREDICATES;
  return [...new Set(chosen.map(relationshipType))].sort().map((type) => `\`${type}\``);
}

/** relationTypeNames as a relationship type expression (`A|B|C`) for a pattern. */
export function relationTypes(predicates?: readonly string[]): string {
  return relationTypeNames(predicates).join('|');
}

/** Every relation, whatever its predicate. */
export const ALL_RELATIONS = relationTypes();

/** Every role an entity can play in a claim, as a relationship type expression. */
export const ANY_ROLE = 'HAS_SUBJECT|HAS_OBJECT|AT_LOCATION|ABOUT_ITEM|ATTRIBUTED_TO|REPORTED_BY';
