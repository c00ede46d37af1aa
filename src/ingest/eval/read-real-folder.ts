import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputError } from '../../domain/errors';
import type { RealArticle, SkippedArticle } from './real-article';
import { readFactsFile } from './read-facts-file';

const FACTS_SUFFIX = '.facts.json';

export const TEXT_MISSING = 'text missing — restore it as eval/real/README.md says';

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
    const text = existsSync(textFile) ? readFileSync(textFile, 'utf8') : '';
    if (text.trim() === '') skipped.push({ name, facts, reason: TEXT_MISSING });
    else articles.push({ name, facts, text });
  }
  return { articles, skipped };
}
