import type { Stems } from './stems';

/**
 * The words that state each family of facts, per language. Verbs and nouns
 * apart: the part of speech decides which roles the parse gives.
 */
export const SEND_VERBS: Stems = {
  en: ['send', 'sent$', 'deploy', 'dispatch', 'station', 'transferr', 'ship'],
  fr: [
    'envoy',
    'envoi',
    'enverr',
    'deploy',
    'deploie',
    'depech',
    'expedi',
    'station',
    'achemin',
    'transfer',
  ],
  de: [
    'schick',
    'geschickt',
    'entsand',
    'entsend',
    'verleg',
    'stationier',
    'geliefert',
    'liefer',
    'verleg',
  ],
  es: ['envi', 'despleg', 'desplieg', 'traslad', 'mand'],
};

/**
 * What makes a war, a clash or a push no armed one: "charm offensive", "offensive diplomatique",
 * "trade war", "legal battle", "combat judiciaire", "politische Auseinandersetzung".
 */
export const UNARMED_WORDS: Stems = {
  en: [
    'charm$',
    'diplomatic',
    'political',
    'economic',
    'financ',
    'media$',
    'commercial',
    'trade$',
    'tariff',
    'price$',
    'currency$',
    'legal$',
    'judicial$',
    'election',
    'electoral$',
    'verbal$',
    'rhetorical$',
  ],
  fr: [
    'charme$',
    'diplomatique',
    'politique',
    'economique',
    'financ',
    'mediatique',
    'commercial',
    'tarifaire',
    'juridique',
    'judiciaire',
    'electora',
    'verbal',
  ],
  de: [
    'charme',
    'diplomatisch',
    'politisch',
    'wirtschaftlich',
    'finanz',
    'medial',
    'handels',
    'juristisch',
    'rechtlich',
    'gerichtlich',
    'verbal',
    'zoll',
  ],
  es: [
    'encanto$',
    'diplomatic',
    'politic',
    'economic',
    'financ',
    'mediatic',
    'comercial',
    'arancelari',
    'juridic',
    'judicial',
    'electoral',
    'verbal',
  ],
};

export const INCURSION_NOUNS: Stems = {
  en: ['incursion', 'push$', 'advance$', 'offensive$'],
  fr: ['incursion', 'percee', 'avancee', 'offensive$'],
  de: ['vorstos', 'vormarsch', 'einmarsch', 'offensive$'],
  es: ['incursion', 'avance$', 'avances$', 'ofensiva$'],
};

export const DEPLOYMENT_NOUNS: Stems = {
  en: ['deployment', 'dispatch'],
  fr: ['envoi$', 'envois$', 'deploiement'],
  de: ['entsendung', 'verlegung', 'stationierung', 'einsatz$', 'einmarsch'],
  es: ['envio$', 'envios$', 'despliegue'],
};

/**
 * Forces closing round a place: "Russian troops encircled Avdiivka", "la police a encerclé Banjska",
 * "umzingelten Banjska", "rodearon Banjska". Who surrounds a town, or besieges it, is there.
 */
export const SURROUND_VERBS: Stems = {
  en: ['surround', 'encircl', 'besieg'],
  fr: ['encercl', 'assieg', 'cerne$', 'cernee', 'cernent$', 'cernaient$', 'cernait$'],
  // Not "umstellt": "stellt … auf Kriegswirtschaft um" converts.
  de: ['umzingel', 'eingekesselt', 'belager'],
  es: ['rode', 'cercar', 'cercaron$', 'cercado', 'cercan$', 'cercaba', 'asedi'],
};

/**
 * Forces moving into a place: "Russian troops entered Georgia", "marschierten in Georgien ein" (not
 * "marched in the parade in Moscow").
 */
export const ENTER_VERBS: Stems = {
  en: ['enter', 'advanced$', 'advancing$', 'pushed$', 'pushes$', 'pushing$'],
  fr: [
    ...[
      'entre$',
      'entres$',
      'entree$',
      'entrees$',
      'entrent$',
      'entrer$',
      'entrait$',
      'entraient$',
      'entrera$',
      'entreront$',
    ],
    ...['penetre', 'penetrer', 'avance', 'avancent', 'avancer'],
  ],
  de: ['einmarsch', 'einruck', 'eingeruckt', 'eindring', 'eingedrung', 'vorgeruckt', 'vorruck'],
  es: [
    ...['entraron$', 'entro$', 'entrar$', 'entran$', 'entraban$', 'entrado$'],
    ...['entrara$', 'entraran$'],
    ...['penetr', 'avanzaron$', 'avanzo$', 'avanzan$', 'irrump', 'irrumpi'],
  ],
};

export const GIVE_VERBS: Stems = {
  en: ['suppl', 'provid', 'deliver', 'sold$', 'sell', 'gave$', 'give', 'given$', 'hand', 'equip'],
  fr: [
    'fourn',
    'livr',
    'vend',
    'cede',
    'remis',
    'donne',
    'offert',
    'procur',
    'approvision',
    'equip',
  ],
  de: [
    'liefer',
    'belief',
    'versorg',
    'ausgestattet',
    'ausgerustet',
    'geliefert',
    'verkauf',
    'bereitgestellt',
    'bereitstell',
    'uberlassen',
    'gegeben',
    'geben',
  ],
  es: [
    'suministr',
    'entreg',
    'proporcion',
    'vend',
    'provey',
    'provis',
    'dio$',
    'dieron$',
    'dado$',
    'abastec',
    'equip',
  ],
};

export const SUPPLY_NOUNS: Stems = {
  en: ['supply$', 'supplies$', 'deliver', 'shipment', 'transfer'],
  fr: ['livraison', 'fourniture', 'transfert'],
  de: ['lieferung'],
  es: ['suministro', 'entrega', 'transferencia'],
};

/** Nouns of deaths alone, not of wounds or losses in general: "the deaths of", "la mort de". */
export const DEATH_NOUNS: Stems = {
  en: ['death$', 'deaths$', 'killing$', 'killings$'],
  fr: ['mort$', 'morts$'],
  de: ['tod$', 'totung$', 'totungen$'],
  es: ['muerte$', 'muertes$'],
};

export const LOSS_NOUNS: Stems = {
  en: ['loss', 'casualt', 'fatalit', 'death$', 'deaths$', 'dead$', 'killed$'],
  fr: ['perte', 'mort$', 'morts$', 'deces$', 'victime', 'tues$', 'blesses$', 'blessure'],
  de: [
    'verlust',
    'opfer',
    'todesopfer',
    'tod$',
    'tote$',
    'toten$',
    'gefallene',
    'verwundete',
    'verletzte$',
    'verletzten$',
  ],
  es: [
    'bajas$',
    'perdida',
    'muerte$',
    'muertes$',
    'muertos$',
    'fallecidos$',
    'victima',
    'heridos$',
  ],
};

/** Inflicting losses: "inflicted", "infligé", "zugefügt" ("fügten … zu"), "infligieron". */
export const INFLICT_VERBS: Stems = {
  en: ['inflict'],
  fr: ['inflig'],
  de: ['zugefugt', 'zufug', 'fugt', 'fugte'],
  es: ['inflig'],
};

/** Verbs of losing people: their subject lost the people they count ("had lost over 1,000 personnel"). */
export const LOSE_VERBS: Stems = {
  en: ['lost$', 'lose$', 'loses$', 'losing$'],
  fr: ['perdu', 'perd$', 'perdent$', 'perdait$', 'perdaient$'],
  de: ['verlor', 'verlier'],
  es: ['perdi', 'perdio$', 'perdieron$'],
};

/** A life lost: "lost their lives", "ont perdu la vie", "perdieron la vida", "kamen ums Leben". */
export const LIFE_NOUNS: Stems = {
  en: ['life$', 'lives$'],
  fr: ['vie$', 'vies$'],
  de: ['leben$'],
  es: ['vida$', 'vidas$'],
};

/** German "ums Leben kommen": its verb of coming. */
export const COME_VERBS: Stems = {
  en: [],
  fr: [],
  de: ['komm', 'kam$', 'kamen$', 'gekommen$'],
  es: [],
};

