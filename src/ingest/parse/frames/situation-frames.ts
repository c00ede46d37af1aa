import type { Argument } from '../argument';
import { PLACE_KINDS, argumentOf, markedArgument, stateLand } from '../argument';
import { REFLEXIVE, obliquesOf, subjectOf } from '../clause-roles';
import { INSIDE } from '../lexicon/case-markers';
import {
  LOCATING_VERBS,
  SEAT_NOUNS,
  SEAT_VERBS,
  SELF_LOCATING_VERBS,
} from '../lexicon/predicate-triggers';
import type { FrameRule, Proposal } from '../proposal';
import { proposal } from '../proposal';
import type { SentenceReading } from '../sentence-reading';

/** What a verb of lying somewhere may place: a place, a body with its seat, or a force. */
const SITUATED_KINDS = new Set(['LOCATION', 'ORGANIZATION', 'ARMED_FORCE']);
/** A place lies somewhere; only a body or a force is based somewhere. */
const SEATED_KINDS = new Set(['ORGANIZATION', 'ARMED_FORCE']);

/**
 * LOCATED_IN from a verb that says where something lies: "Goma lies in
 * North Kivu", "Maungdaw, which lies in Rakhine State", "Goma se trouve
 * dans la province du Nord-Kivu", "Goma liegt in der Provinz Nord-Kivu",
 * "Goma se encuentra en la provincia de Kivu del Norte"; DEPLOYED_TO for a
 * force "based" or "stationed" in a place. Only "in": a place "on the
 * border" or "near" another is not inside it. A body's seat places it too:
 * "based in London", "the London-based Syrian Observatory" (`hyphenedSeat`),
 * "con sede en Londres" (`seatNoun`).
 */
export const situationFrames: FrameRule = (reading, token) => {
  const { graph } = reading;
  if (reading.isNoun(token) && reading.has(token, SEAT_NOUNS)) return seatNoun(reading, token);
  // "El Fasher, situada en Darfur": a participle the parser tags as an adjective describes its head,
  // as does one before it ("the London-based Syrian Observatory").
  const participle =
    graph.is(token, 'amod') && (graph.pos(token) === 'ADJ' || graph.pos(token) === 'VERB');
  if (!(reading.isVerb(token) || participle)) return [];
  const kinds = locates(reading, token)
    ? SITUATED_KINDS
    : reading.has(token, SEAT_VERBS)
      ? SEATED_KINDS
      : null;
  if (!kinds) return [];
  const subjectToken = participle ? graph.head(token) : subjectOf(reading, token);
  if (subjectToken === null) return [];
  const subject = argumentOf(reading, subjectToken);
  if (!subject || !kinds.has(subject.entity.kind)) return [];
  const obliques = obliquesOf(reading, token);
  const place =
    markedArgument(reading, obliques, INSIDE, PLACE_KINDS) ??
    territory(reading, obliques) ??
    whereClause(reading, token) ??
    hyphenedSeat(reading, token);
  if (!place || place.entity.id === subject.entity.id) return [];
  // A force based somewhere is deployed there ("the 6th division, based in El Fasher"): an event
  // the text dates and attributes, not a fact of geography.
  if (subject.entity.kind === 'ARMED_FORCE')
    return [proposal({ predicate: 'DEPLOYED_TO', subject, object: place, trigger: token })];
  return [
    proposal({
      predicate: 'LOCATED_IN',
      subject,
      object: place,
      trigger: token,
      structural: true,
    }),
  ];
};

function locates(reading: SentenceReading, verb: number): boolean {
  if (reading.has(verb, LOCATING_VERBS)) return true;
  if (!reading.has(verb, SELF_LOCATING_VERBS)) return false;
  const { graph } = reading;
  return graph.children(verb).some((c) => REFLEXIVE.test(graph.folded(c)));
}

/** "liegt auf aserbaidschanischem Gebiet", "lies on Azerbaijani territory": the state whose land it is. */
function territory(reading: SentenceReading, obliques: readonly number[]): Argument | null {
  for (const noun of obliques) {
    const land = stateLand(reading, noun);
    if (land) return land;
  }
  return null;
}

/** "where", "où", "wo", "donde" opening a relative clause. */
const WHERE = /^(?:where|ou|wo|donde)$/u;

/** "the Kalama mountain range, where AA forces are believed to be stationed": the place modified. */
function whereClause(reading: SentenceReading, verb: number): Argument | null {
  const { graph } = reading;
  // "where AA forces are believed to be stationed": the clause may open on a verb above.
  let clause = verb;
  while (graph.is(clause, 'xcomp') && graph.head(clause) !== 0) clause = graph.head(clause);
  if (!graph.is(clause, 'acl')) return null;
  const where = graph.children(clause, 'advmod', 'obl').some((w) => WHERE.test(graph.folded(w)));
  if (!where) return null;
  const place = argumentOf(reading, graph.head(clause));
  return place && PLACE_KINDS.has(place.entity.kind) ? place : null;
}

/**
 * "the London-based Syrian Observatory", "the British-based war monitor", "the Washington-based
 * Institute for the Study of War": the seat named before the hyphen of "-based".
 */
function hyphenedSeat(reading: SentenceReading, participle: number): Argument | null {
  const { graph } = reading;
  if (participle < 3 || graph.token(participle - 1).word !== '-') return null;
  const seat = participle - 2;
  if (!graph.children(participle).includes(seat)) return null;
  // "the British-based war monitor": a demonym names its country there.
  const demonym = reading.mentionAt(seat);
  const place =
    argumentOf(reading, seat) ??
    (demonym?.via === 'demonym' ? { entity: demonym.entity, token: seat, forceOf: null } : null);
  return place && PLACE_KINDS.has(place.entity.kind) ? place : null;
}

/** "el Observatorio Sirio de Derechos Humanos, con sede en Londres": the body's seat is there. */
function seatNoun(reading: SentenceReading, noun: number): Proposal[] {
  const { graph } = reading;
  if (!graph.is(noun, 'nmod')) return [];
  const body = argumentOf(reading, graph.head(noun));
  if (!body || body.entity.kind !== 'ORGANIZATION') return [];
  const place = markedArgument(reading, graph.children(noun, 'nmod'), INSIDE, PLACE_KINDS);
  if (!place || place.entity.id === body.entity.id) return [];
  return [
    proposal({
      predicate: 'LOCATED_IN',
      subject: body,
      object: place,
      trigger: noun,
      structural: true,
    }),
  ];
}
