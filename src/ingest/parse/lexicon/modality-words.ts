import type { Stems } from './stems';

/** Adverbs and particles of negation. */
export const NEGATIONS: Stems = {
  en: ['not$', "n't$", 'never$', 'no$'],
  fr: ['pas$', 'jamais$', 'aucun', 'guere$'],
  de: ['nicht$', 'nie$', 'niemals$', 'kein'],
  es: ['no$', 'nunca$', 'jamas$', 'tampoco$', 'ningun'],
};

/** Words that make a statement an allegation ("reportedly", "soll", "presuntamente"). */
export const HEDGES: Stems = {
  en: ['reportedly$', 'allegedly$', 'purportedly$', 'supposedly$', 'apparently$'],
  fr: ['pretendument$', 'apparemment$', 'vraisemblablement$', 'supposement$'],
  de: [
    'soll$',
    'sollen$',
    'sollte$',
    'sollten$',
    'angeblich$',
    'mutmaslich$',
    'mutmasslich$',
    'offenbar$',
    'vermutlich$',
  ],
  es: ['presuntamente$', 'supuestamente$', 'aparentemente$'],
};

/** Adjectives that make the event a noun names an allegation: "an alleged attack", "un supuesto tiroteo". */
export const HEDGED_EVENT: Stems = {
  en: ['alleged$', 'purported$', 'supposed$', 'suspected$'],
  fr: [
    'presume$',
    'presumee$',
    'presumes$',
    'presumees$',
    'pretendu$',
    'pretendue$',
    'pretendus$',
    'pretendues$',
    'suppose$',
    'supposee$',
  ],
  de: ['mutmaslich', 'mutmasslich', 'angeblich'],
  es: ['supuest', 'presunt'],
};

/**
 * Subordinators of a condition: "if RSF captures el-Fasher", "si les rebelles prennent la ville".
 * German "wenn" is also "when", so only "falls" and "sofern" are conditions there.
 */
export const CONDITION_MARKERS: Stems = {
  en: ['if$', 'unless$'],
  fr: ['si$', "s'$", 's’$'],
  de: ['falls$', 'sofern$'],
  es: ['si$'],
};

/**
 * Words asking what, why or where rather than whether, as written (accents tell Spanish "qué"
 * from the relative "que"; French "que" is left out, being "est-ce que" too).
 */
export const QUESTION_WORDS =
  /^(?:what|why|how|who|whom|whose|where|when|which|pourquoi|comment|où|quand|quel|quelle|quels|quelles|combien|qui|quoi|warum|wie|wer|wen|wem|wessen|was|wo|wann|welche|welcher|welches|welchen|weshalb|wieso|woher|wohin|qué|cómo|quién|quiénes|dónde|cuándo|cuál|cuáles|cuánto|cuántos|cuánta|cuántas)$/u;

/**
 * Verbs of trying a deed, with its infinitive: "tried to capture", "a tenté de s'emparer",
 * "versuchte, … einzunehmen", "intentó capturar". What was tried is an aim, not a deed done.
 */
export const ATTEMPT_WORDS: Stems = {
  en: ['tried$', 'try$', 'tries$', 'trying$', 'attempt'],
  fr: ['tent'],
  de: ['versuch'],
  es: ['intent', 'trato$', 'trataron$'],
};

/** Verbs of failing a deed: "failed to capture", "a échoué à prendre", "scheiterte", "fracasó en". */
export const FAIL_WORDS: Stems = {
  en: ['fail'],
  fr: ['echou'],
  de: ['scheitert'],
  es: ['fracas', 'fallo$', 'fallaron$'],
};

/**
 * Wanting what is not done yet: "wants to send", "seeks to", "veut envoyer", "quiere enviar". What
 * a side wants is its intention. Not German "will", "wollen": news uses them as much for a deed
 * claimed ("will … angegriffen haben"); with them, a held-out article lost three right speakers.
 */
