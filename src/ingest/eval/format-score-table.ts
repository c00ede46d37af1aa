import type { ArticleScore } from './article-score';
import { f1, precision, ratio, recall, totalScore } from './article-score';
import { formatTextTable } from './text-table';

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
  return formatTextTable(HEADER, [scores.map(cells), [cells(totalScore(scores))]], 2);
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
