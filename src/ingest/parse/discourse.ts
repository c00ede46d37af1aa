import type { Entity } from '../../domain/entity';
import type { TimeRange } from '../../domain/claim';
import { foldForMatch } from '../text/fold-for-match';
import { UNVERIFIED } from './lexicon/modality-words';
import {
  isDefinite,
  speakersOf,
  quoteAnnouncedBy,
  quoteClosedBy,
  quoteMarks,
  reportingFamily,
} from './attribution';
import { attributedModality } from './claim-modality';
import type { Argument } from './argument';
import { PLACE_KINDS, argumentOf, argumentsOf, markedArgument } from './argument';
import { LOCATIVE } from './lexicon/case-markers';
import { governingVerb, isPassive, themeOf } from './clause-roles';
import { lossFrames, placeOf } from './frames/loss-frames';
import { ANNOUNCING_VERBS } from './lexicon/verbs';
import { AFFILIATION_WORDS, LEADER_TITLES, SPOKESPERSON_TITLES } from './lexicon/nouns';
import {
  CLASH_NOUNS,
  CONDEMN_VERBS,
  FIGHT_VERBS,
  HARM_VERBS,
  LOSS_NOUNS,
  WAR_NOUNS,
} from './lexicon/predicate-triggers';
import type { ReadClaim } from './read-claims';
import type { SentenceReading } from './sentence-reading';
import { LastSpeaker } from './speaker-pronouns';

const DEMONSTRATIVES = new Set([
  'ces',
  'cette',
  'ce',
  'these',
  'this',
  'those',
  'diese',
  'dieser',
  'dieses',
  'esta',
  'estas',
  'este',
  'estos',
  'esa',
  'esas',
]);

/**
 * What one sentence says of the claims of others, as two explicit rules:
 *
 * 1. An outlet that reports "this information" ("L'agence AP a rapporté que
 *    ces informations proviennent de…", "AP reported these figures") relays
 *    the claims of the sentence before, on its date.
 * 2. "Selon le rapport", "according to the report" (a definite report with
 *    no author) is the report of the last outlet the article named.
 * 3. A sentence that goes on with a quotation ("… ont déclaré : « … » « …")
 *    is said by whoever opened the quotation, also when the line before
 *    ends on the reporting verb and a colon (`quoteAnnouncedBy`); the other
 *    way round, a quotation whose speaker is named only after it closes,
 *    sentences later ("“… forces. We have indications…,” said Pat Ryder"),
 *    is said by that speaker from its first sentence (`quoteClosedBy`).
 * 4. A sentence saying the claims could not be verified, and stating none of
 *    its own, makes those of the sentence before allegations, and those of any
 *    earlier sentence said by a side it names ("could not verify the AA's figures").
 * 5. A speaker told by a title alone ("…, a précisé le porte-parole", "according to the
 *    spokesman", "the president said") is the person the article last named with that title
 *    ("Sani Usman, porte-parole de l'armée"; `titleHolders`).
 * 6. A speaker told by a pronoun alone ("…, he added", "a-t-il ajouté", "…, añadió") is whoever
 *    spoke last, unless another person was named since (speaker-pronouns.ts).
 *
 * Two more rules name an entity again across sentences: a subject pronoun or
 * a definite group noun is the actor the previous sentence was about
 * (`nextAntecedent` here, read in argument.ts), and "the army" or "the junta" alone is the
 * one state army the article has named so far, or with none named the army
 * of the one country named so far (argument.ts, `theArmy`).
 * "The militants", "les assaillants" with nothing beside them are the one armed group this
 * sentence or the one before names as acting, else the one group the story has shown acting at
 * all (`actingGroups` here, gathered in extract-from-analysis.ts, read in argument.ts). With two
 * armed groups in view ("Boko Haram and ISWAP attacked…"), a group noun names neither, even the
 * one the sentence before was about; a group named only as what another is tied to ("le groupe lié
 * à Al-Qaïda") is not in view. "Its fighters", "ses hommes", "seine Männer", "sus hombres" with no
 * owner named before them in their sentence are the one armed group in view, and a leader's men
 * his group (argument.ts, `possessedFighters`). "The police", "die Polizei" alone are the one
 * police force the article names (argument.ts, `thePolice`). "Government forces", "security
 * forces", "les forces gouvernementales", "die Regierungstruppen" with no state beside them are the
 * army of the one state the article names, once the story has put its events there, and nobody's in
 * a story of two states (argument.ts, `stateForces`); "los militares", "les militaires" alone are
 * the army "the army" would mean (`theMilitary`).
 * "The alliance", "la coalición" alone is the one body the article names whose own name holds
 * such a word ("Three Brotherhood Alliance"), whatever the sentence before was about
 * (sentence-reading.ts, `allianceNamedAgain`).
 * A last one places losses: losses a sentence counts without a place
 * happened where the sentence just before put its fighting ("Wagner suffered
 * its worst defeat at Tinzaouatène. The Times confirmed 46 fighters
 * killed."): `nextScene` here, read in loss-frames.ts. Before the story has put
 * its fighting anywhere, losses counted without a place happened where the next
 * sentence puts it: a headline or a lead counts the dead, the sentence after
 * says where the attack was ("Nine soldiers die in an ambush. AQIM claimed
 * Friday's attack in Ain Defla."; extract-from-analysis.ts). And "another
 * four soldiers", "six more soldiers" with no side of their own are more of
 * the last loss the sentence just before counted, where it fell unless they
 * are placed (`lastLoss` here, read in loss-frames.ts).
 */
