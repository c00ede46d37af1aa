import { compareText } from '../../domain/entity';
import type { RealArticleScore, RealCounts } from './real-score';
import { claimPrecision, claimPrecisionLowerBound, factRecall, sumCounts } from './real-score';
import { SPLITS } from './real-article';
import { formatTextTable } from './text-table';

const HEADER = [
  'article',
  'lang',
  'split',
  'topic',
  'facts',
  'found',
  'recall',
  'claims',
  'correct',
  'wrong',
  'unjudged',
  'precision',
  'P low',
  'modality',
  'speaker',
  'quantity',
];

const TOPIC_WIDTH = 24;

interface Row {
  readonly name: string;
  readonly language: string;
  readonly split: string;
  readonly topic: string;
  readonly counts: RealCounts;
}

function cells({ name, language, split, topic, counts }: Row): string[] {
  const accuracy = ({ correct, total }: { correct: number; total: number }) =>
    total === 0 ? '-' : `${decimal(correct / total)} (${correct}/${total})`;
  return [
    name,
    language,
    split,
    topic.length > TOPIC_WIDTH ? `${topic.slice(0, TOPIC_WIDTH - 1)}…` : topic,
    String(counts.facts),
    String(counts.found),
    decimal(factRecall(counts)),
    String(counts.claims),
    String(counts.correct),
    String(counts.wrong),
    String(counts.unjudged),
    decimal(claimPrecision(counts)),
    decimal(claimPrecisionLowerBound(counts)),
    accuracy(counts.modality),
    accuracy(counts.speaker),
    accuracy(counts.quantity),
  ];
}

function decimal(value: number | null): string {
  return value === null ? '-' : value.toFixed(2);
}

/**
 * One row per article (dev, then holdout); then, for each split, a row per
 * language and the split's total, so dev and holdout are never mixed; then,
 * when both splits are shown, a row per language over both and the total.
 * Totals are micro-averaged: counts summed over articles.
 */
export function formatRealTable(scores: readonly RealArticleScore[]): string {
  const splits = SPLITS.filter((split) => scores.some((s) => s.split === split));
  const ordered = splits.flatMap((split) => scores.filter((s) => s.split === split));
  const articleRows = ordered.map((s) => cells({ ...s, counts: s }));
  const splitSections = splits.map((split) =>
    groupRows(
      scores.filter((s) => s.split === split),
      split,
      split,
    ),
  );
  const overall = splits.length > 1 ? [groupRows(scores, 'all', 'TOTAL')] : [];
  return formatTextTable(HEADER, [articleRows, ...splitSections, ...overall], 4);
}

/** A row per language, then the group's total. */
function groupRows(scores: readonly RealArticleScore[], split: string, total: string): string[][] {
  const languages = [...new Set(scores.map((s) => s.language))].sort(compareText);
  const row = (name: string, language: string, group: readonly RealArticleScore[]) =>
    cells({ name, language, split, topic: '', counts: sumCounts(group) });
  return [
    ...languages.map((language) =>
      row(
        `${split} · ${language}`,
        language,
        scores.filter((s) => s.language === language),
      ),
    ),
    row(total, '', scores),
  ];
}

/** Says what the two precision columns are. */
export const REAL_TABLE_LEGEND =
  'precision = correct / (correct + wrong), over judged claims; P low = correct / claims, every unjudged claim counted wrong';

/** What was missed and what was wrong or unjudged, for --verbose. */
export function formatRealDetails(score: RealArticleScore): string {
  const list = (title: string, items: readonly string[]) =>
    items.length === 0 ? [] : [`  ${title}:`, ...items.map((item) => `    ${item}`)];
  const claim = (c: RealArticleScore['wrongClaims'][number]) =>
    `${c.subject} ${c.predicate} ${c.object}${c.item ? ` (${c.item})` : ''} [${c.modality}${c.speaker ? ` by ${c.speaker}` : ''}] « ${c.sentence} »`;
  return [
    score.name,
    ...list(
      'missed facts',
      score.missedFacts.map(
        (f) =>
          `${f.subject[0]} ${f.predicate} ${f.object[0] ?? `"${f.objectValue ?? ''}"`}: ${f.summary}`,
      ),
    ),
    ...list('found, but not exactly', score.inexactFacts),
    ...list('wrong claims', score.wrongClaims.map(claim)),
    ...list('unjudged claims', score.unjudgedClaims.map(claim)),
    ...list('kept judgements no claim has now', score.unusedJudgements),
  ].join('\n');
}
