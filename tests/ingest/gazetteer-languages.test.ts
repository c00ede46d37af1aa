import { countryGazetteer } from '../../src/ingest/gazetteer/country-entries';
import { buildGazetteer } from '../../src/ingest/gazetteer/gazetteer';
import { links } from './extract-helpers';

const gazetteer = buildGazetteer([]);

/** "entity id role" of every reading of exactly this text. */
function readings(text: string): string[] {
  return gazetteer.lookup(text).map((e) => `${e.entity.id} ${e.role}`);
}

describe('countries are named in German and Spanish as in English and French', () => {
  test.each([
    ['Nordkorea', 'country:north-korea'],
    ['Corea del Norte', 'country:north-korea'],
    ['Südkorea', 'country:south-korea'],
    ['Corea del Sur', 'country:south-korea'],
    ['Estados Unidos', 'country:united-states'],
    ['EE.UU.', 'country:united-states'],
    ['EEUU', 'country:united-states'],
    ['USA', 'country:united-states'],
    ['Vereinigte Staaten', 'country:united-states'],
    ['Russland', 'country:russia'],
    ['Rusia', 'country:russia'],
    ['Großbritannien', 'country:united-kingdom'],
    ['Grossbritannien', 'country:united-kingdom'],
    ['Reino Unido', 'country:united-kingdom'],
    ['Weißrussland', 'country:belarus'],
    ['Vereinigte Arabische Emirate', 'country:united-arab-emirates'],
    ['Emiratos Árabes Unidos', 'country:united-arab-emirates'],
    // German declines a name's adjectives after "in der", "den", "der".
    ['Vereinigten Staaten', 'country:united-states'],
    ['Vereinigten Arabischen Emiraten', 'country:united-arab-emirates'],
    ['Demokratischen Republik Kongo', 'country:democratic-republic-of-the-congo'],
    ['Moldau', 'country:moldova'],
    // Spanish writes the demonym in lower case, English the same letters capitalised.
    ['saudí', 'country:saudi-arabia'],
    ['Emiraten', 'country:united-arab-emirates'],
    ['Zentralafrikanischen Republik', 'country:central-african-republic'],
  ])('"%s" names %s', (text, id) => {
    expect(gazetteer.lookup(text).map((e) => e.entity.id)).toContain(id);
  });

  test.each(['Northern Ireland', 'Irlande du Nord', 'Nordirland', 'Irlanda del Norte'])(
    '"%s" is Northern Ireland, not the Republic of Ireland',
    (text) => {
      expect(readings(text)).toEqual(['location:northern-ireland name']);
    },
  );

  test('each country has a German and a Spanish label beside its English and French ones', () => {
    const { records } = countryGazetteer();
    const korea = records.find((r) => r.cca2 === 'KP')!.entity;
    expect(korea.labels).toEqual([
      { lang: 'de', text: 'Nordkorea' },
      { lang: 'en', text: 'North Korea' },
      { lang: 'es', text: 'Corea del Norte' },
      { lang: 'fr', text: 'Corée du Nord' },
    ]);
    const withLabel = (lang: string) =>
      records.filter((r) => r.entity.labels.some((l) => l.lang === lang)).length;
    // A handful have no usable German or Spanish name ("Kongo (Dem. Rep.)" is left out).
    expect(withLabel('de')).toBeGreaterThan(records.length - 5);
    expect(withLabel('es')).toBeGreaterThan(records.length - 5);
  });

  test('capitals stand for their state in German and Spanish texts', () => {
    expect(readings('Moskau')).toEqual(['location:moscow capital']);
    expect(readings('Moscú')).toEqual(['location:moscow capital']);
    expect(readings('Pjöngjang')).toEqual(['location:pyongyang capital']);
    expect(readings('Kiew')).toEqual(['location:kyiv capital']);
    const moscow = countryGazetteer().records.find((r) => r.cca2 === 'RU')!.capital!;
    expect(moscow.labels.map((l) => `${l.lang}:${l.text}`)).toEqual([
      'de:Moskau',
      'en:Moscow',
      'es:Moscú',
      'fr:Moscou',
    ]);
  });

  test('a name that is a common word elsewhere names no country', () => {
    expect(readings('Island')).toEqual([]); // German for Iceland
    expect(readings('Reunión')).toEqual([]); // Spanish for Réunion; "meeting"
    expect(readings('Mann')).toEqual([]); // the Isle of Man in English; German for "man"
  });
});

