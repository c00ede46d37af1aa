import type { KnownEntityData } from '../known-entity-data';

/**
 * International and European organisations, West Africa's and Europe's security bodies, the
 * International Criminal Court, the UN's peacekeeping missions, France's foreign ministry, and the
 * monitor the war press cites in every language (the Syrian Observatory).
 */
export const INTERNATIONAL: readonly KnownEntityData[] = [
  {
    kind: 'ORGANIZATION',
    name: 'European Union',
    en: ['European Union', 'EU'],
    fr: ['Union européenne', 'UE'],
    de: ['Europäische Union', 'Europäischen Union', 'EU'],
    es: ['Unión Europea', 'UE'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'African Union',
    en: ['African Union', 'AU'],
    fr: ['Union africaine', 'UA'],
    de: ['Afrikanische Union', 'Afrikanischen Union', 'AU'],
    es: ['Unión Africana', 'UA'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'European Commission',
    en: ['European Commission', 'EU Commission'],
    fr: ['Commission européenne'],
    de: ['EU-Kommission', 'Europäische Kommission', 'Europäischen Kommission'],
    es: ['Comisión Europea'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'NATO',
    en: ['NATO', 'North Atlantic Treaty Organization', 'Atlantic Alliance'],
    fr: ['OTAN', "Organisation du traité de l'Atlantique nord", 'Alliance atlantique'],
    // German papers write "Nato" as often as "NATO".
    de: ['NATO', 'Nato', 'Nordatlantikpakt'],
    es: ['OTAN', 'Organización del Tratado del Atlántico Norte', 'Alianza Atlántica'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'United Nations',
    en: ['United Nations', 'UN', 'U.N.'],
    fr: ['Nations unies', 'ONU', 'Onu', 'Organisation des Nations unies'],
    // "Uno", also written for the UN, is left out: Spanish "uno" starts sentences.
    de: ['Vereinte Nationen', 'Vereinten Nationen', 'UN', 'UNO'],
    es: ['Naciones Unidas', 'ONU', 'Organización de las Naciones Unidas'],
  },
  {
    // "UN Security Council", "UN-Sicherheitsrat": found as "UN" + "Security Council", PART_OF.
    kind: 'ORGANIZATION',
    name: 'United Nations Security Council',
    en: ['Security Council'],
    fr: ['Conseil de sécurité'],
    de: ['Sicherheitsrat', 'Sicherheitsrats', 'Weltsicherheitsrat'],
    es: ['Consejo de Seguridad'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'International Atomic Energy Agency',
    en: ['International Atomic Energy Agency', 'IAEA'],
    fr: ["Agence internationale de l'énergie atomique", 'AIEA'],
    de: ['Internationale Atomenergiebehörde', 'Internationalen Atomenergiebehörde', 'IAEA'],
    es: ['Organismo Internacional de Energía Atómica', 'OIEA'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'G7',
    en: ['G7', 'Group of Seven'],
    fr: ['G7'],
    de: ['G7'],
    es: ['G7', 'Grupo de los Siete'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Ministry for Europe and Foreign Affairs',
    en: ['French Foreign Ministry', 'Quai d’Orsay'],
    fr: ['Quai d’Orsay', 'diplomatie française'],
    de: [
      'französisches Außenministerium',
      'französische Außenministerium',
      'französischen Außenministerium',
      'französischen Außenministeriums',
    ],
    es: ['Ministerio de Exteriores francés', 'diplomacia francesa'],
  },
  {
    // A monitor based in Britain whose tolls of the Syrian war every press agency relays.
    kind: 'ORGANIZATION',
    name: 'Syrian Observatory for Human Rights',
    en: ['Syrian Observatory for Human Rights', 'SOHR'],
    fr: ["Observatoire syrien des droits de l'homme", 'OSDH'],
    de: [
      'Syrische Beobachtungsstelle für Menschenrechte',
      'Syrischen Beobachtungsstelle für Menschenrechte',
      'Beobachtungsstelle für Menschenrechte',
    ],
    es: [
      'Observatorio Sirio de Derechos Humanos',
      'Observatorio Sirio para los Derechos Humanos',
      'OSDH',
    ],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Economic Community of West African States',
    en: ['Economic Community of West African States', 'ECOWAS', 'Ecowas'],
    fr: ["Communauté économique des États de l'Afrique de l'Ouest", 'CEDEAO', 'Cédéao'],
    de: [
      'Westafrikanische Wirtschaftsgemeinschaft',
      'Westafrikanischen Wirtschaftsgemeinschaft',
      'ECOWAS',
      'Ecowas',
    ],
    es: ['Comunidad Económica de Estados de África Occidental', 'Cedeao', 'CEDEAO'],
  },
  {
    // "CPI", its French and Spanish short name, is left out: in English it is a price index.
    kind: 'ORGANIZATION',
    name: 'International Criminal Court',
    en: ['International Criminal Court', 'ICC'],
    fr: ['Cour pénale internationale'],
    de: [
      'Internationaler Strafgerichtshof',
      'Internationalen Strafgerichtshof',
      'Internationalen Strafgerichtshofs',
      'IStGH',
    ],
    es: ['Corte Penal Internacional'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Organization for Security and Co-operation in Europe',
    en: ['Organization for Security and Co-operation in Europe', 'OSCE'],
    fr: ['Organisation pour la sécurité et la coopération en Europe', 'OSCE'],
    de: ['Organisation für Sicherheit und Zusammenarbeit in Europa', 'OSZE'],
    es: ['Organización para la Seguridad y la Cooperación en Europa', 'OSCE'],
  },
  // The UN's peacekeeping missions, by the short names the press of each language writes (their
  // long names hold the UN's and the country's).
  {
    kind: 'ORGANIZATION',
    name: 'MONUSCO',
    en: ['MONUSCO', 'Monusco'],
    fr: ['Monusco', 'MONUSCO'],
    de: ['Monusco', 'MONUSCO'],
    es: ['Monusco', 'MONUSCO'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'MINUSMA',
    en: ['MINUSMA', 'Minusma'],
    fr: ['Minusma', 'MINUSMA'],
    de: ['Minusma', 'MINUSMA'],
    es: ['Minusma', 'MINUSMA'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'UNIFIL',
    en: ['UNIFIL', 'Unifil'],
    fr: ['Finul', 'FINUL'],
    de: ['Unifil', 'UNIFIL'],
    es: ['FPNUL', 'UNIFIL', 'Unifil'],
  },
];
