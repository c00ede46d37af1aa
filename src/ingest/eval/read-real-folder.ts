import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputError } from '../../domain/errors';
import type { RealArticle, SkippedArticle } from './real-article';
import { readFactsFile } from './read-facts-file';

const FACTS_SUFFIX = '.facts.json';

export const TEXT_MISSING = 'text missing — restore it as eval/real/README.md says';

/**
 * The stored pages' search answers put the page's date before the excerpt
 * (" date 2024-10 Gaza – …"): metadata, not the article's words, and the
 * parser would read "date" as the first sentence's verb or subject.
 */
const DATE_FIELD = /^\s*date \d{4}-\d{2}(?:-\d{2})?\s+/u;

function withoutDateField(text: string): string {
  return text.replace(DATE_FIELD, '');
}

/**
 * Reads every `<slug>.<lang>.facts.json` of a folder with its text
 * `texts/<slug>.<lang>.txt`, sorted by name. Texts are never committed, so
 * an article whose text is not on this machine (or is empty) is skipped, with the reason,
 * instead of failing the run.
 */
export function readRealFolder(folder: string): {
  articles: RealArticle[];
  skipped: SkippedArticle[];
} {
  if (!existsSync(folder))
    throw new InvalidInputError(
      `The folder "${folder}" does not exist; give the folder of real articles' facts files (eval/real).`,
    );
  const articles: RealArticle[] = [];
  const skipped: SkippedArticle[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith(FACTS_SUFFIX))
    .sort()) {
    const path = join(folder, file);
    const name = file.slice(0, -FACTS_SUFFIX.length);
    const facts = readFactsFile(path);
    // <slug>.<lang>: a name without a language part keeps its whole name as the slug.
    const slug = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
    if (name !== `${slug}.${facts.language}`)
      throw new InvalidInputError(
        `${path}: "language" is "${facts.language}", but the file name says otherwise; correct the language or rename the file ${slug}.${facts.language}.facts.json (and its text).`,
        { file: path, field: 'language' },
      );
    const textFile = join(folder, 'texts', `${name}.txt`);
    const text = existsSync(textFile) ? withoutDateField(readFileSync(textFile, 'utf8')) : '';
    if (text.trim() === '') skipped.push({ name, facts, reason: TEXT_MISSING });
    else articles.push({ name, facts, text });
  }
  return { articles, skipped };
}
