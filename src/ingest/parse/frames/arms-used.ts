import { ACTOR_KINDS, argumentsOf } from '../argument';
import { agentOf, obliquesOf, themeOf } from '../clause-roles';
import { ARMS_NOUNS, MILITARY_CRAFT } from '../lexicon/nouns';
import { EMPLOY_VERBS, TAKE_UP_VERBS, WEAPON_WORDS } from '../lexicon/predicate-triggers';
import type { FrameRule } from '../proposal';
import { pairProposals } from '../proposal';
import type { SentenceReading } from '../sentence-reading';
import { OUTRIGHT_AGAINST, targetSides } from './conflict-frames';
import { isTroops } from './transfer-frames';

/**
 * AT_WAR_WITH from arms used against a side: "the army used helicopters and artillery against
 * the AA", "a utilisé des drones contre", "setzte Kampfhubschrauber gegen die Arakan-Armee ein",
 * "usó misiles contra", and troops used so ("Russland setzt nordkoreanische Soldaten gegen die
 * Ukraine ein"); so do arms taken up against a side ("took up arms against the junta"). Only arms and troops: "used sanctions against Russia" or "used its veto against"
 * is no fighting, and only "against" names the target ("used drones on Friday" names none).
 */
export const armsUsed: FrameRule = (reading, verb) => {
  const takesUp = reading.has(verb, TAKE_UP_VERBS);
  if (!reading.isVerb(verb) || !(takesUp || reading.has(verb, EMPLOY_VERBS))) return [];
  const { graph } = reading;
  // German "setzt … ein" employs; "setzt … fest" detains, "setzt … ab" removes.
  const particles = graph.children(verb, 'compound:prt');
  if (reading.language === 'de' && particles.some((p) => graph.folded(p) !== 'ein')) return [];
  const theme = themeOf(reading, verb);
  const agent = agentOf(reading, verb);
  if (theme === null || agent === null) return [];
  // "setzt nordkoreanische Soldaten gegen die Ukraine ein": troops used against a side fight it too;
  // "took up arms against": only arms are taken up ("took prisoners", "took the town" are not).
  const used = (t: number) =>
    takesUp ? reading.has(t, WEAPON_WORDS) : isArms(reading, t) || isTroops(reading, t);
  if (!graph.conjuncts(theme).some(used)) return [];
  // "used drones against Ukrainian positions": the target may hang on the verb or on the arms.
  const targets = [...obliquesOf(reading, verb), ...graph.children(theme, 'nmod')]
    .filter((o) => OUTRIGHT_AGAINST.test(graph.caseOf(o)))
    .flatMap((o) => targetSides(reading, o))
    .filter((a) => ACTOR_KINDS.has(a.entity.kind));
  const users = argumentsOf(reading, agent).filter((a) => ACTOR_KINDS.has(a.entity.kind));
  return pairProposals('AT_WAR_WITH', users, targets, verb);
};

/** A word for arms, a weapon or a military craft; not goods the gazetteer also calls commodities (oil, gas). */
function isArms(reading: SentenceReading, token: number): boolean {
  return (
    reading.headHas(token, ARMS_NOUNS) ||
    reading.has(token, WEAPON_WORDS) ||
    reading.has(token, MILITARY_CRAFT)
  );
}
