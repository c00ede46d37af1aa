import { sentenceAt, splitSentences } from '../../src/ingest/split-sentences';

describe('splitSentences', () => {
  test('keeps French and English titles with the name they introduce', () => {
    const text = 'M. Peskov a démenti. Maj. Gen. Pat Ryder said so. Mme Zakharova aussi.';
    expect(splitSentences(text, 'fr').map((s) => s.text)).toEqual([
      'M. Peskov a démenti.',
      'Maj. Gen. Pat Ryder said so.',
      'Mme Zakharova aussi.',
    ]);
  });

  test('keeps the U.S. and initials inside the sentence', () => {
    const text = 'The U.S. Department of State and John F. Kirby agreed. Then they left.';
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual([
      'The U.S. Department of State and John F. Kirby agreed.',
      'Then they left.',
    ]);
  });

  test('moves a closing » back onto the sentence it closes', () => {
    const text = '« Au moins trois militaires ont disparu. » Le Pentagone a confirmé.';
    const sentences = splitSentences(text, 'fr');
    expect(sentences.map((s) => s.text)).toEqual([
      '« Au moins trois militaires ont disparu. »',
      'Le Pentagone a confirmé.',
    ]);
  });

  test('gives spans that cut the sentence out of the text', () => {
    const text = '  Première phrase.\nSeconde phrase !  ';
    for (const sentence of splitSentences(text, 'fr')) {
      expect(text.slice(sentence.span.start, sentence.span.end)).toBe(sentence.text);
    }
    expect(sentenceAt(splitSentences(text, 'fr'), text.indexOf('Seconde'))?.text).toBe(
      'Seconde phrase !',
    );
  });
});
