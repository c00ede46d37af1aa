import type { KnownEntityData } from '../known-entity-data';

/** The United States' executive bodies that news quotes. */
export const UNITED_STATES: readonly KnownEntityData[] = [
  {
    kind: 'ORGANIZATION',
    name: 'Pentagon',
    en: [
      'Pentagon',
      'United States Department of Defense',
      'Department of Defense',
      'Defense Department',
      'DoD',
    ],
    fr: [
      'Pentagone',
      'ministère américain de la Défense',
      'département américain de la Défense',
      'département de la Défense',
      'secrétariat américain à la Défense',
    ],
    de: [
      'Pentagon',
      'US-Verteidigungsministerium',
      'US-Verteidigungsministeriums',
      'Verteidigungsministerium der USA',
    ],
    es: [
      'Pentágono',
      'Departamento de Defensa',
      'Departamento de Defensa de Estados Unidos',
      'Departamento de Defensa estadounidense',
    ],
  },
  {
    kind: 'ORGANIZATION',
    name: 'White House',
    en: ['White House'],
    fr: ['Maison-Blanche', 'Maison Blanche'],
    de: ['Weißes Haus', 'Weiße Haus', 'Weißen Haus', 'Weißen Hauses'],
    es: ['Casa Blanca'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'National Security Council',
    en: ['National Security Council', 'NSC'],
    fr: ['Conseil de sécurité nationale'],
    de: [
      'Nationaler Sicherheitsrat',
      'Nationale Sicherheitsrat',
      'Nationalen Sicherheitsrat',
      'Nationalen Sicherheitsrats',
    ],
    es: ['Consejo de Seguridad Nacional'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'State Department',
    en: ['State Department', 'United States Department of State', 'Department of State'],
    fr: ["département d'État"],
    de: ['US-Außenministerium', 'US-Außenministeriums', 'Außenministerium der USA'],
    es: ['Departamento de Estado'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'United States Department of the Treasury',
    en: ['Treasury Department', 'Department of the Treasury', 'Treasury'],
    fr: ['département du Trésor', 'Trésor américain'],
    de: ['US-Finanzministerium', 'US-Finanzministeriums'],
    es: ['Departamento del Tesoro'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Office of Foreign Assets Control',
    en: ['Office of Foreign Assets Control', 'OFAC'],
    fr: ['Bureau de contrôle des avoirs étrangers', 'OFAC'],
    de: ['OFAC'],
    es: ['Oficina de Control de Activos Extranjeros', 'OFAC'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Central Intelligence Agency',
    en: ['Central Intelligence Agency', 'CIA'],
    fr: ['CIA'],
    de: ['CIA'],
    es: ['CIA'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'United States Congress',
    en: ['Congress', 'US Congress'],
    fr: ['Congrès', 'Congrès américain'],
    // "Kongress" and "Congreso" alone are left out: a conference, or Spain's own chamber.
    de: ['US-Kongress', 'US-Kongresses'],
    es: ['Congreso de Estados Unidos', 'Congreso estadounidense'],
  },
];
