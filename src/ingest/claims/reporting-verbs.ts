import type { Modality } from '../../domain/modality';

/**
 * Verbs that introduce what someone says. They are not predicates: they set
 * who says it (attributedTo), who relays it (reportedBy) and how sure it is
 * (modality) for the claims of the words they introduce. Folded forms.
 */
export interface ReportingVerb {
  readonly modality: Modality;
  /** Relays rather than states ("a rapporté", "reported"): the speaker is a reporter. */
  readonly relay: boolean;
  readonly fr: { readonly participles: readonly string[]; readonly present: readonly string[] };
  readonly en: readonly string[];
}

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  {
    modality: 'CONFIRMED',
    relay: false,
    fr: {
      participles: ['confirme'],
      present: ['confirme', 'confirment', 'confirmait', 'en confirmant'],
    },
    en: ['confirmed', 'confirms', 'confirm'],
  },
  {
    modality: 'DENIED',
    relay: false,
    fr: {
      participles: ['dementi', 'nie', 'rejete', 'refute'],
      present: [
        'dement',
        'dementent',
        'dementait',
        'nie',
        'nient',
        'rejette',
        'rejettent',
        'en dementant',
      ],
    },
    en: ['denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'refuted'],
  },
  {
    modality: 'ALLEGED',
    relay: false,
    fr: { participles: ['pretendu', 'allegue'], present: ['pretend', 'pretendent', 'allegue'] },
    en: ['claimed', 'claims', 'alleged', 'alleges'],
  },
  {
    modality: 'REPORTED',
    relay: true,
    fr: {
      participles: ['rapporte', 'relaye'],
      present: ['rapporte', 'rapportent', 'rapportait', 'relaie'],
    },
    en: ['reported', 'reports', 'relayed'],
  },
  {
    modality: 'ASSERTED',
    relay: false,
    fr: {
      participles: [
        'declare',
        'precise',
        'affirme',
        'indique',
        'annonce',
        'assure',
        'souligne',
        'explique',
        'ajoute',
        'dit',
        'estime',
        'averti',
        'reconnu',
        'ecrit',
        'fait savoir',
        'martele',
        'rappele',
        'insiste',
        'signale',
        'soutenu',
        'repete',
        'publie',
        'accuse',
      ],
      present: [
        'declare',
        'declarent',
        'precise',
        'affirme',
        'affirment',
        'indique',
        'indiquent',
        'annonce',
        'annoncent',
        'assure',
        'souligne',
        'explique',
        'ajoute',
        'dit',
        'disent',
        'estime',
        'estiment',
        'reconnait',
        'ecrit',
        'en affirmant',
        'en declarant',
        'en precisant',
        'en soulignant',
        'en indiquant',
        'en expliquant',
        'en assurant',
        'precisait',
        'affirmait',
        'indiquait',
        'declarait',
        'estimait',
        'expliquait',
        'ajoutait',
        'assurait',
        'soulignait',
      ],
    },
    en: [
      'said',
      'says',
      'stated',
      'states',
      'announced',
      'announces',
      'told',
      'added',
      'noted',
      'explained',
      'warned',
      'wrote',
      'insisted',
      'acknowledged',
      'admitted',
      'posted',
      'declared',
      'argued',
      'stressed',
      'emphasized',
      'emphasised',
      'accused',
      'saying',
      'estimated',
    ],
  },
];

/** Words allowed between the French auxiliary and the participle ("a également confirmé"). */
export const FRENCH_ADVERBS = [
  'egalement',
  'aussi',
  'encore',
  'deja',
  'notamment',
  'pourtant',
  'toutefois',
  'meme',
  'enfin',
  'ensuite',
  'cependant',
  'finalement',
  'publiquement',
  'officiellement',
  'toujours',
  'formellement',
  'categoriquement',
  'fermement',
  'immediatement',
  'aussitot',
  'alors',
];

/** Words allowed before an English reporting verb ("has also confirmed"). */
export const ENGLISH_ADVERBS = [
  'also',
  'later',
  'previously',
  'publicly',
  'officially',
  'earlier',
  'repeatedly',
  'already',
  'again',
  'flatly',
  'strongly',
  'firmly',
];

/** "selon X", "according to X": the speaker follows. */
export const ACCORDING_TO = [
  'selon',
  "d'apres",
  'according to',
  'cite par',
  'cited by',
  'quoted by',
];

/** A frame with no speaker that makes its words REPORTED ("des rapports ont circulé"). */
export const ANONYMOUS_REPORTS = [
  'des rapports ont circule',
  'des informations ont circule',
  'selon des rapports',
  'selon des informations',
  'selon certaines informations',
  'des informations font etat',
  'il a ete rapporte',
  'reports have circulated',
  'reports circulated',
  'according to reports',
  'reports say',
  'reports said',
  'reports suggest',
  'reportedly',
  'was reported',
  'were reported',
  "d'apres des estimations",
  'selon des estimations',
  'selon des sources',
  "d'apres des sources",
  'according to estimates',
  'according to sources',
];

/** "selon le rapport", "according to the report": the report of the reporter already named. */
export const THE_REPORT = [
  'selon le rapport',
  "selon l'agence",
  'selon ce rapport',
  'according to the report',
  'according to the agency',
  'the report said',
];

/** Content that points back at the previous sentence ("que ces informations proviennent..."). */
export const BACK_REFERENCES = [
  'ces informations',
  'cette information',
  'ces revelations',
  'ces affirmations',
  'this information',
  'the information',
  'these reports',
  'the reports',
  'these claims',
];

/** Channels a speaker uses; the text names them ("dans un communiqué publié sur Telegram"). */
export const CHANNELS: readonly (readonly [string, readonly string[]])[] = [
  ['Telegram', ['telegram']],
  ['X', ['sur x', 'on x', 'post on x']],
  ['Twitter', ['twitter']],
  ['Facebook', ['facebook']],
  ['YouTube', ['youtube']],
  ['VKontakte', ['vkontakte', 'vk']],
  ['Truth Social', ['truth social']],
  [
    'press conference',
    ['conference de presse', 'press conference', 'press briefing', 'point presse'],
  ],
  ['statement', ['communique', 'statement']],
  ['television', ['television', 'televised', 'televise']],
];
