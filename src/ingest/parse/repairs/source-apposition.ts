import type { AnalysisLanguage, AnalysisSentence } from '../../nlp/analysis';
import { foldedWord } from './tree-edits';
import { hasStem } from '../lexicon/stems';
import { ACCORDING_TO } from '../lexicon/verbs';

/**
 * "According to the army spokesman, Colonel Paul Martin, four soldiers were killed", "Selon le
 * porte-parole de l'Amisom, le colonel Paul Martin, quatre soldats ont été tués", "Según el
 * portavoz del Ejército, el coronel Paul Martin, cuatro soldados murieron": the parser takes the
 * name set beside the source for the clause's subject, and the subject for the name's apposition.
 * A subject right after a "selon / according to / según" source's comma that names a person, with
 * a common noun after its own comma, is the source's apposition; that noun is the subject.
 */
export function nameBesideSource(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const word = (index: number) => foldedWord(sentence, index);
  const childrenOf = (head: number, rel: RegExp) =>
    dependencies.filter((d) => d.head === head && rel.test(d.rel)).map((d) => d.dependent);
  const headOf = new Map(dependencies.map((d) => [d.dependent, d.head]));
  // The nominal opens right after a comma: nothing but its own words between the comma and it.
  const openedByComma = (nominal: number) => {
    let at = nominal - 1;
    while (at > 0 && headOf.get(at) === nominal) at -= 1;
    return word(at) === ',';
  };
  for (const subject of dependencies.filter((d) => /^nsubj/u.test(d.rel))) {
    const named = subject.dependent;
    const source = childrenOf(subject.head, /^obl/u).find(
      (s) =>
        s < named &&
        openedByComma(named) &&
        childrenOf(s, /^case$/u).some((c) => hasStem(word(c), ACCORDING_TO[language])),
    );
    if (source === undefined) continue;
    const person = [named, ...childrenOf(named, /^(?:appos|flat|compound)/u)].some(
      (t) => tokens[t - 1]?.ner === 'PERSON',
    );
    const actual = childrenOf(named, /^appos$/u).find(
      (a) =>
        a > named &&
        tokens[a - 1]?.pos === 'NOUN' &&
        tokens.slice(named, a).some((t) => t.word === ','),
    );
    if (!person || actual === undefined) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === named) return { ...d, head: source, rel: 'appos' };
        if (d.dependent === actual) return { ...d, head: subject.head, rel: subject.rel };
        return d;
      }),
    };
  }
  return sentence;
}
