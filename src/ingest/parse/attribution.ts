import type { Entity } from '../../domain/entity';
import type { Modality } from '../../domain/modality';
import { argumentOf, argumentsOf } from './argument';
import type { Blame } from './blame';
import { blameOf } from './blame';
import {
  agentOf,
  conjunctAfterSource,
  isPassive,
  joinedComplement,
  obliquesOf,
  subjectOf,
} from './clause-roles';
import { REPORT_NOUNS } from './lexicon/nouns';
import { CAPTURE_NOUNS, CREDIT_VERBS } from './lexicon/predicate-triggers';
import { keyOfStem } from './lexicon/stems';
import { GERMAN_SUBJUNCTIVE } from './lexicon/modality-words';
import {
  ACCORDING_TO,
  ACCUSE_VERBS,
  AS_SAID,
  OWN,
  REPORTING_VERBS,
  SOURCE_MARKERS,
  SOURCE_NOUNS,
  UNNAMED_SOURCES,
} from './lexicon/verbs';
import { citationOf, otherSubject, toldOutlet } from './reported-outlets';
import type { SentenceReading } from './sentence-reading';
import {
  sameSource,
  speakerPronounMeans,
  standsForSpeaker,
  unsaidSpeaker,
} from './speaker-pronouns';

/** Who says a claim, who relays it, through what, and how the saying verb qualifies it. */
export interface Attribution {
  readonly speakers: readonly Entity[];
  readonly reporter: Entity | null;
  readonly channel: string | null;
  /** The reporting verb's family (CONFIRMED for "confirmed", DENIED for "denied"), if any. */
  readonly stance: Modality | null;
  /** An unnamed report is the source ("selon le rapport", "according to reports"). */
  readonly unnamedReport: boolean;
  /** That report is "the report": one the article named before (discourse.ts). */
  readonly reportAnaphor: boolean;
  /** The reporting verb, when there is one: its tense and mood weigh on the claim. */
  readonly reportingVerb: number | null;
  /**
   * A speaker noun that names nobody in its sentence ("…, a précisé le porte-parole", "according
   * to the spokesman"), or a speaker pronoun ("he added", "añadió" with no subject): whom the
   * article named so before may be meant (discourse.ts, speaker-pronouns.ts).
   */
  readonly unnamedSpeaker: number | null;
}

interface QuoteMarks {
  readonly open: ReadonlySet<string>;
  readonly close: ReadonlySet<string>;
}

const QUOTE_MARKS: Readonly<Record<SentenceReading['language'], QuoteMarks>> = {
  en: { open: new Set(['“', '«']), close: new Set(['”', '»']) },
  fr: { open: new Set(['«', '“']), close: new Set(['»', '”']) },
  es: { open: new Set(['«', '“']), close: new Set(['»', '”']) },
  de: { open: new Set(['„', '»']), close: new Set(['“', '«']) },
};

/** Quotation marks as the sentence's language opens and closes them: German closes with the English opening mark. */
export function quoteMarks(reading: SentenceReading): QuoteMarks {
  return QUOTE_MARKS[reading.language];
}

/** Relations through which a clause is the content of the verb above it. */
const CONTENT = ['ccomp', 'parataxis', 'xcomp', 'dep', 'obj', 'csubj'];
/** Relations through which a clause belongs to the statement above it. */
const INSIDE = [
  'conj',
  'advcl',
  'acl',
  'xcomp',
  'ccomp',
  'parataxis',
  'obl',
  'obj',
  'nmod',
  'nsubj',
  'dep',
  'appos',
];

const CHANNELS = new Set([
  'telegram',
  'x',
  'twitter',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'vk',
  'vkontakte',
  'weibo',
  'truth',
]);

/**
 * Reads the attribution of the clause holding `trigger`: climbing from the
 * trigger towards the root, the first reporting verb whose content holds it
 * gives the speaker (its subject) and the stance; a "selon / according to /
 * laut / zufolge / según" phrase on the way gives the source; a reporting
 * verb in parataxis ("…, a annoncé le service") counts wherever it stands.
 * A source that is a news outlet relays rather than speaks.
 */
