import type { Analysis, AnalysisSentence, AnalysisToken } from './analysis';

/** The letters a name of letters and digits opens with: "M" of "M23", "S" of "S-300", "Su" of "Su-25". */
const NAME_LETTERS = /^\p{Lu}\p{L}{0,3}$/u;

/** What may follow the letters inside one such name: digits, maybe after a hyphen, or the hyphen alone. */
const NAME_TAIL = /^-?\d+$|^-$/u;

/**
 * The runs of tokens that stand for one name of capital letters and digits ("M23", "G7", "S-300",
 * "F-16"): CoreNLP's French tokenizer splits "M23" into "M" and "23", and its French and German
 * ones "S-300" into "S" and "-300" (or "S", "-", "300"), so the group became a symbol with a count
 * of 23. A run is letters followed, with no space between, by digits; the parse must make the run
 * one subtree (one token of it governed from outside), as it does with the digits a nummod or flat
 * of the letters. Numbers after a space ("23 morts", "le M 23") are never joined.
 */
function nameRuns(sentence: AnalysisSentence): (readonly AnalysisToken[])[] {
  const runs: (readonly AnalysisToken[])[] = [];
  let run: AnalysisToken[] = [];
  const close = () => {
    if (run.length > 1 && /\d$/u.test(run.at(-1)?.word ?? '') && oneSubtree(sentence, run)) {
      runs.push(run);
    }
    run = [];
  };
  for (const token of sentence.tokens) {
    const last = run.at(-1);
    if (last !== undefined && token.start === last.end && NAME_TAIL.test(token.word)) {
      run.push(token);
      continue;
    }
    close();
    if (NAME_LETTERS.test(token.word)) run.push(token);
  }
  close();
  return runs;
}

/** True when exactly one token of the run has its head outside it. */
function oneSubtree(sentence: AnalysisSentence, run: readonly AnalysisToken[]): boolean {
  const members = new Set(run.map((token) => token.index));
  const inRun = (index: number) => members.has(index);
  const outward = sentence.dependencies.filter((arc) => inRun(arc.dependent) && !inRun(arc.head));
  return outward.length === 1;
}

/** The sentence with each run made one proper-noun token, tokens, arcs and entities renumbered. */
function joinRuns(
  sentence: AnalysisSentence,
  runs: readonly (readonly AnalysisToken[])[],
): AnalysisSentence {
  // Old index → new index: a run's tokens all become its first token's place.
  const renumbered = new Map<number, number>([[0, 0]]);
  const runOf = new Map<number, readonly AnalysisToken[]>();
  for (const run of runs) for (const member of run) runOf.set(member.index, run);
  const tokens: AnalysisToken[] = [];
  for (const token of sentence.tokens) {
    const run = runOf.get(token.index);
    if (run !== undefined && run[0] !== token) {
      renumbered.set(token.index, tokens.length);
      continue;
    }
    const index = tokens.length + 1;
    renumbered.set(token.index, index);
    tokens.push(run === undefined ? { ...token, index } : joinedToken(run, index));
  }
  const newIndex = (old: number) => renumbered.get(old) ?? old;
  const dependencies = sentence.dependencies
    .map((arc) => ({ ...arc, head: newIndex(arc.head), dependent: newIndex(arc.dependent) }))
    .filter((arc) => arc.head !== arc.dependent);
  const entities = sentence.entities.map((entity) => ({
    ...entity,
    first: newIndex(entity.first),
    last: newIndex(entity.last),
  }));
  return { ...sentence, tokens, dependencies, entities };
}

function joinedToken(run: readonly AnalysisToken[], index: number): AnalysisToken {
  return {
    index,
    word: run.map((token) => token.word).join(''),
    lemma: run.map((token) => token.lemma).join(''),
    pos: 'PROPN',
    ner: run.find((token) => token.ner !== 'O')?.ner ?? 'O',
    start: Math.min(...run.map((token) => token.start)),
    end: Math.max(...run.map((token) => token.end)),
  };
}

/**
 * The analysis with names of letters and digits that the tokenizer split made whole again. Done
 * on every analysis as it is read, cached or not, so the parse cache stays valid.
 */
export function joinSplitNames(analysis: Analysis): Analysis {
  let changed = false;
  const sentences = analysis.sentences.map((sentence) => {
    const runs = nameRuns(sentence);
    if (runs.length === 0) return sentence;
    changed = true;
    return joinRuns(sentence, runs);
  });
  return changed ? { ...analysis, sentences } : analysis;
}
