import type { Extractor } from '../extractor';
import type { Judgements } from './judgements';
import type { RealArticle } from './real-article';
import { realArticleInput } from './real-article';
import type { RealArticleScore } from './real-score';
import { scoreRealArticle } from './score-real-article';

/**
 * Runs the extractor on each real article with an empty graph (the
 * gazetteer only, as a first reading would) and scores the extraction
 * against the article's expected facts and the kept judgements.
 */
export async function evaluateRealArticles(
  articles: readonly RealArticle[],
  extractor: Extractor,
  judgements: Judgements,
): Promise<RealArticleScore[]> {
  const scores: RealArticleScore[] = [];
  for (const article of articles) {
    const batch = await extractor.extract(realArticleInput(article), []);
    scores.push(scoreRealArticle(article, batch, judgements));
  }
  return scores;
}
