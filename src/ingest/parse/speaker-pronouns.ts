import type { Entity } from '../../domain/entity';
import type { Argument } from './argument';
import { attributedModality } from './claim-modality';
import { SAME_WORDS, SINGULAR_PRONOUNS } from './lexicon/nouns';
import { UNNAMED_SOURCES } from './lexicon/verbs';
import type { ReadClaim } from './read-claims';
import type { SentenceReading } from './sentence-reading';

/**
 * A speaker only a pronoun gives: "…, he added", "a-t-il ajouté", "fügte er hinzu", or in
 * Spanish no word at all ("…, añadió"); or "the same source", "la même source". Within its
 * sentence it names nobody; the article means whoever spoke last, as long as no other
 * person was named since ("Kirby said … He added …", not "Kirby said … Putin met Xi. He
 * said …", where "he" could be either); English "he" and "she" only a person who spoke.
 */

/** A speaker pronoun, a Spanish reporting verb whose subject is left out, or "the same source". */
export function standsForSpeaker(reading: SentenceReading, token: number): boolean {
  return (
    isSingularPronoun(reading, token) ||
    droppedSubject(reading, token) ||
    sameSource(reading, token)
  );
}

/**
 * "selon la même source", "according to the same source", "laut derselben Quelle", "según la
 * misma fuente".
 */
export function sameSource(reading: SentenceReading, noun: number): boolean {
  const { graph } = reading;
  return (
    reading.has(noun, UNNAMED_SOURCES) &&
    // The parser may hang "misma" on the article: any word before the noun in its phrase.
    graph.subtree(noun).some((t) => t < noun && reading.has(t, SAME_WORDS))
  );
}

/**
 * The speaker a reporting verb gives by a pronoun the parser took for its object ("a-t-il
 * ajouté"), or the verb itself when it is Spanish, in the third person singular, with no subject
 * ("…, añadió", "Dijo que…"); null otherwise.
 */
export function unsaidSpeaker(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  const pronoun = graph
    .children(verb, 'obj', 'expl', 'nsubj')
    .find((o) => isSingularPronoun(reading, o));
  if (pronoun !== undefined) return pronoun;
  return droppedSubject(reading, verb) ? verb : null;
}

/** "he", "she", "il", "elle", "er", German "sie" with a verb in the singular, "él", "ella". */
function isSingularPronoun(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  if (graph.pos(token) !== 'PRON' || !reading.has(token, SINGULAR_PRONOUNS)) return false;
  // German "sie" is "she" with "sagte", "they" with "sagten".
  return reading.language !== 'de' || graph.folded(token) !== 'sie' || !pluralVerb(reading, token);
}

/**
 * What a speaker pronoun may stand for, of what `argumentsOf` found for it: never a subject of
 * the clause its verb reports ("Russland habe Truppen verlegt, fügte er hinzu": "er" is not
 * Russia), and for English "he" or "she" only a person, never the country the sentence before
 * was about.
 */
export function speakerPronounMeans(
  reading: SentenceReading,
  pronoun: number,
  found: readonly Argument[],
): Argument[] {
  if (!isSingularPronoun(reading, pronoun)) return [...found];
  const verb = reading.graph.subtree(reading.graph.head(pronoun));
  return found.filter(
    (a) =>
      (a.token === pronoun || verb.includes(a.token)) &&
      (a.entity.kind === 'PERSON' || reading.language !== 'en'),
  );
}

function pluralVerb(reading: SentenceReading, pronoun: number): boolean {
  const verb = reading.graph.head(pronoun);
  return /n$/u.test(reading.graph.folded(verb));
}

/**
 * A Spanish finite verb with no subject, in the third person singular: not "dijeron", "han
 * dicho" (plural), "decir", "diciendo" (no person), nor "se informó" (impersonal, no speaker).
 */
function droppedSubject(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  if (reading.language !== 'es' || graph.pos(verb) !== 'VERB') return false;
  if (graph.children(verb, 'nsubj', 'nsubj:pass', 'expl', 'expl:pass', 'expl:impers').length > 0)
    return false;
  if (graph.children(verb, 'obj').some((o) => graph.folded(o) === 'se')) return false;
  const forms = [verb, ...graph.children(verb, 'aux')].map((t) => graph.folded(t));
  return !forms.some((form) => /(?:n|mos|r|ndo)$/u.test(form));
}

/** Who spoke last in the article, and whether another person was named since. */
export class LastSpeaker {
  private speaker: Entity | null = null;

  /**
   * After a sentence's claims have their speakers: the last one who spoke in it (`spoke`, in the
   * order of the text) becomes the speaker; with none, a person named in it other than the last
   * speaker makes "he" ambiguous.
   */
  note(reading: SentenceReading, spoke: readonly Entity[]): void {
    const last = spoke.at(-1);
    if (last !== undefined) {
      this.speaker = last;
      return;
    }
    for (let token = 1; token <= reading.graph.size; token += 1) {
      const named = reading.mentionAt(token)?.entity;
      if (named?.kind === 'PERSON' && named.id !== this.speaker?.id) this.speaker = null;
    }
  }

  /** A claim said by a speaker pronoun (`standsForSpeaker`) is the last speaker's. */
  name(reading: SentenceReading, claim: ReadClaim): void {
    const token = claim.attribution.unnamedSpeaker;
    const speaker = this.speaker;
    if (token === null || speaker === null || claim.attribution.speakers.length > 0) return;
    if (!standsForSpeaker(reading, token)) return;
    // English "he" and "she" are people; "il", "er", "añadió" may be a body's saying too.
    if (reading.language === 'en' && isSingularPronoun(reading, token) && speaker.kind !== 'PERSON')
      return;
    const before = claim.attribution;
    claim.attribution = { ...before, speakers: [speaker], unnamedSpeaker: null };
    if (claim.modality === attributedModality(before))
      claim.modality = attributedModality(claim.attribution);
  }
}
