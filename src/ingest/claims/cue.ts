import type { Span } from '../../domain/mention';
import { foldForMatch } from '../text/fold-for-match';

/**
 * Cue phrases compiled to one regular expression over folded text. Written
 * folded or not ("a déclaré", "n'ont pas réagi"); a trailing "*" accepts any
 * ending ("fourni*" for fourni, fournir, fournissent). Boundaries are
 * Unicode look-arounds: JavaScript's `\b` is ASCII-only and never matches
 * around accented letters. Alternatives are tried longest first, so where
 * two cues overlap ("sous contrôle", "contrôle") the longer one wins.
 */
export interface CueSet {
  readonly texts: readonly string[];
  readonly pattern: RegExp;
  /** One expression per cue, anchored, to tell which cue a match is. */
  readonly each: readonly { readonly text: string; readonly pattern: RegExp }[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function body(text: string): string {
  const wildcard = text.endsWith('*');
  const words = foldForMatch(wildcard ? text.slice(0, -1) : text)
    .trim()
    .split(/\s+/u)
    .map((word) => escape(word).replace(/'/g, "'\\s*").replace(/-/g, '[-\\s]?'));
  return words.join('\\s+') + (wildcard ? '\\p{L}*' : '');
}

export function compileCues(texts: readonly string[]): CueSet {
  const sorted = [...new Set(texts)].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map(body).join('|');
  return {
    texts: sorted,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu'),
    each: sorted.map((text) => ({ text, pattern: new RegExp(`^(?:${body(text)})$`, 'u') })),
  };
}

export interface CueMatch {
  /** The cue that matched, as written in its list. */
  readonly cue: string;
  /** Absolute span in the article. */
  readonly span: Span;
}

/** Every match of the cues in `folded` (a folded slice of the article starting at `offset`). */
export function findCues(folded: string, offset: number, cues: CueSet): CueMatch[] {
  const found: CueMatch[] = [];
  for (const match of folded.matchAll(cues.pattern)) {
    const cue = cues.each.find((c) => c.pattern.test(match[0]))?.text ?? match[0];
    found.push({
      cue,
      span: { start: offset + match.index, end: offset + match.index + match[0].length },
    });
  }
  return found;
}