export const HARM_VERBS: Stems = {
  // "neutralised", "neutralisés", "neutralizados": the armies' word for enemies killed.
  en: [
    'kill',
    'wound',
    'injur',
    'hurt$',
    'died$',
    'die$',
    'dies$',
    'dying$',
    'perished$',
    // "Fifteen soldiers dead after a JNIM attack": the adjective with its "after" acts as a verb.
    'dead$',
    'missing$',
    'shot$',
    'neutralised$',
    'neutralized$',
    // "were slain", "gunned down", "massacred", "executed", "beheaded".
    'slain$',
    'slay',
    'slew$',
    'gunned$',
    'massacr',
    'executed$',
    'beheaded$',
    'assassinated$',
  ],
  fr: [
    'tue',
    'blesse',
    'disparu',
    'abattu',
    'mort$',
    'morts$',
    'meurent$',
    'meurt$',
    'peri$',
    'perit$',
    'perissent$',
    'perirent$',
    'perdu',
    'elimin',
    'neutralise$',
    'neutralises$',
    // "sont décédés", "ont succombé", "massacrés", "assassinés", "exécutés", "fusillés", "égorgés".
    'decede',
    'succombe',
    'massacr',
    'assassin',
    'execute$',
    'executes$',
    'fusill',
    'egorge',
    'decapite',
    // The present participle: "… un poste à Kidal, tuant douze soldats".
    'tuant$',
    'blessant$',
  ],
  de: [
    'getotet',
    'totet',
    'totete',
    'verwundet',
    'verletzt',
    'gefallen',
    'tot$',
    'starb',
    'sterb',
    'umgekommen',
    'vermisst',
    'neutralisiert$',
    // "erschossen", "ermordet", "hingerichtet", "massakriert", "umgebracht", "verstorben".
    'erschoss',
    'ermord',
    'hingerichtet',
    'massakri',
    'umgebracht',
    'verstorb',
    'verstarb',
    'enthauptet',
  ],
  es: [
    'muert',
    'murieron$',
    'murio$',
    'mueren$',
    'muere$',
    'morir$',
    'herid',
    'fallec',
    'perecieron$',
    'perecio$',
    'abatid',
    'matad',
    'mataron$',
    'mato$',
    'mata$',
    'matan$',
    'neutralizad',
    'matar$',
    'matando$',
    'asesin',
    'elimin',
    'desaparec',
    // "ultimados", "acribillados", "ejecutados", "masacrados", "lesionados", "decapitados".
    'ultimad',
    'acribill',
    'ejecutad',
    'masacr',
    'lesionad',
    'decapitad',
  ],
};

/** Verbs of dying, whose subject is the one who dies: "died", "sont morts", "starben", "murieron". */
export const DIE_VERBS: Stems = {
  en: ['died$', 'die$', 'dies$', 'dying$', 'perished$'],
  fr: [
    'mort$',
    'morts$',
    'meurent$',
    'meurt$',
    'decede',
    'succombe',
    'peri$',
    'perit$',
    'perirent$',
  ],
  de: ['starb', 'sterb', 'gestorben$', 'umgekommen$', 'verstorb', 'verstarb'],
  es: ['murieron$', 'murio$', 'mueren$', 'muere$', 'muerto$', 'fallec', 'perecieron$', 'perecio$'],
};

/** Verbs whose predicate states a harm suffered: "resultó muerto", "resultaron heridos". */
export const RESULT_VERBS: Stems = {
  en: [],
  fr: [],
  de: [],
  es: ['result'],
};

/**
 * Taking people prisoner, a force's loss like killing: "captured", "capturés",
 * "gefangen genommen" (the German model hangs "gefangen" on "genommen").
 */
export const PRISONER_VERBS: Stems = {
  en: ['captur', 'abduct', 'kidnap'],
  fr: ['captur', 'enlev'],
  de: ['gefangen', 'entfuhrt', 'verschleppt'],
  es: ['captur', 'secuestr', 'apres'],
};

/** Hostages: a verb of taking with them takes prisoners ("pris en otage", "taken hostage", "als Geiseln genommen"). */
export const HOSTAGE_NOUNS: Stems = {
  en: ['hostage'],
  fr: ['otage'],
  de: ['geisel'],
  es: ['rehen', 'rehenes$'],
};

/** Verbs whose object is a loss ("a subi des pertes", "suffered losses", "erlitt Verluste"). */
export const SUFFER_VERBS: Stems = {
  en: ['suffer', 'incurr', 'sustain', 'took$', 'take'],
  fr: ['subi', 'enregistr', 'essuy', 'compt'],
  de: ['erlitt', 'erleid', 'hinnehm', 'verzeichn'],
  es: ['sufri', 'sufre', 'sufrid', 'registr'],
};

export const SANCTION_WORDS: Stems = {
  en: ['sanction'],
  fr: ['sanction'],
  de: ['sanktion', 'strafmasnahm'],
  es: ['sancion'],
};

export const CONTROL_NOUNS: Stems = {
  en: ['control$'],
  fr: ['controle$'],
  de: ['kontrolle$'],
  es: ['control$'],
};

/** Case markers that put a place under someone's control. */
export const UNDER: Stems = {
  en: ['under$'],
  fr: ['sous$'],
  de: ['unter$'],
  es: ['bajo$'],
};

export const CAPTURE_VERBS: Stems = {
  en: [
    'control',
    'captur',
    'seiz',
    'retook$',
    'conquer',
    'overran',
    'overrun',
    'took$',
    'taken$',
    'retake',
    'recaptur',
    'hold$',
    'holds$',
    'held$',
    'occup',
    'annex',
  ],
  fr: [
    'control',
    'captur',
    'repris',
    'reprend',
    'conquis',
    'empar',
    'occup',
    'tient$',
    'tiennent$',
    'pris$',
    'prise$',
    'prend$',
    'prennent$',
    'annex',
  ],
  de: [
    'kontrollier',
    'erober',
    'zuruckerober',
    'eingenommen',
    'einnehm',
    'einzunehm',
    'einnahm',
    'besetzt',
    'halt$',
    'halten$',
    'annektier',
  ],
  es: ['control', 'captur', 'recuper', 'conquist', 'ocup', 'tomaron$', 'tomo$', 'apoder', 'anex'],
};

/**
 * Verbs of taking too common to trigger alone ("to take part", "prendre des mesures", "tomar
 * medidas"): in the infinitive, under a verb of succeeding, they tell a capture ("managed to take
 * Goma", "a réussi à prendre", "lograron tomar").
 */
export const TAKE_INFINITIVES: Stems = {
  en: ['take$'],
  fr: ['prendre$', 'conquerir$'],
  de: [],
  es: ['tomar$'],
};

/**
 * Verbs of succeeding in a deed: "managed to", "succeeded in", "a réussi à", "est parvenu à",
 * "lograron", "consiguió", "schaffte es"; German "gelang es der Armee" makes the doer its dative.
 */
export const SUCCEED_VERBS: Stems = {
  en: ['manag', 'succeed'],
  fr: ['reuss', 'parvien', 'parvenu'],
  de: ['gelang', 'geling', 'gelung', 'schafft'],
  es: ['logr', 'consigu'],
};

/** Posts, which are a side's targets only when military: "a Pakistani military post", "Grenzposten". */
export const POST_NOUNS: Stems = {
  en: ['post$', 'posts$'],
  fr: ['poste$', 'postes$'],
  de: ['posten$'],
  es: ['puesto$', 'puestos$'],
};

/** What makes a post military: "military post", "poste frontière", "Grenzposten", "puesto fronterizo". */
export const MILITARY_POST_WORDS: Stems = {
  en: ['military$', 'army$', 'border$', 'frontier$', 'forward$'],
  fr: ['militaire', 'frontiere', 'frontalier', 'avance'],
  de: ['grenz', 'militar', 'armee', 'kontroll', 'vorposten'],
  es: ['militar', 'fronteriz', 'avanzad'],
};

/** Verbs of guarding a place, which troops are sent to do there ("to reinforce", "pour sécuriser"). */
export const GUARD_VERBS: Stems = {
  en: ['reinforc', 'secur', 'defend', 'protect', 'guard'],
  fr: ['renforc', 'securis', 'defend', 'proteg'],
  de: ['verstark', 'sichern$', 'verteidig', 'schutzen$'],
  es: ['reforz', 'refuerz', 'asegur', 'defend', 'proteg', 'custodi'],
};

/** The verbs of taking that only control: a group controlled is not fought. */
export const CONTROL_VERBS: Stems = {
  en: ['control'],
  fr: ['control'],
  de: ['kontrollier'],
  es: ['control'],
};

/** A place falling to a side: "Goma fell to the M23", "tombée aux mains du M23", "cayó en manos de". */
export const FALL_VERBS: Stems = {
  en: ['fell$', 'fall$', 'falls$', 'fallen$'],
  fr: ['tomb'],
  de: ['fiel$', 'fielen$', 'gefallen$', 'fallt$'],
  es: ['cay', 'cae$', 'caen$', 'caido$', 'caida$'],
};

/** The hands a place falls into: "aux mains du M23", "en manos de", "in die Hände der". */
export const HANDS_NOUNS: Stems = {
  en: ['hands$'],
  fr: ['mains$'],
  de: ['hande$', 'handen$'],
  es: ['manos$'],
};

/**
 * Who a place falls to, as a marker: "fell to the rebels", "an die Rebellen gefallen", and the
 * hands the parser fixed into the marker ("en manos del M23").
 */
export const FALLEN_TO: Stems = {
  en: ['to$', 'into the hands'],
  fr: ['aux mains', 'entre les mains'],
  de: ['an$', 'in die hande'],
  es: ['en manos', 'en poder'],
};

/**
 * Verbs by which a side claims a capture as its own ("the KIA claimed the capture of Panwa",
 * "Russland meldete die Einnahme"); not "deny" or "confirm", which one may say of the enemy's.
 */
export const CREDIT_VERBS: Stems = {
  en: ['claim', 'announc', 'report', 'celebrat'],
  fr: ['revendiqu', 'annonc', 'rapport'],
  de: ['meld', 'gemeldet', 'beanspruch', 'verkund', 'reklamier'],
  es: ['reivindic', 'anunci', 'celebr', 'report'],
};

