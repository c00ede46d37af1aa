import { NAME_HEAD_WORDS, nameHead } from '../../domain/name-key';
import type { Analysis } from '../nlp/analysis';
import { tokenize } from '../text/tokenize';
import { JOINABLE_GAP } from './phrase-index';

/** A stretch of a token between two cuts; `gap` is "" inside a token. */
interface Piece {
  readonly folded: string;
  readonly gap: string;
}

/**
 * The name heads (domain/name-key.ts) to ask the graph for before reading
 * an article: every phrase of up to NAME_HEAD_WORDS words the gazetteer
 * may be asked about, so that the few entities the graph returns link the
 * article exactly as all of them would. A phrase is a run of words joined
 * as the gazetteer joins them (JOINABLE_GAP); it may start or end at any
 * `cuts` offset inside a word, where the analyser's tokens do ("du" → "de
 * le"), and each of `words` (the analyser's, which may not be in the text)
 * is looked up whole. Longer names are found by their first words.
 */
export function articleNameHeads(
  text: string,
  cuts: readonly number[] = [],
  words: readonly string[] = [],
): string[] {
  const pieces = cutTokens(text, cuts);
  const heads = new Set<string>(words.map(nameHead));
  for (let first = 0; first < pieces.length; first += 1) {
    for (const word of readings(pieces[first]!.folded)) {
      const phrase = [word];
      heads.add(word);
      for (let next = first + 1; next < pieces.length; next += 1) {
        const { folded, gap } = pieces[next]!;
        if (gap === '') phrase[phrase.length - 1] += folded;
        else if (JOINABLE_GAP.test(gap) && phrase.length < NAME_HEAD_WORDS) phrase.push(folded);
        else break;
        heads.add(phrase.join(' '));
      }
    }
  }
  heads.delete('');
  return [...heads];
}

/** The heads of an analysed article: its text cut where the analyser's tokens start and end. */
export function analysisNameHeads(text: string, analysis: Analysis): string[] {
  const tokens = analysis.sentences.flatMap((s) => s.tokens);
  return articleNameHeads(
    text,
    tokens.flatMap((t) => [t.start, t.end]),
    tokens.map((t) => t.word),
  );
}

/** A German genitive ("Russlands") is also looked up without its "s" (parse-mentions.ts). */
function readings(word: string): string[] {
  return word.length >= 5 && word.endsWith('s') ? [word, word.slice(0, -1)] : [word];
}

function cutTokens(text: string, cuts: readonly number[]): Piece[] {
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    while (at < sorted.length && sorted[at]! <= token.start) at += 1;
    let start = token.start;
    let gap = token.gap;
    for (; at < sorted.length && sorted[at]! < token.end; at += 1) {
      const cut = sorted[at]!;
      pieces.push({ folded: token.folded.slice(start - token.start, cut - token.start), gap });
      start = cut;
      gap = '';
    }
    pieces.push({ folded: token.folded.slice(start - token.start), gap });
  }
  return pieces;
}
