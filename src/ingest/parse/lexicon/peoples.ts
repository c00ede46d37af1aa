import type { Stems } from './stems';

/**
 * Peoples and faiths whose armed men the news names by them alone, with no state or named group
 * standing for them ("Druze militias", "les milices druzes", "drusische Milizen", "milicias
 * drusas"). Each with its English name and its adjectives' and nouns' stems. Peoples named for a
 * state ("Syrian rebels") are left out: their fighters may be the state's or a named group's.
 */
export interface People {
  readonly name: string;
  readonly stems: Stems;
}

export const PEOPLES: readonly People[] = [
  { name: 'Druze', stems: { en: ['druze$'], fr: ['druze'], de: ['drus'], es: ['drus'] } },
  {
    name: 'Bedouin',
    stems: { en: ['bedouin'], fr: ['bedouin'], de: ['beduin'], es: ['beduin'] },
  },
  {
    name: 'Alawite',
    stems: { en: ['alawite'], fr: ['alaouite'], de: ['alawit'], es: ['alauit'] },
  },
  { name: 'Sunni', stems: { en: ['sunni'], fr: ['sunnite'], de: ['sunnit'], es: ['suni'] } },
  {
    name: 'Shia',
    stems: { en: ['shia$', 'shiite', "shi'ite"], fr: ['chiite'], de: ['schiit'], es: ['chii'] },
  },
  {
    name: 'Christian',
    stems: { en: ['christian'], fr: ['chretien'], de: ['christ'], es: ['cristian'] },
  },
  { name: 'Yazidi', stems: { en: ['yazidi'], fr: ['yezidi'], de: ['jesid'], es: ['yazidi'] } },
  {
    name: 'Arab',
    stems: {
      en: ['arab$'],
      fr: ['arabes$', 'arabe$'],
      de: ['arabisch'],
      es: ['arabes$', 'arabe$'],
    },
  },
  { name: 'Kurdish', stems: { en: ['kurdish$'], fr: ['kurde'], de: ['kurdisch'], es: ['kurd'] } },
  { name: 'Tuareg', stems: { en: ['tuareg'], fr: ['touareg'], de: ['tuareg'], es: ['tuareg'] } },
  {
    name: 'Fulani',
    stems: { en: ['fulani$'], fr: ['peul'], de: ['fulani$', 'peul'], es: ['fulani$', 'peul'] },
  },
  { name: 'Dogon', stems: { en: ['dogon$'], fr: ['dogon'], de: ['dogon'], es: ['dogon'] } },
  {
    name: 'Hutu',
    stems: {
      en: ['hutu$'],
      fr: ['hutu$', 'hutus$'],
      de: ['hutu$', 'hutus$'],
      es: ['hutu$', 'hutus$'],
    },
  },
  {
    name: 'Tutsi',
    stems: {
      en: ['tutsi$'],
      fr: ['tutsi$', 'tutsis$'],
      de: ['tutsi$', 'tutsis$'],
      es: ['tutsi$', 'tutsis$'],
    },
  },
  { name: 'Lendu', stems: { en: ['lendu$'], fr: ['lendu$'], de: ['lendu$'], es: ['lendu$'] } },
  { name: 'Hema', stems: { en: ['hema$'], fr: ['hema$'], de: ['hema$'], es: ['hema$'] } },
  {
    name: 'Masalit',
    stems: { en: ['masalit$'], fr: ['massalit$', 'masalit$'], de: ['masalit$'], es: ['masalit$'] },
  },
  {
    name: 'Baloch',
    stems: { en: ['baloch$', 'baluch$'], fr: ['baloutche'], de: ['belutsch'], es: ['baluchi'] },
  },
  {
    name: 'Pashtun',
    stems: { en: ['pashtun'], fr: ['pachtoune'], de: ['paschtun'], es: ['pastun'] },
  },
  { name: 'Hazara', stems: { en: ['hazara'], fr: ['hazara'], de: ['hazara'], es: ['hazara'] } },
  {
    name: 'Mapuche',
    stems: { en: ['mapuche'], fr: ['mapuche'], de: ['mapuche'], es: ['mapuche'] },
  },
  { name: 'Serb', stems: { en: ['serb$', 'serbs$'], fr: [], de: [], es: [] } },
];

/**
 * Kinds of a people's armed men, each with its English plural, the name's second half ("Druze
 * militias"). A group ("armed Druze groups") only with a word that arms it (`ARMED_WORDS`).
 */
export const PEOPLE_GROUP_NOUNS: readonly { readonly plural: string; readonly stems: Stems }[] = [
  {
    plural: 'militias',
    stems: {
      en: ['militia'],
      fr: ['milice', 'milicien'],
      de: ['miliz'],
      es: ['milicia'],
    },
  },
  {
    plural: 'fighters',
    stems: {
      en: ['fighters$', 'combatants$'],
      fr: ['combattants$'],
      de: ['kampfer$'],
      es: ['combatientes$'],
    },
  },
  {
    plural: 'rebels',
    stems: { en: ['rebels$'], fr: ['rebelles$'], de: ['rebellen$'], es: ['rebeldes$'] },
  },
  {
    plural: 'insurgents',
    stems: { en: ['insurgents$'], fr: ['insurges$'], de: ['aufstandische'], es: ['insurgentes$'] },
  },
  {
    plural: 'militants',
    stems: {
      en: ['militants$'],
      fr: ['militants$'],
      de: ['militante$', 'militanten$'],
      es: ['militantes$'],
    },
  },
  { plural: 'gunmen', stems: { en: ['gunmen$'], fr: [], de: [], es: ['pistoleros$'] } },
  {
    plural: 'terrorists',
    stems: {
      en: ['terrorists$'],
      fr: ['terroristes$'],
      de: ['terroristen$'],
      es: ['terroristas$'],
    },
  },
  {
    plural: 'separatists',
    stems: {
      en: ['separatists$'],
      fr: ['separatistes$'],
      de: ['separatisten$'],
      es: ['separatistas$'],
    },
  },
  {
    plural: 'tribes',
    stems: { en: ['tribes$'], fr: ['tribus$'], de: ['stamme$'], es: ['tribus$'] },
  },
  {
    plural: 'clans',
    stems: { en: ['clans$'], fr: ['clans$'], de: ['clans$', 'clane$'], es: ['clanes$'] },
  },
  {
    plural: 'armed groups',
    stems: { en: ['groups$'], fr: ['groupes$'], de: ['gruppen$'], es: ['grupos$'] },
  },
];
