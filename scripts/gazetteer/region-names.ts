import { foldForMatch } from '../../src/ingest/text/fold-for-match';
import type { KnownLanguage } from '../../src/ingest/gazetteer/known-entity-data';
import { KNOWN_LANGUAGES } from '../../src/ingest/gazetteer/known-entity-data';
import type { WorldRegionRow } from '../../src/ingest/gazetteer/world-regions-data';

/** One region as the data package names it: its codes and its official name in each language. */
export interface PackageNames {
  readonly country: string;
  readonly code: string;
  readonly official: Readonly<Record<KnownLanguage, string>>;
}

/**
 * The words a region's official name wraps around the name the press uses: "Borno State",
 * "Province de Cabo Delgado", "Gouvernement Ma'rib", "Región de Tillabéri", "Rakhaing-Staat".
 */
const ADMIN_PREFIX =
  /^(?:(?:province|région|region|gouvernorat|oblast|état|département|district|préfecture|comté|territoire|provincia|región|gobernación|óblast|estado|departamento|distrito|prefectura|provinz|gouvernement|bundesstaat|distrikt|departement|präfektur|verwaltungsregion)\s+(?:de\s+la\s+|de\s+l'|de\s+l’|du\s+|des\s+|de\s+|d'|d’|del\s+)?)/iu;
const ADMIN_SUFFIX =
  /(?:\s+(?:region|province|state|governorate|oblast|district|department|prefecture|county|division|territory|municipality)|-(?:staat|region|provinz))$/iu;

/**
 * Words no region may be known by alone: compass points and words for a region, a capital or a
 * coast, which name a region in many countries and a plain part of any in the text; "Sahel" is
 * the whole belt south of the Sahara more often than Burkina Faso's region.
 */
const GENERIC = new Set(
  [
    ...['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western'],
    ...['northeast', 'northwest', 'southeast', 'southwest', 'central', 'centre', 'center'],
    ...['capital', 'coast', 'coastal', 'littoral', 'plateau', 'lakes', 'islands', 'mountains'],
    ...['highlands', 'lowlands', 'upper', 'lower', 'interior', 'unity', 'sahel', 'metropolitan'],
    // "Distrito Nacional" (Dominican Republic) would take "la Policía Nacional", "Free State"
    // (South Africa) "the Free Syrian Army".
    ...['federal', 'national', 'nacional', 'nationale', 'free'],
    ...['nord', 'sud', 'est', 'ouest', 'centrale', 'capitale', 'norte'],
    ...['sur', 'este', 'oeste', 'noreste', 'noroeste', 'sureste', 'suroeste', 'sudeste'],
    ...['sudoeste', 'nordeste', 'centro', 'mitte', 'osten', 'westen', 'norden', 'suden'],
    ...['nordost', 'nordwest', 'sudost', 'sudwest', 'hauptstadt', 'oriental', 'occidental'],
    // "La Unión" (El Salvador) would take "la Unión Europea".
    ...['union', 'libertad', 'independencia', 'frontera', 'esperanza'],
  ].map(foldForMatch),
);

/** Articles a region's name may open with: "La Unión" is as generic as "Unión". */
const ARTICLES = new Set(['the', 'la', 'el', 'le', 'les', 'los', 'las', 'l', 'al']);

/** A name worth matching: capitalised, four letters or more, no list, and not generic words alone. */
function usable(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || !/^\p{Lu}/u.test(text) || text.includes(',')) return false;
  const words = foldForMatch(text)
    .split(/[\s-]+/u)
    .filter((w) => !ARTICLES.has(w));
  return !words.every((w) => GENERIC.has(w));
}

/** The three-letter runs of a name, folded: what two spellings of one name share. */
function trigrams(text: string): Set<string> {
  const letters = foldForMatch(text).replace(/[^\p{L}]/gu, '');
  return new Set(
    Array.from({ length: Math.max(0, letters.length - 2) }, (_, i) => letters.slice(i, i + 3)),
  );
}

function bareName(name: string): string {
  return name.replace(ADMIN_PREFIX, '').replace(ADMIN_SUFFIX, '').trim();
}

/**
 * A translation that shares no three letters with the English name is another place or a
 * mistake of the data (Chad's "Sila" given in French as "Force"): left out.
 */
function sameName(name: string, english: string): boolean {
  const own = trigrams(bareName(english));
  return [...trigrams(bareName(name))].some((t) => own.has(t));
}

/** The official name and the bare one the press uses, each in one language. */
function namesOf(name: string, english: string): string[] {
  const bare = bareName(name);
  // "Sahel Region", "Capital Governorate": a generic name stays generic with its region noun.
  if (!sameName(name, english) || !usable(bare)) return [];
  return [name, ...(bare !== name && bare.length > 0 ? [bare] : [])].filter(usable);
}

/** The English name, unless the package's is a legal title ("Transnistria Autonomous Territorial Unit…"). */
function canonicalName({ en, fr, de, es }: PackageNames['official']): string {
  if (en.split(/\s+/u).length <= 4 && !en.includes(',')) return en;
  // The shortest bare name, English first, then Spanish, German, French on a tie.
  const names = [en, es, de, fr].filter((n) => sameName(n, en)).map(bareName);
  return names.reduce((best, n) => (n.length < best.length ? n : best));
}

/**
 * The names each region may be known by, decided once when the table is written so that the
 * service only reads them: per language the official name and the bare one the press uses
 * ("Borno State", "Borno"), without generic words, mistranslations, or a name several regions
 * share ("Punjab" names none); and the entity's own name, the bare one when it is one of them.
 */
export function regionRows(regions: readonly PackageNames[]): WorldRegionRow[] {
  const named = regions.map((region) => ({
    region,
    texts: KNOWN_LANGUAGES.map((lang) => namesOf(region.official[lang], region.official.en)),
  }));
  // How many regions go by each folded name.
  const holders = new Map<string, Set<string>>();
  for (const { region, texts } of named)
    for (const text of texts.flat()) {
      const folded = foldForMatch(text);
      holders.set(
        folded,
        (holders.get(folded) ?? new Set()).add(`${region.country}-${region.code}`),
      );
    }
  const unique = (text: string) => holders.get(foldForMatch(text))?.size === 1;
  return named.map(({ region, texts }) => {
    const official = canonicalName(region.official);
    const bare = bareName(official);
    const [en, fr, de, es] = texts.map((t) => t.filter(unique)) as [
      string[],
      string[],
      string[],
      string[],
    ];
    return [region.country, region.code, official, unique(bare) ? bare : null, en, fr, de, es];
  });
}
