import type { AnnotatedArticle } from '../../domain/annotation';
import { annotatedArticleToBatch } from '../annotations/annotated-article-to-batch';
import type { Extractor } from '../extractor';
import type { ArticleScore } from './article-score';
import { scoreArticle } from './score-article';

/**
 * Runs the extractor on each annotated article's text, with an empty graph
 * (the gazetteer only: the annotations are never shown to the extractor),
 * and scores it against the annotation.
 */
export async function evaluateArticles(
  articles: readonly { readonly name: string; readonly article: AnnotatedArticle }[],
  extractor: Extractor,
): Promise<ArticleScore[]> {
  const scores: ArticleScore[] = [];
  for (const { name, article } of articles) {
    const gold = annotatedArticleToBatch(article);
    const extracted = await extractor.extract(article.article, []);
    scores.push(scoreArticle(name, gold, extracted));
  }
  return scores;
}