/**
 * Verbs by which a side takes an attack as its own: "an attack claimed by al-Qaeda", "une attaque
 * revendiquée par l'EI", "un ataque reivindicado por el ELN", "ein von der PKK reklamierter Anschlag".
 */
export const RESPONSIBILITY_VERBS: Stems = {
  en: ['claim'],
  fr: ['revendiqu'],
  de: ['reklamier'],
  es: ['reivindic'],
};

/**
 * Verbs by which a side takes "responsibility for" an act: "claimed / took / assumed
 * responsibility", "a revendiqué / assumé la responsabilité", "übernahm die Verantwortung",
 * "asumió la responsabilidad", "se atribuyó la autoría". Not denying or rejecting it, a denial.
 */
export const TAKE_RESPONSIBILITY_VERBS: Stems = {
  en: ['claim', 'take', 'took$', 'taken$', 'taking$', 'assum', 'accept', 'admit'],
  fr: ['revendiqu', 'assum', 'endoss', 'reconn', 'prend', 'pris$'],
  de: ['ubernahm', 'ubernomm', 'ubernehm', 'ubernimmt', 'reklamier', 'beanspruch'],
  es: ['reivindic', 'asum', 'acept', 'reconoc', 'atribu'],
};

/**
 * German "sich bekennen zu", owning up to an act: "Der IS bekannte sich zu dem Anschlag". Only
 * with "sich" and "zu": "bekannt" alone is "known".
 */
export const OWN_UP_VERBS: Stems = {
  en: [],
  fr: [],
  de: ['bekenn', 'bekannte$', 'bekannten$', 'bekannt$'],
  es: [],
};

/**
 * Verbs by which one side puts an act on another: "blamed the attack on the Houthis", "a imputé /
 * attribué l'attaque au JNIM", "culpó a Hezbolá del ataque", "wird der Hamas zugeschrieben".
 */
export const BLAME_VERBS: Stems = {
  en: ['blam', 'attribut'],
  fr: ['imput', 'attribu'],
  de: ['zuschreib', 'zuschrieb', 'zugeschrieb', 'anlast', 'angelastet'],
  es: ['culp', 'atribu', 'achac', 'imput', 'responsabiliz'],
};

/**
 * Whom a verb of blaming puts an act on: "blamed on", "attributed to", "attribuée au", "atribuido
 * a". German names them in the dative, with no marker.
 */
export const BLAMED_ON: Stems = {
  en: ['on$', 'to$'],
  fr: ['a$', 'au$', 'aux$'],
  de: [],
  es: ['a$', 'al$'],
};

/**
 * What a side is blamed or held responsible for: "for", "de", "für", "de", "por"; French and
 * Spanish take responsibility "in" it too ("toute responsabilité dans l'attaque").
 */
export const BLAMED_FOR: Stems = {
  en: ['for$'],
  fr: ['de$', 'du$', 'des$', "d'$", 'pour$', 'dans$'],
  de: ['fur$'],
  es: ['de$', 'del$', 'por$', 'en$'],
};

/** "responsible", as one holds a side for an act: "responsable", "verantwortlich". */
export const RESPONSIBLE_WORDS: Stems = {
  en: ['responsible$'],
  fr: ['responsable$', 'responsables$'],
  de: ['verantwortlich$'],
  es: ['responsable$', 'responsables$'],
};

/**
 * Verbs that hold a side responsible: "held Russia responsible", "tient le JNIM pour
 * responsable", "machte die Hisbollah für den Angriff verantwortlich", "considera responsable a".
 */
export const HOLD_RESPONSIBLE_VERBS: Stems = {
  en: ['hold', 'held$', 'consider'],
  fr: ['tien', 'tenu', 'jug', 'consider'],
  de: ['mach', 'gemacht$'],
  es: ['consider', 'hac', 'hizo$', 'hicieron$'],
};

/**
 * Nouns of taking a place: "the capture of El Fasher by the RSF", "la prise
 * d'El-Fasher", "die Einnahme von Al-Faschir", "la toma de El Fasher".
 */
export const CAPTURE_NOUNS: Stems = {
  en: ['capture$', 'seizure$', 'takeover$', 'conquest$', 'recapture$', 'occupation$'],
  fr: ['prise$', 'capture$', 'conquete$', 'reprise$', 'occupation$'],
  de: ['einnahme$', 'eroberung$', 'ruckeroberung$', 'besetzung$', 'ubernahme$'],
  es: ['toma$', 'captura$', 'conquista$', 'reconquista$', 'ocupacion$'],
};

/**
 * Verbs that take control only when their object is a noun of control:
 * "gained control of", "a établi son contrôle sur", "die Kontrolle über …
 * gewonnen", "asumió el control de".
 */
export const GAIN_VERBS: Stems = {
  en: ['gain', 'regain', 'assum', 'establish', 'wrest', 'took$', 'take', 'taken$'],
  fr: ['gagn', 'etabli', 'assum', 'saisi', 'repris', 'reprend'],
  de: ['gewonn', 'gewinn', 'gewann', 'erlangt', 'ubernahm', 'ubernomm', 'ubernehm'],
  es: ['gan', 'asum', 'establec', 'tom', 'hizo$', 'hicieron$', 'recuper'],
};

/** Nouns of armed conflict; with a named enemy ("contre", "against", "on") they state a war. */
export const WAR_NOUNS: Stems = {
  en: [
    'war$',
    'wars$',
    'offensive',
    'invasion$',
    'aggression$',
    'attack',
    'strike',
    'operation',
    'campaign',
    'raid',
    'assault',
    'bombing',
    'bombardment',
    'fighting$',
    'hostilit',
    'fire$',
    'defeat',
    'ambush',
    // Ground won from an enemy: "gains against junta forces", "advances against the army".
    'gains$',
    'advance$',
    'advances$',
    'counteroffensive',
    'counter-offensive',
    'incursion',
  ],
  fr: [
    'guerre$',
    'offensive',
    'invasion$',
    'agression',
    'attaque',
    'frappe',
    'operation',
    'campagne',
    'raid',
    'assaut',
    'bombardement',
    'combats$',
    'hostilit',
    'tirs$',
    'defaite',
    'embuscade',
    'attentat',
    'avancee$',
    'avancees$',
    'contre-offensive',
    'incursion',
  ],
  de: [
    'krieg$',
    'krieges$',
    'angriffskrieg$',
    'angriffskrieges$',
    'offensive',
    'invasion$',
    'einmarsch',
    'uberfall',
    'aggression',
    'angriff',
    'luftangriff',
    'attacke',
    'schlag',
    'operation',
    'einsatz',
    'bombardierung',
    'kampfe$',
    'kampfen$',
    'beschuss',
    'niederlage',
    'hinterhalt',
    'anschlag',
    'vormarsch$',
    'gelandegewinne$',
    'gegenoffensive',
  ],
  es: [
    'guerra$',
    'ofensiva',
    'invasion$',
    'agresion',
    'ataque',
    'bombardeo',
    'operacion',
    'campana',
    'incursion',
    'asalto',
    'combates$',
    'hostilidad',
    'fuego$',
    'disparos$',
    'derrota',
    'emboscada',
    'atentado',
    'avance$',
    'avances$',
    'contraofensiva',
  ],
};

/**
 * Attacks, which have an author and a victim: not operations or offensives, in which allies die
 * too ("killed in an attack by Boko Haram", "tués dans une attaque du JNIM").
 */
export const ATTACK_NOUNS: Stems = {
  en: ['attack', 'assault', 'ambush', 'raid', 'strike', 'bombing', 'shelling', 'fire$', 'gunfire$'],
  fr: ['attaque', 'assaut', 'embuscade', 'raid', 'frappe', 'attentat', 'bombardement', 'tirs$'],
  de: ['angriff', 'anschlag', 'hinterhalt', 'uberfall', 'beschuss', 'bombardierung'],
  es: ['ataque', 'asalto', 'emboscada', 'incursion', 'atentado', 'bombardeo', 'disparos$'],
};

/**
 * Nouns of fighting that a light verb turns into fighting: "engaged in combat",
 * "entered the fight", "participent aux combats", "an Kämpfen beteiligt", "participar en los combates".
 */
export const COMBAT_NOUNS: Stems = {
  en: ['combat$', 'fight$', 'fighting$', 'battle$', 'battles$', 'hostilities$'],
  fr: ['combat$', 'combats$', 'bataille', 'hostilites$'],
  de: ['kampf$', 'kampfe$', 'kampfen$', 'kampfhandlungen$', 'gefecht', 'schlacht$'],
  es: ['combate$', 'combates$', 'batalla', 'hostilidades$'],
};

/**
 * Fire that a verb of opening turns into fighting: "opened fire on", "ont ouvert le feu sur",
 * "das Feuer auf … eröffnet", "abrieron fuego contra".
 */
export const FIRE_NOUNS: Stems = {
  en: ['fire$'],
  fr: ['feu$'],
  de: ['feuer$'],
  es: ['fuego$'],
};

/** The verbs that open that fire. */
export const OPENING_VERBS: Stems = {
  en: ['open'],
  fr: ['ouvr', 'ouvert'],
  de: ['eroffn'],
  es: ['abri', 'abiert'],
};

