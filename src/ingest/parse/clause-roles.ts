import { BY } from './lexicon/case-markers';
import { TIME_NOUNS } from './lexicon/nouns';
import { BASE_NOUNS, POST_NOUNS, SUCCEED_VERBS } from './lexicon/predicate-triggers';
import { keyOfStem } from './lexicon/stems';
import {
  ACCORDING_TO,
  ACCUSE_VERBS,
  MAKE_DO_VERBS,
  AUXILIARY_FORMS,
  HAVE_FORMS,
  REPORTING_VERBS,
} from './lexicon/verbs';
import type { SentenceReading } from './sentence-reading';

/** Relations through which a clause without a subject borrows its head's. */
const BORROWS_SUBJECT = ['xcomp', 'advcl', 'conj', 'acl'];

/** Forms of Spanish "ser": with a participle, a passive the Spanish model labels plain "aux". */
const SER = /^(?:fue|fueron|es|son|sido|era|eran|sera|seran|sea|sean|fuera|fueran|siendo|ser)$/u;
/** Forms of "estar": a passive only with a participle ("están lideradas por"), not a gerund ("está luchando"). */
const ESTAR = /^(?:esta|estan|estaba|estaban|estuvo|estuvieron|este|esten|estado|estar)$/u;
const PARTICIPLE = /(?:ad|id|ud|it|ect|ech|uest|ert)[oa]s?$/u;

export function isPassive(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  if (perfectWithHave(reading, verb)) return false;
  if (graph.children(verb, 'nsubj:pass', 'aux:pass').length > 0) return true;
  // "l'armée s'est affrontée avec Boko Haram": the French parser may label the clitic of a
  // pronominal verb passive; with a plain subject beside it, that subject acts.
  if (graph.children(verb, 'expl:pass').length > 0 && graph.children(verb, 'nsubj').length === 0)
    return true;
  // "la ciudad fue conquistada por las RSF": subject "nsubj", "fue" an "aux", "por …" an object.
  if (reading.language === 'es' && reading.isVerb(verb)) {
    const auxiliaries = graph.children(verb, 'aux', 'cop').map((a) => graph.folded(a));
    if (auxiliaries.some((a) => SER.test(a))) return true;
    if (auxiliaries.some((a) => ESTAR.test(a)) && PARTICIPLE.test(graph.folded(verb))) return true;
  }
  // "the SAF, led by al-Burhan", "l'Africa Corps, dirigé par…": a participle modifying a noun,
  // with its agent named, is a passive without its auxiliary.
  return graph.is(verb, 'acl', 'amod') && participleAgent(reading, verb) !== null;
}

/**
 * The agent of a participle modifying a noun: its "by" phrase ("El M23, apoyado por Ruanda": the
 * parser may make the agent an object, whose case marker betrays it, and the participle an
 * adjective; "die von Ruanda unterstützten Rebellen": a German agent before its participle may
 * hang as a noun's modifier), or the word compounded before its hyphen ("Rwanda-backed rebels").
 */
function participleAgent(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  const agent =
    graph.children(verb, 'obl:agent')[0] ??
    graph.children(verb, 'obl', 'obj').find((o) => reading.caseIs(o, BY)) ??
    (reading.language === 'de'
      ? graph.children(verb, 'nmod').find((o) => o < verb && reading.caseIs(o, BY))
      : undefined);
  if (agent !== undefined) return agent;
  const hyphenated = verb - 2;
  return reading.isVerb(verb) &&
    graph.head(hyphenated) === verb &&
    graph.folded(verb - 1) === '-' &&
    !graph.is(hyphenated, 'punct')
    ? hyphenated
    : null;
}

/**
 * Who acts: the subject of an active verb, the "par/by/von/por" phrase of a
 * passive one. A participle or infinitive with no subject of its own
 * borrows its head's ("tués en combattant" → who was killed fights; the
 * noun a participle modifies acts).
 */
