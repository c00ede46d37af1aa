import { QUESTION_WORDS } from './lexicon/modality-words';
import type { SentenceReading } from './sentence-reading';

/**
 * Questions, which state nothing unless they take their fact as given: what a sentence asks
 * rather than says makes no claim (read-claims.ts).
 */

/** The marks of a question put inside a sentence: "whether", "if", "ob", "si". */
const WHETHER = /^(?:whether|if|ob|si)$/u;

/**
 * "NATO wants to know whether North Korean troops are fighting in Kursk", "unklar, ob …", "no
 * está claro si …": a clause asking whether states nothing either. A condition, "if" on an
 * adverbial clause, is read by `hypothetical` (claim-modality.ts); French "on ignore si …" is not
 * read, its analyser making "si" an adverb.
 */
function embeddedWhether(reading: SentenceReading, trigger: number): boolean {
  const { graph } = reading;
  for (let at = trigger; at !== 0; at = graph.head(at)) {
    if (
      graph.is(at, 'ccomp', 'csubj') &&
      graph.children(at, 'mark').some((m) => WHETHER.test(graph.folded(m)))
    )
      return true;
    if (graph.is(at, 'ccomp', 'csubj', 'parataxis', 'advcl', 'acl')) return false;
  }
  return false;
}

/** What opens a clause that may ask on its own after a statement: "; is Pokrovsk next?", "¿…?". */
const QUESTION_OPENERS = /^(?:;|:|-|–|—|¿|but|mais|pero|aber|doch|sino)$/u;

/**
 * "Is the Wagner group still active in Mali?", "Le groupe Wagner est-il présent au Mali ?",
 * "¿Sigue Wagner en Malí?": a question whether something is so states nothing. One asking why,
 * where or who takes its fact as given ("Why did North Korea send troops to Russia?") and is read
 * as that fact. Only what follows a statement asks ("Russia captured Avdiivka; is Pokrovsk
 * next?", "pero ¿negociará Kinshasa?"), and what a relative or adverbial clause says is given
 * ("Is Wagner, which fought in Libya, still in Mali?", "After Russia took Avdiivka, will …?").
 */
export function askedWhether(reading: SentenceReading, trigger: number): boolean {
  const { graph } = reading;
  if (embeddedWhether(reading, trigger)) return true;
  let mark = trigger + 1;
  while (mark <= graph.size && graph.token(mark).word !== '?') mark += 1;
  if (mark > graph.size) return false;
  // A dash opens a clause only set apart by spaces: "Wagner-Gruppe" is one name.
  const opens = (at: number) =>
    QUESTION_OPENERS.test(graph.token(at).word.toLowerCase()) &&
    (!/^[-–—]$/u.test(graph.token(at).word) || graph.token(at - 1).end < graph.token(at).start);
  let start = 0;
  for (let at = mark - 1; at > 1 && start === 0; at -= 1) if (opens(at)) start = at;
  if (trigger <= start) return false;
  const inside = (t: number) => t > start && t < mark;
  // The clauses between a word and the top of the question: given ones hold what they say.
  const given = (token: number) => {
    for (let at = token; inside(graph.head(at)); at = graph.head(at))
      if (graph.is(at, 'acl', 'advcl')) return true;
    return false;
  };
  if (given(trigger)) return false;
  // A question word that asks, not one that relates ("the troops who entered", "when Ukraine left").
  const asking = (t: number) =>
    QUESTION_WORDS.test(graph.token(t).word.toLowerCase()) && !graph.is(t, 'mark') && !given(t);
  for (let t = start + 1; t < mark; t += 1) if (asking(t)) return false;
  return true;
}