describe('German and Spanish demonyms link to their country, in every form', () => {
  test.each([
    [
      'nordkoreanisch nordkoreanische nordkoreanischen nordkoreanischer nordkoreanisches',
      'north-korea',
    ],
    ['Nordkoreaner Nordkoreanern Nordkoreanerin', 'north-korea'],
    ['russisch russische russischen Russe Russen Russin', 'russia'],
    ['ukrainisch ukrainischen Ukrainer Ukrainerin', 'ukraine'],
    ['amerikanische US-amerikanischen US-Amerikaner', 'united-states'],
    ['norcoreano norcoreana norcoreanos norcoreanas', 'north-korea'],
    ['ruso rusa rusos rusas', 'russia'],
    ['ucraniano ucraniana ucranianos ucranianas', 'ukraine'],
    ['estadounidense estadounidenses norteamericanos', 'united-states'],
    ['surcoreano surcoreanas', 'south-korea'],
    ['iraní iraníes israelí israelíes', 'iran israel'],
    ['francés francesa franceses francesas', 'france'],
    ['alemán alemana alemanes alemanas', 'germany'],
    // Beyond the first conflicts: Africa, the Americas, Asia.
    ['kenianische Kenianer mosambikanischen Mosambikaner', 'kenya mozambique'],
    ['haitianischen Haitianer kamerunische', 'haiti cameroon'],
    ['keniano mozambiqueñas haitianos camerunés', 'kenya mozambique haiti cameroon'],
    ['filipino tailandesa philippinische', 'philippines thailand'],
  ])('%s → %s', (forms, countries) => {
    const expected = countries.split(' ').map((c) => `country:${c} demonym`);
    for (const form of forms.split(' ')) {
      expect(expected).toEqual(expect.arrayContaining(readings(form)));
      expect(readings(form)).toHaveLength(1);
    }
  });

  test('English and French gain the demonyms world-countries lacks', () => {
    expect(readings('Saudis')).toContain('country:saudi-arabia demonym');
    expect(readings('Britons')).toContain('country:united-kingdom demonym');
    expect(readings('émiraties')).toContain('country:united-arab-emirates demonym');
  });

  test('a demonym that is also a country name: lower case is the demonym, capitalised the name', () => {
    expect(readings('italien')).toEqual(['country:italy demonym']); // French adjective
    expect(readings('Italien')).toEqual(['country:italy name']); // German name of Italy
    expect(readings('china')).toEqual(['country:china demonym']); // Spanish adjective
    expect(readings('Polen')).toEqual(['country:poland name']); // German: Poland, and Poles
    expect(readings('Djibouti')).not.toContain('country:djibouti demonym'); // its English demonym too
  });

  test('in German and Spanish sentences, demonyms and names link to the countries', () => {
    expect(
      links('Nordkoreanische Soldaten kämpfen laut Südkorea an der Seite Russlands.', 'de'),
    ).toEqual(
      expect.arrayContaining([
        'Nordkoreanische → country:north-korea',
        'Südkorea → country:south-korea',
      ]),
    );
    expect(links('Los soldados norcoreanos, según Estados Unidos y Corea del Sur.', 'es')).toEqual(
      expect.arrayContaining([
        'norcoreanos → country:north-korea',
        'Estados Unidos → country:united-states',
        'Corea del Sur → country:south-korea',
      ]),
    );
  });
});

describe('a demonym shared by a state and its territories names the state', () => {
  test('"American" and "Américain" are the United States, not the Northern Mariana Islands', () => {
    const gazetteer = buildGazetteer([]);
    for (const form of ['American', 'Américain', 'américain']) {
      expect(gazetteer.lookup(form).map((e) => e.entity.name)).toEqual(['United States']);
    }
  });
});

describe('places of the news are one entity in the four languages', () => {
  test.each([
    ['West Bank', 'location:west-bank'],
    ['Cisjordanie', 'location:west-bank'],
    ['Westjordanland', 'location:west-bank'],
    ['Cisjordania', 'location:west-bank'],
    ['plateau du Golan', 'location:golan-heights'],
    ['Golanhöhen', 'location:golan-heights'],
    ['Altos del Golán', 'location:golan-heights'],
    ['Sinai-Halbinsel', 'location:sinai-peninsula'],
    ['península del Sinaí', 'location:sinai-peninsula'],
  ])('"%s" names %s', (text, id) => {
    expect(readings(text)).toContain(`${id} name`);
  });
});
