import type { Gazetteer } from '../gazetteer/gazetteer';
import type { GazetteerEntry } from '../gazetteer/gazetteer-entry';
import { tokenize } from '../text/tokenize';
import type { FoundMention } from './found-mention';

/**
 * Countries named inside another name: "américain" in "ministère américain
 * de la Défense", "Ukraine" in "guerre contre l'Ukraine". They are mentions
 * of the country too, and the claims stage reads them (PART_OF, LOCATED_IN,
 * the object of "war against").
 */
export function nestedCountries(
  text: string,
  mention: FoundMention,
  gazetteer: Gazetteer,
): FoundMention[] {
  const outer = mention.entries[0]?.entity;
  // A country in an outlet's name ("Agence France-Presse") says nothing about the country.
  if (
    outer?.kind === 'COUNTRY' ||
    mention.entries.some((e) => e.role === 'demonym' || e.media) ||
    mention.guess?.media
  )
    return [];
  const tokens = tokenize(mention.surface, mention.span.start);
  const found: FoundMention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    // A capital inside a name stands for its country ("Seoul's spy agency").
    const countryEntries = (m: { entries: readonly GazetteerEntry[] }) =>
      m.entries
        .map((e) =>
          e.role === 'capital' && e.country
            ? { ...e, entity: e.country, role: 'name' as const }
            : e,
        )
        .filter((e) => e.entity.kind === 'COUNTRY' && e.entity.id !== outer?.id);
    const match = gazetteer
      .allMatchesAt(tokens, index)
      .find((m) => !(index === 0 && m.length === tokens.length) && countryEntries(m).length > 0);
    if (!match) continue;
    const entries = countryEntries(match);
    const start = tokens[index]!.start;
    const end = tokens[index + match.length - 1]!.end;
    found.push({
      span: { start, end },
      surface: text.slice(start, end),
      sentence: mention.sentence,
      source: 'nested',
      entries,
      guess: null,
      nested: true,
      personnel: false,
      acronymOf: null,
    });
    index += match.length - 1;
  }
  return found;
}
