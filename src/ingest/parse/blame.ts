import { agentOf, isPassive, obliquesOf, REFLEXIVE, subjectOf, themeOf } from './clause-roles';
import { RESPONSIBILITY_NOUNS } from './lexicon/nouns';
import {
  ATTACK_NOUNS,
  BLAME_VERBS,
  BLAMED_FOR,
  BLAMED_ON,
  HOLD_RESPONSIBLE_VERBS,
  OWN_UP_VERBS,
  RESPONSIBILITY_VERBS,
  RESPONSIBLE_WORDS,
  TAKE_RESPONSIBILITY_VERBS,
} from './lexicon/predicate-triggers';
import { REPORTING_VERBS } from './lexicon/verbs';
import type { SentenceReading } from './sentence-reading';

/**
 * How a sentence puts an attack on a side. A side that claims an attack, or takes responsibility
 * for it, asserts that it made it ("ISIS claimed the bombing"), and denies it when it rejects that
 * responsibility ("Hamas denied any responsibility for the attack"); a side that blames another,
 * or holds it responsible, alleges that the other made it ("Israel blamed Hezbollah for the
 * attack"). Whoever says so is the subject, or the "by" agent, of `verb` (attribution.ts);
 * `sides` are the phrases naming who made the attack (conflict-frames.ts).
 */
export interface Blame {
  readonly verb: number;
  readonly sides: readonly number[];
  readonly stance: 'ASSERTED' | 'ALLEGED' | 'DENIED';
}

/** How the attack a noun names is put on a side, or null when the sentence puts it on nobody. */
export function blameOf(reading: SentenceReading, attack: number): Blame | null {
  if (!reading.isNoun(attack) || !reading.headHas(attack, ATTACK_NOUNS)) return null;
  return (
    putByParticiple(reading, attack) ??
    claimedAbove(reading, attack) ??
    blamedAbove(reading, attack) ??
    heldResponsible(reading, attack)
  );
}

/**
 * "an attack claimed by al-Qaeda", "ein von der PKK reklamierter Anschlag": a participle of
 * claiming whose own clause says nothing more ("claimed by Iran to have been launched by
 * Israel" says, it does not own).
 */
export function claimsAsOwn(reading: SentenceReading, participle: number): boolean {
  return (
    reading.has(participle, RESPONSIBILITY_VERBS) &&
    reading.graph.children(participle, 'xcomp', 'ccomp').length === 0
  );
}

/**
 * "an attack claimed by JNIM", "une frappe attribuée à la junte", "un ataque atribuido al ELN",
 * "einem der Hamas zugeschriebenen Angriff": a participle on the attack.
 */
function putByParticiple(reading: SentenceReading, attack: number): Blame | null {
  for (const participle of reading.graph.children(attack, 'acl', 'amod')) {
    const agent = agentOf(reading, participle);
    if (claimsAsOwn(reading, participle) && agent !== null)
      return { verb: participle, sides: [agent], stance: 'ASSERTED' };
    if (reading.has(participle, BLAME_VERBS))
      return { verb: participle, sides: blamedOn(reading, participle, attack), stance: 'ALLEGED' };
  }
  return null;
}

/**
 * "ISIS claimed the bombing", "a revendiqué l'attaque", "claimed responsibility for the attack",
 * "übernahm die Verantwortung für den Angriff" (the parser may hang the attack on the verb),
 * "bekannte sich zu dem Anschlag": the claiming side is the verb's subject.
 */
function claimedAbove(reading: SentenceReading, attack: number): Blame | null {
  const { graph } = reading;
  const head = graph.head(attack);
  const claimed =
    reading.isVerb(head) &&
    graph.is(attack, 'obj') &&
    reading.has(head, RESPONSIBILITY_VERBS) &&
    !isPassive(reading, head);
  const responsibility =
    reading.isNoun(head) && reading.has(head, RESPONSIBILITY_NOUNS)
      ? head
      : reading.isVerb(head) && reading.caseIs(attack, BLAMED_FOR)
        ? graph.children(head, 'obj').find((o) => reading.has(o, RESPONSIBILITY_NOUNS))
        : undefined;
  const taker = responsibility === undefined ? 0 : graph.head(responsibility);
  const taken = reading.isVerb(taker) && reading.has(taker, TAKE_RESPONSIBILITY_VERBS);
  // Read with its particle: "weist jede Verantwortung … zurück".
  const denied =
    reading.isVerb(taker) &&
    REPORTING_VERBS.some(([family, stems]) => family === 'DENIED' && reading.has(taker, stems));
  const ownedUp =
    reading.isVerb(head) &&
    reading.has(head, OWN_UP_VERBS) &&
    /^zu[mr]?$/u.test(graph.caseOf(attack)) &&
    graph.children(head).some((c) => REFLEXIVE.test(graph.folded(c)));
  const verb = claimed || ownedUp ? head : taken || denied ? taker : null;
  const subject = verb === null ? null : subjectOf(reading, verb);
  if (verb === null || subject === null) return null;
  return { verb, sides: [subject], stance: denied ? 'DENIED' : 'ASSERTED' };
}

