import type { AnalysisEntity, AnalysisSentence } from '../../../src/ingest/nlp/analysis';
import { withRecurringNames } from '../../../src/ingest/parse/recurring-names';

/** A sentence of "word/POS" tokens, with the analyser's entities as [first, last, type]. */
function sentence(
  index: number,
  tagged: string,
  entities: readonly (readonly [number, number, AnalysisEntity['type']])[] = [],
): AnalysisSentence {
  let offset = index * 100;
  const tokens = tagged.split(' ').map((pair, i) => {
    const [word = '', pos = ''] = pair.split('/');
    const token = {
      index: i + 1,
      word,
      lemma: word,
      pos,
      ner: 'O',
      start: offset,
      end: offset + word.length,
    };
    offset += word.length + 1;
    return token;
  });
  return {
    index,
    tokens,
    dependencies: [],
    entities: entities.map(([first, last, type]) => ({
      first,
      last,
      type,
      text: tokens
        .slice(first - 1, last)
        .map((t) => t.word)
        .join(' '),
      start: tokens[first - 1]!.start,
      end: tokens[last - 1]!.end,
    })),
  };
}

const names = (s: AnalysisSentence) => s.entities.map((e) => `${e.text}:${e.type}:${e.first}`);

describe('a name tagged in one sentence is tagged where it recurs untagged', () => {
  test('a proper noun the tagger missed gets the class it had elsewhere', () => {
    const [first, second] = withRecurringNames([
      sentence(0, 'Die/DET Armee/NOUN übernahm/VERB Abyei/PROPN ./PUNCT'),
      sentence(1, 'Mitarbeiter/NOUN in/ADP Abyei/PROPN bestätigten/VERB ./PUNCT', [
        [3, 3, 'LOCATION'],
      ]),
    ]);
    expect(names(first!)).toEqual(['Abyei:LOCATION:4']);
    expect(names(second!)).toEqual(['Abyei:LOCATION:3']);
  });

  test('not a name tagged two ways, a word that is no proper noun there, nor part of a longer name', () => {
    const read = withRecurringNames([
      sentence(0, 'Wad/PROPN Madani/PROPN fell/VERB', [[1, 2, 'LOCATION']]),
      sentence(1, 'Wad/PROPN Madani/PROPN spoke/VERB', [[1, 2, 'ORGANIZATION']]),
      sentence(2, 'they/PRON left/VERB Wad/PROPN Madani/PROPN'),
      sentence(3, 'Tessit/PROPN fell/VERB', [[1, 1, 'LOCATION']]),
      sentence(4, 'the/DET tessit/NOUN Tessit/NOUN'),
      sentence(5, 'the/DET Tessit/PROPN Garrison/PROPN surrendered/VERB'),
    ]);
    expect(read.slice(2).map(names)).toEqual([[], ['Tessit:LOCATION:1'], [], []]);
  });

  test('a name tagged a place or a body in one sentence and a person in another is the place', () => {
    const [first, second, third] = withRecurringNames([
      sentence(0, 'rebels/NOUN stormed/VERB Tessit/PROPN', [[3, 3, 'PERSON']]),
      sentence(1, 'the/DET town/NOUN of/ADP Tessit/PROPN', [[4, 4, 'LOCATION']]),
      sentence(2, 'they/PRON left/VERB Tessit/PROPN'),
    ]);
    expect([first, second, third].map((s) => names(s!))).toEqual([
      ['Tessit:LOCATION:3'],
      ['Tessit:LOCATION:4'],
      ['Tessit:LOCATION:3'],
    ]);
  });

  test('a miscellaneous tag gives way to the class the name has elsewhere', () => {
    const [first] = withRecurringNames([
      sentence(0, 'rebels/NOUN entered/VERB Tessit/PROPN', [[3, 3, 'MISC']]),
      sentence(1, 'the/DET town/NOUN of/ADP Tessit/PROPN', [[4, 4, 'LOCATION']]),
    ]);
    expect(names(first!)).toEqual(['Tessit:LOCATION:3']);
  });

  test('a weekday in lower case the tagger ran a name on into is no word of it', () => {
    const [first, second, third] = withRecurringNames([
      sentence(0, 'entrés/VERB dans/ADP Tessit/PROPN lundi/PROPN', [[3, 4, 'MISC']]),
      sentence(1, 'la/DET ville/NOUN de/ADP Tessit/PROPN', [[4, 4, 'LOCATION']]),
      sentence(2, 'Plácido/PROPN Domingo/PROPN canta/VERB', [[1, 2, 'PERSON']]),
    ]);
    expect(names(first!)).toEqual(['Tessit:LOCATION:3']);
    expect(names(second!)).toEqual(['Tessit:LOCATION:4']);
    expect(names(third!)).toEqual(['Plácido Domingo:PERSON:1']);
  });
});
