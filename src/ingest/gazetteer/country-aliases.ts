/** The languages in which countries are named. */
export type CountryLanguage = 'en' | 'fr' | 'de' | 'es';

/**
 * Names the press uses for a country that neither npm package lists, keyed
 * by ISO 3166-1 alpha-2 code: short forms ("EE.UU.", "VAE", "RDC"), older
 * names still in use ("Weißrussland", "Birmania"), the Swiss spelling
 * without "ß".
 */
export const COUNTRY_ALIASES: Readonly<
  Record<string, Partial<Record<CountryLanguage, readonly string[]>>>
> = {
  US: { en: ['America'], de: ['Amerika'], es: ['EE.UU.', 'EEUU', 'EE. UU.'] },
  GB: { en: ['Britain'], de: ['Grossbritannien'], es: ['Gran Bretaña'] },
  KP: { fr: ['RPDC'], es: ['RPDC'] },
  DE: { de: ['Bundesrepublik'] },
  AE: { fr: ['EAU', 'Émirats'], de: ['VAE', 'Emirate', 'Emiraten'], es: ['EAU', 'Emiratos'] },
  MD: { de: ['Moldau'] },
  SA: { es: ['Arabia Saudí'] },
  BY: { fr: ['Bélarus'], de: ['Weißrussland'], es: ['Bielorrusia'] },
  CD: {
    fr: ['RDC', 'RD Congo'],
    de: ['DR Kongo', 'Demokratische Republik Kongo'],
    es: ['RDC', 'RD Congo', 'RD del Congo', 'República Democrática del Congo'],
  },
  MM: { de: ['Birma'], es: ['Birmania'] },
  CF: { fr: ['Centrafrique', 'RCA'] },
  CZ: { es: ['Chequia'] },
  NL: { es: ['Holanda'] },
};

/**
 * Country names that are also common words or other names in one of the
 * languages read here; they would turn an island, a meeting, a city or a
 * first name into a country. Compared folded: "Reunión" also rules out
 * "Réunion". The country keeps its other names.
 */
export const FALSE_FRIEND_NAMES: ReadonlySet<string> = new Set([
  'Island', // German for Iceland; English "island"
  'Reunión', // Spanish for Réunion, folded as the English and French name; "meeting" in both
  'Granada', // Spanish for Grenada; the Spanish city
  'Guadalupe', // Spanish for Guadeloupe; a Mexican city and a first name
  'Mauricio', // Spanish for Mauritius; a first name
  'Maurice', // French for Mauritius; a first name
  'Mann', // an English name of the Isle of Man; German for "man" ("bis zum letzten Mann")
]);
