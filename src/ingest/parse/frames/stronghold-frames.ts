import type { Argument } from '../argument';
import { argumentsOf, placesOf } from '../argument';
import { OF } from '../lexicon/case-markers';
import { STRONGHOLD_NOUNS } from '../lexicon/predicate-triggers';
import type { FrameRule } from '../proposal';
import { pairProposals } from '../proposal';
import type { SentenceReading } from '../sentence-reading';

/**
 * CONTROLS from a side's stronghold: "the Houthi stronghold of Saada", "Saada, the stronghold of
 * the Houthis", "Marib ist die letzte Hochburg der Regierungstruppen", "Kidal, le fief du CSP",
 * "Saada, el bastión de los hutíes". A stronghold is held: the side it belongs to controls the
 * place it is. Both are told apart by kind: the side an armed one, the place a location.
 */
export const strongholdFrames: FrameRule = (reading, token) => {
  if (!reading.isNoun(token) || !reading.has(token, STRONGHOLD_NOUNS)) return [];
  const around = wordsAround(reading, token);
  const places = around
    .flatMap((t) => placesOf(reading, t))
    .filter((a) => a.entity.kind === 'LOCATION');
  return pairProposals('CONTROLS', strongholdHolders(reading, token), unique(places), token);
};

/**
 * The armed sides a stronghold noun says hold it; none for any other noun. "US jets struck the
 * Houthi stronghold of Saada" strike the Houthis (targetSides).
 */
export function strongholdHolders(reading: SentenceReading, noun: number): Argument[] {
  if (!reading.has(noun, STRONGHOLD_NOUNS)) return [];
  const holders = wordsAround(reading, noun)
    .flatMap((t) => argumentsOf(reading, t))
    .filter((a) => armedHolder(reading, a));
  return unique(holders);
}

/**
 * The words that may name the stronghold's side or its place: its modifiers ("Houthi", "of the
 * Houthis", "der Regierungstruppen", a German genitive without a marker), its apposed or flat name
 * ("Hochburg Dahieh"), the name it is apposed to ("Kidal, le fief …"), the subject of a copula
 * ("Saada is the stronghold …"), and, when the parser runs the noun into a name before it ("die
 * Hisbollah-Hochburg Dahieh"), that name and its other parts.
 */
function wordsAround(reading: SentenceReading, noun: number): number[] {
  const { graph } = reading;
  const head = graph.head(noun);
  const owned = graph
    .children(noun, 'nmod', 'nmod:poss')
    .filter((m) => graph.caseOf(m) === '' || reading.caseIs(m, OF));
  return [
    ...graph.children(noun, 'compound', 'amod', 'appos', 'flat'),
    ...owned,
    ...(graph.children(noun, 'cop').length > 0 ? graph.children(noun, 'nsubj') : []),
    ...(graph.is(noun, 'appos') ? [head] : []),
    ...(graph.is(noun, 'flat') ? [head, ...graph.children(head, 'flat')] : []),
  ].filter((t) => t !== noun);
}

/** A state, a force or a known armed group: "a CSU stronghold" is won in elections, not held. */
function armedHolder(reading: SentenceReading, holder: Argument): boolean {
  const { kind, id } = holder.entity;
  return kind === 'COUNTRY' || kind === 'ARMED_FORCE' || reading.gazetteer.isArmedGroup(id);
}

function unique(found: readonly Argument[]): Argument[] {
  return found.filter((a, i) => found.findIndex((b) => b.entity.id === a.entity.id) === i);
}
