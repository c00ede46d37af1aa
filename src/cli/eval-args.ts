import type { Split } from '../ingest/eval/real-article';
import { SPLITS } from '../ingest/eval/real-article';
import { defineCommand, parseCommandArgs, UsageError } from './command-args';

export const DEFAULT_EVAL_FOLDERS = ['seed', 'eval/corpus'];
export const DEFAULT_REAL_FOLDER = 'eval/real';

export const EVAL_USAGE = `Usage: kg eval [folder...] [options]

Scores the extractor. Folders of hand-annotated articles (default: seed/ and eval/corpus/) get
entity and claim precision and recall. A folder of real articles (<slug>.<lang>.facts.json, texts
in texts/; default: eval/real/ when it exists) gets fact recall, and claim precision from the
verdicts kept in its judgements.json. A judgements export (kg export --format judgements) gets
the analysts' verdicts re-checked: the extractor reads each article again, and every claim judged
WRONG that it still makes is a false positive, every one judged CORRECT a true positive.

Options:
  --extractor <name>   the extractor to score (the registry's default otherwise)
  --real <folder>      score this folder of real articles (and no annotated folder unless named)
  --split <split>      real articles of one split: dev, holdout or all (default; shown apart)
  --language <xx>      real articles in one language only (en, fr, de, es)
  --unjudged <file>    write every unjudged claim to <file>, with an empty verdict to fill in
  --judgements <file>  merge the verdicts filled in <file> into <real folder>/judgements.json,
                       then score
  --judgements-from <file>
                       score against the judgements in <file>, a kg export --format judgements
                       (and no annotated or real folder unless named)
  --verbose            list missed facts, wrong and unjudged claims with their sentences
  --help               show this message
`;

export interface RealEvalOptions {
  readonly folder: string;
  /** False for the default folder, which is scored only when it exists with texts. */
  readonly required: boolean;
  readonly split: Split | 'all';
  readonly language: string | null;
  readonly unjudgedFile: string | null;
  readonly judgementsFile: string | null;
}

export interface EvalOptions {
  readonly help: boolean;
  /** Folders of hand-annotated articles. */
  readonly folders: readonly string[];
  readonly real: RealEvalOptions | null;
  /** A judgements export to score against; null when not asked for. */
  readonly judgementsFrom: string | null;
  readonly extractor?: string;
  readonly verbose: boolean;
}

/** Parses `kg eval` arguments strictly; anything unknown throws UsageError. */
export function parseEvalArgs(argv: readonly string[]): EvalOptions {
  const args = parseCommandArgs(EVAL_COMMAND, argv);
  if (args.help)
    return { help: true, folders: [], real: null, judgementsFrom: null, verbose: false };
  const { values, positionals } = args;
  const realOnly = ['split', 'language', 'unjudged', 'judgements'] as const;
  const given = realOnly.filter((name) => values[name] !== undefined);
  const judgementsFrom = values['judgements-from'] ?? null;
  const otherSource = positionals.length > 0 || judgementsFrom !== null;
  if (otherSource && values.real === undefined && given.length > 0)
    throw usageError(`--${given[0]} applies to real articles: add --real <folder>`);
  const split = values.split ?? 'all';
  if (split !== 'all' && !(SPLITS as readonly string[]).includes(split))
    throw usageError(`--split is "${split}"; use dev, holdout or all`);
  if (values.language !== undefined && !/^[a-z]{2}$/u.test(values.language))
    throw usageError(`--language is "${values.language}"; use a two-letter code such as de`);
  const useReal = values.real !== undefined || !otherSource;
  return {
    help: false,
    folders:
      positionals.length > 0
        ? positionals
        : values.real || judgementsFrom !== null
          ? []
          : DEFAULT_EVAL_FOLDERS,
    real: useReal
      ? {
          folder: values.real ?? DEFAULT_REAL_FOLDER,
          required: values.real !== undefined || given.length > 0,
          split: split as Split | 'all',
          language: values.language ?? null,
          unjudgedFile: values.unjudged ?? null,
          judgementsFile: values.judgements ?? null,
        }
      : null,
    judgementsFrom,
    verbose: values.verbose === true,
    ...(values.extractor ? { extractor: values.extractor } : {}),
  };
}

export const EVAL_COMMAND = defineCommand({
  name: 'eval',
  usage: EVAL_USAGE,
  options: {
    extractor: { type: 'string' },
    real: { type: 'string' },
    split: { type: 'string' },
    language: { type: 'string' },
    unjudged: { type: 'string' },
    judgements: { type: 'string' },
    'judgements-from': { type: 'string' },
    verbose: { type: 'boolean' },
  },
  positionals: { min: 0, max: Number.POSITIVE_INFINITY },
});

function usageError(problem: string): UsageError {
  return new UsageError(problem, EVAL_USAGE);
}
