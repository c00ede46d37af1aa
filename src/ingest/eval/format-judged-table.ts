import { compareText } from '../../domain/entity';
import type { JudgedArticleScore } from './evaluate-judged-articles';
import { formatTextTable } from './text-table';

const HEADER = [
  'language',
  'articles',
  'judged CORRECT',
  'judged WRONG',
  'claims now',
  'TP',
  'FP',
  'unjudged',
  'precision',
];

/** Says what the columns are. */
export const JUDGED_TABLE_LEGEND =
  'TP = claims judged CORRECT made again, FP = claims judged WRONG made again; precision = TP / (TP + FP)';

/** A row per language, then the total: counts summed over articles. */
export function formatJudgedTable(scores: readonly JudgedArticleScore[]): string {
  const languages = [...new Set(scores.map((s) => s.language))].sort(compareText);
  const row = (name: string, group: readonly JudgedArticleScore[]) => {
    const add = (pick: (s: JudgedArticleScore) => number) => group.reduce((n, s) => n + pick(s), 0);
    const tp = add((s) => s.correct);
    const fp = add((s) => s.wrong);
    return [
      name,
      String(group.length),
      String(add((s) => s.judgedCorrect)),
      String(add((s) => s.judgedWrong)),
      String(add((s) => s.claims)),
      String(tp),
      String(fp),
      String(add((s) => s.unjudged)),
      tp + fp === 0 ? '-' : (tp / (tp + fp)).toFixed(2),
    ];
  };
  return formatTextTable(
    HEADER,
    [
      languages.map((language) =>
        row(
          language,
          scores.filter((s) => s.language === language),
        ),
      ),
      [row('TOTAL', scores)],
    ],
    1,
  );
}

/** The false positives still made, with their sentences, for --verbose. */
export function formatJudgedDetails(score: JudgedArticleScore): string {
  return [
    `${score.name} (${score.language})`,
    ...score.wrongClaims.map(
      (c) =>
        `  FP ${c.subject} ${c.predicate} ${c.object}${c.item ? ` (${c.item})` : ''} « ${c.sentence} »`,
    ),
    ...score.unusedJudgements.map((key) => `  no longer made: ${key}`),
  ].join('\n');
}
