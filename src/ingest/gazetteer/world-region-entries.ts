import type { Entity } from '../../domain/entity';
import { mergeLabels } from '../../domain/entity';
import { entityId } from '../../domain/ids';
import { foldForMatch } from '../text/fold-for-match';
import type { GazetteerEntry } from './gazetteer-entry';
import { caseRuleOf } from './gazetteer-entry';
import { KNOWN_LANGUAGES } from './known-entity-data';
import type { WorldRegionRow } from './world-regions-data';
import { WORLD_REGIONS } from './world-regions-data';

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
    ...['federal', 'national', 'nord', 'sud', 'est', 'ouest', 'centrale', 'capitale', 'norte'],
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
function canonicalName(row: WorldRegionRow): string {
  const [, , en, fr, de, es] = row;
  if (en.split(/\s+/u).length <= 4 && !en.includes(',')) return en;
  // The shortest bare name, English first, then Spanish, German, French on a tie.
  const names = [en, es, de, fr].filter((n) => sameName(n, en)).map(bareName);
  return names.reduce((best, n) => (n.length < best.length ? n : best));
}

/**
 * The first-level regions of every country (ISO 3166-2: states, provinces, oblasts,
 * governorates) as gazetteer entries in English, French, German and Spanish, so that
 * "Rakhaing-Staat", "État d'Arakan" and "Rakhine State" are one place and "Borno" is a place, not
 * a person. Only names: which country a region lies in is world knowledge the text must state.
 * A name another entry already has (a country, a capital, a curated place) stays that entry's,
 * and a name several regions share ("Central", "Punjab") names none of them.
 */
export function worldRegionEntries(taken: readonly GazetteerEntry[]): GazetteerEntry[] {
  const takenTexts = new Set(taken.map((e) => foldForMatch(e.text)));
  // A curated place ("Rakhine State") is the region itself: its other names join it.
  const curatedPlaces = new Map(
    taken
      .filter((e) => e.source === 'known' && e.entity.kind === 'LOCATION')
      .map((e) => [foldForMatch(e.text), e.entity] as const),
  );
  const regions = WORLD_REGIONS.map((row) => ({
    row,
    // A row's names come in KNOWN_LANGUAGES' order: en, fr, de, es.
    names: KNOWN_LANGUAGES.map((lang, i) => ({ lang, texts: namesOf(row[i + 2]!, row[2]) })),
  }));
  // How many regions go by each folded name.
  const holders = new Map<string, Set<string>>();
  for (const { row, names } of regions)
    for (const text of names.flatMap((n) => n.texts)) {
      const folded = foldForMatch(text);
      holders.set(folded, (holders.get(folded) ?? new Set()).add(`${row[0]}-${row[1]}`));
    }
  const own = (text: string) => {
    const folded = foldForMatch(text);
    return !takenTexts.has(folded) && (holders.get(folded)?.size ?? 0) === 1;
  };
  return regions.flatMap(({ row, names }) => {
    const all = names.flatMap((n) => n.texts);
    const curated = all.map((t) => curatedPlaces.get(foldForMatch(t))).find((e) => e);
    const kept = names.map(({ lang, texts }) => ({ lang, texts: texts.filter(own) }));
    const texts = [...new Set(kept.flatMap((n) => n.texts))];
    if (texts.length === 0) return [];
    // "Borno", not "Borno State": the bare name is the place the press means, town or region,
    // when no other region goes by it.
    const official = canonicalName(row);
    const name = own(bareName(official)) ? bareName(official) : official;
    const entity = curated ?? regionEntity(name, kept);
    return texts.map((text): GazetteerEntry => ({
      text,
      entity,
      role: 'name',
      caseRule: caseRuleOf(text),
      country: null,
      gender: null,
      source: 'known',
      media: false,
    }));
  });
}

function regionEntity(
  name: string,
  names: readonly { lang: string; texts: readonly string[] }[],
): Entity {
  return {
    id: entityId('LOCATION', name),
    kind: 'LOCATION',
    name,
    labels: mergeLabels(
      names.flatMap(({ lang, texts }) => (texts[0] ? [{ lang, text: texts[0] }] : [])),
    ),
    aliases: mergeLabels(
      names.flatMap(({ lang, texts }) => texts.slice(1).map((text) => ({ lang, text }))),
    ),
  };
}
