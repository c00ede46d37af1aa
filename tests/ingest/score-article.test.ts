import type { AnnotatedArticle } from '../../src/domain/annotation';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import { f1, totalScore } from '../../src/ingest/eval/article-score';
import { formatScoreTable } from '../../src/ingest/eval/format-score-table';
import { scoreArticle } from '../../src/ingest/eval/score-article';

const TEXT =
  'Moscou n’a pas réagi aux informations concernant les pertes. La Russie a livré du pétrole à la Corée du Nord.';

function annotated(claims: AnnotatedArticle['claims']): AnnotatedArticle {
  return {
    article: { title: 'T', language: 'fr', publishedAt: '2024-12-17', text: TEXT },
    entities: [
      { ref: 'ru', kind: 'COUNTRY', name: 'Russia', mentions: ['Moscou', 'Russie'] },
      { ref: 'kp', kind: 'COUNTRY', name: 'North Korea', mentions: ['Corée du Nord'] },
    ],
    claims,
  };
}

const SILENT = {
  subject: 'ru',
  predicate: 'STATED_NO_COMMENT',
  value: 'les pertes',
  modality: 'ASSERTED',
  sentence: 'Moscou n’a pas réagi aux informations concernant les pertes.',
} as const;
const OIL = {
  subject: 'ru',
  predicate: 'SUPPLIES',
  object: 'kp',
  modality: 'ASSERTED',
  sentence: 'La Russie a livré du pétrole à la Corée du Nord.',
} as const;

describe('scoreArticle', () => {
  test('matches claims by subject, predicate, object or like value, and sentence', () => {
    const gold = annotatedArticleToBatch(annotated([SILENT, OIL]));
    const extracted = annotatedArticleToBatch(
      annotated([
        { ...SILENT, value: 'pertes' },
        { ...OIL, modality: 'ALLEGED' },
      ]),
    );
    const score = scoreArticle('t', gold, extracted);
    expect(score.claims).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(score.modality).toEqual({ correct: 1, total: 2 });
    expect(score.attribution).toEqual({ correct: 2, total: 2 });
  });

  test('does not count a right triple read off another sentence', () => {
    const gold = annotatedArticleToBatch(annotated([OIL]));
    const extracted = annotatedArticleToBatch(
      annotated([
        { ...OIL, sentence: 'Moscou n’a pas réagi aux informations concernant les pertes.' },
      ]),
    );
    expect(scoreArticle('t', gold, extracted).claims).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  test('totals by summing counts, and prints one row per article and the total', () => {
    const gold = annotatedArticleToBatch(annotated([SILENT, OIL]));
    const extracted = annotatedArticleToBatch(annotated([OIL]));
    const scores = [scoreArticle('a.fr', gold, extracted), scoreArticle('b.fr', gold, gold)];
    const total = totalScore(scores);
    expect(total.claims).toEqual({ tp: 3, fp: 0, fn: 1 });
    expect(f1(total.claims)).toBeCloseTo(6 / 7);
    const table = formatScoreTable(scores);
    expect(table.split('\n')).toHaveLength(6);
    expect(table).toMatch(/^TOTAL\s/mu);
  });
});
