import type { Argument } from '../argument';
import { ACTOR_KINDS, argumentsOf } from '../argument';
import { agentOf, themeOf } from '../clause-roles';
import type { Proposal } from '../proposal';
import { pairProposals } from '../proposal';
import type { SentenceReading } from '../sentence-reading';
import { targetSides } from './conflict-frames';

/**
 * AT_WAR_WITH from a force closed round by another: "the RSF besieged the Sudanese army in El
 * Fasher", "les FSR assiègent l'armée soudanaise", "die RSF belagern die sudanesische Armee", "las
 * FAR asedian al ejército sudanés", and in the passive ("the army was encircled by the RSF"). A
 * town closed round says where the force is (presence-frames.ts), and fights whoever holds it
 * ("besieged the army-held town"). `verb` is a verb of surrounding (SURROUND_VERBS).
 */
export function encircledForce(reading: SentenceReading, verb: number): Proposal[] {
  const agent = agentOf(reading, verb);
  const theme = themeOf(reading, verb);
  if (agent === null || theme === null) return [];
  const actors = (found: readonly Argument[]) =>
    found.filter((a) => ACTOR_KINDS.has(a.entity.kind));
  const encirclers = actors(argumentsOf(reading, agent));
  const encircled = actors(targetSides(reading, theme, verb));
  return pairProposals('AT_WAR_WITH', encirclers, encircled, verb);
}