export function agentOf(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  if (isPassive(reading, verb)) {
    if (graph.is(verb, 'acl', 'amod')) return participleAgent(reading, verb);
    return (
      graph.children(verb, 'obl:agent')[0] ??
      graph.children(verb, 'obl', 'obj').find((o) => reading.caseIs(o, BY)) ??
      null
    );
  }
  return subjectOf(reading, verb);
}

/** Reflexive clitics: "se", "s'", "sich". */
export const REFLEXIVE = /^(?:se|s'|sich)$/u;

/** What undergoes the action: the object of an active verb, the subject of a passive one. */
export function themeOf(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  // "wurden 12.000 Soldaten nach Russland geschickt": the parser may label a passive's subject its object.
  if (isPassive(reading, verb))
    return (
      subjectOf(reading, verb) ??
      graph.children(verb, 'obj').find((o) => !reading.caseIs(o, BY)) ??
      (graph.is(verb, 'amod') ? graph.head(verb) : null)
    );
  if (swappedGermanRoles(reading, verb)) return graph.children(verb, 'nsubj')[0]!;
  // French partitives are parsed as obliques: "fourni de le pétrole". A reflexive clitic the
  // parser made an object ("se hicieron con el control") gives way to the real one.
  const objects = graph.children(verb, 'obj');
  const own =
    objects.find((o) => !REFLEXIVE.test(graph.folded(o))) ??
    objects[0] ??
    graph.children(verb, 'obl:arg')[0];
  if (own !== undefined) return antecedentOf(reading, verb, own);
  const mislabelled = perfectObject(reading, verb);
  if (mislabelled !== undefined) return mislabelled;
  // "hat sie die Region erobert": the German parser may make "hat" the verb, its object with it.
  if (reading.language === 'de' && underAuxiliary(reading, verb))
    return graph.children(graph.head(verb), 'obj')[0] ?? null;
  const auxiliary = auxiliaryBelow(reading, verb);
  if (auxiliary !== null) return graph.children(auxiliary, 'obj')[0] ?? null;
  return partitiveAfterTime(reading, verb);
}

/**
 * "ont attaqué ce dimanche des bases de l'Amisom": the French parser takes the partitive "des"
 * object after a time for that time's "of"; the verb's object is that phrase.
 */
function partitiveAfterTime(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  if (reading.language !== 'fr') return null;
  for (const time of graph.children(verb, 'obl').filter((o) => reading.has(o, TIME_NOUNS))) {
    const partitive = graph
      .children(time, 'nmod')
      .find((m) => m > time && graph.children(m, 'case').some((c) => graph.folded(c) === 'de'));
    if (partitive !== undefined) return partitive;
  }
  return null;
}

/**
 * The other way round: "Seither hat sie die Region erobert" parsed with the
 * participle as the verb and "hat" hung below it, holding the subject and
 * the object; "Die Rebellen haben … übernommen" with the subject hung on the
 * auxiliary itself. Only an auxiliary before the participle, with a role to lend.
 */
function auxiliaryBelow(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  return (
    graph
      .children(verb, 'aux', 'acl', 'dep', 'xcomp', 'advcl', 'parataxis', 'obl')
      .find(
        (c) =>
          c < verb &&
          reading.has(c, AUXILIARY_FORMS) &&
          graph.children(c, 'nsubj', 'obj').length > 0,
      ) ?? null
  );
}

/**
 * True when the parser made a perfect or passive auxiliary the clause's
 * verb and hung the participle under it as "xcomp" ("Seither hat sie …
 * erobert", "n'ont pas commenté"): the auxiliary's dependents are then the
 * participle's.
 */
export function underAuxiliary(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  return graph.is(verb, 'xcomp') && reading.has(graph.head(verb), AUXILIARY_FORMS);
}

/**
 * "Israels Armee hat … drei Vertreter der Hamas getötet": with "have" the
 * participle is a perfect, active whatever the parser says (it may label
 * the object a passive subject), unless a passive auxiliary follows ("has
 * been killed", "a été tué", "ha sido asesinado").
 */
function perfectWithHave(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  if (haveAbove(reading, verb)) return true;
  const below = auxiliaryBelow(reading, verb);
  if (below !== null && reading.has(below, HAVE_FORMS)) return true;
  const auxiliaries = graph.children(verb, 'aux');
  return (
    graph.children(verb, 'aux:pass').length === 0 &&
    auxiliaries.some((a) => reading.has(a, HAVE_FORMS)) &&
    !auxiliaries.some((a) => SER.test(graph.folded(a)))
  );
}

/** "hat … getötet" with "hat" parsed as the verb and the participle hung under it. */
function haveAbove(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  const head = graph.head(verb);
  return (
    graph.is(verb, 'xcomp', 'parataxis') &&
    head !== 0 &&
    head < verb &&
    reading.has(head, HAVE_FORMS) &&
    graph.children(verb, 'aux').length === 0
  );
}

/** The object of a perfect with "have" that the parser labelled a passive subject, if any. */
export function perfectObject(reading: SentenceReading, verb: number): number | undefined {
  if (!perfectWithHave(reading, verb)) return undefined;
  return reading.graph.children(verb, 'nsubj:pass')[0];
}

/**
 * "MOGADISHU, Somalia – Somali armed group Al Shabaab claims…", "Gaza –
 * Israels Armee hat …": the parser may make the dateline's city the
 * subject, and hang the real one on it as an apposition or on the
 * auxiliary. A subject inside a dateline (a word in capitals or a named
 * place opening the sentence, up to the first dash) gives way to its
 * apposition after the dash, or to none.
 */
function pastDateline(reading: SentenceReading, subject: number): number | undefined {
  const { graph } = reading;
  const dash = datelineDash(reading);
  if (dash === 0 || subject > dash) return subject;
  return graph.children(subject, 'appos').find((a) => a > dash);
}

/** The dash closing the dateline that opens the sentence, or 0. */
export function datelineDash(reading: SentenceReading): number {
  const { graph } = reading;
  let dash = 0;
  for (let t = 2; t <= Math.min(graph.size, 8) && dash === 0; t += 1)
    // A dash set off by a space: the hyphen of "Berg-Karabach" joins a name, it ends no dateline.
    if (/^[–—-]$/u.test(graph.token(t).word) && graph.token(t).start > graph.token(t - 1).end)
      dash = t;
  if (dash === 0) return 0;
  const opening = graph.token(1).word;
  const capitals =
    opening.length >= 3 && opening === opening.toUpperCase() && /\p{L}/u.test(opening);
  const kind = reading.mentionAt(1)?.entity.kind;
  const place = (kind === 'LOCATION' || kind === 'COUNTRY') && dash <= 4;
  return capitals || place ? dash : 0;
}

/** The grammatical subject, borrowed from the head clause when the verb has none. */
export function subjectOf(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  // Under "have", a passive subject is the mislabelled object.
  const perfect = perfectWithHave(reading, verb);
  const subjects = graph
    .children(verb, 'nsubj')
    .filter((s) => !perfect || graph.relation(s) !== 'nsubj:pass');
  // A dateline ("(Reuters) - Au moins 30 soldats … ont été tués") can be parsed as a second
  // subject: the subject nearest before the verb is the one.
  const nearest = subjects.filter((s) => s < verb).pop() ?? subjects[0];
  const own = nearest === undefined ? undefined : pastDateline(reading, nearest);
  if (own !== undefined && swappedGermanRoles(reading, verb))
    return graph.children(verb, 'obj')[0]!;
  if (own !== undefined) return antecedentOf(reading, verb, own);
  const counted = countedOblique(reading, verb);
  if (counted !== null) return counted;
  const afterSource = subjectAfterSource(reading, verb);
  if (afterSource !== null) return afterSource;
  const auxiliary = auxiliaryBelow(reading, verb);
  if (auxiliary !== null) return graph.children(auxiliary, 'nsubj')[0] ?? null;
  const succeeded = succeededFor(reading, verb);
  if (succeeded !== null) return succeeded;
  if (
    !graph.is(verb, ...BORROWS_SUBJECT) &&
    !haveAbove(reading, verb) &&
    !perfectInfinitive(reading, verb)
  )
    return null;
  const head = graph.head(verb);
  if (head === 0) return null;
  // "soldiers fighting for Russia": the noun the participle modifies is its subject; "Rwanda was
  // the first country to send troops": an infinitive's predicate noun stands for the copula's
  // subject.
  if (graph.is(verb, 'acl')) {
    if (saidOfTheClause(reading, verb, head)) return subjectOf(reading, graph.head(head));
    const predicated =
      graph.children(verb, 'mark').length > 0 && graph.children(head, 'cop').length > 0;
    return (predicated ? graph.children(head, 'nsubj')[0] : undefined) ?? head;
  }
  // "Kinshasa accuses Rwanda of deploying troops": the accused did it, not the accuser; the
  // accuser still says what it says ("accuse le Rwanda, affirmant que…").
  const saying = keyOfStem(graph.folded(verb), reading.language, REPORTING_VERBS) !== null;
  // So does whoever a verb forces or helps to act, when named: "forced Ukrainian troops to
  // withdraw"; not "forced its troops to withdraw" (the head's subject's troops). What a side is
  // asked, ordered or let do is no claim at all (wishes.ts).
  const named = (o: number) =>
    reading.isNoun(o) && graph.subtree(o).some((t) => reading.mentionAt(t) !== null);
  const accused =
    reading.has(head, ACCUSE_VERBS) && !saying
      ? (graph.children(head, 'obj', 'iobj').find((o) => o < verb) ?? null)
      : reading.has(head, MAKE_DO_VERBS) && graph.is(verb, 'xcomp')
        ? (helpedOrMade(reading, head).find((o) => o < verb && named(o)) ?? null)
        : null;
  return accused ?? subjectOf(reading, head);
}

/**
 * "Es gelang der Armee, die Stadt einzunehmen": German "gelingen" makes the deed its clausal
 * subject and the doer its dative, which the parser marks as an argument or object without a
 * preposition.
 */
function succeededFor(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  const head = graph.head(verb);
  if (reading.language !== 'de' || !graph.is(verb, 'csubj') || !reading.has(head, SUCCEED_VERBS))
    return null;
  return (
    graph
      .children(head, 'obl:arg', 'iobj', 'obj')
      .find((o) => o < verb && reading.isNoun(o) && graph.children(o, 'case').length === 0) ?? null
  );
}

/**
 * Who a verb of making or helping acts on: its object, or a German dative the parser marks as an
 * argument with no preposition ("hilft der M23, … zu kämpfen").
 */
export function helpedOrMade(reading: SentenceReading, verb: number): number[] {
  const { graph } = reading;
  return graph
    .children(verb, 'obj', 'iobj', 'obl:arg')
    .filter((o) => !graph.is(o, 'obl:arg') || graph.caseOf(o) === '');
}

/** A present participle or gerund: "tuant", "killing", "matando", "siguiendo", "tötend". */
const PRESENT_PARTICIPLE = /(?:ant|ing|ando|iendo|yendo|end)$/u;

/**
 * "Les shebab ont attaqué une base à Lamu, tuant trois Américains": a present participle set off
 * by a comma after a verb's object base or post is said of that verb's subject, wherever the
 * parser hangs it; a base kills nobody.
 */
function saidOfTheClause(reading: SentenceReading, verb: number, head: number): boolean {
  const { graph } = reading;
  return (
    verb > head &&
    graph.token(verb - 1).word === ',' &&
    PRESENT_PARTICIPLE.test(graph.folded(verb)) &&
    graph.is(head, 'obj') &&
    reading.isVerb(graph.head(head)) &&
    (reading.has(head, BASE_NOUNS) || reading.has(head, POST_NOUNS))
  );
}

/**
 * Infinitives of the perfect's auxiliaries: "haber matado", "avoir tué", "être entré", "getötet zu
 * haben", "gewesen zu sein".
 */
const PERFECT_INFINITIVE_AUX = /^(?:haber|avoir|etre|haben|sein)$/u;

/**
 * "La coalición aseguró haber matado a 264 rebeldes", "affirme avoir tué": a perfect infinitive
 * the parser makes a complement clause has no subject of its own; it is the claiming verb's.
 */
function perfectInfinitive(reading: SentenceReading, verb: number): boolean {
  return reading.graph.is(verb, 'ccomp') && hasPerfectInfinitive(reading, verb);
}

function hasPerfectInfinitive(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  return graph.children(verb, 'aux').some((a) => PERFECT_INFINITIVE_AUX.test(graph.folded(a)));
}

/**
 * "Selon le renseignement sud-coréen, la Corée du Nord aurait envoyé…": the parser may join the
 * subject to the source as its conjunct. A conjunct set after the source's comma, with no "and"
 * before it, is the subject of the verb the source hangs on.
 */
function subjectAfterSource(reading: SentenceReading, verb: number): number | null {
  for (const source of reading.graph.children(verb, 'obl', 'obl:mod')) {
    if (source > verb || !reading.caseIs(source, ACCORDING_TO)) continue;
    const subject = conjunctAfterSource(reading, source);
    if (subject !== null) return subject;
  }
  return null;
}

/** The clause's subject the parser joined to a "selon / according to" source as its conjunct. */
export function conjunctAfterSource(reading: SentenceReading, source: number): number | null {
  const { graph } = reading;
  const verb = graph.head(source);
  return (
    graph
      .children(source, 'conj')
      .find(
        (c) =>
          c < verb &&
          graph.children(c, 'cc').length === 0 &&
          graph.token(Math.min(...graph.subtree(c).filter((t) => !graph.is(t, 'punct'))) - 1)
            .word === ',',
      ) ?? null
  );
}

/**
 * Obliques and indirect objects of a verb, with those of its "xcomp"
 * complement, and objects with a preposition: the Spanish model labels
 * "enviados a Rusia", "por las RSF" as objects.
 */
export function obliquesOf(reading: SentenceReading, verb: number): number[] {
  const { graph } = reading;
  return [
    ...graph.children(verb, 'obl', 'iobj', 'nmod'),
    ...graph.children(verb, 'obj').filter((o) => graph.caseOf(o) !== ''),
    ...graph.children(verb, 'xcomp').flatMap((x) => graph.children(x, 'obl', 'iobj')),
    ...(haveAbove(reading, verb) ? graph.children(graph.head(verb), 'obl', 'iobj') : []),
  ];
}

/** The verb a noun depends on ("a subi des pertes" → subi), climbing through nominal heads. */
export function governingVerb(reading: SentenceReading, noun: number): number | null {
  const { graph } = reading;
  for (let at = graph.head(noun); at !== 0; at = graph.head(at)) {
    if (reading.isVerb(at)) return at;
    if (!reading.isNoun(at) && graph.pos(at) !== 'NUM' && graph.pos(at) !== 'ADJ') return null;
  }
  return null;
}

/**
 * A relative pronoun stands for the noun its clause modifies: in "les drones
 * que l'Iran a livrés" the object of "livrés" is the drones; in "the troops
 * who were sent" the subject is the troops.
 */
function antecedentOf(reading: SentenceReading, verb: number, role: number | null): number | null {
  if (role === null || !opensRelativeClause(reading, verb, role)) return role;
  return reading.graph.head(verb);
}

/**
 * True when `role` is the word that opens `verb`'s relative clause: a
 * pronoun ("who", "qui", "die", "que"), or "that" and "que" tagged as a
 * determiner or a conjunction while given the pronoun's role. The German
 * and Spanish models label relative clauses plain "acl"; there only a
 * pronoun opening the clause (punctuation aside) marks one.
 */
function opensRelativeClause(reading: SentenceReading, verb: number, role: number): boolean {
  const { graph } = reading;
  const pos = graph.pos(role);
  const opening = Math.min(...graph.children(verb).filter((c) => graph.pos(c) !== 'PUNCT'), verb);
  const opens = role === opening && graph.children(role).length === 0;
  if (graph.is(verb, 'acl:relcl'))
    return pos === 'PRON' || ((pos === 'DET' || pos === 'SCONJ') && opens);
  return graph.is(verb, 'acl') && pos === 'PRON' && opens;
}

/**
 * "In der Region Kursk sind mehr als 200 Soldaten getötet worden": after a fronted place the
 * German parser may take "mehr als 200 Soldaten" for an oblique marked by "als"; in a passive
 * with no subject, that counted phrase is the subject.
 */
function countedOblique(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  if (reading.language !== 'de' || !isPassive(reading, verb)) return null;
  return (
    graph
      .children(verb, 'obl')
      .find((o) => graph.caseOf(o) === 'als' && graph.children(o, 'nummod').length > 0) ?? null
  );
}

/** Determiners that mark a German noun phrase as accusative only ("den Konvoi", "einen Angriff"). */
const ACCUSATIVE_ONLY = /^(?:den|einen|diesen|jenen|keinen|seinen|ihren|unseren)$/u;

/**
 * German marks subject and object by case, which a name without a
 * determiner does not show: in "Russland hatte die Ukraine … angegriffen"
 * the parser takes the second noun for the subject. A German clause's
 * first constituent, before the finite verb, is its subject far more often
 * than a fronted object, so an object standing first with its subject after
 * the finite verb is read as the subject unless a determiner shows the
 * accusative.
 */
function swappedGermanRoles(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  if (reading.language !== 'de') return false;
  const subject = graph.children(verb, 'nsubj')[0];
  const object = graph.children(verb, 'obj')[0];
  if (subject === undefined || object === undefined || object > subject) return false;
  // "Khartum - Die RSF haben …": a dateline's place opens the line but is no part of the clause.
  if (object < datelineDash(reading)) return false;
  const finite = graph.children(verb, 'aux')[0] ?? verb;
  if (!(object < finite && finite < subject)) return false;
  // Only when the object opens its clause: nothing of the clause stands before it but punctuation.
  const opening = Math.min(...graph.children(verb).filter((c) => graph.pos(c) !== 'PUNCT'), verb);
  const objectStart = Math.min(object, ...graph.children(object));
  if (opening < objectStart) return false;
  return !graph.children(object, 'det').some((d) => ACCUSATIVE_ONLY.test(graph.folded(d)));
}

/**
 * "ISIS said it killed 20 soldiers and that it suffered no casualties": a second complement,
 * opened by its own "that", which the parser joins to the reporting verb as a conjunct beside
 * the first complement. So is the second participle of a perfect infinitive ("a annoncé avoir
 * repoussé l'attaque et tué 14 combattants", "anunció haber repelido el ataque y matado a…"),
 * with neither subject nor auxiliary of its own, after the complement.
 */
export function joinedComplement(reading: SentenceReading, clause: number): boolean {
  const { graph } = reading;
  if (!graph.is(clause, 'conj')) return false;
  const complements = graph.children(graph.head(clause), 'ccomp', 'xcomp');
  if (graph.children(clause, 'mark').length > 0)
    return complements.some((c) => graph.is(c, 'ccomp'));
  return (
    graph.children(clause, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass').length === 0 &&
    complements.some((c) => c < clause && hasPerfectInfinitive(reading, c))
  );
}
