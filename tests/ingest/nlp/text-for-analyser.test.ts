import {
  breakDatelines,
  frenchOrdinals,
  germanOrdinals,
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

describe('germanOrdinals: an ordinal stays inside its sentence', () => {
  test.each([
    ['Die 47. Mechanisierte Brigade rückte vor', 'Die 47e Mechanisierte Brigade rückte vor'],
    ['Kämpfer der 3. Sturmbrigade', 'Kämpfer der 3e Sturmbrigade'],
    ['zum 2. Mal', 'zum 2e Mal'],
    ['(155. Brigade)', '(155e Brigade)'],
    ['am 20. Jänner', 'am 20e Jänner'],
    ['vom 3. bis 5. Mai', 'vom 3e bis 5. Mai'],
  ])('%j', (text, expected) => {
    expect(germanOrdinals(text)).toBe(expected);
    expect(germanOrdinals(text)).toHaveLength(text.length);
  });

  test.each([
    'Die Zahl der Toten stieg auf 47. Die Armee schwieg.',
    'Das geschah 2014. Danach kam der Krieg.',
    'am 17. Dezember und im 21. Jahrhundert',
    '1. Russland zieht ab',
    'Er zählte 1.000. Soldaten',
  ])('%j is left as written', (text) => {
    expect(germanOrdinals(text)).toBe(text);
  });
});

describe('frenchOrdinals: an ordinal is written as the French tokenizer keeps it whole', () => {
  test.each([
    ['la 6ᵉ brigade', 'la 6e brigade'],
    ['la 1ʳᵉ division', 'la 1re division'],
    ['le 1ᵉʳ régiment', 'le 1er régiment'],
    ['la 3ème brigade', 'la 3e   brigade'],
    ['la 1ère armée', 'la 1re  armée'],
  ])('%j', (text, expected) => {
    expect(frenchOrdinals(text)).toBe(expected);
    expect(frenchOrdinals(text)).toHaveLength(text.length);
  });

  test.each(['le XIXᵉ siècle', 'les 3èmes', 'la 6e brigade'])('%j is left as written', (text) => {
    expect(frenchOrdinals(text)).toBe(text);
  });
});

describe('textForAnalyser', () => {
  test('rewrites ordinals in the language they are written in only', () => {
    expect(textForAnalyser('Die 47. Brigade', 'de')).toBe('Die 47e Brigade');
    expect(textForAnalyser('He came 47. Brigade troops', 'en')).toBe('He came 47. Brigade troops');
    expect(textForAnalyser('la 6ᵉ brigade', 'fr')).toBe('la 6e brigade');
    expect(textForAnalyser('la 6ᵉ brigada', 'es')).toBe('la 6ᵉ brigada');
  });

  test('straightens typographic apostrophes and joins wrapped lines, one character for one', () => {
    const text =
      'Des affrontements avec l’Azerbaïdjan\nont fait 49 morts.\nErevan n’a pas commenté';
    const sent = textForAnalyser(text, 'fr');
    expect(sent).toBe(
      "Des affrontements avec l'Azerbaïdjan ont fait 49 morts.\nErevan n'a pas commenté",
    );
    expect(sent).toHaveLength(text.length);
  });
});
