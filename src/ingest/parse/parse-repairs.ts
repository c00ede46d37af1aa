import { NUMBER_WORDS } from '../mentions/number-words';
import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../nlp/analysis';
import { foldForMatch } from '../text/fold-for-match';
import { PERSONNEL } from './lexicon/nouns';
import { hasStem } from './lexicon/stems';

/**
 * Known, systematic mistakes of the parser, undone before the rules read a sentence. Each repair
 * is a rewrite of the tree that keeps every token and leaves other sentences as they were.
 */
export function repairParse(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  return chiefBeforeName(countedNounAfterNumberWord(sentence, language), language);
}

/**
 * "Hezbollah chief Hassan Nasrallah", "Wagner chief Yevgeny Prigozhin": the English tagger takes
 * "chief" between a body's name and a person's for an adjective. It is the title, a noun in the
 * name's compound, as "leader" is in "Hezbollah leader Hassan Nasrallah".
 */
function chiefBeforeName(sentence: AnalysisSentence, language: AnalysisLanguage): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const chiefs = tokens.filter((t) => {
    const arc = arcOf.get(t.index);
    const before = arcOf.get(t.index - 1);
    return (
      foldForMatch(t.word) === 'chief' &&
      t.pos === 'ADJ' &&
      arc?.rel === 'amod' &&
      tokens[arc.head - 1]?.pos === 'PROPN' &&
      before?.rel === 'compound' &&
      before.head === arc.head
    );
  });
  if (chiefs.length === 0) return sentence;
  const fixed = new Set(chiefs.map((t) => t.index));
  return {
    ...sentence,
    tokens: tokens.map((t) => (fixed.has(t.index) ? { ...t, pos: 'NOUN' } : t)),
    dependencies: dependencies.map((d) => (fixed.has(d.dependent) ? { ...d, rel: 'compound' } : d)),
  };
}

/**
 * "Huit militaires camerounais ont été tués": at a sentence's start the French parser takes the
 * capitalised number word for a name heading the phrase, and the noun it counts for an adjective.
 * The counted noun takes the number's place in the tree; the number counts it (nummod) and its
 * other modifiers ("camerounais") move to the noun.
 */
function countedNounAfterNumberWord(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const number = tokens[0];
  if (
    language !== 'fr' ||
    number === undefined ||
    number.pos !== 'PROPN' ||
    !NUMBER_WORDS.has(foldForMatch(number.word))
  )
    return sentence;
  const noun = tokens[number.index];
  const nounArc = noun && arcOf.get(noun.index);
  if (
    !noun ||
    !nounArc ||
    nounArc.head !== number.index ||
    nounArc.rel !== 'amod' ||
    !hasStem(foldForMatch(noun.word), PERSONNEL[language])
  )
    return sentence;
  const numberArc = arcOf.get(number.index)!;
  const repaired: Dependency[] = dependencies.map((d) => {
    if (d.dependent === noun.index) return { ...d, head: numberArc.head, rel: numberArc.rel };
    if (d.dependent === number.index) return { ...d, head: noun.index, rel: 'nummod' };
    if (d.head === number.index) return { ...d, head: noun.index };
    return d;
  });
  return {
    ...sentence,
    tokens: tokens.map((t) =>
      t === number ? { ...t, pos: 'NUM' } : t === noun ? { ...t, pos: 'NOUN' } : t,
    ),
    dependencies: repaired,
  };
}
