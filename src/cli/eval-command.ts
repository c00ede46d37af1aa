import { existsSync } from 'node:fs';
import { InvalidInputError } from '../domain/errors';
import { readAnnotatedFolder } from '../ingest/annotations/read-annotated-folder';
import type { ArticleScore } from '../ingest/eval/article-score';
import { evaluateArticles } from '../ingest/eval/evaluate-articles';
import { formatDifferences, formatScoreTable } from '../ingest/eval/format-score-table';
import { defaultExtractors } from '../ingest/extractor-registry';

export const DEFAULT_EVAL_FOLDERS = ['seed', 'eval/corpus'];

export interface EvalOptions {
  readonly folders: readonly string[];
  readonly extractor?: string;
  readonly verbose: boolean;
}

/** `kg eval [folder...] [--extractor=name] [--verbose]`: defaults to seed/ and eval/corpus/. */
export function parseEvalArgs(argv: readonly string[]): EvalOptions {
  const folders = argv.filter((a) => !a.startsWith('--'));
  const extractor = argv.find((a) => a.startsWith('--extractor='))?.slice('--extractor='.length);
  const unknown = argv.filter(
    (a) => a.startsWith('--') && a !== '--verbose' && !a.startsWith('--extractor='),
  );
  if (unknown.length > 0) {
    throw new InvalidInputError(
      `Unknown option ${unknown.join(', ')}; kg eval takes [folder...] [--extractor=name] [--verbose].`,
    );
  }
  return {
    folders: folders.length > 0 ? folders : DEFAULT_EVAL_FOLDERS,
    verbose: argv.includes('--verbose'),
    ...(extractor ? { extractor } : {}),
  };
}

/**
 * Scores the extractor against every hand-annotated article of the folders
 * and prints one table per folder (seed and corpus apart, since the targets
 * differ) and, with --verbose, what was missed and what was extra.
 */
export async function evalCommand(
  argv: readonly string[],
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<ArticleScore[]> {
  const options = parseEvalArgs(argv);
  const extractor = defaultExtractors().create(options.extractor);
  const all: ArticleScore[] = [];
  for (const folder of options.folders) {
    if (!existsSync(folder)) {
      throw new InvalidInputError(
        `The folder "${folder}" does not exist; give a folder of annotated articles.`,
      );
    }
    const scores = await evaluateArticles(readAnnotatedFolder(folder), extractor);
    write(`\n${folder} (extractor ${extractor.name})\n${formatScoreTable(scores)}\n`);
    if (options.verbose) write(`\n${scores.map(formatDifferences).join('\n\n')}\n`);
    all.push(...scores);
  }
  if (options.folders.length > 1) write(`\nall folders\n${formatScoreTable(all)}\n`);
  return all;
}
