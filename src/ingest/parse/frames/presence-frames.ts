import type { Argument } from '../argument';
import { PLACE_KINDS, argumentOf, argumentsOf, markedArgument } from '../argument';
import { obliquesOf, subjectOf } from '../clause-roles';
import { LOCATIVE } from '../lexicon/case-markers';
import { MEMBERS, PERSONNEL } from '../lexicon/nouns';
import { PRESENCE_WORDS } from '../lexicon/predicate-triggers';
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

function present(reading: SentenceReading, head: number, place: Argument) {
  const subject =
    subjectOf(reading, head) ??
    (reading.graph.is(head, 'acl', 'amod') ? reading.graph.head(head) : null);
  if (subject === null) return [];
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