/**
 * Struggles that are fights only against an armed enemy: "sa lutte contre les jihadistes" (but
 * "une lutte contre Google"), "su lucha contra los yihadistas".
 */
export const STRUGGLE_NOUNS: Stems = {
  en: [],
  fr: ['lutte$'],
  de: [],
  es: ['lucha$'],
};

/**
 * The start of an event: "since the start of the ground operation in Gaza", "depuis le début de
 * l'offensive", "seit Beginn der Offensive", "desde el inicio de la operación".
 */
export const START_NOUNS: Stems = {
  en: ['start$', 'beginning$', 'outbreak$', 'onset$', 'launch$'],
  fr: ['debut$', 'declenchement$', 'lancement$'],
  de: ['beginn$', 'anfang$', 'start$', 'ausbruch$'],
  es: ['inicio$', 'comienzo$', 'principio$', 'estallido$'],
};

/** Nouns of clashes between sides: "clashes with", "affrontements avec", "Gefechte mit", "enfrentamientos con". */
export const CLASH_NOUNS: Stems = {
  en: [
    'clash',
    'conflict$',
    'fighting$',
    'war$',
    'hostilit',
    'battle',
    'gunfight',
    'firefight',
    'shootout',
    'skirmish',
    // "an encounter with Abu Sayyaf": the Philippine and Indian press's word for a firefight.
    'encounter$',
    'encounters$',
  ],
  fr: [
    'affrontement',
    'accrochage',
    'bataille',
    'conflit$',
    'combat',
    'guerre$',
    'heurt',
    'fusillade',
    'escarmouche',
    'echauffouree',
  ],
  de: [
    'gefecht',
    'schlacht',
    'zusammensto',
    // Plural only: "die Auseinandersetzung" is as often a dispute as a fight.
    'auseinandersetzungen$',
    'konflikt$',
    'konflikts$',
    'kampf',
    'krieg$',
    'krieges$',
    'schusswechsel',
    'scharmutzel',
  ],
  es: [
    'enfrentamiento',
    'choque',
    'batalla',
    'conflicto$',
    'combate',
    'guerra$',
    'tiroteo',
    'balacera',
    'escaramuza',
    'refriega',
  ],
};

/** Verbs of blows given both ways: "trading attacks", "ont échangé des tirs", "liefern sich Gefechte". */
export const EXCHANGE_VERBS: Stems = {
  en: ['trad', 'exchang'],
  fr: ['echang'],
  de: ['liefer', 'geliefert', 'austausch', 'getauscht'],
  es: ['intercambi'],
};

/**
 * Verbs by which a clash sets its sides against each other: "des combats ont opposé l'armée à
 * Boko Haram", "los combates enfrentaron al ejército con el ELN", "clashes pitting X against Y".
 */
export const OPPOSE_VERBS: Stems = {
  en: ['pit$', 'pits$', 'pitted$', 'pitting$'],
  fr: ['oppos'],
  de: [],
  es: ['enfrent'],
};

/** Case markers of the other side of a clash. */
export const WITH: Stems = {
  en: ['with$', 'between$'],
  fr: ['avec$', 'entre$'],
  de: ['mit$', 'zwischen$'],
  es: ['con$', 'entre$'],
};

/** "Between" alone: two sides named together. */
export const BETWEEN: Stems = {
  en: ['between$'],
  fr: ['entre$'],
  de: ['zwischen$'],
  es: ['entre$'],
};

/** What belongs to a side and is attacked: "Houthi targets", "positions arméniennes", "Stellungen". */
export const TARGET_NOUNS: Stems = {
  en: [
    'target',
    'position',
    'base',
    'ship',
    'vessel',
    'drone',
    'missile',
    'rocket',
    'convoy',
    'outpost',
    'fighter',
    'militant',
    'commander',
    'infrastructure',
    'facilit',
    'warship',
    'headquarter',
    'barrack',
    'checkpoint',
    // Warships and armour: "the American aircraft carrier", "a Russian tank".
    'destroyer',
    'frigate',
    'carrier',
    'corvette',
    'submarine',
    'gunboat',
    'tank',
    'patrol',
  ],
  fr: [
    'cible',
    'position',
    'base',
    'navire',
    'drone',
    'missile',
    'roquette',
    'convoi',
    'combattant',
    'commandant',
    'infrastructure',
    'installation',
    'quartier',
    'caserne',
    'porte-avion',
    'fregate',
    'destroyer',
    'corvette',
    'sous-marin',
    'char$',
    'chars$',
    'patrouille',
  ],
  de: [
    'ziel',
    'stellung',
    'stutzpunkt',
    'schiff',
    'drohne',
    'rakete',
    'konvoi',
    'kampfer',
    'kommandeur',
    'infrastruktur',
    'einrichtung',
    'hauptquartier',
    'kaserne',
    'kontrollpunkt',
    'checkpoint',
    'kriegsschiff',
    'zerstorer',
    'fregatte',
    'flugzeugtrager',
    'korvette',
    'u-boot',
    'panzer',
    'patrouille',
  ],
  es: [
    'objetivo',
    'posicion',
    'base',
    'buque',
    'barco',
    'dron',
    'misil',
    'cohete',
    'convoy',
    'combatiente',
    'comandante',
    'infraestructura',
    'instalacion',
    'cuartel',
    'reten$',
    'retenes$',
    'portaaviones',
    'destructor',
    'fragata',
    'corbeta',
    'submarino',
    'tanque',
    'patrulla',
  ],
};

/** Verbs that fight only with a reflexive clitic: "se battre" fights, "battre l'Espagne" wins a match. */
export const REFLEXIVE_FIGHT_VERBS: Stems = {
  en: [],
  fr: ['batt'],
  de: [],
  es: ['bati'],
};

/** The target's marker after a reflexive verb of fighting: "s'attaquer à", "enfrentarse a". */
export const REFLEXIVE_TARGET: Stems = {
  en: [],
  fr: ['a$', 'au$', 'aux$'],
  de: [],
  es: ['a$', 'al$'],
};

/**
 * English phrasal verbs of fighting off, with their particle: "beat back", "fended off". They
 * also beat a rival at sport or in a vote, so they fight only an attack or armed men
 * (conflict-frames.ts). Not "held off", which also means put off.
 */
export const FIGHTING_OFF: Stems = {
  en: [
    'beat back$',
    'beaten back$',
    'beating back$',
    'fight off$',
    'fought off$',
    'fighting off$',
    'fend off$',
    'fended off$',
    'fending off$',
    'drove back$',
    'driven back$',
  ],
  fr: [],
  de: [],
  es: [],
};

/**
 * Fighting off an attack: "repelled", "beat back", "fought off", "repoussé", "zurückgeschlagen",
 * "repelió", "rechazó".
 */
export const REPEL_VERBS: Stems = {
  en: ['repel', 'repuls', ...FIGHTING_OFF.en],
  fr: ['repouss'],
  // "schlug … zurück": the separated particle read whole gives "zurückschlug".
  de: ['zuruckschlag', 'zuruckschlug', 'zuruckgeschlagen', 'abgewehrt', 'abwehr'],
  es: ['repel', 'rechaz'],
};

/**
 * An ambush laid for someone: "tendu une embuscade à l'armée", "tendieron una emboscada a una
 * patrulla", "laid an ambush for the convoy". The ambushed hang on the verb of laying or on the
 * ambush, marked as its receiver (`AMBUSHED`).
 */
export const AMBUSH_NOUNS: Stems = {
  en: ['ambush'],
  fr: ['embuscade'],
  de: ['hinterhalt'],
  es: ['emboscada'],
};

/** The verbs that lay an ambush: "laid", "set", "tendre", "tender". */
export const LAY_VERBS: Stems = {
  en: ['lay$', 'lays$', 'laid$', 'laying$', 'set$', 'sets$', 'setting$'],
  fr: ['tend'],
  de: [],
  es: ['tend', 'tiend'],
};

/**
 * Verbs of running into an ambush, whose subject is its target: "fell into", "drove into", "caught
 * in", "tombée dans", "pris dans", "cayó en", "geriet in".
 */
export const FALL_INTO_VERBS: Stems = {
  en: ['fell$', 'fall$', 'falls$', 'fallen$', 'ran$', 'run$', 'drove$', 'walked$', 'caught$'],
  fr: ['tomb', 'pris$', 'prise$', 'prises$'],
  de: ['geriet$', 'gerieten$', 'geraten$', 'gerat$'],
  es: ['cay', 'cae$', 'caen$', 'caido$', 'caida$', 'atrapad'],
};

/** Verbs of luring into an ambush, whose object is its target: "lured", "attiré", "lockten", "atrajeron". */
export const LURE_VERBS: Stems = {
  en: ['lur'],
  fr: ['attir'],
  de: ['lock', 'gelockt$'],
  es: ['atra'],
};

/**
 * Forcing one's way into a country: "broke into", "penetrated", "ont pénétré dans", "irrumpieron
 * en", "drangen in … ein", "eingedrungen". Unlike "entered" or "arrived", no guest does it.
 */
export const BREAK_IN_VERBS: Stems = {
  en: ['broke$', 'break$', 'breaks$', 'breaking$', 'penetrat'],
  fr: ['penetr'],
  de: ['eindr', 'eingedrungen$'],
  es: ['irrump', 'penetr'],
};

