import type { Argument } from '../argument';
import { argumentsOf, distinctEntities, placesOf } from '../argument';
import { OF } from '../lexicon/case-markers';
import { FORMER } from '../lexicon/modality-words';
import { STRONGHOLD_NOUNS } from '../lexicon/predicate-triggers';
import type { FrameRule } from '../proposal';
import { pairProposals } from '../proposal';
import type { SentenceReading } from '../sentence-reading';

/**
 * CONTROLS from an armed group's stronghold: "the Houthi stronghold of Saada", "Saada, the
 * stronghold of the Houthis", "Kidal, le fief du CSP", "Saada, el bastión de los hutíes", "die
 * Huthi-Hochburg Saada". A stronghold is held: the group it belongs to controls the place it is.
 * The group is named among the noun's modifiers, the place beside it.
 */
export const strongholdFrames: FrameRule = (reading, token) => {
  if (!reading.isNoun(token)) return [];
  const holders = strongholdHolders(reading, token);
  if (holders.length === 0) return [];
  const places = placeWords(reading, token)
    .flatMap((t) => placesOf(reading, t))
    .filter((a) => a.entity.kind === 'LOCATION');
  return pairProposals('CONTROLS', holders, places, token);
};

/**
 * The armed groups a stronghold noun says hold it; none for any other noun, nor for a stronghold
 * no longer held ("the former Islamic State stronghold"). Only non-state groups: a state's navy
 * is at home in "le fief de la marine française", a club's ground is no state's, and a party's
 * stronghold is won at the polls. "US jets struck the Houthi stronghold of Saada" strike the
 * Houthis (targetSides).
 */
export function strongholdHolders(reading: SentenceReading, noun: number): Argument[] {
  const { graph } = reading;
  if (!reading.has(noun, STRONGHOLD_NOUNS)) return [];
  const former = graph.children(noun, 'amod', 'advmod').some((m) => FORMER.test(graph.folded(m)));
  if (former) return [];
  const holders = holderWords(reading, noun)
    .flatMap((t) => argumentsOf(reading, t))
    .filter((a) => reading.gazetteer.isArmedGroup(a.entity.id));
  return distinctEntities(holders);
}

/**
 * The noun's modifiers, which may name its group ("Houthi", "of the Houthis", a German genitive
 * without a marker), and when the parser runs the noun into the name before it ("die
 * Huthi-Hochburg Saada"), that name.
 */
function holderWords(reading: SentenceReading, noun: number): number[] {
  const { graph } = reading;
  return [
    ...graph.children(noun, 'compound', 'amod', 'nmod:poss'),
    ...owned(reading, noun),
    ...(graph.is(noun, 'flat') ? [graph.head(noun)] : []),
  ];
}

/**
 * The words that may name the stronghold's place: "of Saada", its apposed or flat name
 * ("Hochburg Dahieh"), the name it is apposed to ("Kidal, le fief …"), the subject of a copula
 * ("Saada is the stronghold …"), or the other parts of the name it was run into.
 */
function placeWords(reading: SentenceReading, noun: number): number[] {
  const { graph } = reading;
  const head = graph.head(noun);
  return [
    ...owned(reading, noun),
    ...graph.children(noun, 'appos', 'flat'),
    ...(graph.children(noun, 'cop').length > 0 ? graph.children(noun, 'nsubj') : []),
    ...(graph.is(noun, 'appos') ? [head] : []),
    ...(graph.is(noun, 'flat') ? graph.children(head, 'flat') : []),
  ].filter((t) => t !== noun);
}

/** "of the Houthis", "of Saada", "der Huthis": the noun's "of" phrases and bare genitives. */
function owned(reading: SentenceReading, noun: number): number[] {
  const { graph } = reading;
  return graph
    .children(noun, 'nmod')
    .filter((m) => graph.caseOf(m) === '' || reading.caseIs(m, OF));
}
