import type { Argument } from '../argument';
import { placesOf } from '../argument';
import { LOCATIVE } from '../lexicon/case-markers';
import { HELD_AREA_NOUNS } from '../lexicon/predicate-triggers';
import type { SentenceReading } from '../sentence-reading';

/**
 * The town held areas lie in: "approached AA-controlled areas in Dai Tha village", "les zones
 * tenues par l'AA à Dai Tha", "von der KIA kontrollierte Gebiete in Tanai", "zonas controladas por
 * los rebeldes en Marib": whoever holds ground in a town holds (some of) the town. Only a town or
 * a region, not a country ("rebel-held areas in Syria"). The parser may hang the place on the
 * participle of holding, or on the verb the areas are the object of, whose it is only right after
 * them and what describes them.
 */
export function areaPlaces(reading: SentenceReading, noun: number, participle: number): Argument[] {
  const { graph } = reading;
  if (!reading.has(noun, HELD_AREA_NOUNS)) return [];
  const head = graph.head(noun);
  const onVerb =
    graph.is(noun, 'obj', 'obl') && reading.isVerb(head)
      ? graph
          .children(head, 'obl', 'obl:mod')
          .filter((o) => Math.min(...graph.subtree(o)) === Math.max(...graph.subtree(noun)) + 1)
      : [];
  return [...graph.children(noun, 'nmod'), ...graph.children(participle, 'obl'), ...onVerb]
    .filter((m) => reading.caseIs(m, LOCATIVE))
    .flatMap((m) => placesOf(reading, m).slice(0, 1))
    .filter((a) => a.entity.kind === 'LOCATION');
}