/**
 * "blamed the attack on the Houthis", "the attack was blamed on", "a imputé l'attaque au
 * Hezbollah", "fue atribuido a Al Shabab"; "blamed Hezbollah for the attack", "Hezbollah was
 * blamed for", "culpó a Hezbolá del ataque" (where the parser may hang the attack on the one
 * blamed).
 */
function blamedAbove(reading: SentenceReading, attack: number): Blame | null {
  const { graph } = reading;
  const head = graph.head(attack);
  if (
    reading.isVerb(head) &&
    reading.has(head, BLAME_VERBS) &&
    graph.is(attack, 'obj', 'nsubj', 'nsubj:pass')
  ) {
    // "El ELN se atribuyó el ataque", "s'est attribué l'attaque": put on oneself, it is claimed.
    const subject = subjectOf(reading, head);
    const onItself = graph.children(head).some((c) => REFLEXIVE.test(graph.folded(c)));
    if (onItself && subject !== null) return { verb: head, sides: [subject], stance: 'ASSERTED' };
    return { verb: head, sides: blamedOn(reading, head, attack), stance: 'ALLEGED' };
  }
  if (!reading.caseIs(attack, BLAMED_FOR)) return null;
  const onBlamed = !reading.isVerb(head) && graph.is(head, 'obj');
  const verb = onBlamed ? graph.head(head) : head;
  if (!reading.isVerb(verb) || !reading.has(verb, BLAME_VERBS)) return null;
  const blamed = onBlamed ? head : themeOf(reading, verb);
  return blamed === null ? null : { verb, sides: [blamed], stance: 'ALLEGED' };
}

/**
 * "Kyiv held Russia responsible for the attack", "Bamako tient le JNIM pour responsable de
 * l'attaque", "Israel machte die Hisbollah für den Angriff verantwortlich", "is held responsible".
 */
function heldResponsible(reading: SentenceReading, attack: number): Blame | null {
  const { graph } = reading;
  const responsible = graph.head(attack);
  if (!reading.caseIs(attack, BLAMED_FOR) || !reading.has(responsible, RESPONSIBLE_WORDS))
    return null;
  const verb = graph.head(responsible);
  if (!reading.isVerb(verb) || !holdsResponsible(reading, verb)) return null;
  // The parser makes the one held the adjective's subject, or the verb's object.
  const held = graph.children(responsible, 'nsubj')[0] ?? themeOf(reading, verb);
  return held === null ? null : { verb, sides: [held], stance: 'ALLEGED' };
}

/** "held Russia responsible", "tient le JNIM pour responsable": a verb of holding that blames. */
export function holdsResponsible(reading: SentenceReading, verb: number): boolean {
  return (
    reading.has(verb, HOLD_RESPONSIBLE_VERBS) &&
    reading.graph.children(verb).some((c) => reading.has(c, RESPONSIBLE_WORDS))
  );
}

/** German articles of the dative a blamed side takes: "der Hamas zugeschrieben", "dem IS". */
const GERMAN_DATIVE = /^(?:dem|der|einem|einer)$/u;

/**
 * Whom a verb of blaming puts the attack on: "on the Houthis", "au JNIM", "a Al Shabab". German
 * names them in the dative without a marker, which the parser may label anything; before a
 * participle on the attack ("einem der Hamas zugeschriebenen Angriff") it hangs them on the
 * attack.
 */
function blamedOn(reading: SentenceReading, verb: number, attack: number): number[] {
  const { graph } = reading;
  if (reading.language !== 'de')
    return obliquesOf(reading, verb).filter((o) => o !== attack && reading.caseIs(o, BLAMED_ON));
  const subject = isPassive(reading, verb) ? null : subjectOf(reading, verb);
  const dative = (phrase: number) =>
    phrase !== attack &&
    phrase !== subject &&
    reading.isNoun(phrase) &&
    graph.caseOf(phrase) === '' &&
    graph.children(phrase, 'det').every((d) => GERMAN_DATIVE.test(graph.folded(d)));
  const beforeParticiple = graph.is(verb, 'amod', 'acl')
    ? graph.children(attack, 'nmod').filter((m) => m < verb)
    : [];
  return [
    ...graph.children(verb, 'obj', 'iobj', 'obl', 'nsubj', 'nsubj:pass'),
    ...beforeParticiple,
  ].filter(dative);
}
