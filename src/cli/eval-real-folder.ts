import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputError } from '../domain/errors';
import { evaluateRealArticles } from '../ingest/eval/evaluate-real-articles';
import {
  formatRealDetails,
  formatRealTable,
  REAL_TABLE_LEGEND,
} from '../ingest/eval/format-real-table';
import {
  mergeVerdicts,
  readJudgements,
  readVerdictEntries,
  writeJudgements,
} from '../ingest/eval/judgements';
import type { FactsFile } from '../ingest/eval/real-article';
import type { RealArticleScore } from '../ingest/eval/real-score';
import { readRealFolder } from '../ingest/eval/read-real-folder';
import { writeUnjudgedClaims } from '../ingest/eval/unjudged-claims';
import type { Extractor } from '../ingest/extractor';
import type { RealEvalOptions } from './eval-args';

/**
 * The real-articles half of `kg eval`: merges filled verdicts first (so they
 * are kept even if extraction then fails), scores the chosen articles, lists
 * those skipped for a missing text, and writes the unjudged claims when asked.
 * The default folder is passed over quietly when no text of it is here.
 */
export async function evalRealFolder(
  options: RealEvalOptions,
  verbose: boolean,
  getExtractor: () => Promise<Extractor>,
  write: (text: string) => void,
): Promise<RealArticleScore[]> {
  const { folder } = options;
  if (!existsSync(folder)) {
    if (!options.required) return [];
    throw new InvalidInputError(
      `The folder "${folder}" does not exist; give the folder of real articles (eval/real).`,
    );
  }
  const judgementsFile = join(folder, 'judgements.json');
  let judgements = readJudgements(judgementsFile);
  if (options.judgementsFile !== null) {
    const merged = mergeVerdicts(judgements, readVerdictEntries(options.judgementsFile));
    writeJudgements(judgementsFile, merged.judgements);
    judgements = merged.judgements;
    write(
      `\nmerged ${options.judgementsFile} into ${judgementsFile}: ${merged.added} new, ${merged.changed} changed, ${merged.blank} left blank\n`,
    );
  }
  const { articles, skipped } = readRealFolder(folder);
  const chosen = (facts: FactsFile) =>
    (options.split === 'all' || facts.split === options.split) &&
    (options.language === null || facts.language === options.language);
  const toScore = articles.filter((a) => chosen(a.facts));
  const toSkip = skipped.filter((s) => chosen(s.facts));
  if (toScore.length === 0 && !options.required) {
    if (toSkip.length > 0)
      write(
        `\n${folder}: no article text on this machine (${toSkip.length} facts files); restore the texts as ${join(folder, 'README.md')} says, or run kg eval --real ${folder} to list them\n`,
      );
    return [];
  }
  write(`\n${folder} (${toScore.length} articles, ${judgements.size} kept judgements)\n`);
  for (const { name, reason } of toSkip) write(`skipped ${name}: ${reason}\n`);
  if (toScore.length === 0) {
    write('no article to score\n');
    return [];
  }
  const extractor = await getExtractor();
  const scores = await evaluateRealArticles(toScore, extractor, judgements);
  write(`extractor ${extractor.name}\n${formatRealTable(scores)}\n${REAL_TABLE_LEGEND}\n`);
  const unused = scores.reduce((n, s) => n + s.unusedJudgements.length, 0);
  if (unused > 0)
    write(
      `${unused} kept judgements of these articles match no claim now: the extractor no longer makes those claims, or their sentence or names changed (--verbose lists them)\n`,
    );
  if (verbose) write(`\n${scores.map(formatRealDetails).join('\n\n')}\n`);
  if (options.unjudgedFile !== null) {
    const count = writeUnjudgedClaims(options.unjudgedFile, scores);
    write(
      `\nwrote ${count} unjudged claims to ${options.unjudgedFile}: set each verdict to CORRECT or WRONG, then run kg eval --real ${folder} --judgements ${options.unjudgedFile}\n`,
    );
  }
  return scores;
}
