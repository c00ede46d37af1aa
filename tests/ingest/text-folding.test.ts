import { foldForMatch } from '../../src/ingest/text/fold-for-match';
import { phraseKey, tokenize } from '../../src/ingest/text/tokenize';

describe('foldForMatch', () => {
  test('folds case, accents and apostrophes without changing any offset', () => {
    const text = 'Corée du Nord, l’Ukraine et les États-Unis — « œuvre »';
    const folded = foldForMatch(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe("coree du nord, l'ukraine et les etats-unis - « ouvre »");
  });
});

describe('tokenize', () => {
  test('gives the same key to hyphen, space and apostrophe variants', () => {
    expect(phraseKey('Maison-Blanche')).toBe(phraseKey('maison blanche'));
    expect(phraseKey('guerre contre l’Ukraine')).toBe(phraseKey("guerre contre l'Ukraine"));
  });

  test('keeps offsets of the original text', () => {
    const tokens = tokenize('la Corée du Nord', 100);
    expect(tokens.map((t) => [t.raw, t.start, t.end])).toEqual([
      ['la', 100, 102],
      ['Corée', 103, 108],
      ['du', 109, 111],
      ['Nord', 112, 116],
    ]);
  });
});
