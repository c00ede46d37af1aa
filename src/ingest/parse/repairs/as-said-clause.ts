import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { arcsByDependent, foldedWord } from './tree-edits';
import { hasStem, keyOfStem } from '../lexicon/stems';
import { AS_SAID, REPORTING_VERBS } from '../lexicon/verbs';

/**
 * "Wie das Verteidigungsministerium mitteilte, haben russische Truppen Awdijiwka eingenommen",
 * "Comme l'a indiqué le ministère, les troupes russes ont pris Avdiïvka": a sentence opened by
 * a clause of "as" with a reporting verb. The parser may take "wie" for a preposition of the
 * speaker and the clause for a modifier, or make the reporting verb the root and the main clause
 * a relative clause of the speaker. The main clause, the first verb after the comma whose head
 * stands before it, is the root; the clause of "as" is its adverbial clause, "as" its conjunction,
 * the speaker its subject.
 */
export function asSaidClause(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const word = (index: number) => foldedWord(sentence, index);
  if (!hasStem(word(1), AS_SAID[language])) return sentence;
  const comma = tokens.find((t) => t.word === ',')?.index;
  if (comma === undefined) return sentence;
  const arcOf = arcsByDependent(dependencies);
  const said = tokens.find(
    (t) =>
      t.index < comma &&
      t.pos === 'VERB' &&
      keyOfStem(word(t.index), language, REPORTING_VERBS) !== null,
  )?.index;
  const main = tokens.find((t) => {
    const head = arcOf.get(t.index)?.head ?? 0;
    return t.index > comma && (t.pos === 'VERB' || t.pos === 'AUX') && head < comma;
  })?.index;
  if (said === undefined || main === undefined) return sentence;
  const as = arcOf.get(1)!;
  // "Wie das Ministerium mitteilte": the speaker "wie" was hung on.
  const speaker = as.head !== said && arcOf.get(as.head)?.head === said ? as.head : null;
  const rewrite = (d: Dependency): Dependency => {
    if (d.dependent === main) return { ...d, head: 0, rel: 'root' };
    if (d.dependent === said) return { ...d, head: main, rel: 'advcl' };
    if (d.dependent === 1) return { ...d, head: said, rel: 'mark' };
    if (d.dependent === speaker) return { ...d, rel: 'nsubj' };
    // What the reporting verb held after the comma belongs to the main clause.
    if (d.head === said && d.dependent > comma) return { ...d, head: main };
    return d;
  };
  return { ...sentence, dependencies: dependencies.map(rewrite) };
}