export function attributionOf(reading: SentenceReading, trigger: number): Attribution {
  const { graph } = reading;
  const speakers: Entity[] = [];
  let reporter: Entity | null = null;
  let stance: Modality | null = null;
  let channel: string | null = null;
  let unnamedReport = false;
  let reportAnaphor = false;
  let reportingVerb: number | null = null;
  let unnamedSpeaker: number | null = null;
  const take = (sources: readonly Entity[]) => {
    for (const source of sources) {
      if (reading.gazetteer.isMedia(source.id)) reporter ??= source;
      else if (!speakers.some((s) => s.id === source.id)) speakers.push(source);
    }
  };
  // A reporting verb's subject: the entities it names are taken; true when it names none.
  const takeNamedBy = (subject: number): boolean => {
    const said = speakerPronounMeans(reading, subject, argumentsOf(reading, subject, true));
    take(said.map((a) => a.entity));
    if (said.length === 0 && (reading.isNoun(subject) || standsForSpeaker(reading, subject)))
      unnamedSpeaker ??= subject;
    return said.length === 0;
  };
  // "the KIA claimed the capture of Panwa", "a revendiqué la prise de", "beanspruchte die
  // Einnahme": who claims a success as its own asserts it, as a side claiming an attack does.
  const claimant = claimantOf(reading, trigger);
  if (claimant !== null) {
    takeNamedBy(claimant);
    stance = 'ASSERTED';
    reportingVerb = graph.head(trigger);
  }
  for (let at = trigger; at !== 0; at = graph.head(at)) {
    // "Israel blamed Hezbollah for the attack", "ISIS claimed the bombing": who puts an attack on
    // a side says so, alleging it of another or asserting it of itself.
    const blame: Blame | null =
      stance === null && speakers.length === 0 && reporter === null ? blameOf(reading, at) : null;
    if (blame !== null) {
      const agent = agentOf(reading, blame.verb);
      if (agent !== null) takeNamedBy(agent);
      stance = blame.stance;
      reportingVerb = blame.verb;
      channel ??= channelOf(reading, blame.verb);
    }
    for (const source of graph.children(at, 'obl', 'nmod', 'advmod', 'advcl')) {
      if (!namesSource(reading, source)) continue;
      const sources = sourceArguments(reading, source);
      const told = reportingFamily(reading, source);
      if (sources.length > 0) take(sources);
      else if (told !== null) {
        // "según informó el Ejército", "según informaron fuentes militares": the source is the
        // subject of the reporting clause "según" opens.
        const subject = speakerOf(reading, source);
        if (subject !== null && takeNamedBy(subject) && unnamedSource(reading, subject))
          unnamedReport = true;
      } else if (reading.has(source, REPORT_NOUNS)) {
        unnamedReport = true;
        reportAnaphor ||= isDefinite(reading, source);
      } else if (sameSource(reading, source)) unnamedSpeaker ??= source;
      else if (unnamedSource(reading, source)) unnamedReport = true;
      // "nach Angaben des Sprechers": the speaker is the statement's modifier.
      else if (reading.has(source, SOURCE_NOUNS))
        unnamedSpeaker ??= graph.children(source, 'nmod')[0] ?? null;
      else unnamedSpeaker ??= source;
    }
    // English parses often hang a final "…, officials said" as a bare dependent.
    for (const aside of asidesOf(reading, at)) {
      const family = reportingFamily(reading, aside);
      const subject = family ? speakerOf(reading, aside, true) : null;
      if (family && subject !== null && speakers.length === 0) {
        if (takeNamedBy(subject) && unnamedSource(reading, subject)) unnamedReport = true;
        const citation = citationOf(reading, aside);
        take(citation.cited);
        if (citation.citing && citation.cited.length === 0) unnamedReport = true;
        stance ??= family;
        reportingVerb ??= aside;
        channel ??= channelOf(reading, aside);
        reporter ??= toldOutlet(reading, aside)?.outlet ?? null;
      }
    }
    // "…, hieß es von der Armee", "hieß es aus Militärkreisen", "heißt es in der Erklärung der
    // Armee": a German report with an impersonal "es" names its source in an oblique.
    for (const aside of graph.children(at, 'parataxis', 'dep', 'conj')) {
      if (speakers.length > 0 || !impersonalReport(reading, aside)) continue;
      for (const source of obliquesOf(reading, aside)) {
        // "von der Armee", "aus Militärkreisen", "in der Erklärung": not "in Colombo", where it
        // was said, nor what the clause says ("als Infanterie").
        const statement = reading.has(source, SOURCE_NOUNS) || reading.has(source, REPORT_NOUNS);
        if (!statement && !IMPERSONAL_SOURCE.test(graph.caseOf(source))) continue;
        const named = sourceArguments(reading, source).filter((e) => e.kind !== 'LOCATION');
        take(named);
        if (named.length === 0 && unnamedSource(reading, source)) unnamedReport = true;
      }
      if (speakers.length > 0 || unnamedReport) {
        stance ??= reportingFamily(reading, aside);
        reportingVerb ??= aside;
      }
    }
    const head = graph.head(at);
    if (head === 0 || !graph.is(at, ...INSIDE)) break;
    // "des rapports ont circulé sur l'envoi…": reports are the subject of the verb above.
    if (
      graph
        .children(head, 'nsubj')
        .some((s) => s !== at && reading.has(s, REPORT_NOUNS) && !argumentOf(reading, s))
    )
      unnamedReport = true;
    const family = reportingFamily(reading, head);
    // "Burundi accuses Rwanda of backing the rebels": what the accused did hangs on the verb of
    // accusing as an adverbial clause in English.
    const content =
      graph.is(at, ...CONTENT) ||
      joinedComplement(reading, at) ||
      reportedConjunct(reading, at) ||
      reportedBefore(reading, at) ||
      (graph.is(at, 'advcl') && reading.has(head, ACCUSE_VERBS));
    // A verb of claiming that put an attack on a side has said all it says ("claimed the attack").
    if (family && content && speakers.length === 0 && reporter === null && head !== reportingVerb) {
      // "en affirmant que…": a participle's speaker is its clause's subject; "Es heißt, …" has
      // none, it is hearsay.
      const hearsay = impersonalReport(reading, head) || saidByNobodyNamed(reading, head);
      if (hearsay) unnamedReport = true;
      const subject = hearsay ? null : speakerOf(reading, head);
      if (
        subject !== null &&
        takeNamedBy(subject) &&
        (reading.has(subject, REPORT_NOUNS) || unnamedSource(reading, subject))
      )
        unnamedReport = true;
      const citation = citationOf(reading, head);
      take(citation.cited);
      if (citation.citing && citation.cited.length === 0) unnamedReport = true;
      // "Iran is alleged to have supplied missiles, US officials said": the allegation or denial
      // of a hearsay verb below stays what the speaker above passes on.
      stance = stance === 'ALLEGED' || stance === 'DENIED' ? stance : family;
      reportingVerb = head;
      channel ??= channelOf(reading, head);
      reporter ??= toldOutlet(reading, head)?.outlet ?? null;
    }
  }
  if (speakers.length === 0 && reporter === null && !unnamedReport) {
    // "…, selon l'armée israélienne": the parser may hang the source on any word; it covers the sentence.
    for (let token = 1; token <= graph.size; token += 1) {
      if (namesSource(reading, token) && graph.is(token, 'obl', 'nmod'))
        take(sourceArguments(reading, token));
    }
  }
  if (speakers.length === 0 && reporter !== null && stance === 'REPORTED') stance = null;
  return {
    speakers,
    reporter,
    channel,
    stance,
    unnamedReport,
    reportAnaphor,
    reportingVerb,
    unnamedSpeaker: speakers.length === 0 ? unnamedSpeaker : null,
  };
}