export const WANTING_WORDS: Stems = {
  en: ['want', 'seek', 'sought$'],
  fr: ['veut$', 'veulent$', 'voulai', 'voudr'],
  de: [],
  es: ['quier', 'quer', 'quisier', 'quiso$'],
};

/**
 * Asking, ordering, pushing or letting another act, with an infinitive: "urged Russia to withdraw",
 * "allowed Poland to send tanks", "appelle l'Iran à cesser",
 * "instó a Irán a dejar de", "forderte die USA auf, … zu liefern". Not "told", whose clause with
 * "that" is a statement ("told Reuters that…"): it asks only through its infinitive, which this
 * list is read for.
 */
export const ASKING_VERBS: Stems = {
  en: [
    ...['urg', 'ask', 'demand', 'request', 'press', 'invit', 'encourag', 'implor', 'appeal'],
    ...['call on', 'calls on', 'called on', 'calling on', 'told$', 'tell', 'order', 'exhort'],
    ...['allow', 'permit', 'persuad'],
  ],
  fr: [
    ...['demand', 'appel', 'exhort', 'invit', 'enjoin', 'prie$', 'prient$', 'ordonn', 'exig'],
    ...['pouss', 'permet', 'permis', 'autoris'],
  ],
  de: [
    ...['forder', 'aufforder', 'aufgefordert', 'aufrief', 'aufruf', 'aufgerufen', 'verlang'],
    ...['appellier', 'ersuch', 'drangt', 'drangte', 'gedrangt', 'bat$', 'baten$', 'bittet'],
    ...['gebeten', 'bitten$', 'befahl', 'befiehlt', 'befohlen', 'erlaub'],
  ],
  es: [
    ...['pid', 'pedi', 'inst', 'exhort', 'exig', 'llam', 'urg', 'orden', 'solicit'],
    ...['empuj', 'permit', 'autoriz'],
  ],
};

/**
 * Wishing or demanding that another act, with a clause: "veut que la Biélorussie envoie",
 * "quiere que", "will, dass", "demanded that Russia withdraw". German "will" is read here, where its
 * clause with "dass" can only be a wish.
 */
export const WISHING_VERBS: Stems = {
  en: ['demand', 'urg', 'request', 'want', 'wish'],
  fr: ['veut$', 'veulent$', 'voulai', 'voudr', 'souhait', 'demand', 'exig', 'appel'],
  de: ['will$', 'wollen$', 'wollt', 'mocht', 'wunsch', 'forder', 'verlang'],
  es: ['quier', 'quer', 'quisier', 'quiso$', 'dese', 'pid', 'pedi', 'exig', 'inst'],
};

/** Auxiliaries of the future ("will", German "werden" with an infinitive). */
export const FUTURE_AUXILIARIES: Stems = {
  en: ['will$', 'shall$', "'ll$", 'wo$'],
  fr: ['va$', 'vont$', 'allai'],
  de: ['wird$', 'werden$', 'werde$'],
  es: ['va$', 'van$', 'iba$', 'iban$'],
};

/**
 * Conditionals of what can or must be ("pourrait", "devrait", "faudrait", "podría", "debería"):
 * what is possible or expected, even under a report in the past, is no announced future.
 */
export const POSSIBILITY_CONDITIONALS: Stems = {
  en: [],
  fr: ['pourr', 'devr', 'faudr'],
  de: [],
  es: ['podr', 'deber'],
};

/**
 * Auxiliaries of a past report: the perfect and pluperfect ("has said", "a dit", "ha dicho",
 * "había dicho") and the English past progressive ("was saying"). Not the conditional's ("aurait
 * dit", "habría dicho": a report alleged) nor the future's. German reported speech says its
 * future with "werde" or "würde" whatever the report's tense, so none is listed.
 */
export const PAST_REPORT_AUXILIARIES: Stems = {
  en: ['has$', 'have$', 'had$', 'was$', 'were$'],
  fr: [
    ...['a$', 'ont$', 'avait$', 'avaient$', 'eut$', 'eurent$'],
    ...['est$', 'sont$', 'etait$', 'etaient$', 'fut$', 'furent$'],
  ],
  de: [],
  es: ['ha$', 'han$', 'habia$', 'habian$', 'hubo$', 'hubieron$'],
};

