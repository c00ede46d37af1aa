import type { Modality } from '../../domain/modality';
import type { Entity } from '../../domain/entity';
import { foldForMatch } from '../text/fold-for-match';
import type { Attribution } from './attribution';
import { subjectOf, themeOf } from './clause-roles';
import {
  CONDITION_MARKERS,
  FRENCH_CONDITIONAL,
  FRENCH_IMPERFECT_IN_IR,
  FUTURE_AUXILIARIES,
  HEDGED_EVENT,
  HEDGES,
  NEGATIONS,
  PAST_REPORT_AUXILIARIES,
  PAST_REPORT_FORMS,
  POSSIBILITY_CONDITIONALS,
  UNVERIFIED,
  WANTING_WORDS,
  ATTEMPT_WORDS,
  FAIL_WORDS,
} from './lexicon/modality-words';
import type { Stems } from './lexicon/stems';
import { hasStem } from './lexicon/stems';
import {
  BACK_VERBS,
  CAPTURE_NOUNS,
  FIGHT_VERBS,
  LOSS_NOUNS,
  SEND_VERBS,
  SUCCEED_VERBS,
} from './lexicon/predicate-triggers';
import { ANNOUNCING_VERBS } from './lexicon/verbs';
import type { SentenceReading } from './sentence-reading';

/**
 * How sure a claim is, from the words around its trigger: a denial or a
 * negated fact is DENIED; the conditional ("aurait fourni", "habría
 * enviado"), "soll", "reportedly" or an unverifiable source make it
 * ALLEGED; the future, an announcement or a clause of purpose make it INTENDED; a confirming
 * verb CONFIRMED; a relayed or unnamed report REPORTED; else ASSERTED.
 * The clause is the trigger and the verbs above it up to the reporting verb.
 */
export function claimModality(
  reading: SentenceReading,
  trigger: number,
  attribution: Attribution,
  negatable = true,
  doer: Entity | null = null,
): Modality {
  const clause = clauseOf(reading, trigger, attribution.reportingVerb);
  const words = clause.flatMap((verb) => [
    verb,
    ...reading.graph.children(verb, 'aux', 'advmod', 'aux:pass', 'cop'),
  ]);
  // Only the fact's own verb (or the verb a noun depends on) is negated by "not": "no dudarán en
  // atacar" (will not hesitate to attack) does not deny the attack.
  // A noun right under its reporting verb is negated with it: "n'a pas déclaré la guerre".
  const head = reading.graph.head(trigger);
  const own = reading.isVerb(trigger)
    ? trigger
    : (clause[1] ?? (head !== 0 && reading.isVerb(head) ? head : trigger));
  // "wants to send troops", "veut envoyer": an intention; "does not want to send" denies it. Only
  // the verb wanted ("wanted to seize Kyiv, but its troops were killed" were killed).
  // "tried to capture Goma": an attempt is an aim as a wish is, but trying to fight is fighting
  // ("la Russie tente de contrer l'offensive"); "failed to capture", "n'est pas parvenu à
  // prendre" deny the deed.
  const governing = (words: Stems) =>
    clause.filter((w) => w !== trigger && reading.has(w, words) && wantedBy(reading, trigger, w));
  const fought = reading.has(trigger, FIGHT_VERBS) || reading.has(own, FIGHT_VERBS);
  const wanting = [...governing(WANTING_WORDS), ...(fought ? [] : governing(ATTEMPT_WORDS))];
  const failed =
    governing(FAIL_WORDS).length > 0 ||
    governing(SUCCEED_VERBS).some((w) => negatedWord(reading, w));
  const negated =
    negatedWord(reading, own) ||
    noneGiven(reading, own) ||
    failed ||
    wanting.some((w) => negatedWord(reading, w));
  if (attribution.stance === 'DENIED' || (negatable && negated)) return 'DENIED';
  const conditional = words.some((w) => isConditional(reading, w));
  const hedged =
    hedgedEvent(reading, trigger) ||
    words.some((w) => reading.has(w, HEDGES)) ||
    unverified(reading);
  const future =
    wanting.length > 0 ||
    words.some((w) => isFuture(reading, w)) ||
    announced(reading, trigger, clause) ||
    purpose(reading, trigger) ||
    futureOfPastReport(reading, clause, attribution.reportingVerb);
  // A refusal ("will not comment", "said it would not comment") is made when it is said.
  const refusal = !negatable;
  if (future && !refusal) return 'INTENDED';
  if ((conditional && !future) || hedged) return 'ALLEGED';
  // "Al-Shabaab claims to have killed five soldiers": a side claiming what it did itself asserts
  // it, as one claiming an attack does (blame.ts); what the claim says of others ("five Kenyan
  // soldiers" lost) stays alleged.
  if (attribution.stance === 'ALLEGED' && doer !== null && speaksFor(reading, attribution, doer))
    return 'ASSERTED';
  return attributedModality(attribution);
}

