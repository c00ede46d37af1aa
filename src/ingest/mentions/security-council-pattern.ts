import type { Entity } from '../../domain/entity';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { candidateEntity } from '../resolve-candidate';
import type { Token } from '../text/tokenize';
import type { FoundMention } from './found-mention';
import { phraseMention } from './found-mention';
import { countryAt, countryBefore, withArticle } from './ministry-pattern';
import type { TokenizedSentence } from './sentence-tokens';

/** The council's words, folded, with the national word the name may carry after them. */
const COUNCIL_WORDS: readonly (readonly [readonly string[], string])[] = [
  [['conseil', 'de', 'securite'], 'nationale'],
  [['consejo', 'de', 'seguridad'], 'nacional'],
];

/**
 * A state's own security council named with its state: "Russia's Security Council", "a
 * Georgian National Security Council official", "le Conseil de sécurité russe", "der russische
 * Sicherheitsrat", "el Consejo de Seguridad Nacional ucraniano". Alone, "Security Council" is the
 * UN's and "National Security Council" the American one (the gazetteer's); with another state
 * they are that state's body, "Security Council of Russia", which it is part of. The American one
 * is left to the gazetteer.
 */
export function securityCouncilMentions(
  text: string,
  sentence: TokenizedSentence,
  gazetteer: Gazetteer,
): FoundMention[] {
  const { tokens } = sentence;
  const found: FoundMention[] = [];
  tokens.forEach((_, index) => {
    const match =
      english(tokens, index, gazetteer) ??
      romance(tokens, index, gazetteer) ??
      german(tokens, index, gazetteer);
    if (!match || match.country.id === 'country:united-states') return;
    const name = `${match.national ? 'National ' : ''}Security Council of ${withArticle(match.country.name)}`;
    const span = { start: tokens[match.first]!.start, end: tokens[match.last]!.end };
    found.push(
      phraseMention(
        text,
        sentence.index,
        span,
        candidateEntity('ORGANIZATION', name),
        match.country,
      ),
    );
  });
  return found;
}

/** True when only spaces stand before the token: no stop or comma parts it from the last one. */
function joined(tokens: readonly Token[], index: number): boolean {
  return /^\s+$/u.test(tokens[index]?.gap ?? '');
}

interface Match {
  readonly first: number;
  readonly last: number;
  readonly national: boolean;
  readonly country: Entity;
}

/** "Russia's Security Council", "the Georgian National Security Council". */
function english(tokens: readonly Token[], index: number, gazetteer: Gazetteer): Match | null {
  if (tokens[index]?.folded !== 'security' || tokens[index + 1]?.folded !== 'council') return null;
  const national = tokens[index - 1]?.folded === 'national';
  const first = national ? index - 1 : index;
  const before = joined(tokens, first) ? countryBefore(tokens, first, gazetteer) : null;
  return before && { first: before.first, last: index + 1, national, country: before.entity };
}

/** "le Conseil de sécurité [nationale] russe", "el Consejo de Seguridad [Nacional] ruso". */
function romance(tokens: readonly Token[], index: number, gazetteer: Gazetteer): Match | null {
  const words = COUNCIL_WORDS.find(([council]) =>
    council.every((word, i) => tokens[index + i]?.folded === word),
  );
  if (!words) return null;
  const [council, nationalWord] = words;
  let last = index + council.length - 1;
  const national = tokens[last + 1]?.folded === nationalWord;
  if (national) last += 1;
  const after = joined(tokens, last + 1) ? countryAt(tokens, last + 1, gazetteer) : null;
  return after && { first: index, last: last + after.length, national, country: after.entity };
}

/** "der russische Sicherheitsrat", "des ukrainischen Nationalen Sicherheitsrats". */
function german(tokens: readonly Token[], index: number, gazetteer: Gazetteer): Match | null {
  if (!/^sicherheitsrate?s?$/u.test(tokens[index]?.folded ?? '')) return null;
  const national = /^nationale[nrs]?$/u.test(tokens[index - 1]?.folded ?? '');
  const at = national ? index - 1 : index;
  const before = at > 0 && joined(tokens, at) ? countryAt(tokens, at - 1, gazetteer) : null;
  return before?.length === 1
    ? { first: at - 1, last: index, national, country: before.entity }
    : null;
}
