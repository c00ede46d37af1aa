import type { Modality } from '../../domain/modality';

/**
 * Words in a clause that change how sure its claim is, whatever the
 * reporting verb: a negation denies, the future intends, the French
 * conditional and "could not be independently verified" allege,
 * "reportedly" reports. Folded text.
 */
/** "aurait fourni", "seraient morts", "could": an allegation. */
const COMPOUND_CONDITIONAL =
  /(?<!\p{L})(?:aurait|auraient|serait|seraient|pourrait|pourraient|could(?!\s+not))(?!\p{L})/u;
/** "livrerait", "adopteraient": after "a déclaré que", a future in the past; alone, an allegation. */
const SIMPLE_CONDITIONAL =
  /(?<!\p{L})\p{L}{3,}(?:erait|eraient|irait|iraient|drait|draient|rrait|rraient)(?!\p{L})/u;
const UNVERIFIED =
  /(?<!\p{L})(?:n'a pas pu etre verifie\p{L}*|n'ont pas pu etre verifie\p{L}*|ne peu\p{L}* (?:pas )?etre verifie\p{L}*|non confirme\p{L}*|non verifie\p{L}*|sans preuve|presume\p{L}*|pretendu\p{L}*|could not be (?:independently )?verified|could not independently verify|cannot be (?:independently )?verified|has not been (?:independently )?verified|unverified|unconfirmed|allegedly|purported\p{L}*)(?!\p{L})/u;
const REPORTEDLY = /(?<!\p{L})(?:reportedly|would have)(?!\p{L})/u;
const FRENCH_FUTURE =
  /(?<!\p{L})(?:sera|seront|fera|feront|aura|auront|ira|iront|\p{L}{3,}(?:eront|iront|dront|rront)|\p{L}{3,}(?:era|ira|dra|rra)|(?:va|vont|allait|allaient)\s+\p{L}+(?:er|ir|re)|prevoi\p{L}* d[e']|s'appret\p{L}* a|entend|entendent|a l'intention d[e']|envisag\p{L}* d[e']|promis d[e']|s'est engage\p{L}* a|se sont engage\p{L}* a|menac\p{L}* d[e'])(?!\p{L})/u;
const ENGLISH_FUTURE =
  /(?<!\p{L})(?:will|'ll|shall|is going to|are going to|plans? to|planned to|intends? to|is set to|are set to|vowed to|pledged to|promised to|threatened to|is preparing to|are preparing to|was preparing to|were preparing to|preparing to|would(?!\s+have))(?!\p{L})/u;
const FRENCH_NEGATION =
  /(?<!\p{L})(?:n'|ne\s)(?:\s*\p{L}+){0,2}?\s+(?:pas|jamais|plus|aucun\p{L}*)(?!\p{L})|(?<!\p{L})(?:jamais|aucun\p{L}*)(?!\p{L})/u;
const ENGLISH_NEGATION =
  /(?<!\p{L})(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't|never|was not|wasn't|were not|weren't|is not|isn't|are not|aren't|does not|doesn't|do not|don't|no longer)(?!\p{L})/u;

export interface ModalityMarkers {
  readonly negated: boolean;
  readonly future: boolean;
  readonly conditional: boolean;
  /** A simple French conditional ("livrerait"). */
  readonly futureInPast: boolean;
  readonly unverified: boolean;
  readonly reportedly: boolean;
}

/**
 * Reads the markers of a clause (folded text); `beforeTrigger` is the
 * clause up to the trigger (for negation), `sentence` the whole sentence
 * ("..., a figure that could not be independently verified").
 */
export function readMarkers(
  clause: string,
  beforeTrigger: string,
  sentence: string,
): ModalityMarkers {
  // "would not hesitate to impose", "n'hésitera pas à": a double negative announces.
  const negation = lastWords(beforeTrigger, 6).replace(
    /(?:not|pas)\s+(?:hesitate|hesiter)|n'hesit\p{L}*\s+pas/gu,
    '',
  );
  return {
    negated: FRENCH_NEGATION.test(negation) || ENGLISH_NEGATION.test(negation),
    future: FRENCH_FUTURE.test(clause) || ENGLISH_FUTURE.test(clause),
    conditional: COMPOUND_CONDITIONAL.test(clause),
    futureInPast: SIMPLE_CONDITIONAL.test(clause),
    unverified: UNVERIFIED.test(sentence),
    reportedly: REPORTEDLY.test(clause),
  };
}

/** True when the sentence says the preceding claims could not be checked. */
export function saysUnverified(sentence: string): boolean {
  return UNVERIFIED.test(sentence);
}

function lastWords(text: string, count: number): string {
  return text.split(/\s+/u).slice(-count).join(' ');
}

/**
 * The claim's modality: the frame's (CONFIRMED, ASSERTED, REPORTED, DENIED
 * or ALLEGED; ASSERTED in the article's own voice), overridden by the
 * clause: a denial first, then an announced action (INTENDED), then the
 * conditional or an unverifiable statement (ALLEGED), then "reportedly".
 * `verbal` says a speaker said it with a verb, which makes a simple
 * conditional a future in the past ("a annoncé que Washington adopterait":
 * INTENDED) rather than an allegation ("Moscou fournirait..., selon des
 * sources": ALLEGED). Structural predicates never come here.
 */
export function modalityOf(
  frame: Modality | null,
  markers: ModalityMarkers,
  verbal: boolean,
  negatable: boolean,
): Modality {
  if (frame === 'DENIED' || (negatable && markers.negated)) return 'DENIED';
  if (markers.unverified || markers.conditional) return 'ALLEGED';
  const intended = markers.future || (markers.futureInPast && verbal);
  if (intended && frame !== 'CONFIRMED') return frame === 'ALLEGED' ? 'ALLEGED' : 'INTENDED';
  if (markers.futureInPast) return 'ALLEGED';
  if (markers.reportedly && (frame === null || frame === 'ASSERTED')) return 'REPORTED';
  return frame ?? 'ASSERTED';
}
