import type { AnalysisEntity, AnalysisSentence, AnalysisToken } from '../nlp/analysis';

/** A name the analyser tagged somewhere in the article, with the one class it gave it. */
interface TaggedName {
  readonly words: readonly string[];
  readonly type: AnalysisEntity['type'];
  readonly text: string;
}

/**
 * A name the analyser tagged in one sentence is the same name where it recurs untagged in
 * another ("UN-Mitarbeiter in Abyei" tagged, "übernahm … die Kontrolle über Abyei" not): the
 * tagger reads each sentence alone and often misses in one what it found in the next. Only a
 * name tagged alike wherever it was tagged (a name tagged a person here and a place there is left
 * as the tagger read it), recurring as proper nouns, and not inside a longer name.
 */
export function withRecurringNames(
  sentences: readonly AnalysisSentence[],
): readonly AnalysisSentence[] {
  const byFirstWord = taggedNames(sentences);
  if (byFirstWord.size === 0) return sentences;
  return sentences.map((sentence) => {
    const added = recurrences(sentence, byFirstWord);
    return added.length === 0
      ? sentence
      : {
          ...sentence,
          entities: [...sentence.entities, ...added].sort((a, b) => a.first - b.first),
        };
  });
}

function taggedNames(sentences: readonly AnalysisSentence[]): Map<string, TaggedName[]> {
  const names = new Map<string, TaggedName | null>();
  for (const { tokens, entities } of sentences)
    for (const entity of entities) {
      const words = tokens.slice(entity.first - 1, entity.last).map((t) => t.word);
      const key = words.join(' ');
      const seen = names.get(key);
      if (seen === undefined) names.set(key, { words, type: entity.type, text: entity.text });
      else if (seen !== null && seen.type !== entity.type) names.set(key, null);
    }
  const byFirstWord = new Map<string, TaggedName[]>();
  for (const name of names.values()) {
    if (name === null) continue;
    const first = name.words[0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
  }
  // The longest name first: "Abyei Town" before "Abyei".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirstWord;
}

function recurrences(
  sentence: AnalysisSentence,
  byFirstWord: ReadonlyMap<string, readonly TaggedName[]>,
): AnalysisEntity[] {
  const { tokens } = sentence;
  const taken = new Uint8Array(tokens.length + 2);
  for (const e of sentence.entities) taken.fill(1, e.first, e.last + 1);
  const properNoun = (index: number) => tokens[index - 1]?.pos === 'PROPN';
  const added: AnalysisEntity[] = [];
  for (let first = 1; first <= tokens.length; first += 1) {
    const name = (byFirstWord.get(tokens[first - 1]!.word) ?? []).find((n) =>
      fits(tokens, first, n.words),
    );
    if (name === undefined) continue;
    const last = first + name.words.length - 1;
    const span = Array.from({ length: name.words.length }, (_, i) => first + i);
    if (span.some((i) => taken[i] === 1 || !properNoun(i))) continue;
    if (properNoun(first - 1) || properNoun(last + 1)) continue;
    added.push({
      first,
      last,
      type: name.type,
      text: name.text,
      start: tokens[first - 1]!.start,
      end: tokens[last - 1]!.end,
    });
    taken.fill(1, first, last + 1);
    first = last;
  }
  return added;
}

function fits(tokens: readonly AnalysisToken[], first: number, words: readonly string[]): boolean {
  return words.every((word, i) => tokens[first - 1 + i]?.word === word);
}