/**
 * Verbs of answering fire: "returned fire", "a riposté aux tirs de", "respondió al fuego de",
 * "erwiderte das Feuer". They answer words as often ("riposté aux critiques"): only fire or an
 * attack answered makes them fighting, or, for French "riposter" alone, an armed side answered.
 */
export const ANSWER_VERBS: Stems = {
  en: ['return', 'answer'],
  fr: ['ripost', 'repond'],
  de: ['erwider', 'erwidert'],
  es: ['respond', 'contest', 'replic'],
};

/** Verbs of answering that are armed by themselves: "l'armée a riposté contre Boko Haram". */
export const RIPOSTE_VERBS: Stems = {
  en: [],
  fr: ['ripost'],
  de: [],
  es: [],
};

/** Whom an ambush is laid for: "for", "à", "a". */
export const AMBUSHED: Stems = {
  en: ['for$'],
  fr: ['a$', 'au$', 'aux$'],
  de: [],
  es: ['a$', 'al$'],
};

/** A side's stronghold: "stronghold", "bastion", "fief", "Hochburg", "bastión", "feudo". */
export const STRONGHOLD_NOUNS: Stems = {
  en: ['stronghold', 'bastion'],
  fr: ['fief$', 'fiefs$', 'bastion'],
  de: ['hochburg', 'bastion'],
  es: ['bastion', 'feudo$', 'feudos$', 'baluarte'],
};

/**
 * Overthrowing a government or a ruler, the aim of a fight: "to topple", "overthrow", "oust",
 * "pour renverser", "um … zu stürzen", "para derrocar".
 */
export const OVERTHROW_VERBS: Stems = {
  en: ['toppl', 'overthr', 'oust'],
  fr: ['renvers'],
  de: ['sturz'],
  es: ['derroc'],
};

/**
 * Verbs of aiming an attack at something, which alone wage no war ("les sanctions visent la
 * Russie"): "l'attaque qui a visé le camp", "der Angriff, der auf das Lager zielte".
 */
export const AIM_VERBS: Stems = {
  en: ['aimed$'],
  fr: [
    'vise$',
    'visent$',
    'visee$',
    'vises$',
    'visees$',
    'visait$',
    'visaient$',
    'visant$',
    'dirigee$',
    'diriges$',
    'dirigees$',
  ],
  de: ['zielt$', 'zielen$', 'zielte$', 'zielten$', 'gezielt$', 'gerichtet$'],
  es: ['apunto$', 'dirigido$', 'dirigida$', 'dirigidos$', 'dirigidas$'],
};

/**
 * Verbs of a force leaving a place it was in: "withdrew from Mali", "se retire du Mali", "aus
 * Mali abziehen", "se retira de Malí".
 */
export const WITHDRAW_VERBS: Stems = {
  en: ['withdraw', 'withdrew$', 'pull out$', 'pulled out$', 'pulling out$'],
  fr: ['retir'],
  de: ['abzieh', 'abgezogen$', 'abzuziehen$', 'zog$', 'zogen$', 'ziehen$', 'zieht$'],
  es: ['retir'],
};

export const FIGHT_VERBS: Stems = {
  en: [
    'fight',
    'fought$',
    'attack',
    'invad',
    'battl',
    'strik',
    'struck$',
    'shell',
    'clash',
    'bomb',
    'target',
    'shot$',
    'shoot',
    'intercept',
    'ambush',
    'counter',
    'repel',
    'repuls',
    ...FIGHTING_OFF.en,
    'raid',
    'fired$',
    'fire$',
    'launched$',
    'storm',
    'assault',
  ],
  fr: [
    'combatt',
    'combat$',
    'combats$',
    'attaqu',
    'envah',
    'bombard',
    'frapp',
    'lutt',
    'affront',
    'cibl',
    'abatt',
    'intercept',
    'pilonn',
    'contrer$',
    'contre$',
    'contrent$',
    'repouss',
    'tire$',
    'tirent$',
    'tiraient$',
    'tire',
  ],
  de: [
    'kampf',
    'gekampft',
    'bekampf',
    'angegriffen',
    'angreif',
    // "als sie … angriffen": a separable verb written whole at the end of a subordinate clause.
    'angriff',
    'greif',
    'griff',
    'uberfall',
    // "überfielen einen Konvoi": the past of "überfallen" changes its vowel.
    'uberfiel',
    'bombardier',
    'beschoss',
    'beschie',
    'abgeschossen',
    'schoss',
    'attackier',
    'abgefangen',
    'abfang',
    'abfing',
    'abwehr',
    'zuruckschlag',
    'zuruckschlug',
    'zuruckgeschlagen',
    'feuert',
    'gefeuert',
    'abgefeuert',
  ],
  es: [
    'combat',
    'luch',
    'atac',
    'invad',
    'invadi',
    'bombarde',
    'enfrent',
    'derrib',
    'intercept',
    'golpe',
    'contrarrest',
    'repel',
    'rechaz',
    'dispar',
    'lanz',
    'embosc',
  ],
};

/**
 * Verbs of driving a force off ground by arms: "dislodged the Ukrainian troops", "routed",
 * "déloger", "vertreiben". They fight only a force. Verbs a government also uses of foreign troops
 * it sends home are left out: "expel", "force out", "drive out", "desalojar" ("l'armée malienne
 * avait expulsé les troupes françaises", "Níger desalojó a las tropas francesas").
 */
export const EXPEL_VERBS: Stems = {
  en: ['dislodg', 'rout$', 'routed$', 'routs$', 'routing$'],
  fr: ['delog'],
  de: ['vertreib', 'vertrieb', 'verdrang', 'zuruckgedrang', 'zuruckzudrang', 'zuruckdrang'],
  es: [],
};

/** Flight a force is put to: "in die Flucht geschlagen", "mis en fuite", "puesto en fuga", "put to flight". */
export const FLIGHT_NOUNS: Stems = {
  en: ['flight$'],
  fr: ['fuite$'],
  de: ['flucht$'],
  es: ['fuga$'],
};

/** Verbs that drive a force off only with "out" or "back": "pushed … out of", "drängten … zurück". */
export const PUSH_VERBS: Stems = {
  en: ['push'],
  fr: [],
  de: ['drang'],
  es: [],
};

/** Verbs of judging a war from outside: who condemns a war, or blames it on someone, does not wage it. */
export const CONDEMN_VERBS: Stems = {
  en: ['condemn', 'denounc', 'criticis', 'criticiz', 'deplor', 'blam'],
  fr: ['condamn', 'denonc', 'critiqu', 'deplor', 'fustig', 'imput'],
  de: ['verurteil', 'kritisier', 'anprangert', 'beklagt'],
  es: ['conden', 'denunci', 'critic', 'deplor', 'culp'],
};

/**
 * Case markers of the enemy ("contre", "against", "gegen", "contra"). French "face à" and Spanish
 * "frente a" are not: missiles fired "face au Japon" or a ship "frente a Yemen" face a coast.
 */
export const AGAINST: Stems = {
  en: ['against$', 'on$', 'at$'],
  fr: ['contre$', 'sur$'],
  de: ['gegen$', 'auf$'],
  es: ['contra$', 'sobre$'],
};

/** Where a weapon is aimed: "towards Israel", "vers Israël", "in Richtung Israel", "hacia Israel". */
export const TOWARDS: Stems = {
  en: ['toward$', 'towards$'],
  fr: ['vers$', 'en direction'],
  de: ['richtung$', 'in richtung'],
  es: ['hacia$', 'en direccion'],
};

/** Case markers of the ally ("pour", "alongside", "an der Seite", "junto a"). */
export const FOR_SIDE: Stems = {
  en: ['for$', 'alongside$', 'on behalf of$', 'behalf of$'],
  fr: ['pour$', 'avec$', 'aux cotes de$', 'aux cotes des$', 'au cote de$', 'pour le compte de$'],
  de: ['fur$', 'an$', 'mit$', 'an der$'],
  es: ['por$', 'con$', 'junto a$', 'junto al$', 'al lado de$', 'del lado de$'],
};

export const MILITARY_AID_NOUNS: Stems = {
  en: ['aid$', 'support$', 'backing$', 'assistance$', 'help$'],
  fr: ['aide$', 'soutien$', 'appui$', 'assistance$'],
  de: ['militarhilfe', 'waffenhilfe', 'hilfe$', 'unterstutzung$', 'militarische'],
  es: ['ayuda$', 'apoyo$', 'respaldo$', 'asistencia$'],
};

/** Verbs of having a side's support: "cuenta con el apoyo de", "bénéficie du soutien de", "genießt". */
export const ENJOY_VERBS: Stems = {
  en: ['has$', 'have$', 'had$', 'enjoy', 'receiv', 'got$', 'gets$'],
  fr: ['benefici', 'a$', 'ont$', 'avait$', 'recoi', 'recu', 'dispos'],
  de: ['genies', 'geniess', 'genoss', 'hat$', 'haben$', 'hatte$', 'erhalt', 'bekomm'],
  es: ['cuenta$', 'cuentan$', 'contaba', 'tiene$', 'tienen$', 'tenia', 'goza', 'recib'],
};

