import { knownIds as ids } from '../../support/gazetteer-ids';

describe('national armed forces go by their own names, in every language', () => {
  test.each([
    ['Guyana Defence Force', 'armed_force:guyanese-armed-forces'],
    ['Fuerza de Defensa de Guyana', 'armed_force:guyanese-armed-forces'],
    ['Force de défense du Guyana', 'armed_force:guyanese-armed-forces'],
    // The demonym's army still names the same force.
    ['Guyanese Army', 'armed_force:guyanese-armed-forces'],
    ["People's National Army", 'armed_force:algerian-armed-forces'],
    ['Armée nationale populaire', 'armed_force:algerian-armed-forces'],
    ['Ejército Nacional Popular', 'armed_force:algerian-armed-forces'],
    ['Algerian Army', 'armed_force:algerian-armed-forces'],
    ['FACI', 'armed_force:ivorian-armed-forces'],
    ["Forces armées de Côte d'Ivoire", 'armed_force:ivorian-armed-forces'],
    ['TNI', 'armed_force:indonesian-armed-forces'],
    ['Indonesian National Armed Forces', 'armed_force:indonesian-armed-forces'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  test('acronyms other bodies go by name no armed force', () => {
    // Gaz de France; the Palestinian Authority in Spanish, a Pakistani party in English.
    for (const text of ['GDF', 'ANP']) {
      expect(ids(text).filter((id) => id.startsWith('armed_force:'))).toEqual([]);
    }
  });
});

describe('the armies of West Africa and the Middle East by the names of the four languages', () => {
  test.each([
    ['Forces armées nigériennes', 'armed_force:nigerien-armed-forces'],
    ['nigrischen Armee', 'armed_force:nigerien-armed-forces'],
    ['Forces armées burkinabè', 'armed_force:burkinabe-armed-forces'],
    ['Fuerzas Armadas de Benín', 'armed_force:beninese-armed-forces'],
    ['Forces armées togolaises', 'armed_force:togolese-armed-forces'],
    ['kamerunische Armee', 'armed_force:cameroonian-armed-forces'],
    ['Forces armées nigérianes', 'armed_force:nigerian-armed-forces'],
    ['Forces armées sénégalaises', 'armed_force:senegalese-armed-forces'],
    ['Fuerzas Armadas egipcias', 'armed_force:egyptian-armed-forces'],
    ['irakischen Armee', 'armed_force:iraqi-armed-forces'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });
});
