import type { EntityKind } from '../../domain/entity';
import type { Token } from '../text/tokenize';
import type { KindGuess } from './found-mention';
import { phraseAt, phraseEndingAt, phraseTokens } from './token-phrases';
import { KIND_KEYWORDS, MEDIA_KEYWORDS, ROLE_NOUNS, TITLES } from './word-lists';

const ROLES = phraseTokens(ROLE_NOUNS);

/** Verbs of speech right after a name make it a speaker, most often a person. */
const SPEECH_AFTER = phraseTokens([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'wrote',
  'confirmed',
  'announced',
  'a declare',
  'a affirme',
  'a indique',
  'a precise',
  'a ajoute',
  'a confirme',
  'a annonce',
  'a assure',
  'a dit',
  'a souligne',
  'a explique',
  'a ecrit',
]);

const FRENCH_DETERMINERS = new Set(['le', 'la', 'les', 'l', 'du', 'des', 'au', 'aux']);

const MEDIA_BEFORE = phraseTokens([
  'agence de presse',
  'news agency',
  'newspaper',
  'journal',
  'quotidien',
  'outlet',
  'broadcaster',
  'chaine',
  'agence',
]);

const PLACE_BEFORE =
  /(?:^|\s)(?:a|dans|pres de|autour de|vers|in|near|around|outside|controle de|control of|region de|ville de)$/u;

/** The folded words before token `index`, up to three. */
function before(tokens: readonly Token[], index: number): string {
  return tokens
    .slice(Math.max(0, index - 3), index)
    .map((t) => t.folded)
    .join(' ');
}

export interface NameRun {
  /** Token indexes of the name, title excluded. */
  readonly first: number;
  readonly last: number;
  readonly titled: boolean;
}

/**
 * Guesses the kind of a name no gazetteer knows, from its own head words
 * ("Marsh Province", "Daily Courier"), then its context: a title or a role
 * noun around it, a verb of speech after it, a French article before it.
 */
export function guessKind(tokens: readonly Token[], run: NameRun, name: string): KindGuess {
  const words = tokens.slice(run.first, run.last + 1);
  const media =
    words.some((w) => MEDIA_KEYWORDS.has(w.folded)) ||
    phraseEndingAt(tokens, run.first - 1, MEDIA_BEFORE) > 0;
  const keyword = keywordKind(words);
  if (keyword)
    return { kind: keyword, name, strength: 'strong', media: media && keyword === 'ORGANIZATION' };
  if (media) return { kind: 'ORGANIZATION', name, strength: 'strong', media: true };
  const single = words.length === 1;
  const acronym = single && /^\p{Lu}{2,}$/u.test(words[0]!.raw);
  if (run.titled || roleBefore(tokens, run.first) || roleAfter(tokens, run.last)) {
    return { kind: 'PERSON', name, strength: 'strong', media: false };
  }
  if (acronym) return { kind: 'ORGANIZATION', name, strength: 'weak', media: false };
  const speaks = phraseAt(tokens, run.last + 1, SPEECH_AFTER) > 0;
  const determiner = FRENCH_DETERMINERS.has(tokens[run.first - 1]?.folded ?? '');
  if (determiner)
    return { kind: 'ORGANIZATION', name, strength: single ? 'weak' : 'strong', media };
  // "à Kidal", "in Kidal", "le contrôle de Kidal": a lone unknown name after a place preposition is a place.
  if (single && PLACE_BEFORE.test(before(tokens, run.first)))
    return { kind: 'LOCATION', name, strength: 'strong', media: false };
  if (single) return { kind: 'PERSON', name, strength: 'weak', media: false };
  return { kind: 'PERSON', name, strength: speaks || words.length <= 3 ? 'strong' : 'weak', media };
}

function keywordKind(words: readonly Token[]): EntityKind | null {
  for (const word of [...words].reverse()) {
    for (const [kind, keywords] of KIND_KEYWORDS) {
      if (keywords.includes(word.folded)) return kind;
    }
  }
  return null;
}

/** A role noun shortly before, in the same clause: "Kremlin spokesman Dmitry Peskov", "le porte-parole du Kremlin, Dmitri Peskov". */
function roleBefore(tokens: readonly Token[], first: number): boolean {
  for (let end = first - 1; end >= Math.max(0, first - 7); end -= 1) {
    if (phraseEndingAt(tokens, end, ROLES) > 0) return true;
    if (/[.;:!?()]/u.test(tokens[end + 1]?.gap ?? '') && end + 1 !== first) return false;
  }
  return TITLES.has(tokens[first - 1]?.folded ?? '');
}

/** An apposition right after: "Pat Ryder, porte-parole du Pentagone", "Rufus Firefly, spokesperson of". */
function roleAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || !next.gap.includes(',')) return false;
  let at = last + 1;
  while (
    [
      'le',
      'la',
      'l',
      'the',
      'a',
      'an',
      'un',
      'une',
      'ancien',
      'former',
      'chief',
      'deputy',
    ].includes(tokens[at]?.folded ?? '')
  ) {
    at += 1;
  }
  return phraseAt(tokens, at, ROLES) > 0;
}

/** True when the token is a title written before a name ("M.", "Maj.", "Gen.", "President"). */
export function isTitle(token: Token): boolean {
  return TITLES.has(token.folded);
}
