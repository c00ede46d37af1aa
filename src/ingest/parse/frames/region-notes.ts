import type { Entity } from '../../../domain/entity';
import type { Argument } from '../argument';
import { PLACE_KINDS } from '../argument';
import { REGION_NOUNS } from '../lexicon/nouns';
import { nameHead, pastMention } from './name-spans';
import type { SentenceReading } from '../sentence-reading';

/**
 * Regions noted right after a place's name, as papers locate a town: in brackets with their
 * region noun, or down an address whose names run from the smallest to the largest.
 */

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
  const open = pastMention(reading, token + 1, place.entity.id);
  if (open >= graph.size || graph.token(open).word !== '(') return null;
  let first = open + 1;
  while (first < graph.size && graph.is(first, 'det')) first += 1;
  // The region noun before its name ("région de Gao", "Region Gao") or after it ("Gao region").
  const nounFirst = reading.has(first, REGION_NOUNS) && !reading.mentionAt(first);
  let name = nounFirst ? first + 1 : first;
  while (nounFirst && name < graph.size && graph.is(name, 'case', 'det')) name += 1;
  const region = reading.mentionAt(name)?.entity;
  if (!region || !PLACE_KINDS.has(region.kind) || region.id === place.entity.id) return null;
  let end = pastMention(reading, name + 1, region.id);
  if (!nounFirst) {
    if (end > graph.size || !reading.has(end, REGION_NOUNS)) return null;
    end += 1;
  }
  return end <= graph.size && NOTE_END.test(graph.token(end).word) ? region : null;
}

/**
 * "at Sitio Sangay, Barangay Buhanginan, Patikul, Sulu", "à Buhanginan, Patikul, Sulu": in an
 * address the parser hangs every name on the first, each name set off by a comma lies in the one
 * after it. Not in a list: no conjunction may join any of the names ("Goma, Bukavu, Uvira and
 * Beni").
 */
export function regionDownAddress(
  reading: SentenceReading,
  place: Argument,
  token: number,
): Entity | null {
  const { graph } = reading;
  if (place.entity.kind !== 'LOCATION') return null;
  const comma = pastMention(reading, token + 1, place.entity.id);
  const next = comma + 1;
  if (next > graph.size || graph.token(comma).word !== ',') return null;
  const region = reading.mentionAt(next)?.entity;
  if (region?.kind !== 'LOCATION' || region.id === place.entity.id) return null;
  const head = nameHead(reading, next, region.id);
  // The address's first name, which the parser may hang every later one on.
  const first = graph.head(head) === token ? token : graph.head(token);
  if (!graph.is(head, 'conj', 'appos') || graph.head(head) !== first) return null;
  if (first !== token && !graph.is(token, 'conj', 'appos')) return null;
  const names = [first, ...graph.children(first, 'conj', 'appos')];
  if (names.some((n) => graph.children(n, 'cc').length > 0)) return null;
  const after = pastMention(reading, next + 1, region.id);
  return after <= graph.size && graph.pos(after) === 'CCONJ' ? null : region;
}