/** Verbs that give support as their object: "dar apoyo a", "apporter son soutien à", "Unterstützung leisten". */
export const LEND_VERBS: Stems = {
  en: ['give', 'gave$', 'given$', 'provid', 'lend', 'lent$', 'offer', 'send', 'sent$'],
  fr: ['apport', 'fourn', 'offr', 'prete', 'preter', 'pretent', 'envo'],
  de: ['leist', 'gewahr', 'bietet', 'boten$', 'bot$', 'schick'],
  es: [
    'dar$',
    'da$',
    'dan$',
    'daba',
    'dio$',
    'dieron$',
    'prest',
    'brind',
    'ofrec',
    'proporcion',
    'envi',
  ],
};

/** Verbs of backing a side: military when an armed force gives or gets it, or arms come with it. */
export const BACK_VERBS: Stems = {
  en: ['back$', 'backs$', 'backed$', 'backing$', 'support', 'reinforc'],
  fr: ['soutien', 'soutenu', 'souten', 'appui', 'appuy', 'renforc'],
  de: ['unterstutz', 'verstark'],
  es: ['apoy', 'respald', 'reforz', 'refuerz'],
};

/**
 * Arming a side, military support by its very word: "Rwanda arms the M23", "le Rwanda arme le
 * M23", "Ruanda bewaffnet die M23", "Ruanda arma al M23". Verbs only: "armed groups", "une arme",
 * "un arma" are none.
 */
export const ARM_VERBS: Stems = {
  en: ['arm$', 'arms$', 'armed$', 'arming$'],
  fr: ['arme$', 'arment$', 'armait$', 'armaient$', 'armer$'],
  de: ['bewaffn'],
  es: ['arma$', 'arman$', 'armo$', 'armaron$', 'armaba$', 'armaban$', 'armar$'],
};

/**
 * Verbs of training: training a side's troops backs it militarily ("the United States trained
 * Ukrainian troops", "la France a formé des soldats maliens", "Sicherheitskräfte ausbilden",
 * "entrenó a soldados ucranianos"). Only with troops as their object: "former un gouvernement" is
 * no training. German also splits "bildete … aus".
 */
export const TRAIN_VERBS: Stems = {
  en: ['train$', 'trains$', 'trained$', 'training$'],
  fr: ['form'],
  de: ['ausbild', 'ausgebild', 'auszubild'],
  es: ['entren', 'adiestr'],
};

/** Backing in the field, military whoever gives it: "BIFF members reinforced the Daulah Islamiyah". */
export const REINFORCE_VERBS: Stems = {
  en: ['reinforc'],
  fr: ['renforc'],
  de: ['verstark'],
  es: ['reforz', 'refuerz'],
};

/** Armed groups named by what they are: backing them is military support. */
export const ARMED_GROUP_NOUNS: Stems = {
  en: [
    'militia',
    'rebel',
    'paramilitar',
    'jihadist',
    'insurgent',
    'guerrilla',
    'separatist',
    'gang$',
    'gangs$',
    'gangster',
  ],
  fr: [
    'milice',
    'rebelle',
    'paramilitaire',
    'djihadiste',
    'jihadiste',
    'insurge',
    'guerilla',
    'separatiste',
    'gang$',
    'gangs$',
  ],
  de: [
    'miliz',
    'rebellen',
    'paramilitar',
    'dschihadist',
    'aufstandisch',
    'guerilla',
    'separatist',
    'gang$',
    'gangs$',
    'bande$',
    'banden$',
  ],
  es: [
    'milicia',
    'rebelde',
    'paramilitar',
    'yihadista',
    'insurgente',
    'guerrilla',
    'separatista',
    'pandill',
    'mareros$',
    // "la banda El Tren de Aragua", "bandas criminales": the Spanish press's gang.
    'banda$',
    'bandas$',
  ],
};

/**
 * Men of an armed group the text calls by what they do, not by name: "the militants", "les
 * assaillants", "die Angreifer", "los terroristas" (with the armed-group nouns, the one group the
 * article has named).
 */
export const FIGHTER_NOUNS: Stems = {
  en: ['militant', 'attacker', 'assailant', 'gunm', 'terrorist', 'islamist', 'extremist'],
  fr: ['assaillant', 'agresseur', 'terroriste', 'islamiste', 'extremiste'],
  de: ['angreifer', 'terrorist', 'islamist', 'extremist'],
  es: ['atacante', 'asaltante', 'agresor', 'terrorista', 'islamista', 'extremista'],
};

/** Words that make a group armed: "groupe armé", "Islamist group", "bewaffnete Gruppe", "grupo terrorista". */
export const ARMED_WORDS: Stems = {
  en: ['armed$', 'islamist', 'terrorist', 'militant$'],
  fr: ['arme$', 'armes$', 'armee$', 'armees$', 'islamiste', 'terroriste'],
  de: ['bewaffnet', 'islamist', 'terror'],
  es: ['armad', 'islamista', 'terrorista'],
};

/** Arms, whose giving makes support military ("mit Waffenlieferungen", "with weapons"). */
export const WEAPON_WORDS: Stems = {
  en: ['arms$', 'weapon', 'munition', 'ammunition'],
  fr: ['arme$', 'armes$', 'armement', 'munition'],
  de: ['waffe', 'munition', 'rustung'],
  es: ['arma$', 'armas$', 'armamento', 'municion'],
};

export const MILITARY_WORDS: Stems = {
  en: ['military$', 'militarily$', 'defence$', 'defense$', 'armed$'],
  fr: ['militaire$', 'militairement$', 'armee$'],
  de: ['militarisch', 'militar'],
  es: ['militar$', 'militares$', 'militarmente$', 'armado$'],
};

/**
 * Silence kept: "silent", "silencieuses", "muette", "schweigt", "Schweigen", "guarda silencio",
 * "callado". Keeping it is not commenting (stance-frames.ts).
 */
export const SILENCE_WORDS: Stems = {
  en: ['silent$', 'silence$'],
  fr: ['silenc', 'muet', 'taisent$', 'taire$'],
  de: ['schweig', 'schwieg', 'geschwiegen$', 'stillschweig'],
  es: ['silencio', 'callad', 'callan$', 'callo$', 'callaron$'],
};

/**
 * Verbs that keep a silence or stay in it ("remained silent", "gardent le silence", "hüllen sich
 * in Schweigen", "permanecen en silencio"); breaking one ("broke its silence") is not among them.
 */
export const KEEP_SILENCE_VERBS: Stems = {
  en: ['remain', 'kept$', 'keep', 'stay', 'maintain', 'fell$', 'fallen$'],
  fr: ['rest', 'gard', 'demeur', 'observ', 'mur', 'enferm', 'maint'],
  de: ['bleib', 'blieb', 'hull', 'wahr', 'bewahr'],
  es: ['guard', 'manten', 'mantien', 'manteni', 'permanec', 'qued'],
};

export const REACT_VERBS: Stems = {
  en: ['react', 'comment', 'respond', 'repl', 'answer', 'reached$'],
  fr: ['reagi', 'comment', 'repond', 'prononc', 'joint$', 'joints$', 'jointe$', 'communique$'],
  de: [
    'reagier',
    'kommentier',
    'auser',
    'geauser',
    'aussert',
    'geaussert',
    'antwort',
    'stellung',
    'erreicht$',
  ],
  es: ['reaccion', 'comentar', 'coment', 'respond', 'pronunci', 'contactad', 'localizad'],
};

/** Verbs of saying, whose object "nothing" is no comment: "said nothing about", "n'a rien dit de". */
export const SAY_VERBS: Stems = {
  en: ['said$', 'say$', 'says$'],
  fr: ['dit$', 'dire$', 'disent$'],
  de: ['sag', 'gesagt$'],
  es: ['dij', 'dice$', 'dicen$', 'decir$', 'dicho$'],
};

/** Nouns of answering: "no response from the RSF", "aucune réaction de Moscou", "keine Stellungnahme". */
export const COMMENT_NOUNS: Stems = {
  en: ['response$', 'comment$', 'reaction$', 'reply$', 'information$', 'confirmation$', 'figures$'],
  fr: ['reaction$', 'commentaire$', 'reponse$', 'information$', 'informations$', 'confirmation$'],
  de: [
    'stellungnahme$',
    'reaktion$',
    'antwort$',
    'kommentar$',
    'angaben$',
    'informationen$',
    'bestatigung$',
  ],
  es: ['respuesta$', 'comentario$', 'reaccion$', 'informacion$', 'confirmacion$', 'cifras$'],
};

/** Determiners that deny their noun: "no response", "aucune réaction", "ninguna respuesta". */
export const NO_DETERMINERS: Stems = {
  en: ['no$'],
  fr: ['aucun', 'nul$', 'nulle$'],
  de: ['kein'],
  es: ['ningun', 'ninguna$'],
};

export const DECLINE_VERBS: Stems = {
  en: ['declin', 'refus'],
  fr: ['refus', 'declin'],
  de: ['lehnt', 'lehnte', 'abgelehnt', 'verweiger'],
  es: ['rehus', 'neg', 'declin', 'rechaz'],
};

