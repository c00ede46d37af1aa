import type { KnownEntityData } from '../known-entity-data';

/**
 * The aid agencies and rights groups whose counts and statements war reporting relays in every
 * language. Every name matches in every language, so an acronym that is a word or another
 * body's in one of them is left out: "WHO" (an English pronoun in headlines), Spanish "PMA"
 * (French for assisted reproduction). Names holding the UN's are left out as the README says.
 */
export const HUMANITARIAN: readonly KnownEntityData[] = [
  {
    kind: 'ORGANIZATION',
    name: 'International Committee of the Red Cross',
    en: ['International Committee of the Red Cross', 'ICRC'],
    fr: ['Comité international de la Croix-Rouge', 'CICR'],
    de: [
      'Internationales Komitee vom Roten Kreuz',
      'Internationale Komitee vom Roten Kreuz',
      'Internationalen Komitee vom Roten Kreuz',
      'Internationalen Komitees vom Roten Kreuz',
      'IKRK',
    ],
    es: ['Comité Internacional de la Cruz Roja', 'CICR'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Doctors Without Borders',
    en: ['Doctors Without Borders', 'Médecins Sans Frontières', 'MSF'],
    fr: ['Médecins sans frontières', 'MSF'],
    de: ['Ärzte ohne Grenzen', 'MSF'],
    es: ['Médicos Sin Fronteras', 'MSF'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Amnesty International',
    en: ['Amnesty International'],
    fr: ['Amnesty International'],
    de: ['Amnesty International'],
    es: ['Amnistía Internacional', 'Amnesty International'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Human Rights Watch',
    en: ['Human Rights Watch', 'HRW'],
    fr: ['Human Rights Watch', 'HRW'],
    de: ['Human Rights Watch', 'HRW'],
    es: ['Human Rights Watch', 'HRW'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'UNHCR',
    en: ['UNHCR'],
    fr: ['HCR', 'UNHCR'],
    de: ['UNHCR'],
    es: ['ACNUR'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'World Food Programme',
    en: ['World Food Programme', 'World Food Program', 'WFP'],
    fr: ['Programme alimentaire mondial', 'PAM'],
    de: ['Welternährungsprogramm', 'Welternährungsprogramms', 'WFP'],
    es: ['Programa Mundial de Alimentos'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'World Health Organization',
    en: ['World Health Organization'],
    fr: ['Organisation mondiale de la santé', 'OMS'],
    de: ['Weltgesundheitsorganisation'],
    es: ['Organización Mundial de la Salud', 'OMS'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'UNICEF',
    en: ['UNICEF', 'Unicef'],
    fr: ['Unicef', 'UNICEF'],
    de: ['Unicef', 'UNICEF'],
    es: ['Unicef', 'UNICEF'],
  },
];
