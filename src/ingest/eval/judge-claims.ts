import type { ArticleBatch } from '../../domain/article-batch';
import type { Claim } from '../../domain/claim';
import type { Judgements } from './judgements';
import { judgementKey } from './judgement-key';
import type { EntityNames } from './match-fact';
import type { ClaimView } from './real-score';

/** An extraction's claims against kept judgements: what claim precision counts. */
export interface JudgedClaims {
  readonly claims: number;
  /** Claims made again that a judgement calls CORRECT (true positives). */
  readonly correct: number;
  /** Claims made again that a judgement calls WRONG (false positives). */
  readonly wrong: number;
  readonly unjudged: number;
  readonly wrongClaims: readonly ClaimView[];
  readonly unjudgedClaims: readonly ClaimView[];
  /** Kept judgements of this article that no claim has now: the claim went, or its key changed. */
  readonly unusedJudgements: readonly string[];
}

/**
 * Looks up each claim of an article's extraction in the judgements, by its
 * judgement key under `articleName` (the real article's slug, or a stored
 * article's id), and lists the judgements of that article no claim has now.
 */
export function judgeClaims(
  articleName: string,
  batch: ArticleBatch,
  judgements: Judgements,
  names: EntityNames,
): JudgedClaims {
  const views = batch.claims.map((claim) => viewOf(articleName, claim, names));
  const verdict = (view: ClaimView) => judgements.get(view.key)?.verdict;
  const wrongClaims = views.filter((v) => verdict(v) === 'WRONG');
  const unjudgedClaims = views.filter((v) => verdict(v) === undefined);
  const made = new Set(views.map((v) => v.key));
  return {
    claims: views.length,
    correct: views.filter((v) => verdict(v) === 'CORRECT').length,
    wrong: wrongClaims.length,
    unjudged: unjudgedClaims.length,
    wrongClaims,
    unjudgedClaims,
    unusedJudgements: [...judgements.keys()].filter(
      (key) => key.startsWith(`${articleName}|`) && !made.has(key),
    ),
  };
}

function viewOf(article: string, claim: Claim, names: EntityNames): ClaimView {
  return {
    key: judgementKey(article, claim),
    article,
    sentence: claim.sentence,
    subject: names.nameOf(claim.subjectId),
    predicate: claim.predicate,
    object: claim.objectId !== null ? names.nameOf(claim.objectId) : `"${claim.objectValue ?? ''}"`,
    item: claim.itemId === null ? null : names.nameOf(claim.itemId),
    modality: claim.modality,
    speaker: claim.attributedToId === null ? null : names.nameOf(claim.attributedToId),
    reportedBy: claim.reportedById === null ? null : names.nameOf(claim.reportedById),
  };
}