/** Verbs of receiving: the giver is the "from" phrase ("a reçu des missiles de l'Iran"). */
export const RECEIVE_VERBS: Stems = {
  en: ['receiv', 'obtain', 'acquir', 'bought$', 'buy', 'import'],
  fr: ['recu', 'recoi', 'recev', 'obten', 'obtenu', 'acquis', 'achet', 'import'],
  de: ['erhalt', 'erhielt', 'bekomm', 'gekauft', 'kauft', 'importier', 'bezieh', 'bezog'],
  es: ['recib', 'obtuv', 'obten', 'adquir', 'compr', 'import'],
};

/** Verbs of buying, whose seller French and Spanish mark "à" / "a" ("acheté à l'Iran"). */
export const BUY_VERBS: Stems = {
  en: ['bought$', 'buy', 'purchas'],
  fr: ['achet', 'achat'],
  de: ['kauf', 'gekauft'],
  es: ['compr'],
};

/** The seller's marker after a verb of buying. */
export const BOUGHT_FROM: Stems = {
  en: [],
  fr: ['a$', 'au$', 'aux$'],
  de: ['bei$'],
  es: ['a$', 'al$'],
};

/** Invasions: their victim needs no "against" ("Russia's invasion of Ukraine"). */
export const INVASION_NOUNS: Stems = {
  en: ['invasion$'],
  fr: ['invasion$'],
  de: ['invasion$', 'einmarsch', 'uberfall'],
  es: ['invasion$'],
};

/** Verbs of clashing, after which "with" names the other side. */
/**
 * Verbs that fight only when troops or a force meet a side: "troops encountered 70 Abu Sayyaf
 * members", "soldiers engaged the militants" ("encountered problems", "engaged in talks" do not).
 */
export const ENGAGE_VERBS: Stems = {
  en: ['encounter', 'engage$', 'engaged$', 'engages$', 'engaging$'],
  fr: ['accroch'],
  de: [],
  es: [],
};

export const CLASH_VERBS: Stems = {
  en: ['clash', 'fought$', 'fight'],
  fr: ['affront', 'heurt', 'accroch'],
  de: ['zusammengestosen', 'zusammengestossen', 'gefochten'],
  es: ['enfrent', 'choc'],
};

/** Verbs of warning of, fearing or avoiding what has not happened: "warned of a war with NATO". */
export const FEAR_VERBS: Stems = {
  en: ['warn', 'fear', 'avoid', 'risk', 'prevent', 'avert'],
  fr: ['craign', 'craint', 'evit', 'redout', 'risqu', 'prevenir', 'previen'],
  de: ['warn', 'furcht', 'befurcht', 'vermeid', 'verhinder', 'riskier'],
  es: ['advirt', 'advier', 'tem', 'evit', 'arriesg', 'preven', 'previn'],
};

/**
 * Clashes, which have two sides and never a side fought beside: "with" after them names the other
 * side ("Gefechte mit afghanischen Truppen", "se sont affrontés avec"), unlike after "combat".
 */
export const SKIRMISH_NOUNS: Stems = {
  en: ['clash', 'skirmish'],
  fr: ['affrontement', 'accrochage', 'heurt'],
  de: ['gefecht', 'zusammensto', 'schusswechsel'],
  es: ['enfrentamiento', 'choque', 'escaramuza'],
};

/** Fighting inside a place puts the fighters there: "soldiers fighting in Kursk" (not attacking or striking it). */
export const FIGHT_IN_VERBS: Stems = {
  en: ['fight', 'fought$', 'battling$'],
  fr: ['combatt'],
  de: ['kampf', 'gekampft'],
  es: ['combat', 'luch'],
};

/** Verbs of operating: a force operating from a place is there ("operates from Afghan territory"). */
export const OPERATE_VERBS: Stems = {
  en: ['operat'],
  fr: ['oper'],
  de: ['operier'],
  es: ['oper'],
};

/** Forces going round a place to watch it: "patrol", "patrouiller", "patrouillieren", "patrullar". */
export const PATROL_VERBS: Stems = {
  en: ['patrol'],
  fr: ['patrouill'],
  de: ['patrouill'],
  es: ['patrull'],
};

/**
 * Words of a force's presence somewhere ("operating in", "engagés à", "stationiert in", "presentes
 * en"), or of its staying there ("remain in", "restent en", "bleiben in", "permanecen en").
 */
export const PRESENCE_WORDS: Stems = {
  en: [
    'operat',
    'present$',
    'stationed$',
    'engaged$',
    'based$',
    'active$',
    'remain$',
    'remains$',
    'remained$',
    ...PATROL_VERBS.en,
    'interven',
  ],
  fr: [
    ...PATROL_VERBS.fr,
    'intervien',
    'intervenu',
    'intervenai',
    'reste$',
    'restent$',
    'restait$',
    'restaient$',
    'oper',
    'present',
    'stationne',
    'engage',
    'base$',
    'basee',
    'actif$',
    'actifs$',
    'active$',
    'actives$',
  ],
  de: [
    'operier',
    // Not "präsentierte": presented.
    'prasent$',
    'prasente$',
    'prasenten$',
    'stationiert',
    'eingesetzt',
    // Attributive too: "eine in Borno aktive Gruppe".
    'aktiv$',
    'aktive$',
    'aktiven$',
    'aktiver$',
    'aktives$',
    'bleib',
    'blieb',
    'verblieb',
    ...PATROL_VERBS.de,
    'intervenier',
  ],
  es: [
    ...PATROL_VERBS.es,
    'interven',
    'intervien',
    'intervin',
    'permanec',
    'opera',
    'presente',
    'estacionad',
    'desplegad',
    'basad',
    'activo$',
    'activos$',
    'activa$',
    'activas$',
  ],
};

/**
 * Being seen somewhere, in the passive only ("M23 rebels have been spotted in Rugari", "sont
 * signalés à Rugari"): an active "a signalé" reports, it places nobody.
 */
export const SIGHTING_WORDS: Stems = {
  en: ['spotted$', 'sighted$'],
  fr: ['signale$', 'signales$', 'signalee$', 'signalees$', 'apercu$', 'apercus$'],
  de: ['gesichtet$'],
  es: ['avistad', 'visto$', 'vistos$'],
};

/** A place that holds something: "Senaki is home to a base", "abrite", "beherbergt", "alberga". */
export const HOST_WORDS: Stems = {
  en: ['home$', 'hosts$', 'hosted$'],
  fr: ['abrite$', 'abritent$', 'abritait$', 'accueille$'],
  de: ['beherberg'],
  es: ['alberga$', 'albergan$', 'albergaba$'],
};

/** A force's base or camp: "the army's base in Rumangabo", "une base de l'armée", "Militärstützpunkt". */
export const BASE_NOUNS: Stems = {
  en: [
    'base$',
    'bases$',
    'garrison$',
    'barracks$',
    'airbase$',
    'outpost$',
    'outposts$',
    'position$',
    'positions$',
    'camp$',
    'camps$',
    'headquarters$',
    'hideout$',
    'hideouts$',
  ],
  fr: [
    'base$',
    'bases$',
    'garnison$',
    'caserne$',
    'casernes$',
    'position$',
    'positions$',
    'poste$',
    'postes$',
    'camp$',
    'camps$',
  ],
  de: [
    'stutzpunkt$',
    'stutzpunkte$',
    'militarbasis$',
    'luftwaffenbasis$',
    'kaserne$',
    'garnison$',
    'stellung$',
    'stellungen$',
    'posten$',
    'militarposten$',
  ],
  es: [
    'base$',
    'bases$',
    'guarnicion$',
    'cuartel$',
    'cuarteles$',
    'posicion$',
    'posiciones$',
    'puesto$',
    'puestos$',
    'campamento$',
    'campamentos$',
  ],
};

/** Verbs of having or holding, for "the army has a base at Rumangabo", "held positions at Buringa". */
export const HAVE_VERBS: Stems = {
  en: ['has$', 'have$', 'had$', 'maintain', 'hold$', 'holds$', 'held$', 'keep$', 'keeps$', 'kept$'],
  fr: ['a$', 'ont$', 'avait$', 'avaient$', 'dispos', 'tient$', 'tiennent$', 'tenait$', 'tenaient$'],
  de: [
    'hat$',
    'haben$',
    'hatte$',
    'hatten$',
    'unterhalt',
    'halt$',
    'halten$',
    'hielt$',
    'hielten$',
  ],
  es: ['tiene$', 'tienen$', 'tenia$', 'tenian$', 'dispon', 'mantien', 'mantenia'],
};

/** "la présence du groupe Wagner au Mali": a force's presence somewhere. */
export const PRESENCE_NOUNS: Stems = {
  en: ['presence$'],
  fr: ['presence$'],
  de: ['prasenz$', 'anwesenheit$'],
  es: ['presencia$'],
};

/** The word "war" itself: waged "in" a country, it is waged against it. */
export const WAR_ITSELF: Stems = {
  en: ['war$'],
  fr: ['guerre$'],
  de: ['krieg$', 'krieges$'],
  es: ['guerra$'],
};

/** The word "conflict": "in the conflict", "dans le conflit", "im Konflikt", "en el conflicto". */
export const CONFLICT_ITSELF: Stems = {
  en: ['conflict$'],
  fr: ['conflit$'],
  de: ['konflikt$', 'konflikts$', 'konfliktes$'],
  es: ['conflicto$'],
};

