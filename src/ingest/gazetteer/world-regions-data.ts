import rows from './world-regions.json';

/** Where the table is kept, from the package root (scripts/gazetteer/build-world-regions.ts writes it). */
export const WORLD_REGIONS_FILE = 'src/ingest/gazetteer/world-regions.json';

/**
 * One region: its country's ISO 3166-1 code, its ISO 3166-2 code, its entity's name (the
 * official one, and the bare one the press uses when no other region has it: "Borno State",
 * "Borno"), then the names it may be known by in en, fr, de, es, the label first. The names are
 * chosen when the table is written (scripts/gazetteer/region-names.ts).
 */
export type WorldRegionRow = [
  country: string,
  code: string,
  official: string,
  bare: string | null,
  en: string[],
  fr: string[],
  de: string[],
  es: string[],
];

/** Every first-level region of every country, as the data package names them. */
export const WORLD_REGIONS = rows as WorldRegionRow[];
