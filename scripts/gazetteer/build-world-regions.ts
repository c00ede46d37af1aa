import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORLD_REGIONS_FILE } from '../../src/ingest/gazetteer/world-regions-data';
import { packageRegions } from './package-regions';
import { regionRows } from './region-names';

/**
 * Writes the first-level regions of every country with the names they may be known by in
 * English, French, German and Spanish (region-names.ts), from the npm data package
 * iso3166-2-db (package-regions.ts), into a small table the service reads at start. Run after
 * upgrading that package, or after changing how names are chosen: `npm run gazetteer:regions`
 * (a test fails while the table and the package disagree).
 */
const root = join(__dirname, '../../..');
const rows = regionRows(packageRegions(root));
writeFileSync(join(root, WORLD_REGIONS_FILE), `${JSON.stringify(rows, null, 0)}\n`);
console.log(`${rows.length} regions written to ${WORLD_REGIONS_FILE}`);
