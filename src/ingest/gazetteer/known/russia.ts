import type { KnownEntityData } from '../known-entity-data';

/**
 * Russia's state bodies, companies, media and armed groups. Ministries carry
 * the name the rules extractor gives them ("Ministry of Defence of Russia",
 * see mentions/ministry-pattern.ts), so that both extractors meet.
 */
export const RUSSIA: readonly KnownEntityData[] = [
  {
    kind: 'ORGANIZATION',
    name: 'Kremlin',
    en: ['Kremlin'],
    fr: ['Kremlin'],
    de: ['Kreml'],
    es: ['Kremlin'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Ministry of Defence of Russia',
    en: ['Russian Defence Ministry', 'Russian Defense Ministry', 'Russian Ministry of Defence'],
    fr: ['ministère russe de la Défense'],
    de: [
      'russisches Verteidigungsministerium',
      'russische Verteidigungsministerium',
      'russischen Verteidigungsministerium',
      'russischen Verteidigungsministeriums',
      'Moskauer Verteidigungsministerium',
    ],
    es: [
      'Ministerio de Defensa ruso',
      'Ministerio ruso de Defensa',
      'Ministerio de Defensa de Rusia',
    ],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Ministry of Foreign Affairs of Russia',
    en: ['Russian Foreign Ministry', 'Russian diplomacy'],
    fr: ['ministère russe des Affaires étrangères', 'diplomatie russe'],
    de: [
      'russisches Außenministerium',
      'russische Außenministerium',
      'russischen Außenministerium',
      'russischen Außenministeriums',
      'russische Diplomatie',
    ],
    es: [
      'Ministerio de Asuntos Exteriores ruso',
      'Ministerio de Exteriores ruso',
      'Cancillería rusa',
      'diplomacia rusa',
    ],
  },
  {
    kind: 'ORGANIZATION',
    name: 'TASS',
    en: ['TASS', 'Tass'],
    fr: ['TASS', 'Tass', 'agence Tass'],
    de: ['TASS', 'Tass', 'Nachrichtenagentur Tass'],
    es: ['TASS', 'Tass', 'agencia Tass'],
    media: true,
  },
  {
    kind: 'ORGANIZATION',
    name: 'RIA Novosti',
    en: ['RIA Novosti'],
    fr: ['RIA Novosti'],
    de: ['RIA Nowosti', 'RIA Novosti'],
    es: ['RIA Novosti'],
    media: true,
  },
  {
    kind: 'ORGANIZATION',
    name: 'Interfax',
    en: ['Interfax'],
    fr: ['Interfax'],
    de: ['Interfax'],
    es: ['Interfax'],
    media: true,
  },
  {
    kind: 'ARMED_FORCE',
    name: 'Wagner Group',
    en: ['Wagner Group', 'Wagner'],
    fr: ['groupe Wagner'],
    de: ['Wagner-Gruppe', 'Gruppe Wagner', 'Wagner-Söldner'],
    es: ['Grupo Wagner'],
    mercenariesOf: 'Russia',
  },
  {
    // The Russian defence ministry's corps that took over Wagner's African operations.
    kind: 'ARMED_FORCE',
    name: 'Africa Corps',
    en: ['Africa Corps'],
    fr: ['Africa Corps'],
    de: ['Afrikakorps', 'Africa Corps'],
    es: ['Africa Corps', 'Cuerpo Africano'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Gazprom',
    en: ['Gazprom'],
    fr: ['Gazprom'],
    de: ['Gazprom'],
    es: ['Gazprom'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Rosneft',
    en: ['Rosneft'],
    fr: ['Rosneft'],
    de: ['Rosneft'],
    es: ['Rosneft'],
  },
];