/**
 * Past forms of a reporting verb, as written (lower case): the French imperfect and simple past
 * ("disait", "déclara"), the Spanish preterite and imperfect ("afirmó", "dijo", "sostuvo",
 * "decía", "aseguraba"); a conditional of the same ending ("dirait", "diría") is not one. English
 * past forms are told from the lemma.
 */
export const PAST_REPORT_FORMS: Readonly<Record<'fr' | 'es', RegExp>> = {
  fr: /(?:ait|aient|a|èrent|irent|urent)$/u,
  es: /(?:ó|aron|ieron|eron|jo|uvo|aba|aban|ía|ían)$/u,
};

/**
 * The French conditional, the future's stem in "r" with -ais, -ait, -aient, as the letters before
 * the "r" tell it from the imperfect of a verb whose stem ends in "r" ("entrait", "opérait",
 * "déclarait", "assurait", "encadrait", "massacrait", "ouvrait", "barrait"): "-erait"
 * ("enverrait" too), "aurait", "saurait", "-irait", "-drait" ("prendrait"), "-vrait"
 * ("devrait"), "-ttrait", "-îtrait", "-ncrait".
 */
export const FRENCH_CONDITIONAL =
  /(?:er|[^a]rr|^s?aur|ir|[^a]dr|[^uœ]vr|(?:tt|[iî]t)r|ncr)(?:ais|ait|aient)$/u;

/** Imperfects of verbs in "-irer" and of "livrer", which look like conditionals: "tirait", "livrait". */
export const FRENCH_IMPERFECT_IN_IR =
  /^(?:(?:re|at|é)?tir|(?:in|as|ex|con|trans)?spir|désir|admir|(?:cha)?vir|déchir|soupir|(?:dé)?livr)(?:ais|ait|aient)$/u;

/**
 * Sentences saying the claim could not be checked: its claims are
 * allegations, whoever states them. Matched on the folded sentence.
 */
export const UNVERIFIED: Readonly<Record<'en' | 'fr' | 'de' | 'es', RegExp>> = {
  en: /(?:could|can|has|have)\s*(?:not|n't)\s+(?:be(?:en)?\s+)?(?:independently\s+)?(?:verif|confirm|check)|unverified|not\s+(?:been\s+)?independently\s+(?:verif|confirm|check)/u,
  fr: /(?:pas|pu)\s+(?:pu\s+)?(?:etre\s+)?(?:verifi|confirm)|impossible\s+de\s+(?:verifier|confirmer)|de\s+source\s+independante/u,
  de: /(?:nicht|kaum)\s+(?:unabhangig\s+)?(?:zu\s+)?(?:uberpruf|verifizier|bestatig)|unabhangig\s+(?:uberpruf|bestatig)/u,
  es: /no\s+(?:ha\s+|han\s+)?(?:pudo|puede|pudieron|pueden|podido|se\s+pudo|se\s+ha\s+podido)\s+(?:ser\s+)?(?:verific|confirm)|sin\s+verificar|de\s+forma\s+independiente/u,
};

/**
 * Words of what no longer holds: a title ("former president", "l'ancien président", "ehemalige",
 * "antiguo"), a stronghold ("once a stronghold", "l'ancien fief", "einstige Hochburg").
 */
export const FORMER =
  /^(?:former|once|ex|ancien|ancienne|anciens|anciennes|ehemalige[nrms]?|fruhere[nrms]?|einstige[nrms]?|antiguo|antigua|antiguos|antiguas)$/u;

/**
 * Subjunctive forms of German reported speech: "habe", "hätten", "sei", "werde", "könne". Matched on
 * the word as written, not folded: folded, "hätten" is the indicative "hatten".
 */
export const GERMAN_SUBJUNCTIVE =
  /^(?:habe|hätte|hätten|sei|seien|werde|würde|würden|könne|könnte|könnten|solle|müsse|wolle)$/u;