/**
 * Who speaks in a sentence, whatever it says: the attribution of its main clause ("According to
 * the Pentagon, Russia is ready") and of the clauses its main verb reports ("Kirby said the talks
 * had failed").
 */
export function speakersOf(reading: SentenceReading): Entity[] {
  const { graph } = reading;
  const root = graph.children(0)[0];
  if (root === undefined) return [];
  const clauses = [root, ...graph.children(root, 'ccomp', 'parataxis')];
  return clauses.flatMap((clause) => attributionOf(reading, clause).speakers);
}

/**
 * Clauses set beside the clause of `verb` that may report it: "…, officials said" as a bare
 * dependent or parataxis, also where the parser hangs it on the clause's last phrase ("deployed
 * troops to Belarus, the Pentagon said"); a German report after a comma, verb first, that the
 * parser joins as a conjunct with no conjunction ("…, sagte das Pentagon"); a clause of "as"
 * before or after it ("as the Pentagon said").
 */
function asidesOf(reading: SentenceReading, verb: number): number[] {
  const { graph } = reading;
  const onPhrase = graph
    .children(verb, 'obl', 'obj', 'nmod')
    .flatMap((phrase) => graph.children(phrase, 'parataxis'));
  const verbFirst =
    reading.language === 'de'
      ? graph.children(verb, 'conj').filter((c) => {
          const subject = subjectOf(reading, c);
          return (
            c > verb && graph.children(c, 'cc').length === 0 && subject !== null && subject > c
          );
        })
      : [];
  // "As the Pentagon said, …", "comme l'a indiqué le Pentagone", "como informó", "wie … mitteilte".
  const asSaid = graph
    .children(verb, 'advcl')
    .filter((c) => graph.children(c, 'mark').some((m) => reading.has(m, AS_SAID)));
  // "…, a rapporté Interfax": a report after the clause, its speaker after it, taken for an
  // adverbial clause with no conjunction; so is Spanish "…, añadió", with no speaker written.
  const after = graph
    .children(verb, 'advcl')
    .filter(
      (c) =>
        c > verb &&
        graph.children(c, 'mark').length === 0 &&
        reportingFamily(reading, c) !== null &&
        (graph.children(c, 'obj', 'nsubj').some((s) => s > c) ||
          unsaidSpeaker(reading, c) !== null),
    );
  return [
    ...graph.children(verb, 'parataxis', 'dep'),
    ...onPhrase,
    ...verbFirst,
    ...asSaid,
    ...after,
  ];
}

