import type { Entity } from '../../domain/entity';
import { mergeLabels } from '../../domain/entity';
import { entityId } from '../../domain/ids';
import { foldForMatch } from '../text/fold-for-match';
import type { GazetteerEntry } from './gazetteer-entry';
import { caseRuleOf } from './gazetteer-entry';
import { KNOWN_LANGUAGES } from './known-entity-data';
import { WORLD_REGIONS } from './world-regions-data';

/**
 * The first-level regions of every country (ISO 3166-2: states, provinces, oblasts,
 * governorates) as gazetteer entries in English, French, German and Spanish, so that
 * "Rakhaing-Staat", "État d'Arakan" and "Rakhine State" are one place and "Borno" is a place, not
 * a person. Only names: which country a region lies in is world knowledge the text must state.
 * The table already leaves out generic words and names several regions share
 * (scripts/gazetteer/region-names.ts); here a name another entry has (a country, a capital, a
 * curated place), which lives in code, stays that entry's.
 */
export function worldRegionEntries(taken: readonly GazetteerEntry[]): GazetteerEntry[] {
  const takenTexts = new Set(taken.map((e) => foldForMatch(e.text)));
  // A curated place ("Rakhine State") is the region itself: its other names join it.
  const curatedPlaces = new Map(
    taken
      .filter((e) => e.source === 'known' && e.entity.kind === 'LOCATION')
      .map((e) => [foldForMatch(e.text), e.entity] as const),
  );
  return WORLD_REGIONS.flatMap(([country, , official, bare, ...byLanguage]) => {
    const curated = byLanguage
      .flat()
      .map((t) => curatedPlaces.get(foldForMatch(t)))
      .find((e) => e);
    const kept = KNOWN_LANGUAGES.map((lang, i) => ({
      lang,
      texts: transliterations(country, byLanguage[i]!).filter(
        (t) => !takenTexts.has(foldForMatch(t)),
      ),
    }));
    const texts = [...new Set(kept.flatMap((n) => n.texts))];
    if (texts.length === 0) return [];
    // "Borno", not "Borno State": the bare name is the place the press means, town or region,
    // when no other region and no other entry goes by it.
    const name = bare !== null && !takenTexts.has(foldForMatch(bare)) ? bare : official;
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

/** Countries whose region names are transliterated from Arabic (ISO 3166-1 alpha-2). */
const ARABIC_NAMED = new Set('AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE'.split(' '));

/**
 * The names of a region as newsrooms write them. "Ma'rib", "Ta'izz", "Sa'dah" are as often
 * "Marib", "Taizz", "Sadah": the apostrophe of a transliterated ayn or hamza, between two
 * lower-case letters, is kept or left out (a French elision, "Val-d'Oise", has a capital after
 * it and stays). An Arabic name's closing "-ah" is as often "-a": "Shabwah" and "Shabwa",
 * "Hajjah" and "Hajja".
 */
function transliterations(country: string, texts: readonly string[]): string[] {
  const bare = texts.map((t) => t.replace(/(?<=\p{Ll})['\u2019](?=\p{Ll})/gu, ''));
  const open = ARABIC_NAMED.has(country)
    ? bare.filter((t) => /[^aeiou\s]ah$/u.test(t)).map((t) => t.slice(0, -1))
    : [];
  return [...new Set([...texts, ...bare, ...open])];
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
