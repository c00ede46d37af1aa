import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnownLanguage } from '../../src/ingest/gazetteer/known-entity-data';
import { KNOWN_LANGUAGES } from '../../src/ingest/gazetteer/known-entity-data';
import type { PackageNames } from './region-names';

interface PackageRegion {
  readonly name: string | null;
  readonly iso: string;
}

interface PackageCountry {
  readonly regions: readonly PackageRegion[];
}

/**
 * The first-level regions of every country (ISO 3166-2 subdivisions: states, provinces,
 * oblasts, governorates) with their official names in English, French, German and Spanish, as
 * the npm data package iso3166-2-db (MIT; names from Wikipedia and OpenStreetMap, a dev
 * dependency) gives them, by country code then in the package's order.
 */
export function packageRegions(root: string): PackageNames[] {
  const folder = join(root, 'node_modules/iso3166-2-db/i18n');
  const byLanguage = Object.fromEntries(
    KNOWN_LANGUAGES.map((lang) => [
      lang,
      JSON.parse(readFileSync(join(folder, `${lang}.json`), 'utf8')) as Record<
        string,
        PackageCountry
      >,
    ]),
  ) as Record<KnownLanguage, Record<string, PackageCountry>>;
  const regions: PackageNames[] = [];
  for (const [country, data] of Object.entries(byLanguage.en).sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    for (const { iso, name } of data.regions) {
      // A region without its own code cannot be told from its neighbours in the other languages.
      if (iso === '' || !name) continue;
      const nameIn = (lang: KnownLanguage) =>
        byLanguage[lang][country]?.regions.find((r) => r.iso === iso)?.name ?? name;
      regions.push({
        country,
        code: iso,
        official: { en: name, fr: nameIn('fr'), de: nameIn('de'), es: nameIn('es') },
      });
    }
  }
  return regions;
}