export function carryReports(
  readings: readonly SentenceReading[],
  read: ReadClaim[],
  timeOf: (reading: SentenceReading) => TimeRange | null,
): void {
  let lastOutlet: Entity | null = null;
  let quoted: ReadClaim['attribution'] | null = null;
  // The sentence that opened the quotation still open, whoever said it.
  let quoteOpenedAt: number | null = null;
  const holders: TitleHolder[] = [];
  const lastSpeaker = new LastSpeaker();
  for (const reading of readings) {
    const index = reading.graph.sentence.index;
    const own = read.filter((c) => c.sentence === index && !c.proposal.structural);
    const text = reading.graph.sentenceText;
    for (const claim of own) nameTitledSpeaker(reading, claim, holders);
    for (const claim of own) lastSpeaker.name(reading, claim);
    const titled = titleHolders(reading, read);
    holders.push(...titled);
    // A sentence with no claim may still say who speaks ("According to the Pentagon, Russia is ready").
    const voices =
      own.length === 0 ? speakersOf(reading) : own.flatMap((c) => c.attribution.speakers);
    lastSpeaker.note(reading, [...voices, ...titled.map((h) => h.person)]);
    if (quoted) {
      for (const claim of own.filter((c) => c.attribution.speakers.length === 0))
        claim.attribution = quoted;
    }
    const closedBy = quoteOpenedAt === null ? null : quoteClosedBy(reading);
    if (closedBy) {
      for (const claim of read.filter(
        (c) =>
          c.sentence >= quoteOpenedAt! &&
          c.sentence < index &&
          !c.proposal.structural &&
          c.attribution.speakers.length === 0,
      ))
        claim.attribution = closedBy;
    }
    if (opensQuote(reading)) quoteOpenedAt ??= index;
    else if (closesQuote(reading) || closedBy) quoteOpenedAt = null;
    quoted = opensQuote(reading)
      ? (own.find((c) => c.attribution.speakers.length > 0)?.attribution ??
        quoteAnnouncedBy(reading) ??
        quoted)
      : closesQuote(reading)
        ? null
        : quoted;
    if (own.length === 0 && UNVERIFIED[reading.language].test(foldForMatch(text))) {
      // "…could not be verified": what the sentence before says; "could not verify the AA's
      // casualty figures": what the AA said anywhere before too.
      const doubted = doubtedSpeakers(reading);
      for (const claim of read.filter(
        (c) =>
          c.sentence < index &&
          !c.proposal.structural &&
          c.modality !== 'DENIED' &&
          (c.sentence === index - 1 || c.attribution.speakers.some((s) => doubted.has(s.id))),
      )) {
        claim.modality = 'ALLEGED';
      }
    }
    for (const claim of own) {
      if (claim.attribution.reportAnaphor && claim.reportedBy === null)
        claim.reportedBy = lastOutlet;
    }
    const relay = anaphoricRelay(reading);
    if (relay && own.length === 0) {
      const time = timeOf(reading);
      for (const claim of read.filter((c) => c.sentence === index - 1 && !c.proposal.structural)) {
        claim.reportedBy ??= relay;
        claim.time ??= time;
      }
    }
    lastOutlet = relay ?? outletNamed(reading, own) ?? lastOutlet;
  }
}

