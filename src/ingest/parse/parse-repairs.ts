import { NUMBER_WORDS } from '../mentions/number-words';
import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../nlp/analysis';
import { foldForMatch } from '../text/fold-for-match';
import { PERSONNEL } from './lexicon/nouns';
import { hasStem, keyOfStem } from './lexicon/stems';
import { REPORTING_VERBS } from './lexicon/verbs';

/**
 * Known, systematic mistakes of the parser, undone before the rules read a sentence. Each repair
 * is a rewrite of the tree that keeps every token and leaves other sentences as they were.
 */
export function repairParse(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  return trailingReportAside(
    frenchDesAfterNoun(
      chiefBeforeName(countedNounAfterNumberWord(sentence, language), language),
      language,
    ),
    language,
  );
}

/**
 * "le porte-parole des Forces armées du Cabinda": the French parser may read "des" right after a
 * noun as the plural article and hang what follows on the noun as an apposition, where it is
 * "de les", the noun's complement. The phrase becomes the noun's modifier, marked by "des".
 */
function frenchDesAfterNoun(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'fr') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const marks = new Map<number, number>();
  for (const arc of dependencies) {
    if (arc.rel !== 'appos' || arc.dependent <= arc.head) continue;
    const noun = tokens[arc.head - 1];
    const des = tokens[arc.head];
    if (noun?.pos !== 'NOUN' || des === undefined || foldForMatch(des.word) !== 'des') continue;
    const desArc = arcOf.get(des.index);
    if (desArc?.rel !== 'det' || desArc.head !== arc.dependent) continue;
    marks.set(arc.dependent, des.index);
  }
  if (marks.size === 0) return sentence;
  const articles = new Set(marks.values());
  return {
    ...sentence,
    tokens: tokens.map((t) => (articles.has(t.index) ? { ...t, pos: 'ADP' } : t)),
    dependencies: dependencies.map((d) =>
      marks.has(d.dependent)
        ? { ...d, rel: 'nmod' }
        : articles.has(d.dependent)
          ? { ...d, rel: 'case' }
          : d,
    ),
  };
}

/**
 * "Three members were killed during an encounter in Sulu on Monday, a military official said": the
 * English parser may make the final "…, X said" a complement of the reported verb and hang on
 * "said" the phrases before the comma ("during an encounter", "on Monday"), taking them from the
 * event they belong to. They go back to the reported verb, and "said" becomes the aside it is.
 */
function trailingReportAside(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  for (const said of tokens) {
    const arc = arcOf.get(said.index);
    if (
      arc?.rel !== 'ccomp' ||
      arc.head >= said.index ||
      said.pos !== 'VERB' ||
      keyOfStem(foldForMatch(said.word), language, REPORTING_VERBS) === null
    )
      continue;
    const subject = dependencies.find((d) => d.head === said.index && d.rel === 'nsubj');
    if (subject === undefined || subject.dependent > said.index) continue;
    // The comma that opens the aside: the last one before the speaker's phrase.
    const comma = dependencies
      .filter(
        (d) =>
          d.head === said.index &&
          d.rel === 'punct' &&
          d.dependent < subject.dependent &&
          tokens[d.dependent - 1]?.word === ',',
      )
      .map((d) => d.dependent)
      .pop();
    if (comma === undefined) continue;
    const reported = arc.head;
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === said.index) return { ...d, rel: 'parataxis' };
        if (d.head === said.index && d.dependent < comma) return { ...d, head: reported };
        return d;
      }),
    };
  }
  return sentence;
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
