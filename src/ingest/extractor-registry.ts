import { InvalidInputError } from '../domain/errors';
import type { Extractor } from './extractor';
import type { LanguageAnalyser } from './nlp/language-analyser';
import { PARSE_EXTRACTOR_NAME, ParseExtractor } from './parse/parse-extractor';
import { RULES_EXTRACTOR_NAME, RulesExtractor } from './rules-extractor';

export type ExtractorFactory = () => Extractor;

/**
 * Extractors by name, so that configuration chooses one ("parse-v1" by
 * default) and a model-based extractor can be added by registering it,
 * without touching the pipeline's callers.
 */
export class ExtractorRegistry {
  private readonly factories = new Map<string, ExtractorFactory>();

  register(name: string, factory: ExtractorFactory): this {
    this.factories.set(name, factory);
    return this;
  }

  names(): string[] {
    return [...this.factories.keys()].sort();
  }

  /** Throws InvalidInputError listing the known names when `name` is not one of them. */
  create(name: string = PARSE_EXTRACTOR_NAME): Extractor {
    const factory = this.factories.get(name);
    if (!factory) {
      throw new InvalidInputError(
        `No extractor is named "${name}"; choose one of: ${this.names().join(', ')}.`,
        { name },
      );
    }
    return factory();
  }
}

/**
 * A registry holding the built-in extractors; callers may register more.
 * The parse-based one reads through the language analyser it is given
 * (Stanford CoreNLP); asked for without one, it says what to configure.
 */
export function defaultExtractors(analyser?: LanguageAnalyser): ExtractorRegistry {
  return new ExtractorRegistry()
    .register(RULES_EXTRACTOR_NAME, () => new RulesExtractor())
    .register(PARSE_EXTRACTOR_NAME, () => {
      if (!analyser) {
        throw new InvalidInputError(
          `The extractor "${PARSE_EXTRACTOR_NAME}" needs a language analyser: start one with npm run nlp:start, or set KG_NLP_URL.`,
        );
      }
      return new ParseExtractor(analyser);
    });
}
