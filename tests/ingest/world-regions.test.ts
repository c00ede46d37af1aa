import { buildGazetteer } from '../../src/ingest/gazetteer/gazetteer';
import { join } from 'node:path';
import { WORLD_REGIONS } from '../../src/ingest/gazetteer/world-regions-data';
import { packageRegions } from '../../scripts/gazetteer/package-regions';
import { regionRows } from '../../scripts/gazetteer/region-names';

const gazetteer = buildGazetteer([]);

/** The entity ids this exact text names. */
function ids(text: string): string[] {
  return [...new Set(gazetteer.lookup(text).map((e) => e.entity.id))];
}

describe("the world's first-level regions are places, one per region across the four languages", () => {
  test("the table holds every country's regions with the names each language may use", () => {
    expect(WORLD_REGIONS.length).toBeGreaterThan(3000);
    const row = (country: string, code: string) =>
      WORLD_REGIONS.find((r) => r[0] === country && r[1] === code)?.slice(2);
    expect(row('NG', 'BO')).toEqual([
      'Borno State',
      'Borno',
      ['Borno State', 'Borno'],
      ['État de Borno', 'Borno'],
      ['Borno'],
      ['Borno'],
    ]);
    // Punjab is a region of India and of Pakistan: neither is known by it, nor named by it alone.
    expect(row('IN', 'PB')?.slice(0, 3)).toEqual(['Punjab', null, []]);
  });

  test('the table is what `npm run gazetteer:regions` writes from the data package', () => {
    expect(regionRows(packageRegions(join(__dirname, '../..')))).toEqual(WORLD_REGIONS);
  });

  test.each([
    [['Borno State', 'État de Borno', 'Borno'], 'location:borno'],
    [['Transnistria', 'Transnistrie', 'Transnistrien'], 'location:transnistria'],
    [
      ['Cabo Delgado Province', 'Province de Cabo Delgado', 'Provinz Cabo Delgado', 'Cabo Delgado'],
      'location:cabo-delgado',
    ],
    [['Oblast Donezk', 'Oblast de Donetsk', 'Donetsk Oblast'], 'location:donetsk-oblast'],
    // A transliterated ayn or hamza is written or left out: "Ma'rib" and "Marib" are one place.
    [["Ma'rib", 'Ma’rib', 'Marib', 'Mareb'], 'location:ma-rib'],
    [["Ta'izz", 'Taizz'], 'location:ta-izz'],
    // An Arabic name's closing "-ah" is as often written "-a".
    [['Shabwah', 'Shabwa', 'Schabwa'], 'location:shabwah'],
    [['Hajjah', 'Hajja'], 'location:hajjah'],
  ])('%j all name %s', (texts, id) => {
    for (const text of texts) expect([text, ids(text)]).toEqual([text, [id]]);
  });

  test("a curated place keeps its entity and takes the region's other names", () => {
    // places.ts names Rakhine State; the table adds the German "Rakhaing-Staat".
    expect(ids('Rakhaing-Staat')).toEqual(ids('Rakhine State'));
  });

  test('generic words, names several regions share, and mistranslations name no region', () => {
    for (const text of [
      ...['North West', 'Capital', 'Centre', 'Sahel', 'La Unión', 'Punjab', 'Force'],
      ...['Nacional', 'Free'],
    ])
      expect([text, ids(text).filter((id) => id.startsWith('location:'))]).toEqual([text, []]);
    // A country's name stays the country's: Georgia is no US state here.
    expect(ids('Georgia')).toEqual(['country:georgia']);
  });

  test('a region is named with a capital letter only', () => {
    expect(ids('borno')).toEqual([]);
  });
});
