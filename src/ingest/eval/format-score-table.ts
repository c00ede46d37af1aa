import type { ArticleScore } from './article-score';
import { f1, precision, ratio, recall, totalScore } from './article-score';

const HEADER = [
  'article',
  'lang',
  'ent P',
  'ent R',
  'ent F1',
  'claim P',
  'claim R',
  'claim F1',
  'modality',
  'attribution',
  'claims',
];

function cells(score: ArticleScore): string[] {
  const pct = (n: number) => n.toFixed(2);
  return [
    score.name,
    score.language,
    pct(precision(score.entities)),
    pct(recall(score.entities)),
    pct(f1(score.entities)),
    pct(precision(score.claims)),
    pct(recall(score.claims)),
    pct(f1(score.claims)),
    `${pct(ratio(score.modality))} (${score.modality.correct}/${score.modality.total})`,
    `${pct(ratio(score.attribution))} (${score.attribution.correct}/${score.attribution.total})`,
    `${score.claims.tp}/${score.claims.tp + score.claims.fn} gold, ${score.claims.fp} extra`,
  ];
}

/** A plain-text table: one row per article, then the micro-averaged total. */
export function formatScoreTable(scores: readonly ArticleScore[]): string {
  const rows = [HEADER, ...scores.map(cells), cells(totalScore(scores))];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    line(HEADER),
    rule,
    ...rows.slice(1, -1).map(line),
    rule,
    line(rows[rows.length - 1]!),
  ].join('\n');
}

/** The differences behind a score, for tuning. */
export function formatDifferences(score: ArticleScore): string {
  const list = (title: string, items: readonly string[]) =>
    items.length === 0 ? [] : [`  ${title}:`, ...items.map((item) => `    ${item}`)];
  return [
    `${score.name}`,
    ...list('missed entities', score.missedEntities),
    ...list('extra entities', score.extraEntities),
    ...list('missed claims', score.missedClaims),
    ...list('extra claims', score.extraClaims),
  ].join('\n');
}
