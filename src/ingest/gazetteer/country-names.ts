import countries from 'i18n-iso-countries';
import type worldCountries from 'world-countries';
import type { Label } from '../../domain/entity';
import type { CountryLanguage } from './country-aliases';
import { COUNTRY_ALIASES, FALSE_FRIEND_NAMES } from './country-aliases';
import { phraseKey } from '../text/tokenize';

export type WorldCountry = (typeof worldCountries)[number];

/** Common names that differ from what English news calls the country. */
const CANONICAL_NAMES: Readonly<Record<string, string>> = {
  TR: 'Turkey',
  CD: 'Democratic Republic of the Congo',
};

/** Two-letter codes that texts really use as names ("US", "UK"); others ("KP", "FR") are noise. */
const CODES_USED_AS_NAMES = new Set(['US', 'UK', 'UAE']);

/** world-countries' translation keys (ISO 639-3) of the languages other than English. */
const TRANSLATION_KEYS = { fr: 'fra', de: 'deu', es: 'spa' } as const;

/** Folded, so that "Reunion" goes with "Reunión". */
const FALSE_FRIEND_KEYS = new Set([...FALSE_FRIEND_NAMES].map(phraseKey));

const LATIN = /^[\p{Script=Latin}\p{N}\s'’.-]+$/u;

/** A name a text can contain as it is: Latin script, no "Congo (Rép. dém.)" or "Korea, Republic of". */
export function usable(name: string): boolean {
  return LATIN.test(name) && !/[,()]/.test(name) && name.trim().length > 1;
}

export interface CountryNames {
  /** The canonical (English) name. */
  readonly name: string;
  /** One preferred name per language. */
  readonly labels: readonly Label[];
  /** Every name, labels included, in every language. */
  readonly all: readonly Label[];
}

/**
 * A country's names in English, French, German and Spanish: world-countries'
 * common and official names, i18n-iso-countries' names, and the press's own
 * short forms (country-aliases.ts); never a false friend.
 */
export function countryNames(country: WorldCountry): CountryNames {
  const cca2 = country.cca2;
  const name = CANONICAL_NAMES[cca2] ?? country.name.common;
  const english = [
    name,
    country.name.common,
    country.name.official,
    ...i18nNames('en', cca2),
    // Some alternative spellings are demonyms ("Thai", "Togolese"): those are not names.
    ...country.altSpellings.filter(
      (alt) =>
        (alt.length > 2 || CODES_USED_AS_NAMES.has(alt.replace(/\./g, ''))) &&
        alt !== country.demonyms['eng']?.m,
    ),
    ...(COUNTRY_ALIASES[cca2]?.en ?? []),
  ];
  const perLanguage: [CountryLanguage, string[]][] = [
    ['en', english],
    ...(['fr', 'de', 'es'] as const).map((language): [CountryLanguage, string[]] => {
      const translation = country.translations[TRANSLATION_KEYS[language]];
      return [
        language,
        [
          ...(translation ? [translation.common, translation.official] : []),
          ...i18nNames(language, cca2),
          ...(COUNTRY_ALIASES[cca2]?.[language] ?? []),
        ],
      ];
    }),
  ];
  const kept = perLanguage.map(([lang, texts]) => ({
    lang,
    texts: (lang === 'de' ? [...texts, ...texts.flatMap(germanDeclined)] : texts).filter(
      (text) => usable(text) && !FALSE_FRIEND_KEYS.has(phraseKey(text)),
    ),
  }));
  return {
    name,
    labels: kept.flatMap(({ lang, texts }) => (texts[0] ? [{ lang, text: texts[0] }] : [])),
    all: kept.flatMap(({ lang, texts }) => texts.map((text) => ({ lang, text }))),
  };
}

function i18nNames(language: CountryLanguage, cca2: string): string[] {
  return countries.getNames(language, { select: 'all' })[cca2] ?? [];
}

/**
 * German declines the adjectives of a name: "in der Demokratischen Republik
 * Kongo", "den Vereinigten Arabischen Emiraten" beside "die Demokratische
 * Republik Kongo". The form after an article in the dative or genitive adds
 * "n" to every adjective before the noun (the last word), and a plural noun
 * takes it too in the dative ("in den Vereinigten Arabischen Emiraten").
 */
function germanDeclined(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2 || !words.slice(0, -1).some((w) => w.endsWith('e'))) return [];
  const declined = words.map((w, i) => (i < words.length - 1 && w.endsWith('e') ? `${w}n` : w));
  const noun = declined[declined.length - 1]!;
  return noun.endsWith('e')
    ? [declined.join(' '), [...declined.slice(0, -1), `${noun}n`].join(' ')]
    : [declined.join(' ')];
}
