import type { Modality } from '../../../domain/modality';
import type { Stems } from './stems';

/**
 * Reporting verbs: not predicates, they set the speaker (their subject) and
 * the modality of the claims in their complement. Order matters: the first
 * family whose stems a word has wins.
 */
export const REPORTING_VERBS: readonly (readonly [Modality, Stems])[] = [
  [
    'CONFIRMED',
    {
      // Admitting a loss confirms it: "acknowledged", "a reconnu", "räumte ein", "reconoció".
      en: ['confirm', 'acknowledg', 'admit', 'conced'],
      fr: ['confirm', 'reconna', 'reconnu', 'admis$', 'admet', 'conced'],
      de: ['bestatig', 'einraum', 'eingeraumt', 'zugab', 'zugegeben', 'eingestand'],
      es: ['confirm', 'ratific', 'reconoc', 'admit'],
    },
  ],
  [
    'DENIED',
    {
      en: ['deni', 'deny', 'dismiss', 'reject'],
      fr: ['dement', 'nie$', 'nient$', 'nier$', 'rejet'],
      de: ['dementier', 'bestreit', 'bestritt', 'zuruckgewiesen', 'zuruckweis', 'zuruckwies'],
      es: ['nego$', 'negaron$', 'niega', 'desmint', 'desminti', 'rechaz'],
    },
  ],
  [
    'ALLEGED',
    {
      en: ['alleg', 'accus', 'claim'],
      fr: ['accus', 'pretend', 'alleg'],
      de: ['beschuldig', 'vorgeworfen', 'wirft$', 'warf$', 'behauptet'],
      es: ['acus', 'aleg'],
    },
  ],
  ['REPORTED', { en: ['report'], fr: ['rapport', 'relat'], de: ['berichte'], es: ['report'] }],
  [
    'ASSERTED',
    {
      en: [
        'said$',
        'say',
        'stat',
        'declar',
        'announc',
        'told$',
        'tell',
        'added$',
        'explain',
        'wrote$',
        'write',
        'noted$',
        'insist',
        'warn',
        'assert',
        'affirm',
        'indicat',
        'estimat',
        'believ',
        'assess',
      ],
      fr: [
        'dit$',
        'disent$',
        'declar',
        'affirm',
        'annonc',
        'indiqu',
        'precis',
        'expliqu',
        'ajout',
        'assur',
        'estim',
        'soulign',
        'ecrit',
        'averti',
        'communiqu',
        'fait savoir',
      ],
      de: [
        'sagt',
        'gesagt',
        'erklar',
        'teilte',
        'mitgeteilt',
        // A separable verb is written whole in a subordinate clause: "wie die Armee mitteilte".
        'mitteilt',
        'angab$',
        'angaben$',
        'bekanntgab',
        'betont',
        'schreib',
        'schrieb',
        'geschrieben',
        'warnt',
        // Folded, ß is s: "hieß", "heißt"; the Swiss write "hiess".
        'hies$',
        'heist$',
        'hiess$',
        'heisst$',
        'sprach',
        'gab$',
        'angegeben',
        'schatz',
        'geschatzt',
        'kundigt',
        'angekundigt',
        'meldet',
        'gemeldet',
        // "wies darauf hin, dass …", read with its particle (attribution.ts, reportingFamily).
        'hinweis',
        'hinwies',
        'hingewiesen',
        // "fügte er hinzu", "ergänzte er": he added.
        'hinzufug',
        'hinzugefugt',
        'erganzt',
      ],
      es: [
        'dijo$',
        'dijeron$',
        'dice$',
        'dicen$',
        'decir$',
        // The perfect's participle and the imperfect: "ha dicho que", "decía que".
        'dicho$',
        'decia',
        'declar',
        'afirm',
        'anunci',
        'indic',
        'explic',
        'asegur',
        'sostuv',
        'senal',
        'inform',
        'advirt',
        'agreg',
        'anadi',
        'escrib',
        'estim',
        'calcul',
      ],
    },
  ],
];

/** "selon", "according to", "laut", "zufolge", "según": a nominal so marked names the source. */
export const ACCORDING_TO: Stems = {
  en: ['according to$', 'according$', 'citing$', 'per$'],
  fr: ['selon$', "d'apres$", "d' apres$"],
  de: ['laut$', 'zufolge$', 'gemas$', 'gemass$'],
  es: ['segun$', 'de acuerdo con$', 'de acuerdo a$', 'citando$'],
};

/** Markers that name a source only before a source noun: "nach Angaben", "on the basis of estimates". */
export const SOURCE_MARKERS: Stems = {
  en: ['by$', 'from$'],
  fr: ['de$', "d'$"],
  de: ['nach$'],
  es: ['de$', 'por$'],
};

/**
 * German "nach Angaben X", Spanish "de acuerdo con fuentes de X": the source is the noun's modifier;
 * so is a statement's author ("selon un communiqué de l'armée", "according to a statement by").
 */
export const SOURCE_NOUNS: Stems = {
  en: ['source', 'estimate', 'assessment', 'data$', 'figures$', 'statement'],
  fr: ['source', 'estimation', 'chiffres$', 'donnees$', 'communique$', 'communiques$'],
  de: [
    'angaben$',
    'quelle',
    'schatzung',
    'informationen$',
    'einschatzung',
    'erkenntnisse',
    // "nach einer Erklärung der Armee", "hieß es in einer Mitteilung des Ministeriums".
    'erklarung',
    'mitteilung',
    'stellungnahme',
  ],
  es: ['fuente', 'estimacion', 'datos$', 'cifras$', 'comunicado'],
};

