import { buildGazetteer } from '../../src/ingest/gazetteer/gazetteer';
import { WORLD_REGIONS } from '../../src/ingest/gazetteer/world-regions-data';

const gazetteer = buildGazetteer([]);

/** The entity ids this exact text names. */
function ids(text: string): string[] {
  return [...new Set(gazetteer.lookup(text).map((e) => e.entity.id))];
}

describe("the world's first-level regions are places, one per region across the four languages", () => {
  test("the table holds every country's regions with a name in each language", () => {
    expect(WORLD_REGIONS.length).toBeGreaterThan(3000);
    const borno = WORLD_REGIONS.find(([country, code]) => country === 'NG' && code === 'BO');
    expect(borno?.slice(2)).toEqual(['Borno State', 'État de Borno', 'Borno', 'Borno']);
  });

  test.each([
    [['Borno State', 'État de Borno', 'Borno'], 'location:borno'],
    [['Transnistria', 'Transnistrie', 'Transnistrien'], 'location:transnistria'],
    [
      ['Cabo Delgado Province', 'Province de Cabo Delgado', 'Provinz Cabo Delgado', 'Cabo Delgado'],
      'location:cabo-delgado',
    ],
    [['Oblast Donezk', 'Oblast de Donetsk', 'Donetsk Oblast'], 'location:donetsk-oblast'],
  ])('%j all name %s', (texts, id) => {
    for (const text of texts) expect([text, ids(text)]).toEqual([text, [id]]);
  });

  test("a curated place keeps its entity and takes the region's other names", () => {
    // places.ts names Rakhine State; the table adds the German "Rakhaing-Staat".
    expect(ids('Rakhaing-Staat')).toEqual(ids('Rakhine State'));
  });

  test('generic words, names several regions share, and mistranslations name no region', () => {
    for (const text of ['North West', 'Capital', 'Centre', 'Sahel', 'La Unión', 'Punjab', 'Force'])
      expect([text, ids(text).filter((id) => id.startsWith('location:'))]).toEqual([text, []]);
    // A country's name stays the country's: Georgia is no US state here.
    expect(ids('Georgia')).toEqual(['country:georgia']);
  });

  test('a region is named with a capital letter only', () => {
    expect(ids('borno')).toEqual([]);
  });
});