/** A speaker is the doer itself, or the state whose army the doer is. */
function speaksFor(reading: SentenceReading, attribution: Attribution, doer: Entity): boolean {
  return attribution.speakers.some(
    (speaker) =>
      speaker.id === doer.id || reading.gazetteer.country(speaker.id)?.armedForce?.id === doer.id,
  );
}

/**
 * The future as a past report saw it: the concordance of tenses puts it in the conditional
 * ("said Russia would send troops", "a dit que la Russie enverrait", "dijo que Rusia enviaría",
 * "anunciaron que reanudarían sus ataques"); German reported speech says it with "würde" and an
 * infinitive whatever the report's tense ("sagte, Russland würde … schicken"; "werde" is the
 * future's own). Not the past conditional ("aurait envoyé", "habría enviado", "would have sent"),
 * nor what can or must be ("pourrait", "debería"), nor a conditional under a report in the
 * present ("affirme que la Russie enverrait"), nor German "würden … eingesetzt" (a passive):
 * those allege, or state, as before.
 */
function futureOfPastReport(
  reading: SentenceReading,
  clause: readonly number[],
  report: number | null,
): boolean {
  if (report === null) return false;
  const { graph } = reading;
  const verbs = clause.filter((v) => reading.isVerb(v));
  const word = (token: number) => graph.token(token).word.toLowerCase();
  // The tense's own auxiliaries, not the passive's: "würden … eingesetzt" is a passive reported.
  const auxiliaries = (verb: number) =>
    graph
      .children(verb)
      .filter((a) => graph.relation(a) === 'aux')
      .map(word);
  if (reading.language === 'de')
    return verbs.some((v) => auxiliaries(v).some((a) => /^würden?$/u.test(a)));
  if (!reportedInThePast(reading, report)) return false;
  if (reading.language === 'en')
    return verbs.some(
      (v) =>
        auxiliaries(v).includes('would') && !auxiliaries(v).some((a) => /^ha(?:ve|s|d)$/u.test(a)),
    );
  // The conditional of the verb itself, or of its copula or passive's "être"/"ser" ("serían
  // enviadas", "serait présente"); not of the perfect's "avoir"/"haber", nor of French "être"
  // with a participle, which is as often the perfect of a verb of motion ("seraient arrivées").
  const spanishSer = (verb: number) =>
    reading.language === 'es'
      ? graph.children(verb, 'aux').filter((a) => /^ser/u.test(graph.folded(a)))
      : [];
  return verbs
    .flatMap((v) => [v, ...graph.children(v, 'aux:pass', 'cop'), ...spanishSer(v)])
    .some((w) => isConditional(reading, w) && !reading.has(w, POSSIBILITY_CONDITIONALS));
}

/**
 * A reporting verb in a past tense: with the perfect's or the past progressive's auxiliary ("has
 * said", "a dit", "ha dicho"), or a past form ("said", "disait", "déclara", "dijo", "afirmó").
 */
function reportedInThePast(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  if (graph.children(verb, 'aux').some((a) => reading.has(a, PAST_REPORT_AUXILIARIES))) return true;
  const { word, lemma } = graph.token(verb);
  const written = word.toLowerCase();
  if (reading.language === 'en')
    // English present forms are the lemma, its "-s" and its "-ing" ("say", "says", "saying").
    return written !== lemma.toLowerCase() && !/(?:s|ing)$/u.test(written);
  if (reading.language === 'fr' || reading.language === 'es')
    return (
      PAST_REPORT_FORMS[reading.language].test(written) &&
      !conditionalForm(reading.language, written)
    );
  return false;
}

