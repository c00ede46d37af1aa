import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnownLanguage } from '../../src/ingest/gazetteer/known-entity-data';
import { KNOWN_LANGUAGES } from '../../src/ingest/gazetteer/known-entity-data';
import { WORLD_REGIONS_FILE } from '../../src/ingest/gazetteer/world-regions-data';
import type { WorldRegionRow } from '../../src/ingest/gazetteer/world-regions-data';

interface PackageRegion {
  readonly name: string | null;
  readonly iso: string;
}

interface PackageCountry {
  readonly regions: readonly PackageRegion[];
}

/**
 * Writes the first-level regions of every country (ISO 3166-2 subdivisions: states, provinces,
 * oblasts, governorates) with their names in English, French, German and Spanish, from the npm
 * data package iso3166-2-db (MIT; names from Wikipedia and OpenStreetMap), into a small table
 * the service reads at start. Run after upgrading that package: `npm run gazetteer:regions`.
 */
function buildWorldRegions(root: string): number {
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
  const rows: WorldRegionRow[] = [];
  for (const [country, data] of Object.entries(byLanguage.en).sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    for (const region of data.regions) {
      // A region without its own code cannot be told from its neighbours in the other languages.
      if (region.iso === '' || !region.name) continue;
      const nameIn = (lang: KnownLanguage) =>
        byLanguage[lang][country]?.regions.find((r) => r.iso === region.iso)?.name ?? null;
      rows.push([
        country,
        region.iso,
        region.name,
        nameIn('fr') ?? region.name,
        nameIn('de') ?? region.name,
        nameIn('es') ?? region.name,
      ]);
    }
  }
  writeFileSync(join(root, WORLD_REGIONS_FILE), `${JSON.stringify(rows, null, 0)}\n`);
  return rows.length;
}

const root = join(__dirname, '../../..');
console.log(`${buildWorldRegions(root)} regions written to ${WORLD_REGIONS_FILE}`);
