import type { Article } from '../../domain/article';
import type { Extractor } from '../extractor';
import type { JudgedClaims } from './judge-claims';
import { judgeClaims } from './judge-claims';
import type { Judgements } from './judgements';
import { EntityNames } from './match-fact';

/** A stored article extracted again, its claims against the analysts' verdicts. */
export interface JudgedArticleScore extends JudgedClaims {
  /** The article's id: the name its judgement keys carry. */
  readonly name: string;
  readonly language: string;
  /** The verdicts the analysts gave on this article's claims, whether or not the claim is made again. */
  readonly judgedCorrect: number;
  readonly judgedWrong: number;
}

/**
 * Runs the extractor on each article of a judgements export with an empty
 * graph (the gazetteer only, as `kg eval --real` does) and looks each claim
 * up in the analysts' verdicts: a claim judged WRONG that is made again is
 * a false positive, one judged CORRECT a true positive.
 */
export async function evaluateJudgedArticles(
  articles: readonly Article[],
  extractor: Extractor,
  judgements: Judgements,
): Promise<JudgedArticleScore[]> {
  const scores: JudgedArticleScore[] = [];
  for (const article of articles) {
    const batch = await extractor.extract(article, []);
    const kept = [...judgements].filter(([key]) => key.startsWith(`${article.id}|`));
    scores.push({
      name: article.id,
      language: article.language,
      judgedCorrect: kept.filter(([, j]) => j.verdict === 'CORRECT').length,
      judgedWrong: kept.filter(([, j]) => j.verdict === 'WRONG').length,
      ...judgeClaims(article.id, batch, judgements, new EntityNames(batch.entities)),
    });
  }
  return scores;
}