/** "un supuesto tiroteo entre…", "an alleged attack by…": the event a claim is read from is alleged. */
export function hedgedEvent(reading: SentenceReading, trigger: number): boolean {
  return (
    reading.isNoun(trigger) &&
    reading.graph.children(trigger, 'amod').some((m) => reading.has(m, HEDGED_EVENT))
  );
}

/**
 * How sure a claim is from who states it, whatever its own words: an allegation, a confirmation,
 * a relayed or unnamed report, else ASSERTED. A fact taken for granted ("will withdraw from Mali":
 * is in Mali) is only this.
 */
export function attributedModality(attribution: Attribution): Modality {
  if (attribution.stance === 'ALLEGED') return 'ALLEGED';
  if (attribution.stance === 'CONFIRMED') return 'CONFIRMED';
  if (attribution.speakers.length === 0 && (attribution.reporter || attribution.unnamedReport))
    return 'REPORTED';
  // "Interfax reported, citing the ministry", "South Korean intelligence reported": a verb of
  // reporting says who passed a claim on, not how sure it is; a speaker named asserts it, as
  // with "informó", "said" or "told". Only a report nobody is named for is REPORTED.
  if (attribution.stance === 'REPORTED' && attribution.speakers.length === 0) return 'REPORTED';
  return 'ASSERTED';
}

/**
 * "not", "pas", "nicht", "no" or the French "n'" on the word itself, and what holds no more: "no
 * longer controls", "ne contrôle plus" (German "nicht mehr" and Spanish "ya no" have their "not").
 */
