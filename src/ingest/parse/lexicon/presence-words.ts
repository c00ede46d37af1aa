import { PATROL_VERBS, SURROUND_VERBS } from './predicate-triggers';
import type { Stems } from './stems';

/**
 * The words the presence frames weigh besides their triggers: what keeps a force that stays
 * somewhere from being there, what makes an encircling not (yet) one, what only police do.
 */

/** How a side is seen or stands with others, which places it nowhere: "popular", "loyal", "absent". */
export const REGARD_WORDS: Stems = {
  en: ['popular$', 'unpopular$', 'loyal$', 'welcome$', 'unwelcome$', 'absent$', 'respected$'],
  fr: ['populaire', 'impopulaire', 'loyal', 'fidele', 'bienvenu', 'absent', 'respecte'],
  de: ['beliebt', 'unbeliebt', 'loyal', 'treu$', 'treue', 'willkommen', 'abwesend', 'angesehen'],
  es: ['popular$', 'populares$', 'impopular', 'leal', 'fiel$', 'fieles$', 'bienvenid', 'ausente'],
};

/** What police officers do in a place: patrol it, close round it. */
export const POLICING_WORDS: Stems = {
  en: [...PATROL_VERBS.en, ...SURROUND_VERBS.en],
  fr: [...PATROL_VERBS.fr, ...SURROUND_VERBS.fr],
  de: [...PATROL_VERBS.de, ...SURROUND_VERBS.de],
  es: [...PATROL_VERBS.es, ...SURROUND_VERBS.es],
};

/** "nearly encircled", "presque encerclée", "fast eingekesselt", "casi rodean": not yet. */
export const NEARLY = /^(?:nearly|almost|presque|quasi|quasiment|fast|beinahe|nahezu|casi)$/u;

/** Forces closed in: "encircled", "encerclés", "eingekesselt", "cercados". */
export const ENCIRCLED: Stems = {
  en: ['encircl'],
  fr: ['encercl'],
  de: ['eingekesselt', 'umzingelt'],
  es: ['cercad'],
};

/**
 * "may enter", "pourraient entrer", "könnten einmarschieren", "podrían entrar", "can encircle",
 * "doivent encercler", German "wollen umzingeln": not done. What a side "will" do, "veut" or
 * "quiere" do is intended, which the claim's modality says (German "wollen" is no sure intention:
 * lexicon WANTING_WORDS).
 */
export const POSSIBLY: Stems = {
  en: ['may$', 'might$', 'could$', 'can$', 'would$', 'should$', 'must$'],
  fr: ['pourr', 'peut$', 'peuvent$', 'doit$', 'doivent$'],
  de: ['kann$', 'konn', 'durft', 'will$', 'woll', 'muss'],
  es: ['puede$', 'pueden$', 'podr', 'debe$', 'deben$'],
};

/** A heading, not a place reached: "in Richtung Pokrowsk", "en direction de Kiev", "in the direction of". */
export const HEADING = /^(?:richtung|direction|direccion|rumbo)$/u;
