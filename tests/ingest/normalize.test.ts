import { findQuantities } from '../../src/ingest/normalize/find-quantities';
import { parseNumber } from '../../src/ingest/normalize/parse-number';
import { unitOf } from '../../src/ingest/normalize/quantity-unit';
import { resolveTimes } from '../../src/ingest/normalize/resolve-times';

function bounds(text: string): [number | null, number | null][] {
  return findQuantities(text, 0).map((q) => [q.min, q.max]);
}

describe('parseNumber', () => {
  test.each([
    ['10 000', 10000],
    ['12,000', 12000],
    ['1,5 million', 1_500_000],
    ['1.5 million', 1_500_000],
    ['trente', 30],
    ['vingt-cinq', 25],
    ['dix mille', 10000],
    ['thirty', 30],
    ['fourteen', 14],
    ['ninety', 90],
    ['quatre-vingts', 80],
    ['quatre-vingt-dix', 90],
    ['trois cent mille', 300000],
    ['two hundred', 200],
    ['dos mil', 2000],
    ['funfzehn', 15],
    ['einundzwanzig', 21],
    ['zweihundert', 200],
    ['quince', 15],
    ['dieciocho', 18],
    ['quinientos', 500],
  ])('%s is %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  test('is null for words that are not numbers', () => {
    expect(parseNumber('soldats')).toBeNull();
  });
});

describe('unitOf', () => {
  test.each([
    ['soldats nord-coréens', 'soldier'],
    ['Hamas-Kämpfer', 'soldier'],
    ['Shahed-Drohnen', 'drone'],
    ['blessés', 'wounded'],
    ['conteneurs', 'conteneur'],
    ['militants', 'soldier'],
    ['terroristes', 'soldier'],
    ['Dschihadisten', 'soldier'],
    ['rebeldes', 'soldier'],
    ['soldado', 'soldier'],
    ['fighter', 'soldier'],
  ])('%s counts %s', (noun, unit) => {
    expect(unitOf(noun)).toBe(unit);
  });
});

describe('findQuantities', () => {
  test.each([
    ['l’envoi de 10 000 à 12 000 soldats', [[10000, 12000]]],
    ['between 10,000 and 12,000 troops', [[10000, 12000]]],
    ['12,000 troops', [[12000, 12000]]],
    ['au moins trente militaires', [[30, null]]],
    ['at least 3,000 soldiers', [[3000, null]]],
    ['up to 500 shells', [[null, 500]]],
    ['environ 11 000 militaires', [[11000, 11000]]],
    ['un millier de soldats', [[1000, 1000]]],
    ['des milliers de soldats', [[2000, 9999]]],
    ['des millions d’obus', [[2_000_000, 9_999_999]]],
    ['several hundred troops', [[200, 999]]],
    ['hundreds of militants', [[200, 999]]],
    ['dozens of soldiers', [[24, 99]]],
    ['des dizaines de morts', [[20, 99]]],
    ['une cinquantaine de soldats', [[50, 50]]],
    ['une « vingtaine » de militaires', [[20, 20]]],
    ['un centenar de heridos', [[100, 100]]],
    ['una docena de combatientes', [[12, 12]]],
    ['medio centenar de militares', [[50, 50]]],
    ['half a dozen soldiers', [[6, 6]]],
    ['une demi-douzaine de soldats', [[6, 6]]],
    ['ein halbes Dutzend Soldaten', [[6, 6]]],
    ['centenares de soldados', [[200, 999]]],
    ['dix-sept soldats', [[17, 17]]],
    ['vingt et un soldats', [[21, 21]]],
    ['10-12 soldats', [[10, 12]]],
    ['Fünfzehn beninische Soldaten', [[15, 15]]],
    ['treinta y cinco soldados', [[35, 35]]],
    ['zwischen 10.000 und 12.000 Soldaten', [[10000, 12000]]],
    ['mehr als 3.000 Soldaten', [[3000, null]]],
    ['rund 11.000 Soldaten', [[11000, 11000]]],
    ['mehrere hundert Soldaten', [[200, 999]]],
    ['mehreren Dutzend Opfern', [[24, 99]]],
    ['several dozen casualties', [[24, 99]]],
    ['entre 10.000 y 12.000 soldados', [[10000, 12000]]],
    ['más de 1.000 soldados', [[1000, null]]],
    ['varios cientos de soldados', [[200, 999]]],
    ['miles de soldados', [[2000, 9999]]],
  ])('%s', (text, expected) => {
    expect(bounds(text)).toEqual(expected);
  });
});

describe('resolveTimes', () => {
  const published = '2024-12-17'; // a Tuesday
  const ranges = (text: string, language: string) =>
    resolveTimes(text, 0, language, published).map((t) => t.range);

  test('reads explicit dates against the publication date', () => {
    expect(ranges('L’agence a rapporté mardi 17 décembre que', 'fr')).toEqual([
      { from: '2024-12-17', to: '2024-12-17' },
    ]);
    expect(ranges('hier', 'fr')).toEqual([{ from: '2024-12-16', to: '2024-12-16' }]);
  });

  test('puts a date without a year in the past of the publication', () => {
    expect(ranges('le 3 janvier', 'fr')).toEqual([{ from: '2024-01-03', to: '2024-01-03' }]);
    expect(ranges('vendredi', 'fr')).toEqual([{ from: '2024-12-13', to: '2024-12-13' }]);
  });

  test('checks the weekday: "lundi 17 décembre" is the last year where 17 December was a Monday', () => {
    expect(ranges('lundi 17 décembre', 'fr')).toEqual([{ from: '2018-12-17', to: '2018-12-17' }]);
  });

  test('drops a date whose weekday contradicts an explicit year', () => {
    expect(ranges('Monday, December 17, 2024', 'en')).toEqual([]);
  });

  test('turns durations into ranges ending at publication', () => {
    expect(ranges('depuis quatre mois', 'fr')).toEqual([{ from: '2024-08-17', to: '2024-12-17' }]);
    expect(ranges('depuis une semaine', 'fr')).toEqual([{ from: '2024-12-10', to: '2024-12-17' }]);
    expect(ranges('Ces dernières semaines', 'fr')).toEqual([
      { from: '2024-11-19', to: '2024-12-17' },
    ]);
    expect(ranges('in recent weeks', 'en')).toEqual([{ from: '2024-11-19', to: '2024-12-17' }]);
    expect(ranges('pour l’instant', 'fr')).toEqual([{ from: '2024-12-17', to: '2024-12-17' }]);
  });

  test('does not read numbers as times', () => {
    expect(ranges('l’envoi de 10 000 à 12 000 soldats', 'fr')).toEqual([]);
  });
});
