/** Repairs of reported speech: who said it, and what was said. */

import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { foldForMatch } from '../../text/fold-for-match';
import { keyOfStem } from '../lexicon/stems';
import { REPORTING_VERBS } from '../lexicon/verbs';
import { arcsByDependent } from './tree-edits';

/**
 * "a confirmé à l'AFP Jean-Claude Nzita", "dijo a la AFP Juan Pérez": the parser may run the
 * speaker's name on from the outlet's as one name. A person's words the analyser tags apart from
 * the outlet's are the name of another: the subject of the verb, when it has none.
 */
export function speakerAfterOutlet(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
  for (const outlet of tokens) {
    const arc = arcOf.get(outlet.index);
    if (!arc || outlet.ner !== 'ORGANIZATION' || !arc.rel.startsWith('obl')) continue;
    const verb = tokens[arc.head - 1];
    if (
      verb?.pos !== 'VERB' ||
      dependencies.some((d) => d.head === verb.index && /^nsubj/u.test(d.rel))
    )
      continue;
    const person = dependencies
      .filter((d) => d.head === outlet.index && d.rel.startsWith('flat'))
      .map((d) => tokens[d.dependent - 1]!)
      .filter((t) => t.ner === 'PERSON');
    const first = person[0];
    if (first === undefined) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === first.index) return { ...d, head: verb.index, rel: 'nsubj' };
        if (person.some((t) => t.index === d.dependent)) return { ...d, head: first.index };
        return d;
      }),
    };
  }
  return sentence;
}

/**
 * "Sobejana said troops from the 21st Infantry Battalion encountered 70 Abu Sayyaf members": with
 * no "that", the English parser may take the reported clause's subject for the object of "said",
 * hang its phrases on "said" and leave the reported verb a loose dependent. Nothing is said to
 * someone with "say": the object is the subject of the verb after it, which is what was said.
 */
export function subjectAfterSaid(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  for (const said of tokens) {
    if (said.pos !== 'VERB' || said.lemma !== 'say') continue;
    const own = dependencies.filter((d) => d.head === said.index);
    const object = own.find((d) => d.rel === 'obj' && d.dependent > said.index);
    if (object === undefined) continue;
    const verb = own.find(
      (d) =>
        d.rel === 'dep' &&
        d.dependent > object.dependent &&
        tokens[d.dependent - 1]?.pos === 'VERB' &&
        !dependencies.some((c) => c.head === d.dependent && c.rel.startsWith('nsubj')),
    );
    if (verb === undefined) continue;
    const between = (d: Dependency) =>
      d.dependent > object.dependent &&
      d.dependent < verb.dependent &&
      /^(?:obl|nmod)/u.test(d.rel);
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d === verb) return { ...d, rel: 'ccomp' };
        if (d === object) return { ...d, head: verb.dependent, rel: 'nsubj' };
        if (d.head === said.index && between(d))
          return { ...d, head: object.dependent, rel: 'nmod' };
        return d;
      }),
    };
  }
  return sentence;
}

/**
 * "Three members were killed during an encounter in Sulu on Monday, a military official said": the
 * English parser may make the final "…, X said" a complement of the reported verb and hang on
 * "said" the phrases before the comma ("during an encounter", "on Monday"), taking them from the
 * event they belong to. They go back to the reported verb, and "said" becomes the aside it is.
 */
export function trailingReportAside(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
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
