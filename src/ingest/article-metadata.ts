import { InvalidInputError } from '../domain/errors';
import { normalizeArticleText } from '../domain/ids';
import { checkArticleMetadata } from './annotations/check-values';
import { detectLanguage } from './detect-language';
import type { ArticleInput } from './extractor';

/** An article's text as stored and the metadata every extractor needs, checked. */
export interface PreparedArticle {
  readonly text: string;
  readonly title: string;
  readonly language: string;
  readonly publishedAt: string;
}

/**
 * Normalises the text (its id derives from it) and checks the metadata,
 * detecting the language when it is not given. Throws InvalidInputError
 * naming the bad field.
 */
export function prepareArticle(input: ArticleInput): PreparedArticle {
  const text = normalizeArticleText(input.text);
  if (text === '')
    throw new InvalidInputError('The article text is empty; give the text to extract from.');
  const language = input.language?.trim() || detectLanguage(text);
  const metadata = { title: input.title.trim(), language, publishedAt: input.publishedAt.trim() };
  checkArticleMetadata(metadata);
  return { text, ...metadata };
}
