import { ACTOR_KINDS, argumentOf } from '../argument';
import type { SentenceReading } from '../sentence-reading';

/** Who gives what to whom in a German clause, as token indexes. */
export interface GivingRoles {
  readonly giver: number;
  readonly receiver: number;
  readonly goods: number;
}

/**
 * German names the receiver of a giving verb in the dative, with no word to mark it ("liefert der
 * Ukraine Panzer", "hat Russland Granaten geliefert"). The parser then reads the receiver as an
 * argument oblique, or in a perfect tense as the subject while it makes the giver an object. Word
 * order settles it: of the two actors, the one before the finite verb gives (German puts one
 * phrase there, in news the subject), the other receives; the one nominal that is no actor, or a
 * noun run into the receiver's name, is what is given. Null when the clause is not of that shape.
 */
export function germanGiving(reading: SentenceReading, verb: number): GivingRoles | null {
  if (reading.language !== 'de') return null;
  const { graph } = reading;
  const isActor = (t: number) => {
    const named = argumentOf(reading, t);
    return named !== null && ACTOR_KINDS.has(named.entity.kind);
  };
  const nominals = graph
    .children(verb, 'nsubj', 'obj', 'obl:arg', 'iobj')
    .filter((t) => graph.caseOf(t) === '');
  const actors = nominals.filter(isActor).sort((a, b) => a - b);
  const goods = [
    ...nominals.filter((t) => !isActor(t) && reading.isNoun(t)),
    ...actors.flatMap((a) =>
      graph.children(a, 'flat').filter((f) => !isActor(f) && reading.isNoun(f)),
    ),
  ][0];
  if (actors.length !== 2 || goods === undefined) return null;
  const finite = Math.min(verb, ...graph.children(verb, 'aux'));
  const [giver, receiver] = actors as [number, number];
  if (giver > finite) return null;
  return { giver, receiver, goods };
}
