import type { Entity } from '../../domain/entity';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { candidateEntity } from '../resolve-candidate';
import type { Token } from '../text/tokenize';
import type { FoundMention } from './found-mention';
import { phraseMention } from './found-mention';
import type { TokenizedSentence } from './sentence-tokens';

/** Portfolios, folded token sequences in French and English, with their canonical name. */
const PORTFOLIOS: readonly (readonly [readonly string[], string])[] = [
  [['affaires', 'etrangeres'], 'Foreign Affairs'],
  [['foreign', 'affairs'], 'Foreign Affairs'],
  [['foreign'], 'Foreign Affairs'],
  [['defense'], 'Defence'],
  [['defence'], 'Defence'],
  [['interieur'], 'Internal Affairs'],
  [['interior'], 'Internal Affairs'],
  [['finances'], 'Finance'],
  [['finance'], 'Finance'],
  [['economie'], 'Economy'],
  [['economy'], 'Economy'],
  [['justice'], 'Justice'],
  [['energie'], 'Energy'],
  [['energy'], 'Energy'],
  [['asuntos', 'exteriores'], 'Foreign Affairs'],
  [['relaciones', 'exteriores'], 'Foreign Affairs'],
  [['exteriores'], 'Foreign Affairs'],
  [['defensa'], 'Defence'],
  [['hacienda'], 'Finance'],
];
const OF = new Set(['de', 'la', 'des', 'du', 'l', 'd', 'of', 'the', 'del', 'el']);

/** German compounds, folded as matching folds them (ß → s): the portfolio is the first part. */
const GERMAN_PORTFOLIOS: readonly (readonly [string, string])[] = [
  ['verteidigungsministerium', 'Defence'],
  ['ausenministerium', 'Foreign Affairs'],
  ['auswartigen', 'Foreign Affairs'],
  ['innenministerium', 'Internal Affairs'],
  ['finanzministerium', 'Finance'],
  ['justizministerium', 'Justice'],
  ['energieministerium', 'Energy'],
];

/** Ministries whose own name differs from "Ministry of X of Country" (the curated entities use these names). */
const OFFICIAL_NAMES: Readonly<Record<string, string>> = {
  'country:united-states Defence': 'Pentagon',
  'country:united-states Foreign Affairs': 'State Department',
  'country:united-states Finance': 'United States Department of the Treasury',
  'country:south-korea Defence': 'Ministry of National Defense of South Korea',
  'country:france Foreign Affairs': 'Ministry for Europe and Foreign Affairs',
  'country:france Defence': 'Ministry of the Armed Forces of France',
};

/**
 * Ministries named with their country: "le ministère russe de la Défense",
 * "le ministère de la Défense de l'Ukraine", "Russia's defence ministry",
 * "the Ukrainian Ministry of Defence", "das russische Verteidigungsministerium",
 * "el Ministerio de Defensa de Rusia". They get one canonical name in every
 * language ("Ministry of Defence of Russia"), so reports in each meet. A
 * ministry whose country the text does not give is left alone.
 */
export function ministryMentions(
  text: string,
  sentence: TokenizedSentence,
  gazetteer: Gazetteer,
): FoundMention[] {
  const { tokens } = sentence;
  const found: FoundMention[] = [];
  tokens.forEach((token, index) => {
    const matches =
      token.folded === 'ministere' || token.folded === 'ministerio'
        ? [french(tokens, index, gazetteer)]
        : token.folded === 'ministry'
          ? [english(tokens, index, gazetteer)]
          : token.folded === 'ministries'
            ? englishPair(tokens, index, gazetteer)
            : [german(tokens, index, gazetteer)];
    for (const match of matches) {
      if (!match) continue;
      const start = tokens[match.first]!.start;
      const end = tokens[match.last]!.end;
      const entity = ministryEntity(match.country, match.portfolio);
      found.push(phraseMention(text, sentence.index, { start, end }, entity, match.country));
    }
  });
  return found;
}