/**
 * "The army has killed hundreds of fighters, he added": a whole clause before its reporting verb,
 * which the parser may hang on it as an adverbial clause; one with a conjunction ("When the army
 * attacked, he said…", "as") says when or why, not what was said.
 */
function reportedBefore(reading: SentenceReading, clause: number): boolean {
  const { graph } = reading;
  return (
    graph.is(clause, 'advcl') &&
    clause < graph.head(clause) &&
    graph.children(clause, 'mark').length === 0 &&
    subjectOf(reading, clause) !== null
  );
}

/**
 * "Beamte sagten, die Truppen hätten … erlitten": German reported speech after a comma, in the
 * subjunctive, which the parser may join to the reporting verb as a conjunct with no conjunction.
 */
function reportedConjunct(reading: SentenceReading, clause: number): boolean {
  const { graph } = reading;
  if (reading.language !== 'de' || !graph.is(clause, 'conj') || clause < graph.head(clause))
    return false;
  if (graph.children(clause, 'cc').length > 0) return false;
  return [clause, ...graph.children(clause, 'aux', 'cop')].some((t) =>
    GERMAN_SUBJUNCTIVE.test(graph.token(t).word.toLowerCase()),
  );
}

/**
 * "Dans un communiqué, les services ont déclaré :" — a sentence that ends on
 * a reporting verb and a colon announces the quotation on the next lines:
 * the verb's subject says it. Null when the sentence ends otherwise.
 */
export function quoteAnnouncedBy(reading: SentenceReading): Attribution | null {
  const { graph } = reading;
  const last = graph.size;
  if (last === 0 || graph.token(last).word !== ':') return null;
  return saidBy(reading, graph.head(last));
}

