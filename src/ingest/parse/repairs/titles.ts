/** Repairs of persons' titles: taken for adjectives, or hung on the verb instead of the name. */

import type { AnalysisLanguage, AnalysisSentence } from '../../nlp/analysis';
import { foldForMatch } from '../../text/fold-for-match';
import { LEADER_TITLES, MEMBER_TITLES, SPOKESPERSON_TITLES } from '../lexicon/nouns';
import { hasStem } from '../lexicon/stems';
import { arcsByDependent, foldedWord } from './tree-edits';

/**
 * "Hezbollah chief Hassan Nasrallah", "Wagner chief Yevgeny Prigozhin": the English tagger takes
 * "chief" between a body's name and a person's for an adjective. It is the title, a noun in the
 * name's compound, as "leader" is in "Hezbollah leader Hassan Nasrallah".
 */
export function chiefBeforeName(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
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
 * "…, a déclaré Sani Usman, porte-parole de l'armée": the parser may hang the title that follows
 * a speaker named after the verb on the verb (as its complement, or as a second subject). A
 * spokesperson's or a leader's title set off by a comma right after the name of the verb's
 * subject describes that subject.
 */
export function titleAfterSpeaker(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const isTitle = (index: number) =>
    hasStem(foldedWord(sentence, index), SPOKESPERSON_TITLES[language]) ||
    hasStem(foldedWord(sentence, index), LEADER_TITLES[language]);
  for (const subject of dependencies) {
    if (!/^nsubj/u.test(subject.rel) || subject.dependent < subject.head) continue;
    if (tokens[subject.dependent - 1]?.ner !== 'PERSON') continue;
    // The name's last word: the words the analyser tags as this person, on from the subject.
    let last = subject.dependent;
    while (tokens[last]?.ner === 'PERSON') last += 1;
    if (tokens[last]?.word !== ',') continue;
    // ", porte-parole de l'armée", ", the army's spokesman", ", a spokesman for the army".
    const title = tokens[last + 1]?.pos === 'DET' ? last + 3 : last + 2;
    const arc = dependencies.find((d) => d.dependent === title);
    if (!arc || arc.head !== subject.head || !/^(?:xcomp|obj|obl|dep|nsubj)/u.test(arc.rel))
      continue;
    if (!isTitle(title)) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) =>
        d.dependent === title ? { ...d, head: subject.dependent, rel: 'appos' } : d,
      ),
    };
  }
  return sentence;
}

/**
 * "Ilaria Allegrozzi, investigadora de Human Rights Watch": the Spanish parser may tag a title set
 * off after a person's name as an adjective of the name. It is the noun in apposition it reads as.
 */
export function titleTaggedAdjective(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const titles = new Set<number>();
  for (const arc of dependencies) {
    const title = tokens[arc.dependent - 1];
    const name = tokens[arc.head - 1];
    if (arc.rel !== 'amod' || title?.pos !== 'ADJ' || name?.ner !== 'PERSON') continue;
    if (tokens[arc.dependent - 2]?.word !== ',' || arc.head > arc.dependent) continue;
    const word = foldForMatch(title.word);
    if (hasStem(word, MEMBER_TITLES[language]) || hasStem(word, LEADER_TITLES[language]))
      titles.add(title.index);
  }
  if (titles.size === 0) return sentence;
  return {
    ...sentence,
    tokens: tokens.map((t) => (titles.has(t.index) ? { ...t, pos: 'NOUN' } : t)),
    dependencies: dependencies.map((d) => (titles.has(d.dependent) ? { ...d, rel: 'appos' } : d)),
  };
}

/**
 * "Kreml-Sprecher Dmitri Peskow sagte, …", "Der Wagner-Chef Jewgeni Prigoschin": German writes
 * the body and the title as one hyphened word, which the tokenizer splits; the parser then makes
 * the body the head, with the title its flat part and the person its apposition, so the body
 * speaks where the person does. Hung as "der Sprecher des Kremls, Dmitri Peskow" is: the title is
 * the head, the body its modifier, the person its apposition.
 */
export function germanHyphenedTitle(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
  const isTitle = (index: number) =>
    hasStem(foldedWord(sentence, index), SPOKESPERSON_TITLES.de) ||
    hasStem(foldedWord(sentence, index), LEADER_TITLES.de);
  for (const body of tokens) {
    const title = body.index + 2;
    const person = body.index + 3;
    if (body.pos !== 'PROPN' || tokens[body.index]?.word !== '-' || !isTitle(title)) continue;
    if (tokens[person - 1]?.ner !== 'PERSON') continue;
    // The three hang on one another but one, which the parser hung on the clause: "Kreml" (the
    // title its flat part), or "Pat" (the title its dependent, the body the title's compound).
    const words = [body.index, title, person];
    const outer = words
      .map((w) => arcOf.get(w))
      .filter((arc) => arc !== undefined && !words.includes(arc.head) && arc.head !== title - 1);
    const bodyArc = outer.length === 1 ? outer[0] : undefined;
    if (bodyArc === undefined) continue;
    const moved = new Map<number, { head: number; rel: string }>([
      [title, { head: bodyArc.head, rel: bodyArc.rel }],
      [body.index, { head: title, rel: 'nmod' }],
      [person, { head: title, rel: 'appos' }],
    ]);
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        const to = moved.get(d.dependent);
        // The hyphen and whatever else hung on the body stay with it.
        return to === undefined ? d : { ...d, ...to };
      }),
    };
  }
  return sentence;
}
