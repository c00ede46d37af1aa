import type { Argument } from '../argument';
import { ACTOR_KINDS, argumentOf, argumentsOf } from '../argument';
import { agentOf, themeOf } from '../clause-roles';
import { EMPLOY_VERBS } from '../lexicon/predicate-triggers';
import { PERSONNEL } from '../lexicon/nouns';
import type { FrameRule } from '../proposal';
import { pairProposals } from '../proposal';
import type { SentenceReading } from '../sentence-reading';
import { countedNoun } from './transfer-frames';

/** "a significant number of North Koreans", "un nombre notable de troupes": the noun a count counts. */
const COUNT_NOUNS = /^(?:number|numero|nombre|anzahl|zahl)$/u;

/** Troops taken prisoner are used, not fighting: "captured North Korean soldiers". */
const CAPTIVE =
  /^(?:captured|captive|capture|captures|capturees?|capturados?|capturadas?|gefangene[nmrs]?|prisoners?|prisonniers?|prisioneros?)$/u;

/**
 * FIGHTS_FOR from a side that uses or mobilises another state's troops ("Russia had begun using
 * a significant number of North Koreans in its assaults", "Moscou avait commencé à mobiliser
 * des troupes nord-coréennes", "Russland setzt nordkoreanische Soldaten ein"): those troops
 * fight for it. Its own troops, a force with no state behind it, or prisoners say nothing new.
 */
export const employedTroops: FrameRule = (reading, verb) => {
  if (!reading.isVerb(verb) || !reading.has(verb, EMPLOY_VERBS)) return [];
  // German "setzt … ein" employs; "setzt … fest" detains, "setzt … ab" removes.
  const particles = reading.graph.children(verb, 'compound:prt');
  if (particles.some((p) => reading.graph.folded(p) !== 'ein')) return [];
  // "Russia had begun using…": the parser may leave the gerund an unlabelled "dep" of its verb.
  const agent =
    agentOf(reading, verb) ??
    (reading.graph.is(verb, 'dep') ? agentOf(reading, reading.graph.head(verb)) : null);
  const theme = themeOf(reading, verb);
  if (agent === null || theme === null) return [];
  const users = argumentsOf(reading, agent).filter(
    (a) => a.entity.kind === 'COUNTRY' || a.entity.kind === 'ARMED_FORCE',
  );
  const troops = foreignTroops(reading, theme);
  const distinct = troops.filter(
    (t) => !users.some((u) => u.entity.id === t.forceOf?.id || u.entity.id === t.entity.id),
  );
  return pairProposals('FIGHTS_FOR', distinct, users, verb);
};

/** The armed force of another state a noun names: "troupes nord-coréennes", "North Koreans". */
function foreignTroops(reading: SentenceReading, theme: number): Argument[] {
  const { graph } = reading;
  const counted = countedNoun(reading, theme) ?? theme;
  const noun = COUNT_NOUNS.test(graph.folded(counted))
    ? (graph.children(counted, 'nmod').find((n) => reading.isNoun(n)) ?? counted)
    : counted;
  if (graph.children(noun, 'amod', 'acl').some((m) => CAPTIVE.test(graph.folded(m)))) return [];
  const named = argumentOf(reading, noun);
  if (named?.forceOf) return [named];
  // "North Koreans": people named by their state's demonym stand for its armed force when used.
  const people = reading.mentionAt(noun);
  if (people?.via !== 'demonym' || !reading.isNoun(noun) || reading.has(noun, PERSONNEL)) return [];
  const force = reading.gazetteer.country(people.entity.id)?.armedForce;
  if (!force || !ACTOR_KINDS.has(force.kind)) return [];
  return [{ entity: reading.recordForce(reading.use(force)), token: noun, forceOf: people.entity }];
}
