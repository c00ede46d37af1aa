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

/** Relative pronouns that open a clause describing the noun before it. */
const RELATIVE = /^(?:das|der|die|welche|welcher|welches|which|that|qui|que)$/u;

/**
 * "bombardierte ein Goldabbaugebiet, das sich in einem von der KIA kontrollierten Gebiet befand":
 * the parser may hang a relative clause describing a verb's object on the verb itself, as a clause
 * it says or one describing the verb. It is one when a relative pronoun opens it as its subject,
 * right after the object.
 */
export function misplacedRelatives(reading: SentenceReading, verb: number): number[] {
  const { graph } = reading;
  const object = graph.children(verb, 'obj')[0];
  if (object === undefined) return [];
  const end = Math.max(...graph.subtree(object));
  return graph.children(verb, 'ccomp', 'acl').filter((clause) => {
    const subject = graph.children(clause, 'nsubj')[0];
    const opening = graph.subtree(clause).filter((t) => !graph.is(t, 'punct'));
    return (
      subject !== undefined &&
      graph.pos(subject) === 'PRON' &&
      RELATIVE.test(graph.folded(subject)) &&
      Math.min(...opening) === subject &&
      subject > end
    );
  });
}