/**
 * "…forces. We have indications…,” said Pentagon spokesperson Pat Ryder" — a
 * sentence that closes a quotation opened in an earlier one, with a
 * reporting verb after the closing mark: the verb's subject said the whole
 * quotation. Null when no quotation closes here or nobody is named.
 */
export function quoteClosedBy(reading: SentenceReading): Attribution | null {
  const { graph } = reading;
  const marks = quoteMarks(reading);
  let open = 0;
  let closing = 0;
  for (let token = 1; token <= graph.size; token += 1) {
    const word = graph.token(token).word;
    if (marks.open.has(word)) open += 1;
    else if (marks.close.has(word)) {
      if (open > 0) open -= 1;
      else closing = token;
    }
  }
  if (closing === 0) return null;
  for (let verb = closing + 1; verb <= graph.size; verb += 1) {
    if (reportingFamily(reading, verb)) return saidBy(reading, verb);
  }
  return null;
}

/**
 * The subject of a verb of claiming whose object is the capture `trigger` names ("claimed the
 * capture", "revendiqué la prise", "reivindicó la toma", "meldete die Einnahme"): the side that
 * claims the capture as its own (conflict-frames.ts makes it the taker). Not a verb of reporting
 * that says more than a claim ("announced", "confirmed", which one may say of the enemy's), nor a
 * claim of what others did ("Kyiv claimed the presence of North Korean troops" alleges).
 */
function claimantOf(reading: SentenceReading, trigger: number): number | null {
  const { graph } = reading;
  const verb = graph.head(trigger);
  if (!reading.isNoun(trigger) || !reading.has(trigger, CAPTURE_NOUNS)) return null;
  if (!graph.is(trigger, 'obj') || !reading.isVerb(verb) || !reading.has(verb, CREDIT_VERBS))
    return null;
  const family = reportingFamily(reading, verb);
  if (family !== null && family !== 'ALLEGED') return null;
  return subjectOf(reading, verb);
}

/** The attribution a reporting verb gives on its own: its subject speaks, or relays when an outlet. */
function saidBy(reading: SentenceReading, verb: number): Attribution | null {
  const stance = reportingFamily(reading, verb);
  const subject = stance === null ? null : speakerOf(reading, verb);
  if (subject === null) return null;
  const sources = argumentsOf(reading, subject, true).map((a) => a.entity);
  const speakers = sources.filter((e) => !reading.gazetteer.isMedia(e.id));
  const reporter = sources.find((e) => reading.gazetteer.isMedia(e.id)) ?? null;
  if (speakers.length === 0 && reporter === null) return null;
  return {
    speakers,
    reporter,
    channel: channelOf(reading, verb),
    stance,
    unnamedReport: false,
    reportAnaphor: false,
    reportingVerb: verb,
    unnamedSpeaker: null,
  };
}

/**
 * Who speaks through a reporting verb: its subject; or, when the parser
 * found none that names anyone ("Wir haben …“, sagte Ryder" hangs "wir" on
 * "sagte"), the speaker put after the verb ("…,” said Pentagon spokesperson
 * Pat Ryder", parsed as an object or an apposition), or the one right
 * before a verb hung on the statement ("…in Kursk, the Pentagon confirmed
 * Monday", the Pentagon parsed as an apposition). A verb set beside the clause it reports
 * (`aside`) has no subject but its own: the one a participle borrows from its head is the
 * reported clause's ("Les forces russes ont pris Avdiïvka, a rapporté Interfax").
 */
