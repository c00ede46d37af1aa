import { knownIds as ids } from '../../support/gazetteer-ids';

describe('governments, police, civil defence and press offices by their names', () => {
  test.each([
    ['Autoridad Palestina', 'organization:palestinian-authority'],
    ['Autorité palestinienne', 'organization:palestinian-authority'],
    ['Palästinensische Autonomiebehörde', 'organization:palestinian-authority'],
    ['Ministerio de Salud palestino', 'organization:palestinian-ministry-of-health'],
    ['ministère palestinien de la Santé', 'organization:palestinian-ministry-of-health'],
    ['Défense civile de Gaza', 'organization:palestinian-civil-defence'],
    ['Palestinian Civil Defence', 'organization:palestinian-civil-defence'],
    ['Inter-Services Public Relations', 'organization:inter-services-public-relations'],
    ['ISPR', 'organization:inter-services-public-relations'],
    ['UKMTO', 'organization:uk-maritime-trade-operations'],
    ['Policía Nacional del Perú', 'organization:national-police-of-peru'],
    ['Philippine National Police', 'organization:philippine-national-police'],
    ['Administración Provisional de Tigré', 'organization:tigray-interim-administration'],
    ['Südlichen Übergangsrat', 'organization:southern-transitional-council'],
    ['Consejo de Transición del Sur', 'organization:southern-transitional-council'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  test("a body every country has, named bare, is no country's", () => {
    for (const text of ['Défense civile', 'Ministerio de Salud', 'Garde nationale', 'PNP']) {
      expect(ids(text)).toEqual([]);
    }
  });
});
