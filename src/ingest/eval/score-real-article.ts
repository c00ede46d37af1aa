import type { ArticleBatch } from '../../domain/article-batch';
import type { Judgements } from './judgements';
import { judgeClaims } from './judge-claims';
import type { FactMatch } from './match-fact';
import { bestClaimFor, EntityNames } from './match-fact';
import type { ExpectedFact, FactsFile } from './real-article';
import type { RealArticleScore } from './real-score';

/**
 * Scores the extraction of a real article: which expected facts some claim
 * states (fact recall) and, on the best claim for each, whether modality,
 * speaker and quantity are right; then every produced claim against the
 * judgements kept as data (claim precision), counting the claims nobody has
 * judged yet apart.
 */
export function scoreRealArticle(
  article: { readonly name: string; readonly facts: FactsFile },
  batch: ArticleBatch,
  judgements: Judgements,
): RealArticleScore {
  const names = new EntityNames(batch.entities);
  const matches = article.facts.facts.map((fact) => ({
    fact,
    match: bestClaimFor(fact, batch.claims, names),
  }));
  const found = matches.flatMap(({ fact, match }) => (match ? [{ fact, match }] : []));
  const withQuantity = found.filter(({ match }) => match.quantityRight !== null);
  return {
    name: article.name,
    language: article.facts.language,
    split: article.facts.split,
    topic: article.facts.topic,
    facts: matches.length,
    found: found.length,
    modality: count(found, (m) => m.modalityRight),
    speaker: count(found, (m) => m.speakerRight),
    quantity: count(withQuantity, (m) => m.quantityRight === true),
    ...judgeClaims(article.name, batch, judgements, names),
    missedFacts: matches.filter(({ match }) => match === null).map(({ fact }) => fact),
    inexactFacts: found.flatMap(({ fact, match }) => inexact(fact, match, names)),
  };
}

function count(
  found: readonly { readonly match: FactMatch }[],
  right: (match: FactMatch) => boolean,
): { correct: number; total: number } {
  return { correct: found.filter(({ match }) => right(match)).length, total: found.length };
}

/** "summary: modality ALLEGED, expected REPORTED; speaker none, expected Ukraine" — empty when all is right. */
function inexact(fact: ExpectedFact, match: FactMatch, names: EntityNames): string[] {
  const { claim } = match;
  const problems = [
    match.modalityRight ? null : `modality ${claim.modality}, expected ${fact.modality}`,
    match.speakerRight
      ? null
      : `speaker ${claim.attributedToId === null ? 'none' : names.nameOf(claim.attributedToId)}, expected ${fact.speaker.join(' or ') || 'none'}`,
    match.quantityRight === false
      ? `quantity ${bounds(claim.quantity)}, expected ${bounds(fact.quantity)}`
      : null,
  ].filter((p): p is string => p !== null);
  return problems.length === 0 ? [] : [`${fact.summary}: ${problems.join('; ')}`];
}

function bounds(quantity: { min: number | null; max: number | null } | null): string {
  if (quantity === null) return 'none';
  return quantity.min === quantity.max
    ? String(quantity.min)
    : `${quantity.min ?? '…'}–${quantity.max ?? '…'}`;
}
