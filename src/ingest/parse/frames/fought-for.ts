import type { Argument } from '../argument';
import { LOCATION_ONLY, markedArgument } from '../argument';
import { FOUGHT_FOR, OF, OVER } from '../lexicon/case-markers';
import { CONTROL_NOUNS } from '../lexicon/predicate-triggers';
import type { SentenceReading } from '../sentence-reading';

/**
 * "killed in the battle for Marawi", "… for control of Marawi", "dans la bataille pour le contrôle
 * de Marawi", "im Kampf um Marawi", "en la batalla por Marawi": a fight for a town or a region is
 * fought there. Not a country: "la guerra por Ucrania" is no place in it. The parser hangs what the
 * fight is for on the fight, or on the verb beside it (`candidates`, the phrases around the verb).
 */
export function foughtFor(
  reading: SentenceReading,
  candidates: readonly number[],
  event: (token: number) => boolean,
): Argument | null {
  const { graph } = reading;
  const events = candidates.filter(event);
  if (events.length === 0) return null;
  const aims = [...events.flatMap((e) => graph.children(e, 'nmod')), ...candidates];
  const controlled = aims
    .filter((a) => reading.caseIs(a, FOUGHT_FOR) && reading.has(a, CONTROL_NOUNS))
    .flatMap((c) => graph.children(c, 'nmod'));
  return (
    markedArgument(reading, aims, FOUGHT_FOR, LOCATION_ONLY) ??
    markedArgument(reading, controlled, OF, LOCATION_ONLY) ??
    markedArgument(reading, controlled, OVER, LOCATION_ONLY)
  );
}
