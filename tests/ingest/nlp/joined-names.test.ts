import type { Analysis, AnalysisSentence } from '../../../src/ingest/nlp/analysis';
import { joinSplitNames } from '../../../src/ingest/nlp/joined-names';
import { arcs } from './analysis-helpers';

/** A sentence of `words` as the analyser gave it: [word, pos, head, rel, space after it]. */
function sentenceOf(
  words: readonly (readonly [string, string, number, string, boolean])[],
): AnalysisSentence {
  let offset = 0;
  const tokens = words.map(([word, pos, , , spaceAfter], i) => {
    const token = { index: i + 1, word, lemma: word.toLowerCase(), pos, ner: 'O', start: offset };
    offset += word.length + (spaceAfter ? 1 : 0);
    return { ...token, end: token.start + word.length };
  });
  const dependencies = words.map(([, , head, rel], i) => ({ rel, head, dependent: i + 1 }));
  return { index: 0, tokens, dependencies, entities: [] };
}

function joined(sentence: AnalysisSentence): AnalysisSentence {
  const analysis: Analysis = { language: 'fr', analyser: 'test', sentences: [sentence] };
  const [first] = joinSplitNames(analysis).sentences;
  if (first === undefined) throw new Error('no sentence');
  return first;
}

describe('joinSplitNames: names of letters and digits the tokenizer split', () => {
  test('"M" and "23" written together are one proper noun; "23" after a space stays a count', () => {
    // "Le M23 a tué 23 civils", as CoreNLP's French tokenizer splits and parses it.
    const sentence = joined(
      sentenceOf([
        ['Le', 'DET', 2, 'det', true],
        ['M', 'SYM', 5, 'nsubj', false],
        ['23', 'NUM', 2, 'nummod', true],
        ['a', 'AUX', 5, 'aux', true],
        ['tué', 'VERB', 0, 'root', true],
        ['23', 'NUM', 7, 'nummod', true],
        ['civils', 'NOUN', 5, 'obj', false],
      ]),
    );
    expect(sentence.tokens.map((t) => `${t.word}/${t.pos}`)).toEqual([
      'Le/DET',
      'M23/PROPN',
      'a/AUX',
      'tué/VERB',
      '23/NUM',
      'civils/NOUN',
    ]);
    expect(sentence.tokens[1]).toMatchObject({ index: 2, start: 3, end: 6 });
    expect(arcs(sentence)).toEqual([
      'det(M23, Le)',
      'nsubj(tué, M23)',
      'aux(tué, a)',
      'root(ROOT, tué)',
      'nummod(civils, 23)',
      'obj(tué, civils)',
    ]);
  });

  test('"S", "-" and "300" written together are one name when the parse hangs them on each other', () => {
    // "Die S-300 Raketen", as CoreNLP's German tokenizer splits it.
    const words = [
      ['Die', 'DET', 2, 'det', true],
      ['S', 'PROPN', 0, 'root', false],
      ['-', 'PUNCT', 4, 'punct', false],
      ['300', 'PROPN', 2, 'flat', true],
      ['Raketen', 'NOUN', 2, 'flat', false],
    ] as const;
    expect(joined(sentenceOf(words)).tokens.map((t) => t.word)).toEqual([
      'Die',
      'S-300',
      'Raketen',
    ]);
    // When the parse does not make the pieces one subtree, they are left as they are.
    const apart = sentenceOf(words.map(([w, p, h, r, s]) => [w, p, w === '300' ? 5 : h, r, s]));
    expect(joined(apart).tokens.map((t) => t.word)).toEqual(['Die', 'S', '-', '300', 'Raketen']);
  });
});
