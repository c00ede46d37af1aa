import { InvalidInputError } from '../../domain/errors';
import { prepareArticle } from '../article-metadata';
import type { ArticleInput, Extraction, Extractor, KnownSource } from '../extractor';
import { knownEntitiesFor } from '../extractor';
import { analysisNameHeads } from '../gazetteer/article-name-heads';
import type { AnalysisLanguage } from '../nlp/analysis';
import { ANALYSIS_LANGUAGES } from '../nlp/analysis';
import type { LanguageAnalyser } from '../nlp/language-analyser';
import { extractFromAnalysis } from './extract-from-analysis';

export const PARSE_EXTRACTOR_NAME = 'parse-v1';

/**
 * The default extractor: the article is analysed (sentences, parts of
 * speech, named entities, Universal Dependencies) by a language analyser —
 * Stanford CoreNLP behind `LanguageAnalyser` — and claims are read from the
 * parse. English, French, German and Spanish.
 */
export class ParseExtractor implements Extractor {
  readonly name = PARSE_EXTRACTOR_NAME;

  constructor(private readonly analyser: LanguageAnalyser) {}

  async extract(input: ArticleInput, known: KnownSource): Promise<Extraction> {
    const metadata = prepareArticle(input);
    const { text, language } = metadata;
    if (!isAnalysable(language)) {
      throw new InvalidInputError(
        `The language "${language}" cannot be analysed; give one of ${ANALYSIS_LANGUAGES.join(', ')}.`,
        { language },
      );
    }
    const analysis = await this.analyser.analyse(text, language);
    return extractFromAnalysis(
      analysis,
      await knownEntitiesFor(known, () => analysisNameHeads(text, analysis)),
      {
        text,
        title: metadata.title,
        url: input.url ?? null,
        publisher: input.publisher ?? null,
        publishedAt: metadata.publishedAt,
      },
      this.name,
    );
  }
}

function isAnalysable(language: string): language is AnalysisLanguage {
  return (ANALYSIS_LANGUAGES as readonly string[]).includes(language);
}
