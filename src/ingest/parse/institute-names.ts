import type { AnalysisEntity } from '../nlp/analysis';
import type { SentenceGraph } from './sentence-graph';

/**
 * Words heading the name of a research, teaching or charitable body, in the four languages and
 * in the English names the press of every language keeps ("du Peterson Institute").
 */
const INSTITUTE_WORDS =
  /^(?:institute|institut|instituto|center|centre|centro|zentrum|university|universite|universidad|universitat|foundation|fondation|fundacion|stiftung)$/u;

/**
 * A name opening with one of those words is an organisation's ("Institut Montaigne", "Instituto
 * Elcano"), whatever kind the analyser gave it. Not "Centre" or "Centro": they also open the names
 * of regions ("Centre-Nord", "Centro Sur").
 */
export const INSTITUTE_NAME =
  /^(?:Institute|Institut|Instituto|University|Université|Universidad|Universität|Foundation|Fondation|Fundación|Stiftung)\s/u;

/** Words tying a person to the body they work for: "du", "del", "de (l')", "von", "vom", "of". */
const AFFILIATION = /^(?:du|de|del|des|von|vom|of)$/u;
const ARTICLE = /^(?:la|l'|l’|le|el|the|der|dem)$/u;

/**
 * "Jakob Kirkegaard du Peterson Institute", "Michael Kofman del Center for Naval Analyses": the
 * analyser may read a person and the institute after his affiliation word as one person; the
 * person ends before that word, and the capitalised name after it holding an institute's word is
 * the institute. A particle of a person's own name ("Francisco de Vargas") heads no institute.
 */
export function splitAtAffiliation(graph: SentenceGraph, entity: AnalysisEntity): AnalysisEntity[] {
  if (entity.type !== 'PERSON') return [entity];
  for (let tie = entity.first + 1; tie < entity.last; tie += 1) {
    if (!AFFILIATION.test(graph.folded(tie))) continue;
    const first = ARTICLE.test(graph.folded(tie + 1)) ? tie + 2 : tie + 1;
    if (first > entity.last || !/^\p{Lu}/u.test(graph.token(first).word)) continue;
    let heads = false;
    for (let t = first; t <= entity.last; t += 1) heads ||= INSTITUTE_WORDS.test(graph.folded(t));
    if (heads)
      return [
        part(graph, entity.first, tie - 1, 'PERSON'),
        part(graph, first, entity.last, 'ORGANIZATION'),
      ];
  }
  return [entity];
}

/** The analyser's entity over tokens `first` to `last`, of a kind. */
function part(
  graph: SentenceGraph,
  first: number,
  last: number,
  type: AnalysisEntity['type'],
): AnalysisEntity {
  const { start } = graph.token(first);
  const { end } = graph.token(last);
  return { first, last, type, start, end, text: graph.articleText.slice(start, end) };
}
