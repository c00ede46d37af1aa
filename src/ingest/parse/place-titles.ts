import type { AnalysisEntity } from '../nlp/analysis';
import type { SentenceGraph } from './sentence-graph';

/**
 * Titles of the Philippines' subdivisions written before a place's name ("Brgy Buhanginan",
 * "Barangay Tubig-Indangan", "Sitio Sangay", "Purok Malipayon"); they are never a word of any
 * other name. (Words such as "City", "State" or "Camp" open other names too: "City Hall", "State
 * Department", "Camp David".)
 */
const PLACE_TITLES = /^(?:brgy|barangay|sitio|purok)$/u;

/**
 * A name the analyser opened with such a title names the place after it, whatever kind the
 * analyser gave it ("Brgy Buhanginan" is no person).
 */
export function afterPlaceTitle(graph: SentenceGraph, entity: AnalysisEntity): AnalysisEntity {
  const first = entity.first + 1;
  if (
    first > entity.last ||
    !PLACE_TITLES.test(graph.folded(entity.first)) ||
    !/^\p{Lu}/u.test(graph.token(first).word)
  )
    return entity;
  const { start } = graph.token(first);
  return {
    ...entity,
    first,
    start,
    type: 'LOCATION',
    text: graph.articleText.slice(start, entity.end),
  };
}
