import type { Argument } from '../argument';
import { argumentsOf, countryBeside, distinctEntities, placesOf } from '../argument';
import { INTO, OF } from '../lexicon/case-markers';
import { FORMER } from '../lexicon/modality-words';
import { HANDS_NOUNS, STRONGHOLD_NOUNS } from '../lexicon/predicate-triggers';
import type { FrameRule, Proposal } from '../proposal';
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
  const inHands = handsHolding(reading, token);
  if (inHands !== null) return inHands;
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
  // "the army's last stronghold", "le dernier bastion de l'armée": a state's force holds its last
  // stronghold, where a stronghold alone may be its home.
  const last = graph.children(noun, 'amod').some((m) => LAST.test(graph.folded(m)));
  const holders = holderWords(reading, noun)
    .flatMap((t) => argumentsOf(reading, t))
    .filter(
      (a) =>
        reading.gazetteer.isArmedGroup(a.entity.id) || (last && a.entity.kind === 'ARMED_FORCE'),
    );
  return distinctEntities(holders);
}

/** "last", "dernier", "letzte", "último": the one a side still holds. */
const LAST = /^(?:last|final|dernier|derniere|letzte|letzten|letzter|ultimo|ultima)$/u;

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
 * ("Hochburg Dahieh"), the name it is apposed to ("Kidal, le fief …") or a compound of ("the
 * Houthi stronghold Saada"), the subject of a copula ("Saada is the stronghold …"), or the other
 * parts of the name it was run into or their apposition ("die Huthi-Hochburg Saada").
 */
function placeWords(reading: SentenceReading, noun: number): number[] {
  const { graph } = reading;
  const head = graph.head(noun);
  return [
    ...owned(reading, noun),
    ...graph.children(noun, 'appos', 'flat'),
    ...(graph.children(noun, 'cop').length > 0 ? graph.children(noun, 'nsubj') : []),
    ...(graph.is(noun, 'appos') ? [head] : []),
    ...(graph.is(noun, 'flat') ? graph.children(head, 'flat', 'appos') : []),
    // "the Houthi stronghold Saada": the name the noun is a compound of.
    ...(graph.is(noun, 'compound') ? [head] : []),
  ].filter((t) => t !== noun);
}

/** "of the Houthis", "of Saada", "der Huthis": the noun's "of" phrases and bare genitives. */
function owned(reading: SentenceReading, noun: number): number[] {
  const { graph } = reading;
  return graph
    .children(noun, 'nmod')
    .filter((m) => graph.caseOf(m) === '' || reading.caseIs(m, OF));
}

/** Spanish "en manos de", which the parser makes one marker of the holder's name. */
const IN_HANDS_OF = /^en manos de/u;

/**
 * CONTROLS from a place in a side's hands: "Goma is in the hands of the M23", "Goma est aux mains
 * du M23", "Goma ist in den Händen der M23", "Goma está en manos del M23", "in Russian hands". The
 * place is the subject of the copula the hands head (a place falling into them is fellTo's, in
 * conflict-frames.ts); null when the token is no hands at all.
 */
function handsHolding(reading: SentenceReading, token: number): Proposal[] | null {
  const { graph } = reading;
  const fixed = reading.language === 'es' && IN_HANDS_OF.test(graph.caseOf(token));
  const hands = !fixed && reading.has(token, HANDS_NOUNS) && reading.caseIs(token, INTO);
  if (!fixed && !hands) return null;
  if (graph.children(token, 'cop').length === 0) return [];
  const owners = fixed
    ? [token]
    : graph.children(token, 'nmod').filter((m) => graph.caseOf(m) === '' || reading.caseIs(m, OF));
  const demonym = hands ? countryBeside(reading, token) : null;
  const holders = [
    ...owners.flatMap((t) => argumentsOf(reading, t)),
    ...(demonym ? [{ entity: demonym, token, forceOf: null }] : []),
  ].filter((a) => HOLDER_KINDS.has(a.entity.kind));
  const places = graph
    .children(token, 'nsubj')
    .flatMap((s) => placesOf(reading, s))
    .filter((a) => a.entity.kind === 'LOCATION');
  return pairProposals('CONTROLS', distinctEntities(holders), places, token);
}

/** Who may hold a place: a force, a group, a state. */
const HOLDER_KINDS = new Set(['ARMED_FORCE', 'ORGANIZATION', 'COUNTRY']);
