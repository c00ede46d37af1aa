import rows from './world-regions.json';

/** Where the table is kept, from the package root (scripts/gazetteer/build-world-regions.ts writes it). */
export const WORLD_REGIONS_FILE = 'src/ingest/gazetteer/world-regions.json';

/** One region: its country's ISO 3166-1 code, its ISO 3166-2 code, its names in en, fr, de, es. */
export type WorldRegionRow = [
  country: string,
  code: string,
  en: string,
  fr: string,
  de: string,
  es: string,
];

/** Every first-level region of every country, as the data package names them. */
export const WORLD_REGIONS = rows as WorldRegionRow[];
