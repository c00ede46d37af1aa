import type { Span } from '../../domain/mention';
import type { Token } from '../text/tokenize';
import type { FoundMention } from './found-mention';
import { overlaps } from './found-mention';
import type { TokenizedSentence } from './sentence-tokens';

/**
 * Places named by a generic noun and a proper name: "la région de Belgorod",
 * "l'oblast de Tver", "le village de Nikolaïevo", "the Tver region",
 * "the village of Plekhovo". Only for names no gazetteer knows (the known
 * ones, such as "région de Koursk", are found as they are). Regions are named
 * "<X> region" in both languages so that French and English reports of the
 * same place meet.
 */
const BEFORE_NAME: Readonly<Record<string, (name: string) => string>> = {
  region: (name) => `${name} region`,
  oblast: (name) => `${name} Oblast`,
  province: (name) => `${name} province`,
  village: (name) => name,
  ville: (name) => name,
  city: (name) => name,
  town: (name) => name,
  localite: (name) => name,
  port: (name) => name,
};

const AFTER_NAME: Readonly<Record<string, (name: string) => string>> = {
  region: (name) => `${name} region`,
  oblast: (name) => `${name} Oblast`,
  province: (name) => `${name} province`,
};

const CONNECTOR = new Set(['de', 'd', 'of']);

function capitalizedRun(tokens: readonly Token[], at: number): number {
  let end = at - 1;
  while (tokens[end + 1] && /^\p{Lu}/u.test(tokens[end + 1]!.raw)) {
    if (end >= at && !/^[\s\-'’]$/u.test(tokens[end + 1]!.gap)) break;
    end += 1;
  }
  return end;
}

export function placeMentions(
  text: string,
  sentence: TokenizedSentence,
  taken: readonly Span[],
): FoundMention[] {
  const { tokens } = sentence;
  const found: FoundMention[] = [];
  const add = (
    first: number,
    last: number,
    nameFirst: number,
    nameLast: number,
    make: (n: string) => string,
  ) => {
    const span = { start: tokens[first]!.start, end: tokens[last]!.end };
    const nameSpan = { start: tokens[nameFirst]!.start, end: tokens[nameLast]!.end };
    if (taken.some((t) => overlaps(t, nameSpan))) return;
    const name = make(text.slice(nameSpan.start, nameSpan.end));
    found.push({
      span,
      surface: text.slice(span.start, span.end),
      sentence: sentence.index,
      source: 'place',
      entries: [],
      guess: { kind: 'LOCATION', name, strength: 'strong', media: false },
      nested: false,
      personnel: false,
      acronymOf: null,
    });
  };
  tokens.forEach((token, index) => {
    const before = BEFORE_NAME[token.folded];
    if (before && CONNECTOR.has(tokens[index + 1]?.folded ?? '')) {
      const end = capitalizedRun(tokens, index + 2);
      if (end >= index + 2) add(index, end, index + 2, end, before);
    }
    const after = AFTER_NAME[token.folded];
    if (after && index > 0 && /^\s$/u.test(token.gap)) {
      let first = index - 1;
      while (
        first > 0 &&
        /^\p{Lu}/u.test(tokens[first - 1]!.raw) &&
        /^[\s-]$/u.test(tokens[first]!.gap)
      ) {
        first -= 1;
      }
      // "Marsh Province", "Kursk Oblast": a capitalised generic noun is part of the name as written.
      const written = /^\p{Lu}/u.test(token.raw)
        ? () => text.slice(tokens[first]!.start, token.end)
        : after;
      if (/^\p{Lu}/u.test(tokens[index - 1]!.raw)) add(first, index, first, index - 1, written);
    }
  });
  return found;
}
