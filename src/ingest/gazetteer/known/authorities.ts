import type { KnownEntityData } from '../known-entity-data';

/**
 * Governments that are no state's, police forces, civil-defence bodies, ministries and military
 * press offices that the news of the wars quotes as sources or counts among the dead. Only names
 * that stand for one body wherever they are written: a bare "Défense civile", "Garde nationale"
 * or "Ministerio de Salud" belongs to whichever country the article is about, and "PNP" is the
 * police of both Peru and the Philippines, so those are left out.
 */
export const AUTHORITIES: readonly KnownEntityData[] = [
  {
    kind: 'ORGANIZATION',
    name: 'Palestinian Authority',
    en: ['Palestinian Authority', 'Palestinian National Authority'],
    fr: ['Autorité palestinienne', 'Autorité nationale palestinienne'],
    de: [
      'Palästinensische Autonomiebehörde',
      'Palästinensischen Autonomiebehörde',
      'Palästinenserbehörde',
    ],
    es: ['Autoridad Palestina', 'Autoridad Nacional Palestina'],
  },
  {
    // The ministry in Ramallah and its office in Gaza, which the press calls by the same name.
    kind: 'ORGANIZATION',
    name: 'Palestinian Ministry of Health',
    en: ['Palestinian Ministry of Health', 'Palestinian Health Ministry'],
    fr: ['ministère palestinien de la Santé', 'ministère de la Santé palestinien'],
    de: [
      'palästinensische Gesundheitsministerium',
      'palästinensischen Gesundheitsministerium',
      'palästinensischen Gesundheitsministeriums',
    ],
    es: ['Ministerio de Salud palestino', 'Ministerio de Sanidad palestino'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Palestinian Civil Defence',
    en: ['Palestinian Civil Defence', 'Palestinian Civil Defense', 'Gaza Civil Defence'],
    fr: ['Défense civile palestinienne', 'Défense civile de Gaza'],
    de: [
      'palästinensische Zivilschutz',
      'palästinensischen Zivilschutz',
      'Zivilschutz im Gazastreifen',
    ],
    es: ['Defensa Civil palestina', 'Defensa Civil de Gaza'],
  },
  {
    // The Pakistani armed forces' press office, which speaks for them.
    kind: 'ORGANIZATION',
    name: 'Inter-Services Public Relations',
    en: ['Inter-Services Public Relations', 'ISPR'],
    fr: ['ISPR'],
    de: ['ISPR'],
    es: ['ISPR'],
  },
  {
    // The British navy's centre that reports attacks on shipping, in the Red Sea and elsewhere.
    kind: 'ORGANIZATION',
    name: 'UK Maritime Trade Operations',
    en: ['UK Maritime Trade Operations', 'United Kingdom Maritime Trade Operations', 'UKMTO'],
    fr: ['UKMTO'],
    de: ['UKMTO'],
    es: ['Operaciones de Comercio Marítimo del Reino Unido', 'UKMTO'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Philippine National Police',
    en: ['Philippine National Police'],
    fr: ['Police nationale philippine'],
    de: ['philippinische Nationalpolizei', 'philippinischen Nationalpolizei'],
    es: ['Policía Nacional de Filipinas', 'Policía Nacional Filipina'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'National Police of Peru',
    en: ['National Police of Peru', 'Peruvian National Police'],
    fr: ['Police nationale du Pérou', 'Police nationale péruvienne'],
    de: ['peruanische Nationalpolizei', 'peruanischen Nationalpolizei'],
    es: ['Policía Nacional del Perú', 'Policía Nacional del Peru'],
  },
  {
    // Tigray's government since the 2022 Pretoria agreement.
    kind: 'ORGANIZATION',
    name: 'Tigray Interim Administration',
    en: ['Tigray Interim Administration', 'Interim Regional Administration of Tigray'],
    fr: ['Administration intérimaire du Tigré', 'Administration provisoire du Tigré'],
    de: ['Übergangsverwaltung von Tigray', 'Übergangsverwaltung Tigrays'],
    es: ['Administración Provisional de Tigré', 'Administración Interina de Tigré'],
  },
  {
    // The separatists of southern Yemen, allied to the Emirates.
    kind: 'ORGANIZATION',
    name: 'Southern Transitional Council',
    en: ['Southern Transitional Council'],
    fr: ['Conseil de transition du Sud', 'Conseil de transition sudiste'],
    de: ['Südlicher Übergangsrat', 'Südlichen Übergangsrat', 'Südlichen Übergangsrats'],
    es: ['Consejo de Transición del Sur', 'Consejo de Transición Sureño'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Kosovo Police',
    en: ['Kosovo Police'],
    fr: ['police du Kosovo', 'police kosovare'],
    de: ['kosovarische Polizei', 'kosovarischen Polizei'],
    es: ['Policía de Kosovo', 'policía kosovar'],
  },
];
