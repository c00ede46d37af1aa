import type { Entity } from '../../../domain/entity';
import type { Argument } from '../argument';
import { PLACE_KINDS } from '../argument';
import { REGION_NOUNS } from '../lexicon/nouns';
import type { SentenceReading } from '../sentence-reading';

/** What may close a bracketed region: the bracket, or a second note ("région de Gao / nord du Mali"). */
const NOTE_END = /^(?:\)|,|\/|;)$/u;

/**
 * "la localité de Bourem (région de Gao)", "Bourem (Gao region)", "Bourem (Region Gao)", "Bourem
 * (provincia de Gao, norte de Malí)": a region named with its region noun, first in brackets right
 * after a place, is the one the place lies in (a bare name in brackets is regionInBrackets's).
 */
export function regionNamedInBrackets(
  reading: SentenceReading,
  place: Argument,
  token: number,
): Entity | null {
  const { graph } = reading;
  if (place.entity.kind !== 'LOCATION') return null;
  let open = token + 1;
  while (open <= graph.size && reading.mentionAt(open)?.entity.id === place.entity.id) open += 1;
  if (open >= graph.size || graph.token(open).word !== '(') return null;
  let first = open + 1;
  while (first < graph.size && graph.is(first, 'det')) first += 1;
  // The region noun before its name ("région de Gao", "Region Gao") or after it ("Gao region").
  const nounFirst = reading.has(first, REGION_NOUNS) && !reading.mentionAt(first);
  let name = nounFirst ? first + 1 : first;
  while (nounFirst && name < graph.size && graph.is(name, 'case', 'det')) name += 1;
  const region = reading.mentionAt(name)?.entity;
  if (!region || !PLACE_KINDS.has(region.kind) || region.id === place.entity.id) return null;
  let end = name + 1;
  while (end <= graph.size && reading.mentionAt(end)?.entity.id === region.id) end += 1;
  if (!nounFirst) {
    if (end > graph.size || !reading.has(end, REGION_NOUNS)) return null;
    end += 1;
  }
  return end <= graph.size && NOTE_END.test(graph.token(end).word) ? region : null;
}
