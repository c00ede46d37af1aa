import type { Argument } from '../argument';
import { PLACE_KINDS, argumentOf, compassPart } from '../argument';
import { INSIDE, INSIDE_PART } from '../lexicon/case-markers';
import { REGION_NOUNS } from '../lexicon/nouns';
import type { Proposal } from '../proposal';
import { proposal } from '../proposal';
import type { SentenceReading } from '../sentence-reading';

/**
 * "El Fasher is in Sudan", "Kafolo est dans le nord de la Côte d'Ivoire", "Pekon ist im Süden des
 * Shan-Staats", "la provincia de Cabo Delgado está en el norte de Mozambique": UD heads a copular
 * clause with its predicate, so the place said to be inside another is the subject of that other
 * place (or of a compass part of it). Only "in": a place "near" another is not inside it. The
 * copula's predicate is the trigger, so that "is not in" denies the fact.
 */
export function placedByCopula(
  reading: SentenceReading,
  place: Argument,
  token: number,
): Proposal | null {
  const { graph } = reading;
  // "Pekon and Hsihseng are in Shan State": a later conjunct shares the first one's clause.
  let subject = token;
  while (graph.is(subject, 'conj')) subject = graph.head(subject);
  // "Cabo Delgado province is in …": the name may hang on its region noun, the subject.
  if (
    graph.is(subject, 'compound', 'flat', 'nmod') &&
    reading.has(graph.head(subject), REGION_NOUNS)
  )
    subject = graph.head(subject);
  if (!graph.is(subject, 'nsubj')) return null;
  const predicate = graph.head(subject);
  if (graph.children(predicate, 'cop').length === 0) return null;
  const container = inside(reading, predicate);
  if (!container || container.entity.id === place.entity.id) return null;
  return proposal({
    predicate: 'LOCATED_IN',
    subject: place,
    object: container,
    trigger: predicate,
    structural: true,
  });
}

/** The place `predicate` names when marked as inside it, or the whole its compass part is of. */
function inside(reading: SentenceReading, predicate: number): Argument | null {
  if (reading.caseIs(predicate, INSIDE)) {
    const named = argumentOf(reading, predicate);
    if (named && PLACE_KINDS.has(named.entity.kind)) return named;
  }
  return reading.caseIs(predicate, INSIDE_PART) ? compassPart(reading, [predicate]) : null;
}
