/** Repairs of Spanish subjects the parser takes for objects when they follow the verb. */

import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { CAPTURE_VERBS, FIGHT_VERBS, HARM_VERBS } from '../lexicon/predicate-triggers';
import { hasStem } from '../lexicon/stems';
import { foldedWord, withRewrittenArcs } from './tree-edits';

/** "a", "al": the preposition Spanish sets before a person or a body it makes the object. */
const PERSONAL_A = /^(?:a|al)$/u;
/** The definite articles a subject named after its verb takes: "atacaron los hutíes". */
const DEFINITE = /^(?:el|la|los|las)$/u;

/** Verbs whose object is someone, marked by "a": attacking, harming, capturing. */
function actsOnSomeone(word: string): boolean {
  return [FIGHT_VERBS, HARM_VERBS, CAPTURE_VERBS].some((stems) => hasStem(word, stems.es));
}

/**
 * "Atacaron los hutíes a Israel", "Ayer atacaron los rebeldes del M23 al ejército congoleño",
 * "Mataron los soldados a diez terroristas": Spanish may set the subject after the verb, and the
 * parser, finding none before it, takes it for an object beside the real one, which "a" marks as
 * the object, or hangs the "a" phrase of a name on the subject ("Atacó el ejército de Malí al
 * JNIM"). Of a verb of attacking, harming or capturing, a noun phrase right after it, definite or
 * a name, that is its subject or its only bare object, followed by a phrase of "a" is the
 * subject, and the "a" phrase the object. Not "mataron a diez terroristas" (no bare phrase), nor
 * "atacaron depósitos a las cinco" (no article), nor a second bare phrase ("entregaron los
 * rebeldes las armas").
 */
export function spanishSubjectAfterVerb(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'es') return sentence;
  const { tokens, dependencies } = sentence;
  const pos = (token: number) => tokens[token - 1]?.pos ?? '';
  const caseOf = (token: number) =>
    dependencies.find((d) => d.head === token && d.rel === 'case')?.dependent;
  const personal = (d: Dependency) => {
    const marker = caseOf(d.dependent);
    return marker !== undefined && PERSONAL_A.test(foldedWord(sentence, marker));
  };
  const rewritten = new Map<Dependency, Dependency>();
  for (const verb of tokens) {
    if (verb.pos !== 'VERB' || !actsOnSomeone(foldedWord(sentence, verb.index))) continue;
    const children = dependencies.filter((d) => d.head === verb.index);
    if (children.some((d) => /^(?:nsubj:pass|aux:pass|expl|cop)/u.test(d.rel))) continue;
    const after = children.filter((d) => d.dependent > verb.index);
    const bare = after.filter((d) => d.rel === 'obj' && caseOf(d.dependent) === undefined);
    const subjects = children.filter((d) => d.rel === 'nsubj');
    const subject = subjects.length === 0 && bare.length === 1 ? bare[0] : subjects[0];
    if (subject === undefined || subjects.length > 1 || !rightAfter(sentence, verb.index, subject))
      continue;
    const article = dependencies.find((d) => d.head === subject.dependent && d.rel === 'det');
    const definite =
      article !== undefined && DEFINITE.test(foldedWord(sentence, article.dependent));
    if (!definite && pos(subject.dependent) !== 'PROPN') continue;
    const object =
      (subject.rel === 'obj'
        ? after.find(
            (d) =>
              /^(?:obj|obl|iobj)$/u.test(d.rel) &&
              d.dependent > subject.dependent &&
              personal(d) &&
              pos(d.dependent) !== 'NUM',
          )
        : undefined) ??
      dependencies.find(
        (d) =>
          d.head === subject.dependent &&
          d.rel === 'nmod' &&
          personal(d) &&
          pos(d.dependent) === 'PROPN',
      );
    if (object === undefined || (subject.rel === 'nsubj' && bare.length > 0)) continue;
    rewritten.set(subject, { ...subject, rel: 'nsubj' });
    rewritten.set(object, { ...object, head: verb.index, rel: 'obj' });
  }
  return withRewrittenArcs(sentence, rewritten);
}

/** The phrase of `arc` opens right after the verb: only its own words stand between. */
function rightAfter(sentence: AnalysisSentence, verb: number, arc: Dependency): boolean {
  const own = sentence.dependencies.filter((d) => d.head === arc.dependent).map((d) => d.dependent);
  return Math.min(arc.dependent, ...own) === verb + 1;
}
