import { prepareArticle } from './article-metadata';
import { extractArticle } from './extract-article';
import type { ArticleInput, Extraction, Extractor, KnownSource } from './extractor';
import { knownEntitiesFor } from './extractor';
import { articleNameHeads } from './gazetteer/article-name-heads';

export const RULES_EXTRACTOR_NAME = 'rules-v1';

/** The default extractor: gazetteers, patterns and cue tables, in French and English. */
export class RulesExtractor implements Extractor {
  readonly name = RULES_EXTRACTOR_NAME;

  async extract(article: ArticleInput, known: KnownSource): Promise<Extraction> {
    // Its sentences split the text between words, so the text's own phrases are all it looks up.
    const entities = await knownEntitiesFor(known, () =>
      articleNameHeads(prepareArticle(article).text),
    );
    return extractArticle(article, entities, this.name);
  }
}