/**
 * Sources the text does not name: "military sources said", "selon des sources sécuritaires",
 * "Sicherheitskreisen zufolge", "según fuentes locales", and officials of no named body ("Western
 * officials said", "des responsables occidentaux", "westliche Beamte", "funcionarios"; not
 * one official, "a military official said", whose statement stands as the body's). What they
 * say is reported, by nobody named. German compounds them: "Militärkreise", "Sicherheitskreisen".
 */
export const UNNAMED_SOURCES: Stems = {
  en: ['source$', 'sources$', 'officials$'],
  fr: ['source$', 'sources$', 'responsables$', 'officiels$'],
  de: [
    'quelle$',
    'quellen$',
    'kreise$',
    'kreisen$',
    'militarkreise',
    'sicherheitskreise',
    'beamte$',
    'beamten$',
  ],
  es: ['fuente$', 'fuentes$', 'funcionarios$'],
};

/** "citing" and "quoting" an outlet's source: "citing the ministry", "citant", "citando", "zitierte". */
export const CITE_VERBS: Stems = {
  en: ['citing$', 'cited$', 'quoting$', 'quoted$'],
  fr: ['citant$', 'cite$'],
  de: ['zitiert', 'zitierte'],
  es: ['citando$', 'cito$', 'citaba$'],
};

/** "nach eigenen Angaben", "según sus propios datos": the source is whoever the clause is about. */
export const OWN: Stems = {
  en: ['own$'],
  fr: ['propre'],
  de: ['eigen'],
  es: ['propi'],
};

/** Verbs that announce what is to come: a claim they govern is INTENDED ("annonce des sanctions"). */
export const ANNOUNCING_VERBS: Stems = {
  en: [
    'announc',
    'unveil',
    'plan',
    'threaten',
    'prepar',
    'vow',
    'pledg',
    'promis',
    'intend',
    'propos',
  ],
  fr: [
    'annonc',
    'prepar',
    'menac',
    'envisag',
    'promet',
    'promis',
    'entend$',
    'entendent$',
    'propos',
    'prevoi',
    'prevoy',
  ],
  de: [
    'ankundig',
    'angekundigt',
    'kundigt',
    'plant',
    'geplant',
    'droht',
    'gedroht',
    'beabsichtig',
    'versprach',
    'vorgeschlagen',
    'schlagt',
  ],
  es: ['anunci', 'prepar', 'amenaz', 'plane', 'prometi', 'promet', 'propus', 'propon', 'preve'],
};

/** Verbs of accusing: the clause of what the accused did has the accused as its subject. */
export const ACCUSE_VERBS: Stems = {
  en: ['accus'],
  fr: ['accus'],
  de: ['beschuldig', 'bezichtig', 'vorgeworfen', 'wirft$', 'warf$', 'werfen$', 'warfen$'],
  es: ['acus'],
};

/** Verbs of helping another: "helps the M23 fight", "aide les rebelles à", "hilft der M23", "ayuda al M23 a". */
export const HELP_VERBS: Stems = {
  en: ['help'],
  fr: ['aid'],
  de: ['half$', 'halfen$', 'hilft', 'geholfen', 'helf'],
  es: ['ayud'],
};

/**
 * Verbs of making or helping another act: their infinitive's subject is their object ("forced
 * Ukrainian troops to withdraw", "a obligé l'armée à se retirer", "obligó al ejército a"). Letting,
 * pushing or ordering another to act is asking (ASKING_VERBS): no claim that it acted.
 */
export const MAKE_DO_VERBS: Stems = {
  en: ['forc', 'compel', 'oblig', 'enabl', ...HELP_VERBS.en],
  fr: ['oblig', 'forc', 'contraint', 'contraign', ...HELP_VERBS.fr],
  de: ['zwing', 'zwang', 'gezwungen', 'notigt', 'genotigt', 'ermoglich', ...HELP_VERBS.de],
  es: ['oblig', 'forz', ...HELP_VERBS.es],
};

/** Finite forms of the perfect and passive auxiliaries, which parsers sometimes take for the main verb. */
export const AUXILIARY_FORMS: Stems = {
  en: ['has$', 'have$', 'had$', 'is$', 'are$', 'was$', 'were$'],
  fr: [
    'a$',
    'ont$',
    'avait$',
    'avaient$',
    'aura$',
    'auront$',
    'est$',
    'sont$',
    'etait$',
    'etaient$',
  ],
  de: [
    'hat$',
    'habe$',
    'haben$',
    'hatte$',
    'hatten$',
    'ist$',
    'sind$',
    'war$',
    'waren$',
    'sei$',
    'seien$',
    'wird$',
    'werden$',
    'wurde$',
    'wurden$',
  ],
  es: ['ha$', 'han$', 'habia$', 'habian$', 'fue$', 'fueron$'],
};

/** Forms of "have": with a participle, a perfect tense, always active. */
export const HAVE_FORMS: Stems = {
  en: ['has$', 'have$', 'had$'],
  fr: ['a$', 'ont$', 'avait$', 'avaient$', 'aura$', 'auront$'],
  de: ['hat$', 'habe$', 'haben$', 'hatte$', 'hatten$'],
  es: ['ha$', 'han$', 'habia$', 'habian$'],
};

/** The conjunction of a clause saying who said so: "as", "comme", "wie", "como". */
export const AS_SAID: Stems = {
  en: ['as$'],
  fr: ['comme$'],
  de: ['wie$'],
  es: ['como$'],
};

/** German cites with a noun: "unter Berufung auf das Ministerium". */
export const GERMAN_CITING_NOUN = 'berufung';

/** The "que" opening a reported clause, which the parser may take for a relative pronoun. */
export const COMPLEMENTIZER = /^(?:que|qu')$/u;