/** A person the article named with a title ("spokesperson", or "president" as a word). */
interface TitleHolder {
  readonly title: string;
  readonly person: Entity;
}

/** The title a noun gives, as `TitleHolder` keeps it; null for a noun of no title. */
function titleOf(reading: SentenceReading, noun: number): string | null {
  if (reading.headHas(noun, SPOKESPERSON_TITLES)) return 'SPOKESPERSON';
  return reading.has(noun, LEADER_TITLES) ? reading.graph.folded(noun) : null;
}

/** The people a sentence names with a title: "Sani Usman, porte-parole de l'armée". */
function titleHolders(reading: SentenceReading, read: readonly ReadClaim[]): TitleHolder[] {
  const index = reading.graph.sentence.index;
  return read.flatMap(({ proposal, sentence }) => {
    const title =
      sentence === index && proposal.structural ? titleOf(reading, proposal.trigger) : null;
    const person = proposal.subject.entity;
    return title !== null && person.kind === 'PERSON' ? [{ title, person }] : [];
  });
}

/**
 * "…, a précisé le porte-parole": a definite title that named nobody in its sentence is the one
 * the article last named with it; a claim relayed by an outlet is then that person's, not a report.
 */
function nameTitledSpeaker(
  reading: SentenceReading,
  claim: ReadClaim,
  holders: readonly TitleHolder[],
): void {
  const noun = claim.attribution.unnamedSpeaker;
  if (noun === null || claim.attribution.speakers.length > 0 || !isDefinite(reading, noun)) return;
  const title = titleOf(reading, noun);
  const holder = title === null ? undefined : holders.findLast((h) => h.title === title);
  if (!holder) return;
  const before = claim.attribution;
  claim.attribution = { ...before, speakers: [holder.person], unnamedSpeaker: null };
  if (claim.modality === attributedModality(before))
    claim.modality = attributedModality(claim.attribution);
}

/** Who a sentence saying something could not be verified names, other than an outlet. */
function doubtedSpeakers(reading: SentenceReading): Set<string> {
  const named = new Set<string>();
  for (let token = 1; token <= reading.graph.size; token += 1) {
    const entity = reading.mentionAt(token)?.entity;
    if (entity && !reading.gazetteer.isMedia(entity.id)) named.add(entity.id);
  }
  return named;
}

/** The outlet of "X a rapporté que ces informations…": a media subject and a demonstrative in the content. */
function anaphoricRelay(reading: SentenceReading): Entity | null {
  const { graph } = reading;
  for (let verb = 1; verb <= graph.size; verb += 1) {
    if (!reportingFamily(reading, verb)) continue;
    const subject = graph.children(verb, 'nsubj')[0];
    const outlet =
      subject === undefined
        ? undefined
        : argumentsOf(reading, subject).find((a) => reading.gazetteer.isMedia(a.entity.id));
    if (!outlet) continue;
    const content = graph.children(verb, 'ccomp', 'obj').flatMap((c) => graph.subtree(c));
    if (content.some((t) => DEMONSTRATIVES.has(graph.folded(t)) && graph.is(t, 'det')))
      return outlet.entity;
  }
  return null;
}