function speakerOf(reading: SentenceReading, verb: number, aside = false): number | null {
  const { graph } = reading;
  const names = (token: number) => {
    const kind = argumentOf(reading, token, true)?.entity.kind;
    return kind !== undefined && kind !== 'LOCATION' && kind !== 'COMMODITY' && kind !== 'EVENT';
  };
  // "Russian troops are said to be in Syria": a passive reporting verb's subject is what is said,
  // its speaker the "by" phrase, if any.
  const agent = agentOf(reading, verb);
  const parsed = aside && agent !== null && !graph.subtree(verb).includes(agent) ? null : agent;
  // An outlet after a verb with no subject, with no "to" before it, reports: "a rapporté Interfax".
  const outlet = toldOutlet(reading, verb)?.token;
  const told =
    outlet !== undefined && (parsed !== null || graph.caseOf(outlet) !== '') ? outlet : undefined;
  const subject = parsed !== null && parsed === told ? otherSubject(reading, verb, told) : parsed;
  if (subject !== null && names(subject)) return subject;
  // "…, a déclaré le porte-parole": a speaker after the verb, taken for its object; not the
  // object of a verb of accusing ("Bujumbura accuse Kigali de…": Kigali is accused, not speaking),
  // nor the outlet told ("officials told Reuters").
  const inverted = reading.has(verb, ACCUSE_VERBS)
    ? undefined
    : graph.children(verb, 'obj', 'appos').find((o) => o > verb && o !== told && names(o));
  if (inverted !== undefined) return inverted;
  const before = verb - 1;
  if (subject === null && graph.is(verb, 'dep', 'parataxis') && before > 0 && names(before))
    return before;
  // "…, informó Interfax citando al Ministerio": the parser may give the outlet to "citing".
  return subject ?? citationOf(reading, verb).citer ?? unsaidSpeaker(reading, verb);
}

/**
 * "Russian troops are believed to be stationed in Syria", "it is said that…": a passive reporting
 * verb with no "by" phrase is hearsay; so is an impersonal one, French "on dit que…", Spanish "se
 * informó que…" (its clitic parsed as an object, with no subject beside it).
 */
function saidByNobodyNamed(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  if (isPassive(reading, verb)) return agentOf(reading, verb) === null;
  const subjects = graph.children(verb, 'nsubj');
  // « On a confirmé que… », a dit le général: in a quotation "on" is "we".
  if (reading.language === 'fr')
    return subjects.some((s) => graph.folded(s) === 'on') && !quoted(reading);
  // Not "se confirmó por el Pentágono que…", which names its source, nor a true reflexive without
  // a clause said ("se declaró convencida de que…").
  const clitics = graph.children(verb, 'obj', 'expl', 'expl:pass', 'expl:impers');
  return (
    reading.language === 'es' &&
    subjects.length === 0 &&
    clitics.some((c) => graph.folded(c) === 'se') &&
    graph.children(verb, 'ccomp', 'csubj').length > 0 &&
    !obliquesOf(reading, verb).some((o) => graph.caseOf(o) === 'por')
  );
}

/** Whether the sentence holds a quotation mark of its language. */
function quoted(reading: SentenceReading): boolean {
  const marks = quoteMarks(reading);
  return [...reading.graph.sentenceText].some((c) => marks.open.has(c) || marks.close.has(c));
}

/** How "hieß es" names who said it: "von der Armee", "aus Militärkreisen", "bei der Firma". */
const IMPERSONAL_SOURCE = /^(?:von|vom|aus|bei|beim|seitens)$/u;

/** "es hieß", "heißt es": a German reporting verb whose subject is the impersonal "es". */
function impersonalReport(reading: SentenceReading, verb: number): boolean {
  return (
    reading.language === 'de' &&
    reportingFamily(reading, verb) !== null &&
    reading.graph.children(verb, 'nsubj', 'expl').some((s) => reading.graph.folded(s) === 'es')
  );
}

export function reportingFamily(reading: SentenceReading, verb: number): Modality | null {
  if (verb === 0 || !reading.isVerb(verb)) return null;
  const { graph } = reading;
  const word = graph.folded(verb);
  // "wies … zurück" denies, "wies darauf hin" points out: a German verb is read with its particle.
  const withParticles =
    reading.language === 'de'
      ? graph.children(verb, 'compound:prt').map((particle) => graph.folded(particle) + word)
      : [];
  for (const form of [...withParticles, word]) {
    const family = keyOfStem(form, reading.language, REPORTING_VERBS);
    if (family) return family;
  }
  return null;
}

