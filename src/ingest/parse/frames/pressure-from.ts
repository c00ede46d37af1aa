import { actorsAbove, argumentsOf } from '../argument';
import { BY, OF } from '../lexicon/case-markers';
import { FACE_VERBS, PRESSURE_NOUNS, UNDER_PRESSURE } from '../lexicon/predicate-triggers';
import type { Proposal } from '../proposal';
import { pairProposals } from '../proposal';
import type { SentenceReading } from '../sentence-reading';

/**
 * AT_WAR_WITH from the pressure one armed side puts on another: "the 6th Division is under growing
 * RSF pressure", "la division fait face à une pression croissante des FSR", "die Division steht
 * unter dem Druck der RSF", "la división está bajo la presión de las FAR", "faces pressure from".
 * The side pressed is the one under the pressure or facing it; the side pressing owns it. Both
 * must be armed: a state under a party's or an ally's pressure is at war with nobody.
 */
export function pressureFrom(reading: SentenceReading, noun: number): Proposal[] {
  if (!reading.isNoun(noun) || !reading.has(noun, PRESSURE_NOUNS)) return [];
  const { graph } = reading;
  const verb = graph.head(noun);
  const faced =
    reading.caseIs(noun, UNDER_PRESSURE) ||
    (graph.is(noun, 'obj') && reading.isVerb(verb) && reading.has(verb, FACE_VERBS));
  if (!faced) return [];
  // "is under pressure": the copular noun has the side pressed as its own subject.
  const pressed = [
    ...graph.children(noun, 'nsubj').flatMap((s) => argumentsOf(reading, s)),
    ...actorsAbove(reading, noun),
  ].filter((a) => reading.isArmed(a.entity));
  // "RSF pressure", "la pression des FSR", "der Druck der RSF" (a German genitive has no marker),
  // "pressure from the RSF".
  const pressing = graph
    .children(noun, 'compound', 'nmod')
    .filter(
      (m) =>
        graph.is(m, 'compound') ||
        reading.caseIs(m, OF) ||
        reading.caseIs(m, BY) ||
        graph.caseOf(m) === '' ||
        /^(?:from|de la part)$/u.test(graph.caseOf(m)),
    )
    .flatMap((m) => argumentsOf(reading, m))
    .filter((a) => reading.isArmed(a.entity));
  return pairProposals('AT_WAR_WITH', pressing, pressed, noun);
}