function outletNamed(reading: SentenceReading, own: readonly ReadClaim[]): Entity | null {
  return own.find((c) => c.reportedBy)?.reportedBy ?? null;
}

/** The sentence leaves a quotation open (more opening marks than closing ones, or ends with a colon). */
function opensQuote(reading: SentenceReading): boolean {
  const { graph } = reading;
  const marks = quoteMarks(reading);
  let balance = 0;
  for (let token = 1; token <= graph.size; token += 1) {
    const word = graph.token(token).word;
    if (marks.open.has(word)) balance += 1;
    else if (marks.close.has(word)) balance -= 1;
  }
  return balance > 0 || graph.token(graph.size)?.word === ':';
}

/** The sentence ends on a closing mark, its full stop aside. */
function closesQuote(reading: SentenceReading): boolean {
  const { graph } = reading;
  let last = graph.size;
  while (last > 0 && /^[.!?]$/u.test(graph.token(last).word)) last -= 1;
  const word = last > 0 ? graph.token(last).word : '';
  return quoteMarks(reading).close.has(word) || word === '"' || word === "''";
}

/**
 * The armed groups a sentence names as doing something, for "the militants" of this sentence and
 * the next: not one that only speaks of what others did ("Hezbollah said Israeli drones struck…",
 * "Hamas condemned…").
 */
export function actingGroups(reading: SentenceReading): Entity[] {
  const { graph } = reading;
  const groups: Entity[] = [];
  for (let token = 1; token <= graph.size; token += 1) {
    const entity = reading.mentionAt(token)?.entity;
    if (!entity || !reading.gazetteer.isArmedGroup(entity.id) || describesAnother(reading, token))
      continue;
    const verb = graph.is(token, 'nsubj') ? graph.head(token) : 0;
    const speaks =
      verb !== 0 &&
      (reportingFamily(reading, verb) !== null ||
        reading.has(verb, ANNOUNCING_VERBS) ||
        reading.has(verb, CONDEMN_VERBS));
    if (!speaks && !groups.some((g) => g.id === entity.id)) groups.push(entity);
  }
  return groups;
}

/**
 * "the al-Qaeda linked group", "groups linked to al-Qaeda", "un groupe affilié à l'EI": a group
 * named on a word that ties it to another describes that other, which is the side in view.
 */
function describesAnother(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  let last = token;
  while (last < graph.size && reading.mentionAt(last + 1) === reading.mentionAt(token)) last += 1;
  const tie = (t: number) => t >= 1 && t <= graph.size && reading.has(t, AFFILIATION_WORDS);
  return tie(last + 1) || tie(graph.head(token));
}

/**
 * The actor a sentence is about, for the next sentence's pronouns: the
 * subject of its main verb when it names an actor, else the previous
 * sentence's antecedent.
 */
export function nextAntecedent(reading: SentenceReading): Entity | null {
  const { graph } = reading;
  const root = graph.children(0)[0];
  // A passive's subject is what the sentence is about, even labelled as an object ("wurden … Soldaten geschickt").
  const subject =
    root === undefined
      ? null
      : (graph.children(root, 'nsubj')[0] ??
        (isPassive(reading, root) ? themeOf(reading, root) : null));
  const named = subject === null ? null : argumentOf(reading, subject);
  const kind = named?.entity.kind;
  return named && kind !== 'LOCATION' && kind !== 'COMMODITY' && kind !== 'EVENT'
    ? named.entity
    : reading.antecedent;
}

/**
 * Where the story last put its fighting, for losses a later sentence names without a place.
 * `parties` is null when the sentence just before set it: any loser may fall there. Set farther
 * back, the scene holds only for the actors the story had named by then ("Russian forces attacked
 * Vovchansk … Israel's army said two soldiers were killed" are no losses in Vovchansk).
 */
export interface Scene {
  readonly place: Entity;
  readonly parties: ReadonlySet<string> | null;
}

