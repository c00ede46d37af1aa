import type { Span } from '../../domain/mention';
import type { LinkedMention } from '../linked-mention';
import type { Sentence } from '../split-sentences';
import { foldForMatch } from '../text/fold-for-match';
import type { CueMatch, CueSet } from './cue';
import { findCues } from './cue';

/** One sentence as the claim rules see it: its text folded, and its linked mentions. */
export interface SentenceView {
  readonly index: number;
  readonly sentence: Sentence;
  readonly text: string;
  readonly folded: string;
  /** Mentions in the sentence by position, nested ones included. */
  readonly mentions: readonly LinkedMention[];
  readonly language: string;
}

export function sentenceViews(
  sentences: readonly Sentence[],
  mentions: readonly LinkedMention[],
  language: string,
): SentenceView[] {
  return sentences.map((sentence, index) => ({
    index,
    sentence,
    text: sentence.text,
    folded: foldForMatch(sentence.text),
    mentions: mentions.filter((m) => m.sentence === index),
    language,
  }));
}

const found = new WeakMap<SentenceView, Map<CueSet, CueMatch[]>>();

/** Cue matches inside `range` (absolute), or in the whole sentence; each set is searched once per sentence. */
export function cuesIn(view: SentenceView, cues: CueSet, range?: Span): CueMatch[] {
  let bySet = found.get(view);
  if (!bySet) {
    bySet = new Map();
    found.set(view, bySet);
  }
  let matches = bySet.get(cues);
  if (!matches) {
    matches = findCues(view.folded, view.sentence.span.start, cues);
    bySet.set(cues, matches);
  }
  return matches.filter((m) => !range || (range.start <= m.span.start && m.span.end <= range.end));
}

/** The folded text of an absolute span inside the sentence. */
export function foldedSlice(view: SentenceView, span: Span): string {
  const offset = view.sentence.span.start;
  return view.folded.slice(Math.max(0, span.start - offset), Math.max(0, span.end - offset));
}

/** The text as written of an absolute span inside the sentence. */
export function textSlice(view: SentenceView, span: Span): string {
  const offset = view.sentence.span.start;
  return view.text.slice(Math.max(0, span.start - offset), Math.max(0, span.end - offset));
}
