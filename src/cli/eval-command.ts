import { existsSync } from 'node:fs';
import { InvalidInputError } from '../domain/errors';
import { readAnnotatedFolder } from '../ingest/annotations/read-annotated-folder';
import type { ArticleScore } from '../ingest/eval/article-score';
import { evaluateArticles } from '../ingest/eval/evaluate-articles';
import { formatDifferences, formatScoreTable } from '../ingest/eval/format-score-table';
import type { JudgedArticleScore } from '../ingest/eval/evaluate-judged-articles';
import type { RealArticleScore } from '../ingest/eval/real-score';
import { defaultExtractors } from '../ingest/extractor-registry';
import { createLanguageAnalyser } from '../ingest/nlp/create-language-analyser';
import { readConfig } from '../server/config';
import type { Extractor } from '../ingest/extractor';
import { EVAL_USAGE, parseEvalArgs } from './eval-args';
import { evalJudgementsFile } from './eval-judgements';
import { evalRealFolder } from './eval-real-folder';

export interface EvalDependencies {
  /** Makes the extractor to score, by name (undefined: the default one). */
  readonly createExtractor?: (name: string | undefined) => Extractor | Promise<Extractor>;
  readonly write?: (text: string) => void;
}

export interface EvalResult {
  readonly annotated: ArticleScore[];
  readonly real: RealArticleScore[];
  /** The articles of a judgements export (`--judgements-from`). */
  readonly judged: JudgedArticleScore[];
}

/**
 * `kg eval` (see EVAL_USAGE): scores the extractor against every
 * hand-annotated article of the folders, one table per folder (seed and
 * corpus apart, since the targets differ), then against the real articles'
 * expected facts and kept judgements, and the analysts' exported
 * judgements. The extractor is made once, and only
 * when some article is to be read.
 */
export async function evalCommand(
  argv: readonly string[],
  {
    createExtractor = (name) =>
      defaultExtractors(createLanguageAnalyser(readConfig().nlp)).create(name),
    write = (text) => process.stdout.write(text),
  }: EvalDependencies = {},
): Promise<EvalResult> {
  const options = parseEvalArgs(argv);
  if (options.help) {
    write(EVAL_USAGE);
    return { annotated: [], real: [], judged: [] };
  }
  let extractor: Promise<Extractor> | undefined;
  const getExtractor = () => (extractor ??= Promise.resolve(createExtractor(options.extractor)));
  const annotated: ArticleScore[] = [];
  for (const folder of options.folders) {
    if (!existsSync(folder)) {
      throw new InvalidInputError(
        `The folder "${folder}" does not exist; give a folder of annotated articles.`,
      );
    }
    const articles = readAnnotatedFolder(folder);
    const used = await getExtractor();
    const scores = await evaluateArticles(articles, used);
    write(`\n${folder} (extractor ${used.name})\n${formatScoreTable(scores)}\n`);
    if (options.verbose) write(`\n${scores.map(formatDifferences).join('\n\n')}\n`);
    annotated.push(...scores);
  }
  if (options.folders.length > 1) write(`\nall folders\n${formatScoreTable(annotated)}\n`);
  const real = options.real
    ? await evalRealFolder(options.real, options.verbose, getExtractor, write)
    : [];
  const judged = options.judgementsFrom
    ? await evalJudgementsFile(options.judgementsFrom, options.verbose, getExtractor, write)
    : [];
  return { annotated, real, judged };
}
