import type { JudgedArticleScore } from '../ingest/eval/evaluate-judged-articles';
import { evaluateJudgedArticles } from '../ingest/eval/evaluate-judged-articles';
import {
  formatJudgedDetails,
  formatJudgedTable,
  JUDGED_TABLE_LEGEND,
} from '../ingest/eval/format-judged-table';
import { readStoreJudgements } from '../ingest/eval/store-judgements';
import type { Extractor } from '../ingest/extractor';

/**
 * The judgements half of `kg eval`: the articles of a judgements export
 * extracted again, each claim looked up in the analysts' verdicts, one row
 * per language.
 */
export async function evalJudgementsFile(
  file: string,
  verbose: boolean,
  getExtractor: () => Promise<Extractor>,
  write: (text: string) => void,
): Promise<JudgedArticleScore[]> {
  const { articles, judgements } = readStoreJudgements(file);
  write(`\n${file} (${articles.length} articles, ${judgements.size} judgements)\n`);
  if (articles.length === 0) {
    write('no judged claim to check\n');
    return [];
  }
  const extractor = await getExtractor();
  const scores = await evaluateJudgedArticles(articles, extractor, judgements);
  write(`extractor ${extractor.name}\n${formatJudgedTable(scores)}\n${JUDGED_TABLE_LEGEND}\n`);
  const unused = scores.reduce((n, s) => n + s.unusedJudgements.length, 0);
  if (unused > 0)
    write(
      `${unused} judgements match no claim now: the extractor no longer makes those claims, or their sentence or entities changed (an entity merged since, say; --verbose lists them)\n`,
    );
  if (verbose) write(`\n${scores.map(formatJudgedDetails).join('\n\n')}\n`);
  return scores;
}
