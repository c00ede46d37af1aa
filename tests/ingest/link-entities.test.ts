import type { Entity } from '../../src/domain/entity';
import { link, links } from './extract-helpers';

describe('linkEntities', () => {
  test('links exact aliases, folding case and accents (a proper name keeps its capital initial)', () => {
    expect(links('Les Etats-Unis, la Maison blanche et la COREE DU NORD.', 'fr')).toEqual([
      'Etats-Unis → country:united-states',
      'Maison blanche → organization:white-house',
      'COREE DU NORD → country:north-korea',
    ]);
    expect(links('une maison blanche', 'fr')).toEqual([]);
  });

  test('links a demonym to its country', () => {
    expect(links('les pertes nord-coréennes et les autorités russes', 'fr')).toEqual([
      'nord-coréennes → country:north-korea',
      'russes → country:russia',
    ]);
    expect(links('Russian officials', 'en')).toEqual(['Russian → country:russia']);
  });

  test('links a capital acting as a subject to its state, keeping the surface', () => {
    const linking = link('Moscou et Pyongyang n’ont pas réagi.', 'fr');
    expect(linking.mentions.map((m) => [m.surface, m.entity.id, m.via])).toEqual([
      ['Moscou', 'country:russia', 'capital'],
      ['Pyongyang', 'country:north-korea', 'capital'],
    ]);
  });

  test('links a seat of government that is not the capital to its state, as a capital', () => {
    expect(links('Bujumbura a accusé Kigali.', 'fr')).toEqual([
      'Bujumbura → country:burundi',
      'Kigali → country:rwanda',
    ]);
    expect(links('Abidjan accused Accra.', 'en')[0]).toBe('Abidjan → country:ivory-coast');
    expect(links('Daressalam hat Kigali beschuldigt.', 'de')[0]).toBe(
      'Daressalam → country:tanzania',
    );
    expect(links('La Paz acusó a Lima.', 'es')[0]).toBe('La Paz → country:bolivia');
    // A place still where a place is meant.
    expect(links('Des tirs ont visé le nord de Bujumbura.', 'fr')).toEqual([
      'Bujumbura → location:bujumbura',
    ]);
  });

  test('keeps a capital that is a place a place', () => {
    expect(links('Talks were held in Moscow.', 'en')).toEqual(['Moscow → location:moscow']);
    expect(links('Kyiv, the Ukrainian capital, was calm.', 'en')[0]).toBe('Kyiv → location:kyiv');
  });

  test('keeps a capital named by the compass part around it a place', () => {
    expect(links('Militants struck west of Moscow.', 'en')).toEqual(['Moscow → location:moscow']);
    expect(links('Des tirs au nord-est de Moscou.', 'fr')).toEqual(['Moscou → location:moscow']);
    expect(links('Los militantes atacaron al oeste de Moscú.', 'es')).toEqual([
      'Moscú → location:moscow',
    ]);
    expect(links('Kämpfe westlich von Moskau.', 'de')).toEqual(['Moskau → location:moscow']);
    // The government still, when no compass word stands before it.
    expect(links('Les émissaires de Moscou ont parlé.', 'fr')).toEqual(['Moscou → country:russia']);
  });

  test('keeps a capital named after "the capital of the country" a place', () => {
    expect(links('Cerca de la capital del país, Moscú, hubo combates.', 'es')).toContain(
      'Moscú → location:moscow',
    );
    expect(links('Fighting reached the capital of the country, Moscow.', 'en')).toEqual([
      'Moscow → location:moscow',
    ]);
  });

  test('links a surname to the full name seen earlier in the article', () => {
    const linking = link(
      'Rufus Firefly, spokesperson of the ministry, spoke. Later Firefly left.',
      'en',
    );
    expect(linking.mentions.map((m) => [m.surface, m.entity.id, m.via])).toEqual([
      ['Rufus Firefly', 'person:rufus-firefly', 'candidate'],
      ['Firefly', 'person:rufus-firefly', 'surname'],
    ]);
  });

  test('links a defined acronym, and its later uses, to the long form', () => {
    const linking = link(
      'La Direction Zeta du renseignement (DZR) a parlé. Plus tard, la DZR a démenti.',
      'fr',
    );
    const ids = linking.mentions.map((m) => [m.surface, m.entity.id]);
    expect(ids).toEqual([
      ['Direction Zeta du renseignement', 'organization:direction-zeta-du-renseignement'],
      ['DZR', 'organization:direction-zeta-du-renseignement'],
      ['DZR', 'organization:direction-zeta-du-renseignement'],
    ]);
    const entity = linking.entities.get('organization:direction-zeta-du-renseignement');
    expect(entity?.aliases.map((a) => a.text)).toContain('DZR');
  });

  test('makes an unknown name a candidate with its kind guessed', () => {
    const linking = link(
      'Selon le Daily Courier, Rufus Firefly a quitté la région de Zelvora.',
      'fr',
    );
    expect([...linking.candidateIds].sort()).toEqual([
      'location:zelvora-region',
      'organization:daily-courier',
      'person:rufus-firefly',
    ]);
  });

  test('uses the graph’s own labels and aliases', () => {
    const sylvania: Entity = {
      id: 'country:sylvania',
      kind: 'COUNTRY',
      name: 'Sylvania',
      labels: [{ lang: 'fr', text: 'Sylvanie' }],
      aliases: [{ lang: 'en', text: 'SYL' }],
    };
    expect(links('La Sylvanie et SYL.', 'fr', [sylvania])).toEqual([
      'Sylvanie → country:sylvania',
      'SYL → country:sylvania',
    ]);
  });

  test('never folds an unknown name into a different existing entity', () => {
    const kirby: Entity = {
      id: 'person:john-kirby',
      kind: 'PERSON',
      name: 'John Kirby',
      labels: [],
      aliases: [],
    };
    // (Not "Mary": Turkmenistan's Mary region is a place, and rules-v1 has no tagger to say who is a person.)
    const linking = link('Edna Kirby, spokesperson of the council, spoke.', 'en', [kirby]);
    expect(linking.mentions.map((m) => m.entity.id)).toEqual(['person:edna-kirby']);
    expect([...linking.candidateIds]).toEqual(['person:edna-kirby']);
  });
});