/** A phrase that names a source: "selon X", "according to X", "laut X", "nach Angaben X". */
function namesSource(reading: SentenceReading, token: number): boolean {
  return (
    reading.caseIs(token, ACCORDING_TO) ||
    isAccordingWord(reading, token) ||
    (reading.has(token, SOURCE_NOUNS) && reading.caseIs(token, SOURCE_MARKERS))
  );
}

/** "according" alone as an adverb, "zufolge" after its noun: parsers differ on the marker. */
function isAccordingWord(reading: SentenceReading, token: number): boolean {
  return reading.graph.children(token, 'case', 'mark', 'advmod').some((c) => {
    const word = reading.graph.folded(c);
    return (
      word === 'according' ||
      word === 'zufolge' ||
      word === 'segun' ||
      word === 'selon' ||
      word === 'laut'
    );
  });
}

/**
 * The source a "selon" phrase names; for "nach Angaben des Ministeriums", the
 * noun's modifier; for "nach eigenen Angaben", "by its own account", the
 * subject of the clause the phrase qualifies.
 */
function sourceArguments(reading: SentenceReading, source: number): Entity[] {
  const { graph } = reading;
  const subject = conjunctAfterSource(reading, source);
  const direct = argumentsOf(reading, source, true).filter(
    (a) => subject === null || !graph.subtree(subject).includes(a.token),
  );
  if (direct.length > 0) return direct.map((a) => a.entity);
  if (!reading.has(source, SOURCE_NOUNS) && !reading.has(source, REPORT_NOUNS)) return [];
  const clause = graph.head(source);
  if (graph.children(source, 'amod').some((m) => reading.has(m, OWN)) && reading.isVerb(clause)) {
    const subject = subjectOf(reading, clause);
    return subject === null ? [] : argumentsOf(reading, subject, true).map((a) => a.entity);
  }
  for (const modifier of graph.children(source, 'nmod', 'amod', 'compound')) {
    const named = argumentOf(reading, modifier, true);
    if (named) return [named.entity];
  }
  return [];
}

/**
 * "military sources", "des sources sécuritaires", "fuentes locales": sources nobody names. Those a
 * name or a demonym describes ("US officials", "sources au sein du Hamas") are somebody's.
 */
function unnamedSource(reading: SentenceReading, token: number): boolean {
  return (
    reading.has(token, UNNAMED_SOURCES) &&
    !reading.graph
      .children(token, 'amod', 'compound', 'nmod', 'flat')
      .some((m) => reading.graph.subtree(m).some((t) => reading.mentionAt(t) !== null))
  );
}

/** "sur Telegram", "on X", "auf Telegram": the platform a statement was published on. */
function channelOf(reading: SentenceReading, verb: number): string | null {
  const { graph } = reading;
  const scope = graph.children(verb, 'obl', 'nmod').flatMap((o) => graph.subtree(o));
  for (const token of scope) {
    if (CHANNELS.has(graph.folded(token)) && graph.pos(token) === 'PROPN') {
      return reading.mentionAt(token)?.entity.name ?? graph.token(token).word;
    }
  }
  return null;
}

/** Indefinite articles; German "des" is a definite genitive ("nach Angaben des Sprechers"). */
const INDEFINITE: Readonly<Record<SentenceReading['language'], RegExp>> = {
  en: /^(?:a|an|some)$/u,
  fr: /^(?:un|une|des)$/u,
  de: /^(?:ein|eine|einer|einem|einen|eines)$/u,
  es: /^(?:un|uno|una|unos|unas)$/u,
};

/** "le rapport", "the report", "dem Bericht", "el informe": a report already named. */
export function isDefinite(reading: SentenceReading, noun: number): boolean {
  const determiners = reading.graph.children(noun, 'det');
  const indefinite = INDEFINITE[reading.language];
  return (
    determiners.length > 0 && determiners.every((d) => !indefinite.test(reading.graph.folded(d)))
  );
}
