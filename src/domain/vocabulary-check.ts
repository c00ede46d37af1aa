import type { ArticleBatch } from './article-batch';
import type { EntityKind } from './entity';
import { VocabularyError } from './errors';
import { isPredicate, predicateDefinition } from './predicates';

export interface ClaimShape {
  readonly predicate: string;
  readonly subject: { readonly name: string; readonly kind: EntityKind };
  readonly object: { readonly name: string; readonly kind: EntityKind } | null;
  readonly sentence: string;
}

/** Throws VocabularyError naming the claim and what the vocabulary allows. */
export function checkClaimAgainstVocabulary(claim: ClaimShape): void {
  const where = `in the claim "${claim.subject.name} ${claim.predicate}" of sentence "${claim.sentence.slice(0, 80)}"`;
  if (!isPredicate(claim.predicate)) {
    throw new VocabularyError(`Unknown predicate "${claim.predicate}" ${where}.`, {
      predicate: claim.predicate,
    });
  }
  const definition = predicateDefinition(claim.predicate);
  if (!definition.domain.includes(claim.subject.kind)) {
    throw new VocabularyError(
      `${claim.predicate} takes a subject of kind ${definition.domain.join(' or ')}, but "${claim.subject.name}" is ${claim.subject.kind} ${where}.`,
      { predicate: claim.predicate, subjectKind: claim.subject.kind },
    );
  }
  if (claim.object === null) {
    if (definition.range.length > 0) {
      throw new VocabularyError(
        `${claim.predicate} needs an object entity of kind ${definition.range.join(' or ')} ${where}.`,
        { predicate: claim.predicate },
      );
    }
    return;
  }
  if (!definition.range.includes(claim.object.kind)) {
    const allowed =
      definition.range.length === 0
        ? 'no object entity (give a value instead)'
        : `an object of kind ${definition.range.join(' or ')}`;
    throw new VocabularyError(
      `${claim.predicate} takes ${allowed}, but "${claim.object.name}" is ${claim.object.kind} ${where}.`,
      { predicate: claim.predicate, objectKind: claim.object.kind },
    );
  }
}

/** Every claim of a batch names a predicate of the vocabulary; stores call it before writing. */
export function checkBatchVocabulary(batch: ArticleBatch): void {
  for (const claim of batch.claims) {
    if (!isPredicate(claim.predicate)) {
      throw new VocabularyError(
        `Unknown predicate "${String(claim.predicate)}" in the claim of sentence "${claim.sentence.slice(0, 80)}".`,
        { predicate: claim.predicate },
      );
    }
  }
}
