import type { Argument } from '../argument';
import { PLACE_KINDS, argumentOf, argumentsOf, markedArgument } from '../argument';
import { obliquesOf, subjectOf } from '../clause-roles';
import { LOCATIVE, OF } from '../lexicon/case-markers';
import { MEMBERS, PERSONNEL } from '../lexicon/nouns';
import { PRESENCE_NOUNS, PRESENCE_WORDS } from '../lexicon/predicate-triggers';
import type { FrameRule } from '../proposal';
import { proposal } from '../proposal';
import { combatOf } from './conflict-frames';
import type { SentenceReading } from '../sentence-reading';

/**
 * DEPLOYED_TO from a force's presence: "Wagner has been in Mali since
 * 2021" (UD heads a copular clause with its predicate, here "Mali"),
 * "les soldats nord-coréens engagés à Koursk", "operating in Mali",
 * "presentes en Rusia". Only armed forces: a country "in" a place is not
 * deployed there.
 */
export const presenceFrames: FrameRule = (reading, token) => {
  const { graph } = reading;
  if (graph.children(token, 'cop').length > 0 && reading.caseIs(token, LOCATIVE)) {
    const place = argumentOf(reading, token);
    return place && PLACE_KINDS.has(place.entity.kind) ? present(reading, token, place) : [];
  }
  if (reading.isNoun(token) && reading.has(token, PRESENCE_NOUNS))
    return presenceNoun(reading, token);
  if (!reading.has(token, PRESENCE_WORDS)) return [];
  // "engaged in combat in Kursk": the place may hang on the noun of fighting.
  const combat = combatOf(reading, token);
  const places = [
    ...obliquesOf(reading, token),
    ...(combat === null ? [] : reading.graph.children(combat, 'nmod')),
  ];
  const place = markedArgument(reading, places, LOCATIVE, PLACE_KINDS);
  return place ? present(reading, token, place) : [];
};

/** "la présence du groupe Wagner au Mali", "Wagner's presence in Mali": the owner is present. */
function presenceNoun(reading: SentenceReading, noun: number) {
  const { graph } = reading;
  const modifiers = graph.children(noun, 'nmod', 'nmod:poss');
  const owner = modifiers.find((m) => graph.is(m, 'nmod:poss') || reading.caseIs(m, OF));
  // "démentent la présence du groupe au Mali": the parser may hang the place on the verb.
  const verb = graph.head(noun);
  const verbPlaces = graph.is(noun, 'obj') && reading.isVerb(verb) ? obliquesOf(reading, verb) : [];
  const place = markedArgument(reading, [...modifiers, ...verbPlaces], LOCATIVE, PLACE_KINDS);
  return owner === undefined || place === null ? [] : presentAs(reading, noun, owner, place);
}

function present(reading: SentenceReading, head: number, place: Argument) {
  const subject =
    subjectOf(reading, head) ??
    (reading.graph.is(head, 'acl', 'amod') ? reading.graph.head(head) : null);
  return subject === null ? [] : presentAs(reading, head, subject, place);
}

/** The forces `subject` names, present at `place`. */
function presentAs(reading: SentenceReading, head: number, subject: number, place: Argument) {
  // An armed group is present through its people ("Wagner personnel are in Mali"), not its name alone.
  const members = reading.has(subject, PERSONNEL) || reading.has(subject, MEMBERS);
  return argumentsOf(reading, subject)
    .filter((a) => a.entity.kind === 'ARMED_FORCE' || (members && a.entity.kind === 'ORGANIZATION'))
    .map((force) =>
      proposal({
        predicate: 'DEPLOYED_TO',
        subject: force,
        object: place,
        trigger: head,
        counted: subject,
      }),
    );
}
