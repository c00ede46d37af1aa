import type { KnownEntityData } from '../known-entity-data';

/** The Korean peninsula's state bodies and news agencies. */
export const KOREA: readonly KnownEntityData[] = [
  {
    kind: 'ORGANIZATION',
    name: 'Ministry of National Defense of South Korea',
    en: ['Ministry of National Defense of South Korea'],
    fr: ['ministère sud-coréen de la Défense nationale'],
    de: [
      'südkoreanisches Verteidigungsministerium',
      'südkoreanische Verteidigungsministerium',
      'südkoreanischen Verteidigungsministerium',
      'südkoreanischen Verteidigungsministeriums',
    ],
    es: ['Ministerio de Defensa surcoreano', 'Ministerio de Defensa Nacional de Corea del Sur'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Korean Central News Agency',
    en: ['Korean Central News Agency', 'KCNA'],
    fr: ['agence officielle nord-coréenne KCNA', 'KCNA'],
    de: ['Staatsagentur KCNA', 'KCNA'],
    es: ['Agencia Central de Noticias de Corea', 'agencia oficial norcoreana KCNA', 'KCNA'],
    media: true,
  },
  {
    kind: 'ORGANIZATION',
    name: 'National Intelligence Service',
    en: [
      'National Intelligence Service',
      'NIS',
      'South Korean intelligence',
      'South Korea’s spy agency',
      'Seoul’s spy agency',
    ],
    fr: [
      'Service national du renseignement',
      'services de renseignement sud-coréens',
      'renseignement sud-coréen',
      'NIS',
    ],
    de: [
      'Nationaler Geheimdienst',
      'Nationale Geheimdienst',
      'Nationalen Geheimdienst',
      'Nationalen Geheimdienstes',
      'südkoreanischer Geheimdienst',
      'südkoreanische Geheimdienst',
      'südkoreanischen Geheimdienst',
      'südkoreanischen Geheimdienstes',
      'NIS',
    ],
    es: [
      'Servicio Nacional de Inteligencia',
      'inteligencia surcoreana',
      'servicio de inteligencia surcoreano',
      'servicios de inteligencia surcoreanos',
      'NIS',
    ],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Joint Chiefs of Staff',
    en: ['Joint Chiefs of Staff', 'JCS'],
    fr: ['état-major interarmées'],
    de: [
      'Vereinigter Generalstab',
      'Vereinigte Generalstab',
      'Vereinigten Generalstab',
      'Vereinigten Generalstabs',
    ],
    es: ['Estado Mayor Conjunto'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Yonhap',
    en: ['Yonhap'],
    fr: ['Yonhap'],
    de: ['Yonhap'],
    es: ['Yonhap'],
    media: true,
  },
];
