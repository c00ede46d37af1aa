import { predicateDefinition } from '../../../domain/predicates';
import type { Argument } from '../argument';
import { PLACE_KINDS, argumentOf } from '../argument';
import { governingVerb, obliquesOf, themeOf } from '../clause-roles';
import { INSIDE, OF } from '../lexicon/case-markers';
import { AGAINST, ATTACK_NOUNS, CLASH_NOUNS, FIGHT_VERBS } from '../lexicon/predicate-triggers';
import type { FrameRule, Proposal } from '../proposal';
import { proposal } from '../proposal';
import type { SentenceReading } from '../sentence-reading';
import { OUTRIGHT_AGAINST, conflictFrames, targetSides } from './conflict-frames';
import { lossFrames, placeOf } from './loss-frames';

/** Who may be deployed. */
const DEPLOYABLE = new Set(predicateDefinition('DEPLOYED_TO').domain);

/** Words of a war or a conflict at large, which a side may wage from afar. */
const WAR_AT_LARGE =
  /^(?:wars?|conflicts?|hostilities|guerres?|conflits?|krieg|krieges|kriege|konflikts?|guerras?|conflictos?)$/u;

/**
 * The conflict frames, and DEPLOYED_TO for the sides of a fight on the ground at a place:
 * "clashes between the army and Boko Haram in Borno", "des combats ont opposé des militaires et la
 * CPC à Sikikede", "Gefechte bei Marib": who fights there is there. Not a war or a conflict at large
 * ("the war in Ukraine"), nor strikes, which reach from afar.
 */
export const fightFrames: FrameRule = (reading, token) => {
  const fights = conflictFrames(reading, token);
  return [...fights, ...fightersPresent(reading, fights), ...targetsPresent(reading, token)];
};

/**
 * "in Borno", "à Sikikede", "dans la région de Tillabéri", "im Norden Malis": a place the fight is
 * inside, not one it is near ("cerca de Nagorno-Karabakh") or a border's neighbour.
 */
function inside(reading: SentenceReading, place: number): boolean {
  const { graph } = reading;
  for (let at = place; at !== 0; at = graph.head(at)) {
    if (reading.caseIs(at, INSIDE)) return true;
    if (graph.caseOf(at) !== '' && !reading.caseIs(at, OF)) return false;
    if (!reading.isNoun(graph.head(at))) return false;
  }
  return false;
}

function fightersPresent(reading: SentenceReading, fights: readonly Proposal[]): Proposal[] {
  const present: Proposal[] = [];
  for (const fight of fights) {
    const { trigger } = fight;
    if (fight.predicate !== 'AT_WAR_WITH' || fight.object === null) continue;
    // "Fighting broke out between …": a gerund subject is the noun of the fight.
    const noun = reading.isNoun(trigger) || reading.graph.is(trigger, 'nsubj');
    if (!noun || !reading.has(trigger, CLASH_NOUNS)) continue;
    if (WAR_AT_LARGE.test(reading.graph.folded(trigger))) continue;
    const verb = governingVerb(reading, trigger);
    const place = placeOf(reading, trigger) ?? (verb === null ? null : placeOf(reading, verb));
    if (place === null || !PLACE_KINDS.has(place.entity.kind)) continue;
    if (!inside(reading, place.token)) continue;
    for (const side of [fight.subject, fight.object]) {
      if (present.some((p) => p.subject.entity.id === side.entity.id)) continue;
      present.push(proposal({ predicate: 'DEPLOYED_TO', subject: side, object: place, trigger }));
    }
  }
  return present;
}

/**
 * DEPLOYED_TO for a force attacked inside a place: "militants attacked Malian soldiers in
 * Timbuktu", "l'armée malienne a été attaquée à Tombouctou", "an ambush on the army near Gao" is
 * not inside. The attacker may strike from afar; what it hits is there. Only armed forces and the
 * armed groups the gazetteer knows: a state hit in a place is no force deployed there, nor is a
 * state's own army in its own country as a whole.
 */