/** Verbs that declare a war: "declared war on", "a déclaré la guerre à", "erklärte den Krieg". */
export const DECLARE_VERBS: Stems = {
  en: ['declar'],
  fr: ['declar'],
  de: ['erklar'],
  es: ['declar'],
};

/**
 * Verbs of waging a war ("wage", "mener", "führen", "librar"), and the light verbs that carry
 * out strikes or make gains ("conducted air strikes against", "a réalisé des avancées contre").
 */
export const WAGE_VERBS: Stems = {
  en: [
    'wag',
    'fight',
    'fought$',
    'launch',
    'conduct',
    'made$',
    'make$',
    'making$',
    'carr',
    'perpetrat',
  ],
  fr: ['men', 'livr', 'pours', 'lanc', 'realis', 'effectu', 'condui', 'perpetr'],
  de: [
    'fuhrt',
    'gefuhrt',
    'fuhren',
    'begonnen',
    'beginn',
    'erziel',
    'durchgefuhrt',
    'verubt',
    'start',
    'gestartet',
  ],
  es: ['libr', 'lanz', 'hac', 'hiz', 'realiz', 'logr', 'llev', 'emprend', 'perpetr'],
};

/** Verbs of launching or firing a weapon: "drones launched by", "roquettes tirées par", "abgefeuert". */
export const LAUNCH_VERBS: Stems = {
  en: ['launch', 'fired$'],
  fr: ['lanc', 'tire$', 'tires$', 'tiree$', 'tirees$'],
  de: ['gestartet', 'abgefeuert'],
  es: ['lanzad', 'disparad'],
};

/**
 * Verbs that say where a place lies: "lies in", "is located in", "se situe
 * dans", "liegt in", "está situada en". `SELF_LOCATING_VERBS` say it only
 * reflexively: "se trouve", "befindet sich", "se encuentra", "se halla".
 */
export const LOCATING_VERBS: Stems = {
  en: ['lie$', 'lies$', 'lying$', 'located$', 'situated$'],
  fr: ['situe', 'localise'],
  de: ['lieg', 'gelegen$'],
  es: ['situad', 'ubicad', 'ubica$', 'ubican$'],
};

/**
 * Verbs of a body's or a force's seat: "based in", "stationed in", "basée à", "stationiert in",
 * "die in London ansässige …".
 */
export const SEAT_VERBS: Stems = {
  en: ['headquartered$', 'based$', 'stationed$'],
  fr: ['base$', 'basee', 'bases$', 'stationne'],
  de: ['stationiert$', 'ansassig'],
  es: ['estacionad', 'apostad'],
};

/** A body's seat as a noun beside it: "con sede en Londres", "avec siège à Londres". */
export const SEAT_NOUNS: Stems = {
  en: [],
  fr: ['siege$'],
  de: [],
  es: ['sede$'],
};

export const SELF_LOCATING_VERBS: Stems = {
  en: [],
  fr: ['trouv'],
  de: ['befind'],
  es: ['encuentr', 'hall'],
};

/** "X is part of Y", "fait partie de", "ist Teil von", "forma parte de". */
export const PART_NOUNS: Stems = {
  en: ['part$'],
  fr: ['partie$'],
  de: ['teil$', 'bestandteil$'],
  es: ['parte$'],
};

/** "belongs to", "appartient à", "gehört zu", "pertenece a". */
export const BELONG_VERBS: Stems = {
  en: ['belong'],
  fr: ['appartien', 'appartenai', 'appartenir$'],
  de: ['gehor'],
  es: ['pertenec'],
};

/** Words naming an alliance of groups, which its groups are members of rather than parts. */
export const ALLIANCE_WORDS: Stems = {
  en: ['alliance$', 'coalition$'],
  fr: ['alliance$', 'coalition$'],
  de: ['allianz$', 'bundnis$', 'koalition$'],
  es: ['alianza$', 'coalicion$'],
};

/** Participles of holding a place: "Houthi-held", "AA-controlled", "tenue par", "von der KIA kontrollierten". */
export const HELD_PARTICIPLES: Stems = {
  en: ['held$', 'controlled$', 'occupied$', 'manned$', 'annexed$'],
  fr: ['tenu', 'controle', 'occupe', 'annexe'],
  de: ['gehalten', 'kontrolliert', 'besetzt', 'annektiert'],
  es: ['controlad', 'ocupad', 'tomad', 'anexad', 'anexionad'],
};

/** Verbs of putting troops to use: "using North Koreans", "mobiliser des troupes", "einsetzen". */
export const EMPLOY_VERBS: Stems = {
  en: ['use$', 'uses$', 'used$', 'using$', 'employ', 'mobilis', 'mobiliz'],
  fr: ['utilis', 'employ', 'mobilis'],
  de: ['einsetz', 'eingesetzt', 'setzt', 'setzen', 'mobilisier'],
  es: [
    'usa$',
    'usan$',
    'usar$',
    'uso$',
    'usaron$',
    'usado',
    'usando',
    'usaba',
    'utiliz',
    'emple',
    'moviliz',
  ],
};

/**
 * Verbs of landing on a target, read only with strikes as their subject ("Israeli air strikes hit
 * Hezbollah positions", "une frappe israélienne a atteint", "israelische Angriffe trafen", "los
 * bombardeos alcanzaron"): alone they say nothing of war ("the crisis hit the economy").
 */
export const HIT_VERBS: Stems = {
  en: ['hit$', 'hits$', 'hitting$'],
  fr: [
    'atteint$',
    'atteints$',
    'atteinte$',
    'atteintes$',
    'atteignent$',
    'atteignait$',
    'atteignaient$',
    'touche$',
    'touchent$',
    'touchait$',
    'touchaient$',
    'touchee$',
    'touchees$',
    'touches$',
  ],
  de: ['trifft$', 'treffen$', 'traf$', 'trafen$', 'getroffen$'],
  es: ['alcanz', 'impact'],
};

/**
 * Nouns of ground won in a fight, read only with an armed enemy named "against" (successes-against.ts):
 * "successes against the junta", "des succès contre les insurgés", "Erfolge gegen die Armee",
 * "éxitos contra el ejército". Alone, or against a party, a team or a rival, they say nothing of war.
 */
export const SUCCESS_NOUNS: Stems = {
  en: ['success', 'victory$', 'victories$'],
  fr: ['succes$', 'victoire$', 'victoires$'],
  de: ['erfolg', 'sieg$', 'siege$'],
  es: ['exito$', 'exitos$', 'victoria$', 'victorias$'],
};

/**
 * Nouns of ground a side holds inside a named place: "AA-controlled areas in Dai Tha", "les zones
 * tenues par l'AA à Dai Tha", "von der KIA kontrollierte Gebiete in Tanai", "zonas controladas por
 * los rebeldes en Marib" (held-areas.ts).
 */
export const HELD_AREA_NOUNS: Stems = {
  en: ['area$', 'areas$', 'zone$', 'zones$', 'part$', 'parts$', 'territory$', 'territories$'],
  fr: ['zone$', 'zones$', 'partie$', 'parties$', 'territoire$', 'territoires$'],
  de: ['gebiet$', 'gebiete$', 'gebieten$', 'zone$', 'zonen$', 'teil$', 'teile$', 'teilen$'],
  es: ['area$', 'areas$', 'zona$', 'zonas$', 'parte$', 'partes$', 'territorio$', 'territorios$'],
};

/**
 * Pressure one armed side puts on another (pressure-from.ts): "under growing RSF pressure", "fait
 * face à une pression croissante des FSR", "unter dem Druck der RSF", "bajo la presión de las FAR".
 */
export const PRESSURE_NOUNS: Stems = {
  en: ['pressure$'],
  fr: ['pression$', 'pressions$'],
  de: ['druck$'],
  es: ['presion$', 'presiones$'],
};

/**
 * What puts a side under pressure, or faces it with it: "under", "sous", "unter", "bajo", and
 * French "face à", whose "face" the parser makes the case marker.
 */
export const UNDER_PRESSURE: Stems = {
  en: ['under$'],
  fr: ['sous$', 'face$'],
  de: ['unter$'],
  es: ['bajo$'],
};

/** Verbs of facing pressure: "faces growing pressure", "affronte", "ist … ausgesetzt", "afronta". */
export const FACE_VERBS: Stems = {
  en: ['face$', 'faces$', 'faced$', 'facing$'],
  fr: ['affront', 'subi'],
  de: ['ausgesetzt$'],
  es: ['afront', 'sufr', 'sufri'],
};

/**
 * Verbs of taking up arms: with arms as their object and a side "against", they fight it ("took up
 * arms against the junta", "a pris les armes contre", "tomó las armas contra"; frames/arms-used.ts).
 * German "griff zu den Waffen gegen" is read as an attack already.
 */
export const TAKE_UP_VERBS: Stems = {
  en: ['take$', 'takes$', 'took$', 'taken$', 'taking$'],
  fr: ['pris$', 'prend', 'prendre$', 'reprend', 'repris$'],
  de: [],
  es: ['tom', 'retom'],
};