function negatedWord(reading: SentenceReading, word: number): boolean {
  const { graph } = reading;
  const adverbs = graph.children(word, 'advmod', 'aux', 'neg', 'advmod:neg');
  if (adverbs.some((w) => reading.has(w, NEGATIONS) || /^n['’]?$/u.test(graph.folded(w))))
    return true;
  // Not "no longer than necessary" (at most), nor "no longer only in Mali" (in Mali and more);
  // not "ne contrôle plus que Saada" (now only Saada) nor "plus seulement".
  const onlyThere = [word, ...graph.children(word)]
    .flatMap((t) => graph.children(t, 'advmod'))
    .some((w) => ONLY.test(graph.folded(w)));
  const noLonger = adverbs.some(
    (w) =>
      graph.folded(w) === 'longer' &&
      graph.children(w).some((n) => graph.folded(n) === 'no') &&
      !(w < graph.size && graph.folded(w + 1) === 'than'),
  );
  const nePlus =
    adverbs.some(
      (w) => graph.folded(w) === 'plus' && !(w < graph.size && ONLY.test(graph.folded(w + 1))),
    ) && adverbs.some((w) => /^(?:ne|n['’])$/u.test(graph.folded(w)));
  return !onlyThere && (noLonger || nePlus);
}

/** "only", "que", "seulement": what is said to hold no more than, or no longer only, still holds. */
const ONLY = /^(?:only|simply|just|merely|solely|alone|que|qu['’]|seulement|uniquement)$/u;

/**
 * "Kirkuk is not part of the Kurdistan Region", "gehört aber nicht zur Kurdenregion", "ne fait
 * pas partie de": a background fact the sentence negates, on its own word or on the verb that
 * word is the object of, is denied.
 */
export function deniedBackground(reading: SentenceReading, trigger: number): boolean {
  const { graph } = reading;
  const verb = reading.isVerb(trigger) || !graph.is(trigger, 'obj') ? null : graph.head(trigger);
  return negatedWord(reading, trigger) || (verb !== null && negatedWord(reading, verb));
}

/**
 * "they fear ethnic cleansing if RSF captures el-Fasher": a clause under a condition states
 * nothing that has happened, nor anything anybody intends; it makes no claim at all.
 */
export function hypothetical(reading: SentenceReading, trigger: number): boolean {
  const { graph } = reading;
  for (let at = trigger; at !== 0; at = graph.head(at)) {
    if (
      graph.is(at, 'advcl') &&
      graph.children(at, 'mark').some((m) => reading.has(m, CONDITION_MARKERS))
    )
      return true;
    if (graph.is(at, 'ccomp', 'parataxis', 'advcl', 'acl')) return false;
  }
  return false;
}

/**
 * True when the trigger is what the verb wants done: reached from it through its xcomp and what is
 * conjoined to that ("wants to send troops and supply arms"), not through a clause it holds
 * ("wants to show that its troops control Avdiivka": the control is claimed).
 */
function wantedBy(reading: SentenceReading, trigger: number, verb: number): boolean {
  const { graph } = reading;
  // A noun's verb stands for it: "wants to impose new sanctions".
  let at =
    !reading.isVerb(trigger) && reading.isVerb(graph.head(trigger)) ? graph.head(trigger) : trigger;
  if (at === verb) return false;
  while (graph.head(at) !== verb) {
    if (!graph.is(at, 'conj') || graph.head(at) === 0) return false;
    at = graph.head(at);
  }
  return graph.is(at, 'xcomp');
}

/** Markers of a clause of purpose: "para controlar", "pour prendre", "um … zu erobern", "to take". */
const PURPOSE_MARKERS = /^(?:para|pour|afin|um|to)$/u;

/**
 * "mantienen una ofensiva para controlar Marib", "launched an offensive to take the city": what a
 * clause of purpose states is an aim, not a fact. Not the backing or the fighting troops are sent
 * for ("a envoyé des troupes pour soutenir l'armée", "schickte Truppen, um … zu unterstützen"):
 * the troops sent do it by being there, as English "sent troops to fight" says.
 */
function purpose(reading: SentenceReading, trigger: number): boolean {
  const { graph } = reading;
  const sentFor =
    reading.has(graph.head(trigger), SEND_VERBS) &&
    (reading.has(trigger, BACK_VERBS) || reading.has(trigger, FIGHT_VERBS));
  return (
    reading.isVerb(trigger) &&
    graph.is(trigger, 'advcl') &&
    graph.children(trigger, 'mark').some((m) => PURPOSE_MARKERS.test(graph.folded(m))) &&
    !sentFor
  );
}

/** The trigger and the verbs it hangs from, stopping at the reporting verb. */
function clauseOf(reading: SentenceReading, trigger: number, stop: number | null): number[] {
  const { graph } = reading;
  const out = [trigger];
  for (let at = graph.head(trigger); at !== 0 && at !== stop; at = graph.head(at)) {
    if (reading.isVerb(at)) out.push(at);
    if (graph.is(at, 'ccomp', 'parataxis', 'advcl', 'acl')) break;
  }
  return out;
}

/**
 * "liefert keine Waffen", "sent no troops", "ningún soldado ha muerto", "no soldiers died": the
 * verb's object, or its subject, counts none.
 */
function noneGiven(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  if (!reading.isVerb(verb)) return false;
  return [themeOf(reading, verb), subjectOf(reading, verb)].some(
    (t) => t !== null && graph.children(t, 'det').some((d) => reading.has(d, NEGATIONS)),
  );
}

/**
 * French -rait/-raient and Spanish -ría/-rían verbs: the conditional mood (German uses "soll", a
 * hedge); and what English and German say with a modal of the same sense: "may have sent",
 * "might send", "könnte schicken", "dürfte geschickt haben" (written with the umlaut: "konnte",
 * "durfte" are the past of what was possible or allowed). Not "could" or "would", which news
 * uses for what was so ("could not be reached for comment", "would not comment"), nor German
 * "würde", reported speech's stand-in ("Es heißt, sie würden … eingesetzt").
 */
function isConditional(reading: SentenceReading, token: number): boolean {
  const pos = reading.graph.pos(token);
  if (pos !== 'VERB' && pos !== 'AUX') return false;
  const word = reading.graph.token(token).word.toLowerCase();
  if (reading.language === 'fr' || reading.language === 'es')
    return conditionalForm(reading.language, word);
  if (pos !== 'AUX') return false;
  if (reading.language === 'en') return /^(?:may|might)$/u.test(word);
  return /^(?:könnte|könnten|dürfte|dürften)$/u.test(word);
}

/**
 * A French or Spanish conditional as written: Spanish "-ría"; French "-rait", once the letters
 * before tell it from the imperfect of a verb whose stem ends in "r" (FRENCH_CONDITIONAL).
 */
function conditionalForm(language: 'fr' | 'es', word: string): boolean {
  if (language === 'es') return /(?:ría|rían|rías)$/u.test(word);
  return FRENCH_CONDITIONAL.test(word) && !FRENCH_IMPERFECT_IN_IR.test(word);
}

/** French and Spanish future forms, and "will", "wird", "va a", "vont" auxiliaries. */
function isFuture(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  const pos = graph.pos(token);
  // "van a entrar", not "van avanzando" (still going on): French and Spanish "aller"/"ir" are the
  // future's before an infinitive only.
  if (graph.is(token, 'aux') && reading.has(token, FUTURE_AUXILIARIES))
    return reading.language === 'es' || reading.language === 'fr'
      ? /re?$/u.test(graph.folded(graph.head(token)))
      : !passiveAuxiliary(reading, token);
  if (pos !== 'VERB' && pos !== 'AUX') return false;
  // "Les troupes vont entrer à Avdiivka": the French parser makes "aller" the verb, its infinitive
  // an xcomp.
  if (
    reading.language !== 'de' &&
    reading.has(token, FUTURE_AUXILIARIES) &&
    graph.children(token, 'xcomp').length > 0
  )
    return true;
  const word = graph.token(token).word.toLowerCase();
  if (reading.language === 'fr')
    return (
      word.length > 5 &&
      /(?:eront|iront|ront|era|ira|rra|rons|rez)$/u.test(word) &&
      !/(?:aient|ait)$/u.test(word)
    );
  if (reading.language === 'es') return /(?:rá|rán|ré|remos)$/u.test(word);
  return false;
}

/**
 * German "werden" as the passive's auxiliary ("wird von Ruanda unterstützt", "konnte nicht
 * erreicht werden") is no future; the future's is a second one ("wird … angegriffen werden").
 * The future's "werden" with an infinitive ("wird … schicken"), which the parser also calls the
 * passive's, is the active's auxiliary once the parse is repaired (germanActiveNotPassive).
 */
function passiveAuxiliary(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  if (reading.language !== 'de' || graph.relation(token) !== 'aux:pass') return false;
  const verb = graph.head(token);
  const infinitive = graph
    .children(verb, 'aux:pass')
    .some((a) => a > verb && graph.folded(a) === 'werden');
  return !(token < verb && infinitive);
}

/**
 * A claim whose trigger an announcing verb governs ("annonce de nouvelles sanctions"). Deaths
 * and captures announced ("a annoncé la mort de 12 soldats", "announced the capture of") have
 * happened: nothing is to come.
 */
function announced(reading: SentenceReading, trigger: number, clause: readonly number[]): boolean {
  if (
    reading.isNoun(trigger) &&
    (reading.has(trigger, LOSS_NOUNS) || reading.has(trigger, CAPTURE_NOUNS))
  )
    return false;
  // "a annoncé la mort de 46 assaillants, tandis que 10 soldats ont été tués": a clause beside the
  // announcement ("while", "tandis que") is no part of what is announced; nor is a verb joined to
  // the announcing one ("avait annoncé avoir repoussé l'assaut et tué 20 combattants", "tué"
  // parsed as a conjunct of "annoncé"), which shares its tense.
  const beside = (verb: number): boolean => {
    for (let at = trigger; at !== verb && at !== 0; at = reading.graph.head(at))
      if (
        reading.graph.is(at, 'advcl') ||
        (reading.graph.head(at) === verb && reading.graph.is(at, 'conj'))
      )
        return true;
    return false;
  };
  // "a annoncé la mort de deux soldats dans des affrontements avec la guérilla": the fighting the
  // announced deaths happened in has happened too, whether the parser hangs it on the deaths or on
  // the announcement.
  const lost = (at: number) =>
    reading.isNoun(at) && (reading.has(at, LOSS_NOUNS) || reading.has(at, CAPTURE_NOUNS));
  const inLoss = (verb: number): boolean => {
    if (reading.graph.children(verb, 'obj').some(lost)) return true;
    for (let at = reading.graph.head(trigger); at !== verb && at !== 0; at = reading.graph.head(at))
      if (lost(at)) return true;
    return false;
  };
  return (
    clause.some(
      (verb) =>
        verb !== trigger && reading.has(verb, ANNOUNCING_VERBS) && !beside(verb) && !inLoss(verb),
    ) ||
    (reading.isNoun(trigger) &&
      hasStem(
        reading.graph.folded(reading.graph.head(trigger) || trigger),
        ANNOUNCING_VERBS[reading.language],
      ) &&
      !inLoss(reading.graph.head(trigger)))
  );
}

function unverified(reading: SentenceReading): boolean {
  return UNVERIFIED[reading.language].test(foldForMatch(reading.graph.sentenceText));
}
