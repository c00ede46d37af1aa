import type { KnownEntityData } from '../known-entity-data';

/** Armed groups and guards of the wars in the Middle East, Sudan and the Sahel. */
export const CONFLICT_PARTIES: readonly KnownEntityData[] = [
  {
    kind: 'ORGANIZATION',
    name: 'Islamic Revolutionary Guard Corps',
    en: ['Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards'],
    fr: ['Gardiens de la révolution', 'corps des Gardiens de la révolution islamique'],
    de: ['Revolutionsgarden', 'Iranische Revolutionsgarden', 'iranischen Revolutionsgarden'],
    es: ['Guardia Revolucionaria', 'Cuerpo de la Guardia Revolucionaria Islámica'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Hamas',
    en: ['Hamas'],
    fr: ['Hamas'],
    de: ['Hamas'],
    es: ['Hamás', 'Hamas'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Hezbollah',
    en: ['Hezbollah'],
    fr: ['Hezbollah'],
    de: ['Hisbollah'],
    es: ['Hezbolá', 'Hizbulá', 'Hezbollah'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Houthis',
    en: ['Houthis', 'Houthi', 'Houthi rebels', 'Ansar Allah'],
    fr: ['Houthis', 'rebelles houthis', 'houthistes'],
    de: ['Huthi', 'Huthis', 'Huthi-Rebellen', 'Huthi-Miliz'],
    es: ['hutíes', 'rebeldes hutíes', 'Ansar Alá'],
  },
  {
    // "RSF" is also Reporters sans frontières in French texts, which call the militia "FSR".
    kind: 'ARMED_FORCE',
    name: 'Rapid Support Forces',
    en: ['Rapid Support Forces', 'RSF'],
    fr: ['Forces de soutien rapide', 'FSR'],
    de: ['RSF', 'RSF-Miliz', 'Rapid Support Forces'],
    es: ['Fuerzas de Apoyo Rápido', 'RSF'],
  },
  {
    kind: 'ARMED_FORCE',
    name: "Jama'at Nusrat al-Islam wal-Muslimin",
    en: [
      "Jama'at Nusrat al-Islam wal-Muslimin",
      'JNIM',
      'Group for the Support of Islam and Muslims',
    ],
    fr: ['Groupe de soutien à l’islam et aux musulmans', 'GSIM', 'JNIM'],
    de: ['JNIM', 'Unterstützergruppe für den Islam und die Muslime'],
    es: ['JNIM', 'Grupo de Apoyo al Islam y los Musulmanes'],
  },
  {
    kind: 'PERSON',
    name: 'Abdel Fattah al-Burhan',
    en: ['Abdel Fattah al-Burhan', 'Burhan'],
    fr: ['Abdel Fattah al-Burhane', 'Burhane'],
    de: ['Abdel Fattah al-Burhan', 'Burhan'],
    es: ['Abdelfatah al Burhan', 'Abdel Fatah al Burhan', 'Burhan'],
  },
  {
    kind: 'PERSON',
    name: 'Mohamed Hamdan Dagalo',
    en: ['Mohamed Hamdan Dagalo', 'Hemedti', 'Dagalo'],
    fr: ['Mohamed Hamdan Daglo', 'Hemedti', 'Daglo'],
    de: ['Mohamed Hamdan Daglo', 'Hemedti', 'Daglo'],
    es: ['Mohamed Hamdan Dagalo', 'Hemedti', 'Dagalo'],
  },
];
