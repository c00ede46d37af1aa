import { knownIds as ids } from '../../support/gazetteer-ids';

describe('armed groups, parties and their leaders by their names in the four languages', () => {
  test.each([
    ['YPG', 'armed_force:people-s-defense-units'],
    ["People's Protection Units", 'armed_force:people-s-defense-units'],
    ['Unités de protection du peuple', 'armed_force:people-s-defense-units'],
    ['Volksverteidigungseinheiten', 'armed_force:people-s-defense-units'],
    ['Unidades de Protección Popular', 'armed_force:people-s-defense-units'],
    ['Brigadas Al Quds', 'armed_force:al-quds-brigades'],
    ['Brigades al-Qods', 'armed_force:al-quds-brigades'],
    ['Al-Quds-Brigaden', 'armed_force:al-quds-brigades'],
    ['Saraya al-Quds', 'armed_force:al-quds-brigades'],
    ['Militarizado Partido Comunista del Perú', 'armed_force:militarized-communist-party-of-peru'],
    ['MPCP', 'armed_force:militarized-communist-party-of-peru'],
    ['Partido Comunista de Filipinas', 'organization:communist-party-of-the-philippines'],
    ['Parti communiste des Philippines', 'organization:communist-party-of-the-philippines'],
    ['Nuevo Ejército del Pueblo', 'armed_force:new-people-s-army'],
    ['Nouvelle Armée populaire', 'armed_force:new-people-s-army'],
    ['Libysche Nationale Armee', 'armed_force:libyan-national-army'],
    ['Armée nationale libyenne', 'armed_force:libyan-national-army'],
    ['Ejército Nacional Libio', 'armed_force:libyan-national-army'],
    ['LNA', 'armed_force:libyan-national-army'],
    ['Khalifa Haftar', 'person:khalifa-haftar'],
    ['Jalifa Haftar', 'person:khalifa-haftar'],
    ['Fayez al-Sarraj', 'person:fayez-al-sarraj'],
    ['Mohamed Hamdan Dogolo', 'person:mohamed-hamdan-dagalo'],
    ['Hemeti', 'person:mohamed-hamdan-dagalo'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  test("the bare party name and Iran's Quds Force are none of them", () => {
    expect(ids('Partido Comunista')).toEqual([]);
    expect(ids('Quds Force')).toEqual([]);
    // "NPA" stays out: a common acronym in English.
    expect(ids('NPA')).toEqual([]);
  });
});
