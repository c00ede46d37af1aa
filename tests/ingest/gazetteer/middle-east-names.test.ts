import { knownIds as ids } from '../../support/gazetteer-ids';

describe('alliances, camps, regions and police the news names, in the four languages', () => {
  test.each([
    ['axe de la résistance', 'organization:axis-of-resistance'],
    ['Eje de la Resistencia', 'organization:axis-of-resistance'],
    ['Achse des Widerstands', 'organization:axis-of-resistance'],
    ['Brigada de Yenín', 'armed_force:jenin-brigade'],
    ['Dschenin-Brigade', 'armed_force:jenin-brigade'],
    ['campo de refugiados de Yenín', 'location:jenin-refugee-camp'],
    ['Flüchtlingslager Dschenin', 'location:jenin-refugee-camp'],
    ['autonomen Kurdenregion', 'location:kurdistan-region'],
    ['Kurdistan irakien', 'location:kurdistan-region'],
    ['Iraqi Kurdistan', 'location:kurdistan-region'],
    ['Himalaya-Gebirge', 'location:himalayas'],
    ['Himalayas', 'location:himalayas'],
    ['Kosovo police', 'organization:kosovo-police'],
    ['kosovarische Polizei', 'organization:kosovo-police'],
    ['Revolutionsgarde', 'organization:islamic-revolutionary-guard-corps'],
    ['Iranische Revolutionsgarde', 'organization:islamic-revolutionary-guard-corps'],
    ['iranischen Revolutionsgarde', 'organization:islamic-revolutionary-guard-corps'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  test("bare Kurdistan stays Iran's province; Jenin stays the city", () => {
    expect(ids('Kurdistan')).not.toContain('location:kurdistan-region');
    expect(ids('Yenín')).toEqual(['location:jenin']);
  });
});
