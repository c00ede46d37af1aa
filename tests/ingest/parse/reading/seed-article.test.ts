import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMetadata } from '../../../../src/domain/annotation';
import type { Extraction } from '../../../../src/ingest/extractor';
import { find, theExtractor, useTestExtractor } from '../../../support/parse-sentences';

const SEED = join(__dirname, '..', '..', '..', '..', 'seed', 'kursk-north-korean-losses.fr');

useTestExtractor();

describe('parse-v1 reads the seed article through CoreNLP', () => {
  let batch: Extraction;

  beforeAll(async () => {
    const metadata = JSON.parse(readFileSync(`${SEED}.json`, 'utf8')) as ArticleMetadata;
    batch = await theExtractor().extract(
      { ...metadata, text: readFileSync(`${SEED}.txt`, 'utf8') },
      [],
    );
  }, 300_000);

  test('spokespeople and whom they speak for, from the apposition', () => {
    expect(find(batch, 'pat-ryder', 'SPOKESPERSON_OF', 'pentagon')).toHaveLength(1);
    expect(find(batch, 'john-kirby', 'SPOKESPERSON_OF', 'national-security-council')).toHaveLength(
      1,
    );
  });

  test('the troops sent: a range kept as bounds, reported, with nobody named', () => {
    const [sent] = find(batch, 'korean-people-s-army', 'DEPLOYED_TO', 'russia');
    expect([sent?.quantity, sent?.modality, sent?.attributedToId]).toEqual([
      { min: 10000, max: 12000, unit: 'soldier' },
      'REPORTED',
      null,
    ]);
  });

  test('the conditional "aurait fourni" is an allegation, with its item', () => {
    const [oil] = find(batch, 'russia', 'SUPPLIES', 'north-korea');
    expect([oil?.itemId, oil?.modality]).toEqual(['commodity:oil', 'ALLEGED']);
  });

  test('the future "réagiront … par des sanctions" is intended, said by John Kirby', () => {
    const [sanctions] = find(batch, 'united-states', 'SANCTIONS', 'north-korea');
    expect([sanctions?.modality, sanctions?.attributedToId]).toEqual([
      'INTENDED',
      'person:john-kirby',
    ]);
  });

  test('"selon le rapport" relays the agency named before; the place is in Russia and held by Ukraine', () => {
    const [losses] = find(batch, 'korean-people-s-army', 'SUFFERED_LOSSES_IN', 'kursk-oblast');
    expect([losses?.modality, losses?.reportedById]).toEqual([
      'REPORTED',
      'organization:associated-press',
    ]);
    expect(find(batch, 'kursk-oblast', 'LOCATED_IN', 'russia')).toHaveLength(1);
    const [control] = find(batch, 'ukraine', 'CONTROLS', 'kursk-oblast');
    expect(control?.reportedById).toBe('organization:associated-press');
  });

  test('both confirming sources of the first sentence, relayed by the agency the next sentence names, on its date', () => {
    const confirmed = batch.claims.filter((c) => c.modality === 'CONFIRMED' && c.reportedById);
    expect(new Set(confirmed.map((c) => c.attributedToId))).toEqual(
      new Set(['organization:defence-intelligence-of-ukraine', 'organization:pentagon']),
    );
    for (const claim of confirmed) {
      expect(claim.reportedById).toBe('organization:associated-press');
      expect(claim.time).toEqual({ from: '2024-12-17', to: '2024-12-17' });
    }
  });

  test('capitals standing for their states have not reacted; the topic is kept as written', () => {
    const silent = batch.claims.filter((c) => c.predicate === 'STATED_NO_COMMENT');
    expect(silent.map((c) => c.subjectId).sort()).toEqual([
      'country:north-korea',
      'country:russia',
    ]);
    expect(silent[0]?.objectValue).toMatch(/^aux informations/u);
    expect(silent[0]?.modality).toBe('ASSERTED');
  });

  test('every claim carries a sentence of the article and its span', () => {
    for (const claim of batch.claims) {
      expect(batch.article.text.slice(claim.sentenceSpan.start, claim.sentenceSpan.end)).toBe(
        claim.sentence,
      );
    }
  });
});
