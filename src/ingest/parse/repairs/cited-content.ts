import type { AnalysisLanguage, AnalysisSentence } from '../../nlp/analysis';
import { foldedWord } from './tree-edits';
import { hasStem, keyOfStem } from '../lexicon/stems';
import { CITE_VERBS, COMPLEMENTIZER, GERMAN_CITING_NOUN, REPORTING_VERBS } from '../lexicon/verbs';

/**
 * "Interfax informó, citando al Ministerio de Defensa, que las fuerzas rusas tomaron Avdiivka",
 * "Interfax berichtete unter Berufung auf das Ministerium, dass russische Truppen … eingenommen
 * hätten": the parser hangs what is reported on the body cited, as a clause of that noun. A
 * clause after a comma on the object of citing ("citando", "citant", "citing") or of "unter
 * Berufung auf" is the complement of the reporting verb the citing hangs on; its "que" opens
 * it rather than standing for the noun.
 */
export function contentAfterCitation(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const word = (index: number) => foldedWord(sentence, index);
  const headOf = new Map(dependencies.map((d) => [d.dependent, d.head]));
  const reporting = (index: number) =>
    tokens[index - 1]?.pos === 'VERB' && keyOfStem(word(index), language, REPORTING_VERBS) !== null;
  // The reporting verb whose citation `noun` names, if it is one.
  const citingVerbOver = (noun: number): number | null => {
    const head = headOf.get(noun) ?? 0;
    const above = headOf.get(head) ?? 0;
    if (hasStem(word(head), CITE_VERBS[language]) && reporting(above)) return above;
    if (language !== 'de') return null;
    if (word(head) === GERMAN_CITING_NOUN && reporting(above)) return above;
    const besideCiting = dependencies.some(
      (d) => d.head === head && word(d.dependent) === GERMAN_CITING_NOUN,
    );
    return besideCiting && reporting(head) ? head : null;
  };
  for (const arc of dependencies) {
    if (!/^(?:acl|ccomp)/u.test(arc.rel) || arc.dependent < arc.head) continue;
    const verb = citingVerbOver(arc.head);
    if (verb === null || !commaBefore(sentence, arc.dependent, arc.head)) continue;
    const clause = arc.dependent;
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === clause) return { ...d, head: verb, rel: 'ccomp' };
        if (d.head === clause && d.dependent < clause && COMPLEMENTIZER.test(word(d.dependent)))
          return { ...d, rel: 'mark' };
        return d;
      }),
    };
  }
  return sentence;
}

/** Whether a comma stands between the cited noun and the clause's first word. */
function commaBefore(sentence: AnalysisSentence, clause: number, noun: number): boolean {
  const children = new Map<number, number[]>();
  for (const d of sentence.dependencies)
    children.set(d.head, [...(children.get(d.head) ?? []), d.dependent]);
  let first = clause;
  const stack = [clause];
  while (stack.length > 0) {
    const at = stack.pop()!;
    first = Math.min(first, at);
    stack.push(...(children.get(at) ?? []));
  }
  for (let at = first; at < clause && at > noun; at += 1)
    if (sentence.tokens[at - 1]?.word === ',') return true;
  return sentence.tokens[first - 2]?.word === ',';
}
