import type { Argument } from '../argument';
import { argumentOf, stateLand } from '../argument';
import { LOCATIVE } from '../lexicon/case-markers';
import { CAPITAL_NOUNS } from '../lexicon/nouns';
import { ARMED_GROUP_NOUNS } from '../lexicon/predicate-triggers';
import type { SentenceReading } from '../sentence-reading';

/**
 * The country a strike lands in, when its target names no side and no side holds it: a target on
 * the country's land ("des positions militaires en territoire camboyan"), or in the country by name
 * ("strikes on targets in Syria", "des frappes contre des cibles en Syrie", "Angriffe auf Ziele in
 * Israel", "ataques contra objetivos en Irán"), and the country's capital named by its people
 * ("the deadliest raid on the Syrian capital", "l'attaque sur la capitale syrienne", "Angriffe auf
 * die syrische Hauptstadt", "el ataque contra la capital siria"). A place's own name ("strikes on
 * Kyiv") says no country here: the gazetteer does not tell which country holds it. A group's
 * targets are not the country's ("Russian strikes on rebel positions in Syria", "des positions
 * rebelles en Syrie", "Rebellenstellungen in Syrien").
 */
export function countryStruck(
  reading: SentenceReading,
  target: number,
  isTarget: boolean,
): Argument[] {
  const { graph } = reading;
  // The parser may take "rebeldes" in "posiciones rebeldes" for a noun without a preposition.
  const groups = [
    target,
    ...graph.children(target, 'amod', 'compound'),
    ...graph.children(target, 'nmod').filter((m) => graph.caseOf(m) === ''),
  ];
  if (groups.some((t) => reading.has(t, ARMED_GROUP_NOUNS))) return [];
  if (reading.has(target, CAPITAL_NOUNS))
    return graph
      .children(target, 'amod')
      .map((a) => reading.mentionAt(a))
      .filter((m) => m?.via === 'demonym' && m.entity.kind === 'COUNTRY')
      .map((m) => ({ entity: m!.entity, token: target, forceOf: null }));
  if (!isTarget) return [];
  return graph
    .children(target, 'nmod')
    .filter((m) => reading.caseIs(m, LOCATIVE))
    .map((m) => stateLand(reading, m) ?? countryNamed(reading, m))
    .filter((a): a is Argument => a !== null);
}

/** "in Syria", "en Syrie": the phrase is the country itself. */
function countryNamed(reading: SentenceReading, phrase: number): Argument | null {
  const named = argumentOf(reading, phrase);
  return named?.entity.kind === 'COUNTRY' && named.forceOf === null ? named : null;
}
