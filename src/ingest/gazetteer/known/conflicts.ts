import type { KnownEntityData } from '../known-entity-data';

/** Armed groups and guards of the wars in the Middle East, Sudan, the Sahel, Somalia, eastern Congo and Myanmar. */
export const CONFLICT_PARTIES: readonly KnownEntityData[] = [
  {
    kind: 'ORGANIZATION',
    name: 'Islamic Revolutionary Guard Corps',
    state: true,
    en: ['Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards'],
    fr: ['Gardiens de la révolution', 'corps des Gardiens de la révolution islamique'],
    de: [
      'Revolutionsgarden',
      'Iranische Revolutionsgarden',
      'iranischen Revolutionsgarden',
      // The press names the corps in the singular too: "die (Iranische) Revolutionsgarde".
      'Revolutionsgarde',
      'Iranische Revolutionsgarde',
      'iranischen Revolutionsgarde',
    ],
    es: ['Guardia Revolucionaria', 'Cuerpo de la Guardia Revolucionaria Islámica'],
  },
  {
    // The Kurdistan Region of Iraq's own forces.
    kind: 'ARMED_FORCE',
    name: 'Peshmerga',
    state: true,
    en: ['Peshmerga', 'Kurdish Peshmerga'],
    fr: ['Peshmerga', 'peshmergas', 'peshmerga'],
    de: ['Peschmerga', 'Peshmerga'],
    es: ['Peshmerga', 'peshmergas', 'peshmerga'],
  },
  {
    // Iraq's mostly Shiite militias, under the state since 2016.
    kind: 'ARMED_FORCE',
    name: 'Popular Mobilization Forces',
    state: true,
    en: ['Popular Mobilization Forces', 'Popular Mobilisation Forces', 'Hashd al-Shaabi'],
    fr: ['Unités de mobilisation populaire', 'Forces de mobilisation populaire', 'Hachd al-Chaabi'],
    de: ['Volksmobilisierungseinheiten', 'Volksmobilisierungskräfte', 'Haschd al-Schaabi'],
    es: ['Fuerzas de Movilización Popular', 'Hashd al Shaabi', 'Hashd al-Shaabi'],
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
    // Spelt "talibans"/"talibanes" in French and Spanish, where the analysers do not tag it.
    kind: 'ORGANIZATION',
    name: 'Taliban',
    en: ['Taliban', 'Taleban'],
    fr: ['talibans', 'taliban', 'Talibans'],
    de: ['Taliban', 'Taliban-Regierung'],
    es: ['talibanes', 'talibán', 'Talibanes'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Houthis',
    en: ['Houthis', 'Houthi', 'Houthi rebels', 'Ansar Allah'],
    // The French press writes them in lower case as often as not: "les houthis", "les rebelles houthistes".
    fr: [
      'Houthis',
      'houthis',
      'rebelles houthis',
      'houthistes',
      'rebelles houthistes',
      'Houthistes',
      // The adjective, as a demonym is: "des positions houthies", "une attaque houthie", "le
      // bastion houthi", "un drone houthiste".
      'houthi',
      'houthie',
      'houthies',
      'houthiste',
    ],
    de: ['Huthi', 'Huthis', 'Huthi-Rebellen', 'Huthi-Miliz'],
    es: ['hutíes', 'rebeldes hutíes', 'Ansar Alá', 'hutí'],
  },
  {
    // The states fighting the Houthis in Yemen since 2015, under Saudi Arabia's lead.
    kind: 'ORGANIZATION',
    name: 'Saudi-led coalition',
    state: true,
    // "the Saudi coalition", "la coalition saoudienne", "die saudische Koalition", "la coalición
    // saudí": the coalition Saudi Arabia leads, not Saudi Arabia.
    en: [
      'Saudi-led coalition',
      'Arab coalition',
      'Saudi-led military coalition',
      'Saudi coalition',
    ],
    fr: [
      'coalition arabe',
      "coalition menée par l'Arabie saoudite",
      "coalition dirigée par l'Arabie saoudite",
      'coalition saoudienne',
    ],
    de: [
      'arabische Koalition',
      'arabischen Koalition',
      'saudi-arabisch geführte Koalition',
      'saudi-arabisch geführten Koalition',
      'saudische Koalition',
      'saudischen Koalition',
      'saudisch geführte Koalition',
      'saudisch geführten Koalition',
    ],
    es: [
      'coalición árabe',
      'coalición liderada por Arabia Saudí',
      'coalición liderada por Arabia Saudita',
      'coalición saudí',
      'coalición saudita',
    ],
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
    kind: 'ARMED_FORCE',
    name: 'Al-Qassam Brigades',
    en: ['Al-Qassam Brigades', 'Qassam Brigades', 'Izz ad-Din al-Qassam Brigades'],
    fr: ['Brigades Ezzedine al-Qassam', 'Brigades al-Qassam', 'brigades Ezzedine al-Qassam'],
    de: ['Kassam-Brigaden', 'Essedin-al-Kassam-Brigaden', 'Al-Kassam-Brigaden'],
    es: ['Brigadas Ezedin al Qasam', 'Brigadas Ezzedin al-Qazam', 'Brigadas al Qasam'],
  },
  {
    kind: 'ORGANIZATION',
    name: 'Al-Shabaab',
    en: ['Al-Shabaab', 'al-Shabaab', 'Al Shabaab', 'al-Shabab', 'Al-Shabab', 'Shabaab'],
    fr: ['shebabs', 'Shebabs', 'shebab', 'Shebab', 'al-Shabaab', 'Al-Shabaab'],
    de: ['Al-Shabaab', 'al-Shabaab', 'Al-Schabab', 'al-Schabab', 'Schabab'],
    es: ['Al Shabab', 'al Shabab', 'Al-Shabaab', 'al-Shabaab'],
  },
  {
    // Peacekeepers of several African armies in Somalia (later ATMIS).
    kind: 'ARMED_FORCE',
    name: 'African Union Mission to Somalia',
    state: true,
    en: ['African Union Mission to Somalia', 'AMISOM', 'Amisom'],
    fr: ['Mission de l’Union africaine en Somalie', 'Amisom', 'AMISOM'],
    de: ['AMISOM', 'Amisom', 'Mission der Afrikanischen Union in Somalia'],
    es: ['AMISOM', 'Amisom', 'Misión de la Unión Africana en Somalia'],
  },
  {
    kind: 'ARMED_FORCE',
    name: 'March 23 Movement',
    en: ['March 23 Movement', 'M23'],
    fr: ['Mouvement du 23 mars', 'M23'],
    de: ['M23', 'M23-Rebellen', 'M23-Miliz', 'Bewegung 23. März'],
    es: ['Movimiento 23 de Marzo', 'M23'],
  },
  {
    kind: 'ARMED_FORCE',
    name: 'Arakan Army',
    en: ['Arakan Army', 'AA'],
    fr: ['Armée d’Arakan', "Armée d'Arakan", 'Arakan Army'],
    de: ['Arakan Army', 'Arakan-Armee'],
    es: ['Ejército de Arakán', 'Ejército Arakán', 'Arakan Army'],
  },
  {
    kind: 'ARMED_FORCE',
    name: 'Kachin Independence Army',
    en: ['Kachin Independence Army', 'KIA'],
    fr: ['Armée pour l’indépendance kachin', 'Kachin Independence Army', 'KIA'],
    de: ['Kachin Independence Army', 'KIA', 'Unabhängigkeitsarmee Kachin'],
    es: ['Ejército para la Independencia Kachin', 'Kachin Independence Army', 'KIA'],
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
    fr: ['Mohamed Hamdan Daglo', 'Mohamed Hamdan Dogolo', 'Hemedti', 'Hemeti', 'Daglo'],
    de: ['Mohamed Hamdan Daglo', 'Hemedti', 'Daglo'],
    es: ['Mohamed Hamdan Dagalo', 'Hemedti', 'Dagalo'],
  },
  {
    // The alliance Iran leads with Hezbollah, Hamas, the Houthis and Iraqi militias.
    kind: 'ORGANIZATION',
    name: 'Axis of Resistance',
    en: ['Axis of Resistance'],
    fr: ['axe de la résistance', 'Axe de la résistance'],
    de: ['Achse des Widerstands'],
    es: ['Eje de la Resistencia', 'eje de la resistencia'],
  },
  {
    // The fighters of the Jenin refugee camp, Islamic Jihad's above all.
    kind: 'ARMED_FORCE',
    name: 'Jenin Brigade',
    en: ['Jenin Brigade', 'Jenin Brigades'],
    fr: ['Brigade de Jénine', 'Brigades de Jénine'],
    de: ['Dschenin-Brigade', 'Dschenin-Brigaden', 'Jenin-Brigade'],
    es: ['Brigada de Yenín', 'Brigadas de Yenín'],
  },
];
