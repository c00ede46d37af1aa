import type { Stems } from './stems';

/** Where troops go: "to", "en Russie", "nach Russland", "a Rusia". */
export const GOAL: Stems = {
  en: ['to$', 'into$', 'in$'],
  // "sur son territoire", "auf russischen Boden": onto a state's land.
  fr: ['en$', 'a$', 'au$', 'aux$', 'vers$', 'dans$', 'sur$'],
  de: ['nach$', 'in$', 'ins$', 'an$', 'auf$'],
  es: ['a$', 'al$', 'hacia$', 'en$'],
};

/** Who receives: "to", "à", "an", "a". */
export const RECIPIENT: Stems = {
  en: ['to$', 'for$'],
  fr: ['a$', 'au$', 'aux$'],
  de: ['an$', 'fur$'],
  es: ['a$', 'al$', 'para$'],
};

/** Whom war is declared on: "declared war on", "déclaré la guerre à", "declaró la guerra al". */
export const DECLARED_ON: Stems = {
  en: ['on$', 'against$', 'to$'],
  fr: ['a$', 'au$', 'aux$', 'contre$'],
  de: ['gegen$'],
  es: ['a$', 'al$', 'contra$'],
};

/** Whom losses are inflicted on: "on", "à", "a" (German marks them with the dative alone). */
export const INFLICTED_ON: Stems = {
  en: ['on$', 'upon$'],
  fr: ['a$', 'au$', 'aux$'],
  de: [],
  es: ['a$', 'al$'],
};

/** Whom losses fall among: "among", "parmi", "unter", "entre". */
export const AMONG: Stems = {
  en: ['among$', 'amongst$'],
  fr: ['parmi$'],
  de: ['unter$'],
  es: ['entre$'],
};

/** Where something happens: "in", "dans", "im", "en". */
export const LOCATIVE: Stems = {
  en: ['in$', 'near$', 'around$', 'inside$', 'at$', 'on$', 'based in$'],
  fr: ['dans$', 'en$', 'pres', 'autour', 'a$', 'sur$', 'au$', 'aux$'],
  de: ['in$', 'im$', 'bei$', 'nahe$', 'an$', 'am$'],
  es: ['en$', 'cerca de$', 'alrededor de$'],
};

/**
 * Nouns of a place's surroundings that work as a preposition of place: "in the vicinity of",
 * "à proximité de", "aux abords de", "in der Nähe von", "en las cercanías de".
 */
export const VICINITY_NOUNS: Stems = {
  en: ['vicinity$', 'outskirts$'],
  fr: ['proximite$', 'abords$', 'environs$', 'alentours$', 'peripherie$'],
  de: ['nahe$', 'umgebung$'],
  es: ['cercanias$', 'inmediaciones$', 'alrededores$', 'afueras$'],
};

/** Inside a place, strictly: "in", "dans", "im", "en" (not "near", "at" or "on"). */
export const INSIDE: Stems = {
  // "troops based in Gao": the parser may make "based in" one marker.
  en: ['in$', 'inside$', 'within$', 'based in$'],
  fr: ['dans$', 'en$', 'au$', 'aux$', 'a$'],
  de: ['in$', 'im$'],
  es: ['en$', 'dentro de$'],
};

/**
 * Inside a compass part of a place: "in the north of", "dans le nord de", "im Norden", "en el
 * norte de". "À l'ouest de la ville", "al oeste de" may as well lie outside it.
 */
export const INSIDE_PART: Stems = {
  en: ['in$'],
  fr: ['dans$', 'en$'],
  de: ['in$', 'im$'],
  es: ['en$'],
};

/** How a border names the neighbour: "the border with Armenia", "die Grenze zu Armenien". */
export const BORDER_WITH: Stems = {
  en: ['with$'],
  fr: ['avec$'],
  de: ['mit$', 'zu$'],
  es: ['con$'],
};

/** What a receiver is supplied with: "with shells", "mit Granaten", "en obus", "con proyectiles". */
export const SUPPLIED_WITH: Stems = {
  en: ['with$'],
  fr: ['en$', 'avec$'],
  de: ['mit$'],
  es: ['con$'],
};

/** What a thing belongs to: "belongs to", "appartient à", "gehört zu", "pertenece a". */
export const BELONGING_TO: Stems = {
  en: ['to$'],
  fr: ['a$', 'au$', 'aux$'],
  de: ['zu$', 'zum$', 'zur$'],
  es: ['a$', 'al$'],
};

/** "of", "de", genitive "des/der", "de": a noun's owner or content. */
export const OF: Stems = {
  en: ['of$', "'s$"],
  fr: ['de$', 'du$', 'des$', "d'$", "l'$"],
  de: ['von$', 'des$', 'der$'],
  es: ['de$', 'del$'],
};

/** Where something comes from: "from Iran", "de l'Iran", "aus dem Iran", "von", "de Irán". */
export const FROM: Stems = {
  en: ['from$'],
  fr: ['de$', 'du$', 'des$', "d'$", 'depuis$'],
  de: ['aus$', 'von$', 'vom$'],
  es: ['de$', 'del$', 'desde$'],
};

/** The agent of a passive or of an act a noun names: "by", "par", "von/durch", "por". */
export const BY: Stems = {
  en: ['by$'],
  fr: ['par$'],
  de: ['von$', 'durch$'],
  es: ['por$'],
};

/** Who killed, as a marker the parser fixed: "murieron a manos del Ejército". */
export const AT_HANDS_OF: Stems = {
  en: ['at the hands'],
  fr: ['aux mains'],
  de: [],
  es: ['a manos'],
};

/** What control is over: "control over Darfur", "le contrôle sur", "die Kontrolle über", "el control sobre". */
export const OVER: Stems = {
  en: ['over$', 'of$'],
  fr: ['sur$', 'de$', 'du$', 'des$', "d'$"],
  de: ['uber$', 'von$', 'des$', 'der$'],
  es: ['sobre$', 'de$', 'del$'],
};

/** Where a force operates from: "from", "depuis", "desde", German "von … aus". */
export const OPERATED_FROM: Stems = {
  en: ['from$'],
  fr: ['depuis$'],
  de: ['von$', 'vom$'],
  es: ['desde$'],
};

/** Where a force moves into: "into", "dans", "in … ein", "en"; not "towards". */
export const INTO: Stems = {
  en: ['into$', 'in$'],
  fr: ['dans$', 'en$', 'au$', 'aux$', 'a$'],
  de: ['in$', 'ins$', 'nach$'],
  es: ['en$', 'a$', 'al$'],
};

/** How the one told is marked: "to", "à", "a", "gegenüber", or not at all ("told Reuters"). */
export const ADDRESSEE: Stems = {
  en: ['to$'],
  fr: ['a$', 'au$'],
  de: ['gegenuber$'],
  es: ['a$', 'al$'],
};

/** German articles a dative takes: "der BBC", "dem Spiegel". */
export const GERMAN_DATIVE_ARTICLE = /^(?:der|dem)$/u;

/** What a fight is for: "the battle for Marawi", "la bataille pour", "der Kampf um", "la batalla por". */
export const FOUGHT_FOR: Stems = {
  en: ['for$'],
  fr: ['pour$'],
  de: ['um$'],
  es: ['por$'],
};
