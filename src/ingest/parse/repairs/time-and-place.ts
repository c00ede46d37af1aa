/** Repairs of when and where: places misread after a day, "nahe" or "estar"; "in the course of". */

import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { foldForMatch } from '../../text/fold-for-match';
import { LOCATIVE } from '../lexicon/case-markers';
import { TIME_NOUNS } from '../lexicon/nouns';
import { hasStem } from '../lexicon/stems';
import { arcsByDependent, foldedWord, reheaded } from './tree-edits';

/**
 * "ont fait plusieurs morts ce mardi dans l'enclave de Cabinda", "la noche del miércoles en el
 * distrito de Azotey": the parser may hang the place that follows a day on the day. A day has no
 * place of its own; the place goes to the verb the day belongs to, through the "ce" the French
 * parser may put above the day.
 */
export function placeAfterTime(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
  const verbOf = new Map<number, number>();
  for (const arc of dependencies) {
    if (!arc.rel.startsWith('nmod') || arc.dependent < arc.head) continue;
    if (!hasStem(foldedWord(sentence, arc.head), TIME_NOUNS[language])) continue;
    const locative = dependencies.some(
      (d) =>
        d.head === arc.dependent &&
        d.rel === 'case' &&
        hasStem(foldedWord(sentence, d.dependent), LOCATIVE[language]),
    );
    if (!locative) continue;
    let above = arcOf.get(arc.head)?.head ?? 0;
    if (tokens[above - 1]?.pos === 'PRON' || tokens[above - 1]?.pos === 'DET')
      above = arcOf.get(above)?.head ?? 0;
    if (tokens[above - 1]?.pos === 'VERB') verbOf.set(arc.dependent, above);
  }
  return reheaded(sentence, verbOf, 'obl');
}

/**
 * "Zwei Soldaten wurden nahe Kidal getötet": the German parser may take "nahe" for an adverb and
 * the place after it for a second subject. A name right after "nahe", beside another subject of
 * the same verb, is where it happened: an oblique marked "nahe".
 */
export function germanNaheSubject(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const subjects = dependencies.filter((d) => d.rel.startsWith('nsubj'));
  for (const place of subjects) {
    const nahe = place.dependent - 1;
    if (foldedWord(sentence, nahe) !== 'nahe' || tokens[place.dependent - 1]?.pos !== 'PROPN')
      continue;
    const other = subjects.some((d) => d.head === place.head && d.dependent !== place.dependent);
    if (!other) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) =>
        d === place
          ? { ...d, rel: 'obl' }
          : d.dependent === nahe
            ? { ...d, head: place.dependent, rel: 'case' }
            : d,
      ),
    };
  }
  return sentence;
}

/** Nouns that only say "during": "au cours de", "en el curso de", "in the course of", "im Verlauf". */
const COURSE_NOUNS = /^(?:cours|curso|transcurso|course|verlauf|zuge)$/u;

/**
 * "tués au cours d'une attaque", "muertos en el transcurso de un ataque", "im Verlauf der
 * Kämpfe": the event is the noun after "course", which the parser hangs under it. The event takes
 * its place in the tree, and "au cours de" becomes the event's marker, as "lors de" is.
 */
export function courseOfEvent(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  // Each "course" noun, with the event it hides.
  const eventOf = new Map<number, number>();
  for (const arc of dependencies) {
    const course = tokens[arc.dependent - 1];
    if (!course || !/^(?:obl|nmod)/u.test(arc.rel) || !COURSE_NOUNS.test(foldForMatch(course.word)))
      continue;
    const event = dependencies.find(
      (d) => d.head === course.index && d.rel === 'nmod' && d.dependent > course.index,
    );
    if (event !== undefined) eventOf.set(course.index, event.dependent);
  }
  if (eventOf.size === 0) return sentence;
  const courseOf = new Map([...eventOf].map(([course, event]) => [event, course]));
  const arcOf = arcsByDependent(dependencies);
  return {
    ...sentence,
    dependencies: dependencies.map((d) => {
      const course = courseOf.get(d.dependent);
      if (course !== undefined) {
        const courseArc = arcOf.get(course)!;
        return { ...d, head: courseArc.head, rel: courseArc.rel };
      }
      const event = eventOf.get(d.dependent);
      if (event !== undefined) return { ...d, head: event, rel: 'case' };
      const above = eventOf.get(d.head);
      if (above !== undefined && d.rel === 'case') return { ...d, head: above };
      return d;
    }),
  };
}

/** The forms of Spanish "estar" (to be somewhere) the analyser tags as an auxiliary. */
const ESTAR =
  /^(?:esta|estan|estaba|estaban|estuvo|estuvieron|estara|estaran|estaria|estarian|estado|este|esten|estuviera|estuvieran)$/u;

/**
 * "Las tropas rusas están en Malí", "Wagner está en Malí desde 2021": the parser may head the clause
 * with "estar" and hang the place on it, where the other languages' copular clauses are headed
 * by the place ("Wagner has been in Mali", UD's copula). The place takes the clause: "estar"
 * becomes its copula and the verb's other dependents its own.
 */
export function spanishEstarPlace(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'es') return sentence;
  const { tokens, dependencies } = sentence;
  const caseOf = (token: number) =>
    dependencies.find((d) => d.head === token && d.rel === 'case')?.dependent;
  const estar = tokens.find(
    (t) =>
      t.pos === 'AUX' &&
      ESTAR.test(foldForMatch(t.word)) &&
      dependencies.some((d) => d.head === t.index && d.rel === 'nsubj'),
  );
  if (estar === undefined) return sentence;
  const place = dependencies.find((d) => {
    const marker =
      d.head === estar.index && /^(?:obl|obj)$/u.test(d.rel) ? caseOf(d.dependent) : undefined;
    return marker !== undefined && hasStem(foldedWord(sentence, marker), LOCATIVE.es);
  });
  if (place === undefined) return sentence;
  const own = dependencies.find((d) => d.dependent === estar.index)!;
  return {
    ...sentence,
    dependencies: dependencies.map((d): Dependency => {
      if (d === own) return { ...d, head: place.dependent, rel: 'cop' };
      if (d === place) return { ...d, head: own.head, rel: own.rel };
      return d.head === estar.index ? { ...d, head: place.dependent } : d;
    }),
  };
}
