import { resolveTimes } from '../../src/ingest/normalize/resolve-times';

describe('resolveTimes reads dates in German and Spanish as in French and English', () => {
  test.each([
    ['de', 'Die Soldaten wurden am Dienstag, 17. Dezember, getötet.'],
    ['es', 'Los soldados murieron el martes 17 de diciembre.'],
    ['fr', 'Les soldats ont été tués le mardi 17 décembre.'],
    ['en', 'The soldiers were killed on Tuesday, December 17.'],
  ])('%s: a weekday and a day of the month, before publication', (language, text) => {
    const times = resolveTimes(text, 0, language, '2024-12-19');
    expect(times.map((t) => t.range)).toEqual([{ from: '2024-12-17', to: '2024-12-17' }]);
  });
});