function targetsPresent(reading: SentenceReading, token: number): Proposal[] {
  const phrases = attackedPhrases(reading, token);
  const place = attackPlace(reading, token, phrases);
  if (place === null) return [];
  const home = reading.gazetteer.country(place.entity.id)?.armedForce?.id;
  const forces = phrases
    .flatMap((phrase) => targetSides(reading, phrase))
    .filter((side) => deployableForce(reading, side))
    .filter((side) => side.entity.id !== home && side.entity.id !== place.entity.id);
  return forces
    .filter((side, at) => forces.findIndex((f) => f.entity.id === side.entity.id) === at)
    .map((subject) =>
      proposal({ predicate: 'DEPLOYED_TO', subject, object: place, trigger: token }),
    );
}

/** What an attack is aimed at: a verb's object (a passive's subject), or "against" it; an attack noun's "against", "on". */
function attackedPhrases(reading: SentenceReading, token: number): number[] {
  const { graph } = reading;
  if (reading.isVerb(token) && reading.has(token, FIGHT_VERBS)) {
    const theme = themeOf(reading, token);
    const against = obliquesOf(reading, token).filter((o) =>
      OUTRIGHT_AGAINST.test(graph.caseOf(o)),
    );
    return [...(theme === null ? [] : [theme]), ...against];
  }
  if (reading.isNoun(token) && reading.has(token, ATTACK_NOUNS))
    return graph.children(token, 'nmod').filter((m) => reading.caseIs(m, AGAINST));
  return [];
}

/**
 * The place inside which the attack hit, named on the attack ("attacked … in Timbuktu") or on its
 * target ("a base in Jalalaqsi"); not one named deeper, on another event of the sentence.
 */
function attackPlace(
  reading: SentenceReading,
  token: number,
  phrases: readonly number[],
): Argument | null {
  if (phrases.length === 0) return null;
  const { graph } = reading;
  const named = reading.isVerb(token) ? obliquesOf(reading, token) : graph.children(token, 'nmod');
  const candidates = [...named, ...phrases.flatMap((p) => graph.children(p, 'nmod'))];
  for (const candidate of candidates) {
    const place = argumentOf(reading, candidate);
    if (place !== null && PLACE_KINDS.has(place.entity.kind) && inside(reading, candidate))
      return place;
  }
  return null;
}

function deployableForce(reading: SentenceReading, side: Argument): boolean {
  const { kind, id } = side.entity;
  if (kind === 'ARMED_FORCE') return true;
  return kind === 'ORGANIZATION' && reading.gazetteer.dataEntity(id) !== undefined;
}

/**
 * One person named, or a pronoun: "the head of Hamas's political bureau, Ismail Haniyeh, was killed
 * in Tehran" tells where he was, not where his group's forces are.
 */
function anIndividual(reading: SentenceReading, counted: number | null): boolean {
  if (counted === null) return true;
  const { graph } = reading;
  const person = (t: number) => reading.mentionAt(t)?.entity.kind === 'PERSON';
  return graph.pos(counted) === 'PRON' || graph.subtree(counted).some(person);
}

/**
 * The loss frames, and DEPLOYED_TO for the losers at the place the sentence says they fell in:
 * "27 soldats ont été tués dans la zone de Tillabéri", "zwölf Soldaten in Gothèye getötet": who
 * falls somewhere was there. Not a place only the story set before (the scene), nor one they fell
 * near, nor a state's own army in its own country as a whole, nor where one person fell.
 */
export const lossFramesWithPresence: FrameRule = (reading, token) => {
  const lost = lossFrames(reading, token);
  const present: Proposal[] = [];
  for (const loss of lost) {
    const { subject, object, trigger } = loss;
    if (loss.predicate !== 'SUFFERED_LOSSES_IN' || object === null) continue;
    if (!PLACE_KINDS.has(object.entity.kind) || !DEPLOYABLE.has(subject.entity.kind)) continue;
    if (object.token === trigger || reading.mentionAt(object.token) === null) continue;
    if (!inside(reading, object.token) || anIndividual(reading, loss.counted)) continue;
    const home = reading.gazetteer.country(object.entity.id)?.armedForce?.id;
    if (home === subject.entity.id || object.entity.id === subject.entity.id) continue;
    if (present.some((p) => p.subject.entity.id === subject.entity.id)) continue;
    present.push(proposal({ predicate: 'DEPLOYED_TO', subject, object, trigger }));
  }
  return [...lost, ...present];
};
