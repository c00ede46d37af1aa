import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KgError } from '../../../src/domain/errors';
import { readRealFolder, TEXT_MISSING } from '../../../src/ingest/eval/read-real-folder';
import { fact, factsFile } from './hand-batch';

const GOOD = factsFile(
  [
    fact({
      subject: ['North Korea'],
      predicate: 'DEPLOYED_TO',
      object: ['Russia', 'Kursk Oblast'],
      modality: 'REPORTED',
      speaker: ['Ukraine'],
      quantity: { min: 10000, max: 12000, unit: 'soldier' },
    }),
    fact({ subject: ['Russia'], predicate: 'STATED_NO_COMMENT', objectValue: 'losses' }),
  ],
  { language: 'de', split: 'holdout' },
);

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kg-real-'));
  mkdirSync(join(folder, 'texts'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: unknown, text?: string): string {
  const file = join(folder, `${name}.facts.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  if (text !== undefined) writeFileSync(join(folder, 'texts', `${name}.txt`), text);
  return file;
}

/** The error readRealFolder throws, to inspect its code, file and field. */
function errorOf(name: string, content: unknown): KgError {
  const file = write(name, content, 'Some text.');
  try {
    readRealFolder(folder);
  } catch (error) {
    if (error instanceof KgError) {
      expect(error.message).toContain(file);
      return error;
    }
    throw error;
  }
  throw new Error('readRealFolder accepted a bad facts file');
}

const withFact = (changes: object) => ({
  ...GOOD,
  facts: [GOOD.facts[0], { ...GOOD.facts[0], ...changes }],
});

describe('readRealFolder', () => {
  test("drops the page's date field that opens a stored search excerpt, and nothing else", () => {
    write('goma.de', GOOD, ' date 2025-01 Die Rebellen haben Goma eingenommen.');
    write('kursk.de', GOOD, 'date 2024-12-17 Trending  Nordkorea hat Soldaten geschickt.');
    write('update.de', GOOD, 'Das date 2024-12 steht mitten im Text.');
    const texts = readRealFolder(folder).articles.map((a) => a.text);
    expect(texts).toEqual([
      'Die Rebellen haben Goma eingenommen.',
      'Trending  Nordkorea hat Soldaten geschickt.',
      'Das date 2024-12 steht mitten im Text.',
    ]);
  });

  test('reads each facts file with its text, and skips one whose text is missing, saying why', () => {
    write('kursk.de', GOOD, 'Nordkorea hat Soldaten nach Russland geschickt.');
    write('oil.de', { ...GOOD, split: 'dev' });
    const { articles, skipped } = readRealFolder(folder);
    expect(articles.map((a) => [a.name, a.facts.split, a.text])).toEqual([
      ['kursk.de', 'holdout', 'Nordkorea hat Soldaten nach Russland geschickt.'],
    ]);
    expect(articles[0]!.facts.facts).toEqual(GOOD.facts);
    expect(skipped.map((s) => [s.name, s.reason])).toEqual([['oil.de', TEXT_MISSING]]);
    expect(TEXT_MISSING).toMatch(/restore it as eval\/real\/README\.md says/u);
  });

  test.each([
    [
      'an unknown predicate',
      withFact({ predicate: 'INVADED' }),
      'facts[1].predicate',
      /INVADED.*DEPLOYED_TO/u,
    ],
    [
      'an unknown modality',
      withFact({ modality: 'LIKELY' }),
      'facts[1].modality',
      /LIKELY.*ALLEGED/u,
    ],
    [
      'a missing split',
      { ...GOOD, split: undefined },
      'split',
      /missing; use one of dev, holdout/u,
    ],
    [
      'a subject that is no list',
      withFact({ subject: 'North Korea' }),
      'facts[1].subject',
      /list of names/u,
    ],
    [
      'an entity predicate without object',
      withFact({ object: [] }),
      'facts[1].object',
      /DEPLOYED_TO needs object names/u,
    ],
    [
      'a value predicate with an object',
      { ...GOOD, facts: [{ ...GOOD.facts[1], object: ['Ukraine'] }] },
      'facts[0].object',
      /takes an objectValue/u,
    ],
    [
      'a quantity bound that is text',
      withFact({ quantity: { min: '10k', max: null, unit: 'soldier' } }),
      'facts[1].quantity.min',
      /number/u,
    ],
    ['a date that is not ISO', { ...GOOD, publishedAt: '17/12/2024' }, 'publishedAt', /ISO date/u],
    ['no facts', { ...GOOD, facts: [] }, 'facts', /non-empty list/u],
    [
      'a language unlike the file name',
      { ...GOOD, language: 'es' },
      'language',
      /kursk\.es\.facts\.json/u,
    ],
  ])('names the file and the field for %s', (_, content, field, message) => {
    const error = errorOf('kursk.de', content);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toMatchObject({ field });
    expect(error.message).toMatch(message);
  });

  test('names the file that is not JSON', () => {
    expect(errorOf('kursk.de', '{ "url": ').details).toMatchObject({
      file: join(folder, 'kursk.de.facts.json'),
    });
  });
});