/** Who lost people, and where: what "another four soldiers were wounded" adds to (loss-frames.ts). */
export interface LastLoss {
  readonly loser: Entity;
  readonly place: Entity;
}

/** The last loss a sentence counts, as its loss frames read it; null when it counts none. */
export function lastLoss(reading: SentenceReading): LastLoss | null {
  let last: LastLoss | null = null;
  for (let token = 1; token <= reading.graph.size; token += 1) {
    for (const found of lossFrames(reading, token)) {
      if (found.predicate !== 'SUFFERED_LOSSES_IN' || !found.object) continue;
      last = { loser: found.subject.entity, place: found.object.entity };
    }
  }
  return last;
}

/** The actors a sentence names, with the armies of the states among them: a scene's parties. */
export function sceneParties(reading: SentenceReading): ReadonlySet<string> {
  const parties = new Set<string>();
  for (let token = 1; token <= reading.graph.size; token += 1) {
    const actor = argumentOf(reading, token)?.entity;
    if (!actor || !SCENE_PARTY_KINDS.has(actor.kind)) continue;
    parties.add(actor.id);
    const army = reading.gazetteer.country(actor.id)?.armedForce;
    if (army) parties.add(army.id);
  }
  return parties;
}

const SCENE_PARTY_KINDS = new Set(['COUNTRY', 'ARMED_FORCE', 'ORGANIZATION']);

/** "Ces assauts ont ciblé…", "These attacks hit…": the verb's subject is fighting told before. */
function fightingReferredBack(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  return graph
    .children(verb, 'nsubj')
    .some(
      (s) =>
        (reading.has(s, WAR_NOUNS) || reading.has(s, CLASH_NOUNS)) &&
        graph.children(s, 'det').some((d) => DEMONSTRATIVES.has(graph.folded(d))),
    );
}

/** "Boko Haram attacked Kolofata": what a verb of fighting struck, when it is a place itself. */
function struckPlace(reading: SentenceReading, struck: number): Argument | null {
  const named = argumentOf(reading, struck);
  return named?.entity.kind === 'LOCATION' ? named : null;
}

/**
 * Where the sentence puts its fighting or its losses (the place of an
 * attack, a defeat, a battle, a killing), for later sentences' losses (Scene).
 */
export function nextScene(reading: SentenceReading): Entity | null {
  for (let token = 1; token <= reading.graph.size; token += 1) {
    const fighting = reading.isNoun(token)
      ? reading.has(token, WAR_NOUNS) ||
        reading.has(token, CLASH_NOUNS) ||
        reading.has(token, LOSS_NOUNS)
      : reading.isVerb(token) &&
        (reading.has(token, FIGHT_VERBS) || reading.has(token, HARM_VERBS));
    // "Wagner sufrió su mayor derrota en Tinzaouatène": the noun's place may hang on its verb;
    // "Fighting broke out in Buringa": a gerund's, tagged a verb, on the verb it is the subject of.
    const verb = reading.isNoun(token)
      ? governingVerb(reading, token)
      : reading.graph.is(token, 'nsubj')
        ? reading.graph.head(token)
        : null;
    // "Boko Haram attacked an army base in Borno": or on what a verb of fighting struck, right on
    // it; not what "these assaults" struck, which are the last scene's ("Ces assauts ont ciblé des
    // positions, dont une près du fleuve Mpanda" puts one of them only).
    const struck =
      fighting && reading.isVerb(token) && !fightingReferredBack(reading, token)
        ? themeOf(reading, token)
        : null;
    const place = !fighting
      ? null
      : (placeOf(reading, token) ??
        (verb === null ? null : placeOf(reading, verb)) ??
        (struck === null
          ? null
          : (markedArgument(
              reading,
              reading.graph.children(struck, 'nmod'),
              LOCATIVE,
              PLACE_KINDS,
            ) ?? struckPlace(reading, struck))));
    if (place) return place.entity;
  }
  return null;
}