/** A country's ministry of a portfolio, by the one name every extractor and language gives it. */
export function ministryEntity(country: Entity, portfolio: string): Entity {
  const name =
    OFFICIAL_NAMES[`${country.id} ${portfolio}`] ??
    `Ministry of ${portfolio} of ${withArticle(country.name)}`;
  return candidateEntity('ORGANIZATION', name);
}

/** English puts "the" before some countries' names: "the United Kingdom", "the Philippines". */
export function withArticle(name: string): string {
  return /\b(?:Republic|United|Kingdom|Islands|States|Federation|Emirates|Netherlands|Philippines|Bahamas|Comoros|Maldives|Seychelles|Gambia)\b/u.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/** The portfolio folded words begin with ("affaires etrangeres", "defence"), and its length. */
export function portfolioOfWords(
  words: readonly string[],
): { name: string; length: number } | null {
  for (const [portfolio, name] of PORTFOLIOS) {
    if (portfolio.every((w, i) => words[i] === w)) return { name, length: portfolio.length };
  }
  return null;
}

/**
 * The portfolio of a German compound, a ministry's or its minister's, inflected or not
 * ("Verteidigungsministeriums", "Außenministers", "Innenministerin"), or null.
 */
export function germanPortfolio(folded: string): string | null {
  const stem = folded.replace(/(?:s|in|innen|en)$/u, '');
  return (
    GERMAN_PORTFOLIOS.find(
      ([word]) => word === folded || word === stem || word.replace(/ium$/u, '') === stem,
    )?.[1] ?? null
  );
}

interface Match {
  readonly first: number;
  readonly last: number;
  readonly portfolio: string;
  readonly country: Entity;
}

/**
 * The country a name, demonym or capital at `index` names, and how many tokens it takes; with
 * `namesOnly`, a country's name alone.
 */
export function countryAt(
  tokens: readonly Token[],
  index: number,
  gazetteer: Gazetteer,
  namesOnly = false,
): { entity: Entity; length: number } | null {
  const match = gazetteer.matchAt(tokens, index);
  const entry = match?.entries.find((e) =>
    namesOnly
      ? e.entity.kind === 'COUNTRY' && e.role === 'name'
      : e.entity.kind === 'COUNTRY' || e.role === 'demonym' || e.role === 'capital',
  );
  const entity = entry ? (entry.entity.kind === 'COUNTRY' ? entry.entity : entry.country) : null;
  return entity && match ? { entity, length: match.length } : null;
}

function portfolioAt(
  tokens: readonly Token[],
  index: number,
): { name: string; length: number } | null {
  return portfolioOfWords(tokens.slice(index, index + 2).map((t) => t.folded));
}

function skipOf(tokens: readonly Token[], index: number): number {
  let at = index;
  while (OF.has(tokens[at]?.folded ?? '') && at < index + 2) at += 1;
  return at;
}

/** "ministère [russe] de la Défense [de la Russie]", "Ministerio [ruso] de Defensa [de Rusia]". */
function french(tokens: readonly Token[], index: number, gazetteer: Gazetteer): Match | null {
  let at = index + 1;
  const adjective = countryAt(tokens, at, gazetteer);
  if (adjective) at += adjective.length;
  const portfolio = portfolioAt(tokens, skipOf(tokens, at));
  if (!portfolio) return null;
  const end = skipOf(tokens, at) + portfolio.length;
  const after = adjective ? null : countryAt(tokens, skipOf(tokens, end), gazetteer);
  const country = adjective?.entity ?? after?.entity;
  if (!country) return null;
  const last = after ? skipOf(tokens, end) + after.length - 1 : end - 1;
  return { first: index, last, portfolio: portfolio.name, country };
}

/**
 * "das aserbaidschanische Verteidigungsministerium", "das Verteidigungsministerium
 * Aserbaidschans" or "… von Aserbaidschan".
 */
function german(tokens: readonly Token[], index: number, gazetteer: Gazetteer): Match | null {
  const folded = tokens[index]!.folded;
  const portfolio = folded.includes('ministerium') ? germanPortfolio(folded) : null;
  if (!portfolio) return null;
  const before = index > 0 ? countryAt(tokens, index - 1, gazetteer) : null;
  if (before && before.length === 1)
    return { first: index - 1, last: index, portfolio, country: before.entity };
  const von = tokens[index + 1]?.folded === 'von' ? 1 : 0;
  // After the noun only a name ("… von Aserbaidschan"): a German adjective stands before it, so
  // "dem Verteidigungsministerium, russische Truppen …" is no Russian ministry.
  const after =
    countryAt(tokens, index + 1 + von, gazetteer, true) ?? genitiveAt(tokens, index + 1, gazetteer);
  if (!after) return null;
  return { first: index, last: index + von + after.length, portfolio, country: after.entity };
}

/** A German genitive name ("Aserbaidschans", "Russlands"): the name without its "s". */
function genitiveAt(
  tokens: readonly Token[],
  index: number,
  gazetteer: Gazetteer,
): { entity: Entity; length: number } | null {
  const token = tokens[index];
  if (!token || !token.raw.endsWith('s')) return null;
  const entry = gazetteer
    .lookup(token.raw.slice(0, -1))
    .find((e) => e.entity.kind === 'COUNTRY' && e.role === 'name');
  return entry ? { entity: entry.entity, length: 1 } : null;
}

/** "Russia's defence ministry", "the Ukrainian Ministry of Defence [of X]". */
function english(tokens: readonly Token[], index: number, gazetteer: Gazetteer): Match | null {
  let first = index;
  let portfolio = null;
  for (let length = 2; length >= 1 && !portfolio; length -= 1) {
    const candidate = portfolioAt(tokens, index - length);
    if (candidate?.length === length) {
      portfolio = candidate;
      first = index - length;
    }
  }
  let last = index;
  if (!portfolio && tokens[index + 1]?.folded === 'of') {
    portfolio = portfolioAt(tokens, index + 2);
    if (portfolio) last = index + 1 + portfolio.length;
  }
  if (!portfolio) return null;
  const before = countryBefore(tokens, first, gazetteer);
  const after = before
    ? null
    : tokens[last + 1]?.folded === 'of'
      ? countryAt(tokens, last + 2, gazetteer)
      : null;
  const country = before?.entity ?? after?.entity;
  if (!country) return null;
  return {
    first: before ? before.first : first,
    last: after ? last + 1 + after.length : last,
    portfolio: portfolio.name,
    country,
  };
}

/**
 * "Syria's defence and interior ministries": each portfolio of the pair is the country's
 * ministry, the first named from the country to its portfolio, the second from its portfolio on.
 */
function englishPair(tokens: readonly Token[], index: number, gazetteer: Gazetteer): Match[] {
  const second = portfolioEndingAt(tokens, index - 1);
  if (!second || tokens[second.first - 1]?.folded !== 'and') return [];
  const first = portfolioEndingAt(tokens, second.first - 2);
  const before = first && countryBefore(tokens, first.first, gazetteer);
  if (!first || !before) return [];
  return [
    { first: before.first, last: second.first - 2, portfolio: first.name, country: before.entity },
    { first: second.first, last: index, portfolio: second.name, country: before.entity },
  ];
}

/** The portfolio whose last word is at `last` ("defence", "foreign affairs"), and its first. */
function portfolioEndingAt(
  tokens: readonly Token[],
  last: number,
): { name: string; first: number } | null {
  for (let length = 2; length >= 1; length -= 1) {
    const candidate = last - length + 1 >= 0 ? portfolioAt(tokens, last - length + 1) : null;
    if (candidate?.length === length) return { name: candidate.name, first: last - length + 1 };
  }
  return null;
}

/** A country or nationality right before: "Russia's", "Russian", "the Ukrainian". */
export function countryBefore(
  tokens: readonly Token[],
  first: number,
  gazetteer: Gazetteer,
): { entity: Entity; first: number } | null {
  const possessive = tokens[first - 1]?.folded === 's' && /^['’]$/u.test(tokens[first - 1]!.gap);
  const end = possessive ? first - 2 : first - 1;
  for (let start = end; start >= Math.max(0, end - 3); start -= 1) {
    const country = countryAt(tokens, start, gazetteer);
    if (country && start + country.length - 1 === end)
      return { entity: country.entity, first: start };
  }
  return null;
}
