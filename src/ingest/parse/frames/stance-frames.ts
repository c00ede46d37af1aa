import type { Argument } from '../argument';
import { ACTOR_KINDS, actorsAbove, argumentsOf } from '../argument';
import { FROM, OF } from '../lexicon/case-markers';
import { governingVerb, obliquesOf, subjectOf, underAuxiliary } from '../clause-roles';
import { NEGATIONS } from '../lexicon/modality-words';
import {
  AGAINST,
  COMMENT_NOUNS,
  DECLINE_VERBS,
  KEEP_SILENCE_VERBS,
  NO_DETERMINERS,
  REACT_VERBS,
  SANCTION_WORDS,
  SAY_VERBS,
  SILENCE_WORDS,
  WITH,
} from '../lexicon/predicate-triggers';
import type { FrameRule, Proposal } from '../proposal';
import { pairProposals, proposal } from '../proposal';
import type { SentenceReading } from '../sentence-reading';

const ON = {
  en: ['against$', 'on$'],
  fr: ['contre$', 'a$', 'au$', 'aux$', 'visant$'],
  de: ['gegen$'],
  es: ['contra$', 'a$', 'al$'],
};

/**
 * SANCTIONS and STATED_NO_COMMENT. Sanctions need a target the text names
 * ("sanctions against Iran", "sanctionner la Corée du Nord", "réagiront à
 * cette action de la Corée du Nord par des sanctions") and whoever imposes
 * them. Not reacting is the negated or declined verb of reacting or
 * commenting, or a silence kept; its topic is kept as written.
 */
export const stanceFrames: FrameRule = (reading, token) => {
  if (reading.has(token, SANCTION_WORDS)) return sanctions(reading, token);
  if (reading.isVerb(token) && reading.has(token, REACT_VERBS)) return noComment(reading, token);
  if (reading.isNoun(token) && reading.has(token, COMMENT_NOUNS)) return noResponse(reading, token);
  if (reading.isVerb(token) && reading.has(token, SAY_VERBS)) return saidNothing(reading, token);
  if (reading.has(token, SILENCE_WORDS)) return keptSilent(reading, token);
  return [];
};

function sanctions(reading: SentenceReading, token: number): Proposal[] {
  const { graph } = reading;
  if (reading.isVerb(token)) {
    const target = graph.children(token, 'obj')[0];
    return target === undefined
      ? []
      : pairProposals('SANCTIONS', subjects(reading, token), argumentsOf(reading, target), token);
  }
  if (!reading.isNoun(token)) return [];
  // "a sanctions package against Russia", "paquete de sanciones contra Rusia": the package carries the target.
  const head =
    graph.is(token, 'compound', 'nmod') && reading.isNoun(graph.head(token))
      ? graph.head(token)
      : null;
  const onNoun = [token, ...(head === null ? [] : [head])]
    .flatMap((n) => graph.children(n, 'nmod'))
    .filter((m) => reading.caseIs(m, ON) || reading.caseIs(m, AGAINST));
  const verb = governingVerb(reading, head ?? token);
  const onVerb =
    verb === null
      ? []
      : obliquesOf(reading, verb).filter((o) => o !== token && reading.caseIs(o, ON));
  const targets = [...onNoun, ...onVerb].flatMap((t) => targetsOf(reading, t));
  const imposers = actorsAbove(reading, head ?? token);
  return pairProposals('SANCTIONS', imposers, targets, token);
}

/** "cette action de la Corée du Nord": an act stands for whoever acted. */
function targetsOf(reading: SentenceReading, token: number): Argument[] {
  const direct = argumentsOf(reading, token);
  if (direct.length > 0) return direct;
  return reading.graph
    .children(token, 'nmod')
    .filter((m) => reading.caseIs(m, OF))
    .flatMap((m) => argumentsOf(reading, m));
}

/** The conjunction that negates what it joins: "nor", "ni", "noch". */
const NOR = /^(?:nor|ni|noch)$/u;

function noComment(reading: SentenceReading, verb: number): Proposal[] {
  const { graph } = reading;
  const head = graph.head(verb);
  const declined =
    head !== 0 && graph.is(verb, 'xcomp', 'obj', 'ccomp') && reading.has(head, DECLINE_VERBS);
  // "n'ont pas commenté" parsed with "ont" as the verb: the negation hangs on the auxiliary.
  // "could neither confirm nor comment", "ni confirmer ni commenter": "nor" negates its conjunct.
  const denied =
    negated(reading, verb) || graph.children(verb, 'cc').some((c) => NOR.test(graph.folded(c)));
  // "reagierte mit keinem Wort auf die Krise": answering with no word.
  const withNoWord = obliquesOf(reading, verb).find(
    (o) =>
      reading.caseIs(o, WITH) &&
      graph.children(o, 'det').some((d) => reading.has(d, NO_DETERMINERS)),
  );
  if (!declined && !denied && withNoWord === undefined) return [];
  const anchor = declined ? head : verb;
  // The topic follows the verb ("n'ont pas réagi aux informations…"); what precedes is time or place.
  const topic = obliquesOf(reading, verb).find(
    (o) => o > verb && o !== withNoWord && graph.pos(o) !== 'ADV',
  );
  return notCommenting(reading, anchor, topic);
}

