import { readFileSync } from 'node:fs';
import type { Article } from '../../domain/article';
import { InvalidInputError } from '../../domain/errors';
import type { Modality } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';
import type { Verdict } from '../../domain/review';
import { VERDICTS } from '../../domain/review';
import type { Judgement, Judgements } from './judgements';
import { JsonFields } from './json-fields';

/** An entity as a judgement names it: its id (what the key holds) and its name (to read). */
export interface NamedEntity {
  readonly id: string;
  readonly name: string;
}

/**
 * An analyst's verdict on a stored claim, as `kg export --format judgements`
 * writes it. `key` is the claim's judgement key (judgement-key.ts) with the
 * article id as the article's name, so that `kg eval --judgements-from`
 * finds the claim again when the extractor reads the article anew.
 */
export interface StoreJudgement {
  readonly key: string;
  readonly claimId: string;
  readonly articleId: string;
  readonly url: string | null;
  readonly language: string;
  readonly sentence: string;
  readonly predicate: Predicate;
  readonly subject: NamedEntity;
  readonly object: NamedEntity | null;
  readonly objectValue: string | null;
  readonly item: NamedEntity | null;
  readonly modality: Modality;
  readonly verdict: Verdict;
  readonly note: string | null;
  /** The name of the editor's key. */
  readonly editor: string;
  /** When the verdict was given: ISO 8601 UTC date-time. */
  readonly at: string;
}

/**
 * A line of the judgements export: every judgement first (by claim id),
 * then each article they name, with its text, so the file alone is enough
 * to extract the articles again.
 */
export type JudgementLine =
  | { readonly type: 'judgement'; readonly data: StoreJudgement }
  | { readonly type: 'article'; readonly data: Article };

/** The articles of a judgements export, each with the verdicts given on its claims. */
export interface JudgedArticles {
  readonly articles: readonly Article[];
  /** By judgement key, in the shape `eval/real/judgements.json` keeps. */
  readonly judgements: Judgements;
}

/**
 * Reads a judgements export (one JSON object a line). Throws
 * InvalidInputError naming the line for anything else, and when a
 * judgement's article is missing from the file.
 */
export function readStoreJudgements(file: string): JudgedArticles {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InvalidInputError(
      `${file} cannot be read; give a file that kg export --format judgements wrote.`,
      { file },
    );
  }
  const articles = new Map<string, Article>();
  const judgements = new Map<string, Judgement>();
  const articleOf = new Map<string, string>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const record = new JsonFields(`${file} line ${index + 1}`, '', parseJson(file, line, index));
    const type = record.choice('type', ['judgement', 'article']);
    const data = new JsonFields(record.file, 'data', record.raw('data'));
    if (type === 'article') {
      const article = data.raw('text');
      if (typeof article !== 'string')
        throw data.error(data.at('text'), 'must be the article text');
      articles.set(data.string('id'), record.raw('data') as Article);
      return;
    }
    judgements.set(data.string('key'), {
      verdict: data.choice('verdict', VERDICTS),
      note: data.optionalString('note') ?? '',
    });
    articleOf.set(data.string('key'), data.string('articleId'));
  });
  for (const [key, articleId] of articleOf)
    if (!articles.has(articleId))
      throw new InvalidInputError(
        `${file}: the judgement ${key} names article ${articleId}, which the file does not hold; export the judgements again.`,
        { file },
      );
  return { articles: [...articles.values()], judgements };
}

function parseJson(file: string, line: string, index: number): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new InvalidInputError(
      `${file} line ${index + 1} is not JSON (${(error as Error).message}); give a file that kg export --format judgements wrote.`,
      { file },
    );
  }
}
