import type { Argument } from '../argument';
import { actorsAbove, possessorOf } from '../argument';
import { obliquesOf } from '../clause-roles';
import { OF } from '../lexicon/case-markers';
import { SUCCESS_NOUNS } from '../lexicon/predicate-triggers';
import type { Proposal } from '../proposal';
import { pairProposals } from '../proposal';
import type { SentenceReading } from '../sentence-reading';
import { OUTRIGHT_AGAINST, targetSides } from './conflict-frames';

/**
 * AT_WAR_WITH from ground won against an armed enemy: "the KIA made major gains against junta
 * forces" (WAR_NOUNS reads gains), "the AA scored successes against the army", "des succès
 * militaires contre les insurgés", "erhebliche Erfolge gegen die Junta-Kräfte erzielt", "grandes
 * éxitos contra el ejército". The winners are the noun's owner or the subject of the verb it
 * hangs on. Only "against" names the enemy, and only an armed one: a victory against a party or a
 * team is no war.
 */
export function successesAgainst(reading: SentenceReading, noun: number): Proposal[] {
  if (!reading.isNoun(noun) || !reading.has(noun, SUCCESS_NOUNS)) return [];
  const { graph } = reading;
  // "a string of successes against the insurgents": the parser may hang the enemy on the noun
  // counting the successes, or on the verb whose object that is.
  const counter =
    graph.is(noun, 'nmod') && reading.caseIs(noun, OF) && reading.isNoun(graph.head(noun))
      ? graph.head(noun)
      : noun;
  const verb = graph.is(counter, 'obj') ? graph.head(counter) : null;
  const against = [
    ...graph.children(noun, 'nmod'),
    ...(counter === noun ? [] : graph.children(counter, 'nmod')),
    ...(verb === null ? [] : obliquesOf(reading, verb)),
  ].filter((o) => OUTRIGHT_AGAINST.test(graph.caseOf(o)));
  const enemies = against
    .flatMap((o) => targetSides(reading, o))
    .filter((a) => reading.isArmed(a.entity));
  if (enemies.length === 0) return [];
  const owner = possessorOf(reading, noun) ?? possessorOf(reading, counter);
  const winners: Argument[] = owner !== null ? [owner] : actorsAbove(reading, counter);
  return pairProposals('AT_WAR_WITH', winners, enemies, noun);
}