/** STATED_NO_COMMENT by whoever acts at `verb`, on the topic phrase kept as written, if any. */
function notCommenting(reading: SentenceReading, verb: number, topic?: number): Proposal[] {
  const value = topic === undefined ? null : topicText(reading, topic);
  return subjects(reading, verb, true).map((subject) =>
    proposal({
      predicate: 'STATED_NO_COMMENT',
      subject,
      value,
      trigger: verb,
      negationInside: true,
    }),
  );
}

/**
 * "The army remained silent on the attack", "Les autorités restent silencieuses", "garde le
 * silence sur", "Die Armee schweigt zu dem Angriff", "hüllen sich in Schweigen", "guarda silencio
 * sobre": keeping silent is not commenting, unless negated ("did not remain silent").
 */
function keptSilent(reading: SentenceReading, silence: number): Proposal[] {
  const { graph } = reading;
  const head = graph.head(silence);
  // The silence is the clause's own verb or predicate ("schweigt", "are silent"), or what a
  // verb of keeping holds.
  const verb =
    reading.isVerb(silence) || graph.children(silence, 'nsubj').length > 0
      ? silence
      : head !== 0 &&
          graph.is(silence, 'xcomp', 'obj', 'obl') &&
          reading.has(head, KEEP_SILENCE_VERBS)
        ? head
        : null;
  if (verb === null || negated(reading, verb) || negated(reading, silence)) return [];
  const topic = [
    ...obliquesOf(reading, verb),
    ...(verb === silence ? [] : obliquesOf(reading, silence)),
  ]
    .filter((o) => o > verb && o !== silence && graph.pos(o) !== 'ADV')
    .sort((a, b) => a - b)[0];
  return notCommenting(reading, verb, topic);
}

/** A negation on the word or on the auxiliary it hangs under ("n'est pas restée muette"). */
function negated(reading: SentenceReading, word: number): boolean {
  const { graph } = reading;
  return [word, ...(underAuxiliary(reading, word) ? [graph.head(word)] : [])]
    .flatMap((v) => graph.children(v, 'advmod', 'aux', 'neg'))
    .some((w) => reading.has(w, NEGATIONS));
}

/** The word "nothing": "said nothing", "rien", "nichts", "nada". */
const NOTHING = /^(?:nothing|rien|nichts|nada)$/u;

/**
 * "Modi said nothing about the crisis", "Poutine n'a rien dit de l'attaque", "sagte nichts zu der
 * Krise", "no dijo nada sobre el ataque": saying nothing is not commenting. The topic follows, on
 * the verb or on "nothing".
 */
function saidNothing(reading: SentenceReading, verb: number): Proposal[] {
  const { graph } = reading;
  const nothing = graph.children(verb, 'obj').find((o) => NOTHING.test(graph.folded(o)));
  if (nothing === undefined) return [];
  const topic = [...obliquesOf(reading, verb), ...graph.children(nothing, 'nmod')].find(
    (o) => o > verb && graph.pos(o) !== 'ADV',
  );
  return notCommenting(reading, verb, topic);
}

/**
 * "No response from the RSF was available", "aucune réaction de Moscou", "the Kremlin gave no
 * comment": a denied answer is not commenting, by whoever it would have come from.
 */
function noResponse(reading: SentenceReading, noun: number): Proposal[] {
  const { graph } = reading;
  if (!graph.children(noun, 'det').some((d) => reading.has(d, NO_DETERMINERS))) return [];
  const from = graph
    .children(noun, 'nmod', 'nmod:poss')
    .filter((m) => graph.is(m, 'nmod:poss') || reading.caseIs(m, FROM))
    .flatMap((m) => argumentsOf(reading, m, true));
  const verb = governingVerb(reading, noun);
  const giver = verb !== null && graph.is(noun, 'obj') ? subjects(reading, verb, true) : [];
  return (from.length > 0 ? from : giver).map((subject) =>
    proposal({
      predicate: 'STATED_NO_COMMENT',
      subject,
      value: null,
      trigger: noun,
      negationInside: true,
    }),
  );
}

function topicText(reading: SentenceReading, token: number): string {
  const tokens = reading.graph
    .subtree(token)
    .filter((t) => !reading.graph.is(t, 'case') || t !== reading.graph.subtree(token)[0]);
  return reading.graph.textOf(tokens[0]!, tokens[tokens.length - 1]!);
}

/** Who acts; a title stands for the body it serves when `speaker` ("the army's spokesperson did not comment"). */
function subjects(reading: SentenceReading, verb: number, speaker = false): Argument[] {
  const subject = subjectOf(reading, verb);
  if (subject === null) return [];
  const named = argumentsOf(reading, subject, speaker);
  return named.length > 0 ? named : actorBeforeClause(reading, verb, speaker);
}

/**
 * "questions about the claims to the Russian Defense Ministry, which didn't
 * comment": the parser may hang a relative clause on a noun further back,
 * one that names nobody; who answers or stays silent is then the actor named
 * right before the clause, inside the same phrase.
 */
function actorBeforeClause(reading: SentenceReading, verb: number, speaker: boolean): Argument[] {
  const { graph } = reading;
  if (!graph.is(verb, 'acl:relcl', 'acl')) return [];
  let before = Math.min(...graph.subtree(verb)) - 1;
  while (before > 0 && graph.pos(before) === 'PUNCT') before -= 1;
  if (before === 0 || !graph.subtree(graph.head(verb)).includes(before)) return [];
  return argumentsOf(reading, before, speaker).filter(
    (a) => a.entity.kind === 'PERSON' || ACTOR_KINDS.has(a.entity.kind),
  );
}
