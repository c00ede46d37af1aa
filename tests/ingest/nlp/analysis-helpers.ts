import type { AnalysisSentence, AnalysisToken } from '../../../src/ingest/nlp/analysis';

/** The token spelled `word` in the sentence; fails the test when there is none. */
export function token(sentence: AnalysisSentence, word: string): AnalysisToken {
  const found = sentence.tokens.find((candidate) => candidate.word === word);
  if (found === undefined) throw new Error(`no token "${word}" in the sentence`);
  return found;
}

/** The relations from `head` to `dependent`, as "rel(head word, dependent word)" lines. */
export function arcs(sentence: AnalysisSentence): string[] {
  const word = (index: number) =>
    index === 0 ? 'ROOT' : (sentence.tokens[index - 1]?.word ?? `?${index}`);
  return sentence.dependencies.map(
    (arc) => `${arc.rel}(${word(arc.head)}, ${word(arc.dependent)})`,
  );
}

/** The entities as "TYPE text" lines. */
export function entities(sentence: AnalysisSentence): string[] {
  return sentence.entities.map((entity) => `${entity.type} ${entity.text}`);
}
