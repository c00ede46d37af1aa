import { extractArticle } from './extract-article';
import type { ArticleInput, Extraction, Extractor, KnownEntities } from './extractor';

export const RULES_EXTRACTOR_NAME = 'rules-v1';

/** The default extractor: gazetteers, patterns and cue tables, in French and English. */
export class RulesExtractor implements Extractor {
  readonly name = RULES_EXTRACTOR_NAME;

  extract(article: ArticleInput, known: KnownEntities): Promise<Extraction> {
    // Synchronous work behind the interface's promise: a model-based extractor will need one.
    try {
      return Promise.resolve(extractArticle(article, known, this.name));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
