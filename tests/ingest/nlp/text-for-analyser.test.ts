import {
  breakDatelines,
  joinWrappedLines,
  textForAnalyser,
} from '../../../src/ingest/nlp/text-for-analyser';

describe('joinWrappedLines: which line breaks stay sentence ends', () => {
  test('a break inside a sentence becomes a space, one character for one', () => {
    const text = 'Russia has been receiving drones sent\nmainly across the Caspian Sea.';
    const joined = joinWrappedLines(text);
    expect(joined).toBe('Russia has been receiving drones sent mainly across the Caspian Sea.');
    expect(joined).toHaveLength(text.length);
  });

  test('a headline, a byline or a finished sentence keeps its break', () => {
    const text = [
      'Azerbaiyán confirma la muerte de siete militares',
      'Ereván confirma un soldado muerto.',
      'Por Lorne Cook',
      '«Fue un ataque»',
      'el ministerio lo dijo.',
    ].join('\n');
    expect(joinWrappedLines(text)).toBe(text);
  });

  test('a blank line and a line starting in upper case stay breaks', () => {
    const text = 'Sudan army repels attack\n\nthe army said\nThe RSF did not respond';
    expect(joinWrappedLines(text)).toBe(text);
  });
});

describe('breakDatelines: a dateline is a sentence of its own', () => {
  test.each([
    ['ODESSA—Ukrainian troops said', 'ODESSA\nUkrainian troops said'],
    ['KHARKIV, Ukraine (AP) — Russian drones hit', 'KHARKIV, Ukraine (AP) \n Russian drones hit'],
    ['SEOUL (Reuters) - North Korea sent', 'SEOUL (Reuters) \n North Korea sent'],
    ['Title\nSAN SALVADOR: Die Polizei', 'Title\nSAN SALVADOR\n Die Polizei'],
    ['DAKAR : Les soldats', 'DAKAR \n Les soldats'],
    ['Por Ana Pérez LIMA (Reuters) - Dos soldados', 'Por Ana Pérez LIMA (Reuters) \n Dos soldados'],
  ])('%j', (text, expected) => {
    expect(breakDatelines(text)).toBe(expected);
    expect(breakDatelines(text)).toHaveLength(text.length);
  });

  test.each([
    'WHAT IS NAGORNO-KARABAKH?',
    'Gaza – Israels Armee',
    'NATO said on Monday',
    'The army said — without proof — that',
    'Kenya: Al-Shabaab attacks',
  ])('%j is no dateline', (text) => {
    expect(breakDatelines(text)).toBe(text);
  });
});

describe('textForAnalyser', () => {
  test('straightens typographic apostrophes and joins wrapped lines, one character for one', () => {
    const text =
      'Des affrontements avec l’Azerbaïdjan\nont fait 49 morts.\nErevan n’a pas commenté';
    const sent = textForAnalyser(text);
    expect(sent).toBe(
      "Des affrontements avec l'Azerbaïdjan ont fait 49 morts.\nErevan n'a pas commenté",
    );
    expect(sent).toHaveLength(text.length);
  });
});
