/** Repairs of counts: number words taken for names or adjectives, German "mehr als" misread. */

import { NUMBER_WORDS } from '../../mentions/number-words';
import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { parseNumber } from '../../normalize/parse-number';
import { foldForMatch } from '../../text/fold-for-match';
import { PERSONNEL } from '../lexicon/nouns';
import { FIGHTER_NOUNS } from '../lexicon/predicate-triggers';
import { hasStem } from '../lexicon/stems';
import { arcsByDependent, foldedWord, withRewrittenArcs } from './tree-edits';

/**
 * "confirmed that fifteen soldiers were killed": the tagger may take a number word before its
 * noun for an adjective, or a compound one for a determiner, which leaves the noun uncounted. A number word right before the noun it
 * modifies is its number.
 */
export function numberWordTaggedAdjective(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const numbers = new Set(
    dependencies
      .filter((d) => {
        const word = tokens[d.dependent - 1];
        // "Soixante-trois soldats": or for a determiner; never "un", "une", "a", which are articles.
        const tagged =
          (d.rel === 'amod' && word?.pos === 'ADJ') ||
          (d.rel === 'det' &&
            word?.pos === 'DET' &&
            (parseNumber(foldForMatch(word.word)) ?? 0) > 1);
        return (
          tagged &&
          d.head === d.dependent + 1 &&
          tokens[d.head - 1]?.pos === 'NOUN' &&
          isNumberWord(word.word)
        );
      })
      .map((d) => d.dependent),
  );
  if (numbers.size === 0) return sentence;
  return {
    ...sentence,
    tokens: tokens.map((t) => (numbers.has(t.index) ? { ...t, pos: 'NUM' } : t)),
    dependencies: dependencies.map((d) => (numbers.has(d.dependent) ? { ...d, rel: 'nummod' } : d)),
  };
}

/** A number written in words: "quinze", and hyphenated compounds ("soixante-trois", "vingt-cinq"). */
function isNumberWord(word: string): boolean {
  const folded = foldForMatch(word);
  return NUMBER_WORDS.has(folded) || (folded.includes('-') && parseNumber(folded) !== null);
}

/**
 * "Zwölf russische Soldaten starben in Bachmut": the German parser may take a capitalised number
 * word opening the sentence for a name modifying the noun it counts. It is that noun's number.
 * "Six des soldats": or for a name heading the part it counts; it is a number there too.
 */
export function numberWordTaggedName(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const number = tokens[0];
  if (number === undefined || !/^(?:PROPN|NOUN)$/u.test(number.pos)) return sentence;
  if (!isNumberWord(number.word)) return sentence;
  const arc = dependencies.find((d) => d.dependent === number.index);
  const noun = arc === undefined ? undefined : tokens[arc.head - 1];
  // "Six des soldats nigérians ont été tués": heading a part of the noun it counts, it is a number.
  const partitive = dependencies.some(
    (d) => d.head === number.index && d.rel === 'nmod' && tokens[d.dependent - 1]?.pos === 'NOUN',
  );
  if (partitive) {
    return { ...sentence, tokens: tokens.map((t) => (t === number ? { ...t, pos: 'NUM' } : t)) };
  }
  if (!arc || !noun || noun.pos !== 'NOUN' || arc.rel === 'nummod') return sentence;
  if (dependencies.some((d) => d.head === number.index)) return sentence;
  return {
    ...sentence,
    tokens: tokens.map((t) => (t === number ? { ...t, pos: 'NUM' } : t)),
    dependencies: dependencies.map((d) => (d === arc ? { ...d, rel: 'nummod' } : d)),
  };
}

/**
 * "Huit militaires camerounais ont été tués": at a sentence's start the French parser takes the
 * capitalised number word for a name heading the phrase, and the noun it counts for an adjective.
 * The counted noun takes the number's place in the tree; the number counts it (nummod) and its
 * other modifiers ("camerounais") move to the noun.
 */
export function countedNounAfterNumberWord(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
  const number = tokens[0];
  if (
    language !== 'fr' ||
    number === undefined ||
    number.pos !== 'PROPN' ||
    !isNumberWord(number.word)
  )
    return sentence;
  const noun = tokens[number.index];
  const nounArc = noun && arcOf.get(noun.index);
  if (
    !noun ||
    !nounArc ||
    nounArc.head !== number.index ||
    nounArc.rel !== 'amod' ||
    !(
      hasStem(foldForMatch(noun.word), PERSONNEL[language]) ||
      hasStem(foldForMatch(noun.word), FIGHTER_NOUNS[language])
    )
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

/**
 * "Mehr als 20 Soldaten wurden getötet", "Weniger als 100 Soldaten bleiben in Niger": opening a
 * sentence, the German parser may take "Mehr" for the verb's adverb and hang the counted noun on
 * it, or make the noun an oblique of the verb, "als" its preposition either way, leaving the verb
 * with no subject. As it parses the words inside a sentence ("wurden mehr als 200 Jihadisten
 * getötet"), "mehr als" is the count's adverb and the noun is the verb's subject.
 */
export function germanMoreThanCount(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  // Only where it opens the sentence: inside one, a subject-less verb's subject is elsewhere
  // ("In Moura hatte Malis Armee … mehr als 200 Jihadisten neutralisiert").
  const more = tokens.find((t) => t.pos !== 'PUNCT')?.index ?? 0;
  if (!/^(?:mehr|weniger)$/u.test(foldedWord(sentence, more))) return sentence;
  if (foldedWord(sentence, more + 1) !== 'als') return sentence;
  const moreArc = dependencies.find((d) => d.dependent === more && d.rel === 'advmod');
  const than = dependencies.find((d) => d.dependent === more + 1 && d.rel === 'case');
  const noun = dependencies.find((d) => d.dependent === than?.head);
  if (moreArc === undefined || than === undefined || noun === undefined) return sentence;
  // The noun hangs on "Mehr", which hangs on the verb; or the noun and "Mehr" on the verb.
  const onMore = noun.head === more && noun.rel === 'nmod';
  const onVerb = noun.rel === 'obl' && moreArc.head === noun.dependent;
  if (!onMore && !onVerb) return sentence;
  const verb = onMore ? moreArc.head : noun.head;
  const count = dependencies.find((d) => d.head === noun.dependent && d.rel === 'nummod');
  const verbArcs = dependencies.filter((d) => d.head === verb);
  if (count === undefined || verbArcs.some((d) => d.rel.startsWith('nsubj'))) return sentence;
  const subject = verbArcs.some((d) => d.rel === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
  const rewritten = new Map<Dependency, Dependency>([
    [moreArc, { ...moreArc, head: count.dependent }],
    [than, { ...than, head: more, rel: 'fixed' }],
    [noun, { ...noun, head: verb, rel: subject }],
  ]);
  return withRewrittenArcs(sentence, rewritten);
}
