import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMetadata } from '../../src/domain/annotation';
import { RulesExtractor } from '../../src/ingest/rules-extractor';
import { splitSentences } from '../../src/ingest/split-sentences';
import type { Extraction } from '../../src/ingest/extractor';
import { claimOf } from './extract-helpers';

const SEED = join(__dirname, '..', '..', 'seed', 'kursk-north-korean-losses.fr');

/**
 * The design's eight acceptance questions, asked of the extractor's own
 * output on the seed article (never of its hand annotations): each key
 * claim is there, with its sentence, speaker, relay and modality.
 */
describe('the extractor answers the eight design questions from the seed text', () => {
  let batch: Extraction;
  const sentence = (start: string) =>
    splitSentences(batch.article.text, 'fr').find((s) => s.text.startsWith(start))?.text;

  beforeAll(async () => {
    const metadata = JSON.parse(readFileSync(`${SEED}.json`, 'utf8')) as ArticleMetadata;
    batch = await new RulesExtractor().extract(
      { ...metadata, text: readFileSync(`${SEED}.txt`, 'utf8') },
      [],
    );
  });

  test('1. who the spokespeople are and for whom they speak', () => {
    expect(claimOf(batch.claims, 'pat-ryder SPOKESPERSON_OF pentagon').sentence).toMatch(
      /^Pat Ryder, porte-parole du Pentagone/u,
    );
    expect(claimOf(batch.claims, 'pentagon PART_OF united-states').sentence).toMatch(
      /ministère américain de la Défense/u,
    );
    expect(
      claimOf(batch.claims, 'john-kirby SPOKESPERSON_OF national-security-council').sentence,
    ).toMatch(/^John Kirby/u);
    expect(claimOf(batch.claims, 'national-security-council PART_OF white-house').sentence).toMatch(
      /^John Kirby/u,
    );
  });

  test('2. how North Korea is connected to Ukraine', () => {
    expect(claimOf(batch.claims, 'korean-people-s-army PART_OF north-korea').sentence).toMatch(
      /^Selon le rapport/u,
    );
    expect(
      batch.claims.filter(
        (c) => c.subjectId === 'armed_force:korean-people-s-army' && c.predicate === 'FIGHTS_FOR',
      ).length,
    ).toBeGreaterThan(0);
    const direct = claimOf(batch.claims, 'north-korea AT_WAR_WITH ukraine');
    expect([direct.attributedToId, direct.sentence]).toEqual([
      'organization:white-house',
      sentence('De son côté'),
    ]);
  });

  test('3. who confirmed the losses, through which channel, relayed by whom, on what date', () => {
    const confirmed = batch.claims.filter(
      (c) =>
        c.predicate === 'SUFFERED_LOSSES_IN' &&
        c.modality === 'CONFIRMED' &&
        c.reportedById === 'organization:associated-press',
    );
    expect(confirmed.map((c) => c.attributedToId).sort()).toEqual([
      'organization:defence-intelligence-of-ukraine',
      'organization:pentagon',
    ]);
    for (const claim of confirmed) {
      expect(claim.time).toEqual({ from: '2024-12-17', to: '2024-12-17' });
      expect(claim.sentence).toBe(sentence('Pour la première fois'));
    }
    const telegram = batch.claims.filter((c) => c.channel === 'Telegram');
    expect(telegram.length).toBeGreaterThan(0);
    for (const claim of telegram)
      expect(claim.attributedToId).toBe('organization:defence-intelligence-of-ukraine');
  });

  test('4. where the losses occurred and who controls that area', () => {
    expect(
      batch.claims.some(
        (c) => c.predicate === 'SUFFERED_LOSSES_IN' && c.objectId === 'location:kursk-oblast',
      ),
    ).toBe(true);
    expect(claimOf(batch.claims, 'kursk-oblast LOCATED_IN russia').sentence).toBe(
      sentence('Selon le rapport'),
    );
    const control = claimOf(batch.claims, 'ukraine CONTROLS kursk-oblast');
    expect([control.modality, control.reportedById]).toEqual([
      'REPORTED',
      'organization:associated-press',
    ]);
  });

  test('5. how many soldiers were sent, according to whom', () => {
    const sent = claimOf(batch.claims, 'korean-people-s-army DEPLOYED_TO russia');
    expect([sent.quantity, sent.modality, sent.attributedToId]).toEqual([
      { min: 10000, max: 12000, unit: 'soldier' },
      'REPORTED',
      null,
    ]);
  });

  test('6. what Russia reportedly gave in exchange: oil, an allegation', () => {
    const oil = claimOf(batch.claims, 'russia SUPPLIES north-korea');
    expect([oil.itemId, oil.modality, oil.sentence]).toEqual([
      'commodity:oil',
      'ALLEGED',
      sentence('En échange'),
    ]);
  });

  test('7. what the United States announced, and who said it', () => {
    const sanctions = claimOf(batch.claims, 'united-states SANCTIONS north-korea');
    expect([sanctions.modality, sanctions.attributedToId]).toEqual([
      'INTENDED',
      'person:john-kirby',
    ]);
  });

  test('8. who has not reacted: the capitals standing for their states, surfaces kept', () => {
    const silent = batch.claims.filter((c) => c.predicate === 'STATED_NO_COMMENT');
    expect(silent.map((c) => c.subjectId).sort()).toEqual([
      'country:north-korea',
      'country:russia',
    ]);
    const surfaces = batch.mentions
      .filter((m) => m.sentenceSpan.start === silent[0]!.sentenceSpan.start)
      .map((m) => m.surface);
    expect(surfaces).toEqual(expect.arrayContaining(['Moscou', 'Pyongyang']));
  });
});
