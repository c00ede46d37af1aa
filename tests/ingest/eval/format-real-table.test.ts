import { formatRealDetails, formatRealTable } from '../../../src/ingest/eval/format-real-table';
import { scoreRealArticle } from '../../../src/ingest/eval/score-real-article';
import { entity, fact, factsFile, handBatch } from './hand-batch';

const KP = entity('COUNTRY', 'North Korea');
const RU = entity('COUNTRY', 'Russia');
const SENT = 'North Korea sent troops to Russia.';
const deployed = fact({
  subject: ['North Korea'],
  predicate: 'DEPLOYED_TO',
  object: ['Russia'],
  summary: 'troops sent to Russia',
});
const supplies = fact({
  subject: ['Russia'],
  predicate: 'SUPPLIES',
  object: ['North Korea'],
  summary: 'Russia gave oil',
});
const batch = handBatch(
  [SENT],
  [KP, RU],
  [{ subjectId: KP.id, predicate: 'DEPLOYED_TO', objectId: RU.id, sentence: SENT }],
);
const scoreOf = (name: string, language: string, split: 'dev' | 'holdout') =>
  scoreRealArticle(
    { name, facts: factsFile([deployed, supplies], { language, split }) },
    batch,
    new Map(),
  );

describe('formatRealTable', () => {
  const scores = [
    scoreOf('a.en', 'en', 'holdout'),
    scoreOf('b.de', 'de', 'dev'),
    scoreOf('c.en', 'en', 'dev'),
  ];
  const firstCells = formatRealTable(scores)
    .split('\n')
    .filter((line) => !line.startsWith('-'))
    .map((line) => line.split(/\s{2,}/u)[0]);

  test('lists dev articles, then holdout, then rows per language and split, never mixing splits', () => {
    expect(firstCells).toEqual([
      'article',
      'b.de',
      'c.en',
      'a.en',
      'dev · de',
      'dev · en',
      'dev',
      'holdout · en',
      'holdout',
      'all · de',
      'all · en',
      'TOTAL',
    ]);
  });

  test('sums counts for a group: recall is found over facts of all its articles', () => {
    const total = formatRealTable(scores)
      .split('\n')
      .find((line) => line.startsWith('TOTAL'))!;
    expect(total.split(/\s+/u).slice(1, 7)).toEqual(['all', '6', '3', '0.50', '3', '0']);
  });

  test('--verbose shows each missed fact with its summary, and unjudged claims with their sentence', () => {
    const details = formatRealDetails(scores[0]!);
    expect(details).toContain('Russia SUPPLIES North Korea: Russia gave oil');
    expect(details).toContain(`North Korea DEPLOYED_TO Russia [ASSERTED] « ${SENT} »`);
  });
});
