import type { Entity } from '../../../domain/entity';
import { predicateDefinition } from '../../../domain/predicates';
import type { Argument } from '../argument';
import { reportingFamily } from '../attribution';
import {
  LOCATION_ONLY,
  PLACE_KINDS,
  argumentOf,
  argumentsOf,
  articleCountry,
  compassPart,
  countriesAsPlaces,
  isPoliceOfficer,
  markedArgument,
  namesPlaceAnywhere,
  policeOfficersState,
  titledGroups,
} from '../argument';
import { attributionOf } from '../attribution';
import { ministryEntity } from '../../mentions/ministry-pattern';
import {
  agentOf,
  governingVerb,
  isPassive,
  obliquesOf,
  perfectObject,
  subjectOf,
  themeOf,
} from '../clause-roles';
import {
  BORDER_MODIFIERS,
  BORDER_NOUNS,
  ENEMY_WORDS,
  GROUP_NOUNS,
  MEMBERS,
  MORE_OF_THEM,
  PERSONNEL,
  RANKS_NOUNS,
} from '../lexicon/nouns';
import {
  AMONG,
  AT_HANDS_OF,
  BORDER_WITH,
  INFLICTED_ON,
  LOCATIVE,
  OF,
} from '../lexicon/case-markers';
import {
  AGAINST,
  AIM_VERBS,
  ARMED_GROUP_NOUNS,
  ATTACK_NOUNS,
  BETWEEN,
  CLASH_NOUNS,
  COME_VERBS,
  CONFLICT_ITSELF,
  DIE_VERBS,
  FIGHT_VERBS,
  HARM_VERBS,
  HOSTAGE_NOUNS,
  INFLICT_VERBS,
  LIFE_NOUNS,
  LOSE_VERBS,
  LOSS_NOUNS,
  PRISONER_VERBS,
  RESULT_VERBS,
  START_NOUNS,
  SUFFER_VERBS,
  WAR_ITSELF,
  WAR_NOUNS,
  WITH,
} from '../lexicon/predicate-triggers';
import type { FrameRule, Proposal } from '../proposal';
import type { Stems } from '../lexicon/stems';
import { pairProposals, proposal } from '../proposal';
import type { SentenceReading } from '../sentence-reading';
import type { LastLoss } from '../discourse';
import { killersOf, targetSides } from './conflict-frames';
import { countedNoun } from './transfer-frames';
import { foughtFor } from './fought-for';

/** Who can lose people: states, their forces, armed groups (the vocabulary's domain). */
const LOSER_KINDS = new Set(predicateDefinition('SUFFERED_LOSSES_IN').domain);
const EVENT_OR_PLACE = new Set([...PLACE_KINDS, 'EVENT'] as const);

/**
 * SUFFERED_LOSSES_IN: a force lost people somewhere. The loser is whoever
 * was killed, wounded or went missing (the subject of a passive or of
 * "disparu", the object of an active "killed"), or who suffered the losses
 * ("a subi des pertes", "Verluste der nordkoreanischen Truppen"); the place
 * is the locative phrase of the clause. No place, no claim.
 */
export const lossFrames: FrameRule = (reading, token) => {
  if (reading.isVerb(token) && reading.has(token, LOSE_VERBS)) {
    const lost = lostPeople(reading, token);
    if (lost.length > 0) return lost;
  }
  const resulted =
    reading.isVerb(token) && (harmResulted(reading, token) || lostLife(reading, token));
  // "cost the lives of twelve soldiers", "left twelve soldiers dead": the harmed are named apart.
  const harmed = reading.isVerb(token)
    ? (livesTaken(reading, token) ?? leftHarmed(reading, token))
    : null;
  if (harmed !== null) {
    const named = countedNoun(reading, harmed);
    const victim = soldiersAmong(reading, token, named) ?? named;
    const place = placeOf(reading, token) ?? placeOfClauseAbove(reading, token);
    return victim !== null && isPeople(reading, victim)
      ? losses(reading, token, victim, place, true)
      : [];
  }
  const reported = reportedHarmed(reading, token) !== null;
  const harms =
    resulted ||
    reported ||
    (reading.isVerb(token) && reading.has(token, HARM_VERBS) && !toBeDone(reading, token));
  if (harms || (reading.isVerb(token) && takesPrisoner(reading, token))) {
    const { graph } = reading;
    const passive = isPassive(reading, token);
    // "struck and killed Ahmad": the second verb shares the first one's object. Who killed is
    // none, though the parser make them an object ("han muerto a manos del Ejército").
    const object = resulted
      ? undefined
      : (graph.children(token, 'obj').find((o) => !reading.caseIs(o, AT_HANDS_OF)) ??
        perfectObject(reading, token) ??
        (graph.is(token, 'conj') ? graph.children(graph.head(token), 'obj')[0] : undefined));
    // "soldiers who killed in Borno": an active relative clause of killing with no object has
    // its killers for subject, not its victims (as "soldiers who died" has).
    if (
      !resulted &&
      !passive &&
      object === undefined &&
      graph.is(token, 'acl:relcl') &&
      !reading.has(token, DIE_VERBS)
    )
      return [];
    // "getötet und zwölf verletzt": the parser may hang a conjoined clause's own count on its
    // verb, which otherwise shares the first clause's subject.
    const ownCount = graph.is(token, 'conj')
      ? graph
          .children(token, 'nummod', 'obl')
          .find((n) => graph.pos(n) === 'NUM' && graph.children(n, 'case').length === 0)
      : undefined;
    const named = countedNoun(
      reading,
      ownCount ??
        (passive ? themeOf(reading, token) : (object ?? subjectOf(reading, token))) ??
        participleHead(reading, token),
    );
    const victim = soldiersAmong(reading, token, named) ?? named;
    // Captured places and goods are no losses of people.
    if (!harms && (victim === null || !isPeople(reading, victim))) return [];
    // Without an agent ("seven soldiers died", "were killed"), unowned soldiers are the speaker's.
    const agentless = passive ? agentOf(reading, token) === null : object === undefined;
    // "töteten Dutzende Soldaten in Kursk": the place may hang on the victims.
    const place =
      placeOf(reading, token) ??
      (named === null
        ? null
        : markedArgument(reading, graph.children(named, 'nmod'), LOCATIVE, EVENT_OR_PLACE)) ??
      placeOfClauseAbove(reading, token) ??
      placeOfFightingBelow(reading, token) ??
      placeOfFightingItsClauseTells(reading, token) ??
      placeOfStatementAddedTo(reading, token);
    // "Two soldiers and 10 members of the BIFF died": each conjunct victim is a loss of its own,
    // the later ones only a force's or an armed group's ("trois membres de la Croix-Rouge" are not).
    const others = victim === null ? [] : graph.conjuncts(victim).slice(1);
    // "confirma siete militares muertos": the report is of the people, what is said of them its.
    const trigger = reported ? graph.head(token) : token;
    return [
      ...losses(reading, trigger, victim, place, agentless),
      ...others.flatMap((v) =>
        losses(reading, token, countedNoun(reading, v), place, agentless).filter((p) =>
          armedLoss(reading, p),
        ),
      ),
    ];
  }
  if (reading.isNoun(token) && reading.has(token, LOSS_NOUNS)) {
    const { graph } = reading;
    // "la mort et les blessures de soldats nord-coréens": the owner may hang on a conjunct.
    const nouns = [
      ...graph.conjuncts(token),
      ...(graph.is(token, 'conj') ? [graph.head(token)] : []),
    ];
    const verb = governingVerb(reading, token);
    // "a causé des pertes parmi les Forces armées", "Verluste unter den Truppen": the losses fall
    // among their owner, on the noun or on the verb causing them; "infligé des pertes dans les
    // rangs de Boko Haram": or in its ranks.
    const among =
      verb === null
        ? []
        : obliquesOf(reading, verb).filter(
            (o) => reading.caseIs(o, AMONG) || reading.has(o, RANKS_NOUNS),
          );
    const inflicted = verb === null ? [] : inflictedOn(reading, verb);
    // The fighting the losses fell in owns none of them ("la muerte de dos militares en
    // enfrentamientos con la guerrilla": the guerrilla's are no losses of its own).
    const owner = [
      ...nouns
        .flatMap((n) => graph.children(n, 'nmod', 'amod', 'nmod:poss'))
        .filter((m) => !reading.has(m, WAR_NOUNS) && !reading.has(m, CLASH_NOUNS)),
      ...among,
      ...inflicted,
    ]
      .map((m) => ranksOwner(reading, m) ?? m)
      .find((m) => loserOf(reading, m).length > 0);
    const suffered =
      verb !== null && reading.has(verb, SUFFER_VERBS) ? subjectOf(reading, verb) : null;
    // "an attack in northern Borno caused losses": the place may hang on the event causing them.
    const cause = verb === null ? null : subjectOf(reading, verb);
    const place =
      placeOf(reading, token) ??
      (verb === null ? null : placeOf(reading, verb)) ??
      (cause !== null && reading.has(cause, WAR_NOUNS) ? placeOf(reading, cause) : null) ??
      // "losses among the Nigerian troops in Borno": or on those who suffered them.
      (owner === undefined
        ? null
        : markedArgument(reading, graph.children(owner, 'nmod'), LOCATIVE, EVENT_OR_PLACE));
    // "la muerte de siete militares": soldiers nobody owns may still be the speaker's.
    // "la muerte dos militares": a missing "de" leaves them in apposition.
    const soldiers = nouns
      .flatMap((n) => graph.children(n, 'nmod', 'appos'))
      .find((m) => reading.has(m, PERSONNEL));
    // "Sept militaires ont été tués et quinze autres blessés": more of those just named.
    const more = othersOf(reading, token) ? token : null;
    // "la muerte de 46 combatientes de Wagner y 24 soldados malienses": each conjunct owner too.
    const others = owner === undefined ? [] : graph.conjuncts(owner).slice(1);
    // "a fait 12 morts parmi les soldats", "forderte zwölf Tote unter den Soldaten": the count
    // stands on the losses when their owner has none.
    // A share counts nobody: "fast 40% Verluste".
    const share = (n: number) =>
      [...graph.subtree(n), ...(n < graph.size ? [n + 1] : [])].some((d) =>
        PERCENT.test(graph.folded(d)),
      );
    const counted = (t: number) => graph.children(t, 'nummod').some((n) => !share(n));
    const victim = owner ?? suffered ?? soldiers ?? more;
    const count = victim !== null && !counted(victim) && counted(token) ? token : victim;
    // "inflicted heavy losses on the RSF": who inflicts them fights the side that suffers them.
    const fought =
      verb !== null && owner !== undefined && inflicts(reading, verb)
        ? pairProposals('AT_WAR_WITH', killersOf(reading, verb), loserOf(reading, owner), verb)
        : [];
    return [
      ...fought,
      ...losses(reading, token, victim, place, true, count),
      ...others.flatMap((v) =>
        losses(reading, token, countedNoun(reading, v), place, true).filter((p) =>
          armedLoss(reading, p),
        ),
      ),
    ];
  }
  return [];
};

/** Definite articles: "the", "le", "la", "les", "l'", "der", "die", "das", "el", "los", "las". */
const THE = /^(?:the|l'|le|la|les|der|die|das|den|des|el|los|las)$/u;

/** Marks of a clause at the same time as its main clause: "when", "as", "lorsque", "als", "cuando". */
const SIMULTANEOUS = /^(?:when|as|while|lorsque|quand|als|wahrend|cuando|mientras)$/u;

/**
 * "killed three US soldiers when its fighters attacked a US base in Balidogle", "tuaron a diez
 * soldados cuando atacaron un cuartel en Tumaco": a killing with no place of its own happened
 * where the fighting of its adverbial clause was, or where what that fighting struck stands. Only
 * the killers' own fighting: "killed a commander days after the group attacked a base in Jordan"
 * or "after Hezbollah fired rockets at Haifa" tells another event, by the other side. After
 * "when" the clause's subject may be anyone unnamed; after "after" it is the killers' (a pronoun
 * or its possessive: "after its fighters fired").
 */
function placeOfFightingBelow(reading: SentenceReading, verb: number): Argument | null {
  const { graph } = reading;
  const subject = subjectOf(reading, verb);
  const sides = subject === null ? [] : argumentsOf(reading, subject);
  const killers = sides.map((a) => a.entity.id);
  // Only a group's killing: "a drone strike killed a commander after the group attacked" tells
  // the victims' group.
  const groupKilled = sides.some((a) => reading.gazetteer.isArmedGroup(a.entity.id));
  const theKillers = (clause: number): boolean => {
    const own = subjectOf(reading, clause);
    const pronoun = (t: number) => graph.pos(t) === 'PRON';
    // "after the group fired", "after the group's fighters fired": a group named by no name of its
    // own is the killing group, as a pronoun is.
    const theGroup = (t: number) =>
      groupKilled &&
      reading.has(t, GROUP_NOUNS) &&
      argumentOf(reading, t) === null &&
      graph.children(t, 'det').some((d) => THE.test(graph.folded(d)));
    const back = (t: number) => pronoun(t) || theGroup(t);
    if (own === null || back(own) || graph.children(own, 'nmod:poss').some(back)) return true;
    const named = argumentOf(reading, own)?.entity.id;
    if (named !== undefined) return killers.includes(named);
    return graph.children(clause, 'mark', 'advmod').some((m) => SIMULTANEOUS.test(graph.folded(m)));
  };
  // "después de que el grupo atacara": the Spanish parser hangs the clause on "después".
  const clauses = [
    ...graph.children(verb, 'advcl'),
    ...graph.children(verb, 'advmod').flatMap((a) => graph.children(a, 'advcl')),
  ];
  for (const fighting of clauses) {
    if (!reading.has(fighting, FIGHT_VERBS) || !theKillers(fighting)) continue;
    const theme = themeOf(reading, fighting);
    const struck = [
      ...(theme === null ? [] : [theme]),
      ...obliquesOf(reading, fighting).filter((o) => reading.caseIs(o, AGAINST)),
    ];
    const place =
      placeOf(reading, fighting) ??
      struck
        .map((t) => markedArgument(reading, graph.children(t, 'nmod'), LOCATIVE, EVENT_OR_PLACE))
        .find((found) => found !== null);
    if (place) return place;
  }
  return null;
}

/**
 * "killed since the battle in Marawi erupted", "tués depuis que les combats ont éclaté à Marawi",
 * "getötet, seit die Kämpfe in Marawi ausbrachen", "murieron desde que estallaron los combates en
 * Marawi": a killing with no place of its own happened where the fighting its adverbial clause is
 * about was (the clause's subject names the fighting, whoever fought it).
 */
function placeOfFightingItsClauseTells(reading: SentenceReading, verb: number): Argument | null {
  const { graph } = reading;
  // "since fighting broke out": a gerund of fighting, not the fighters ("after its fighters fired").
  const fighting = (t: number) =>
    reading.has(t, WAR_NOUNS) ||
    reading.has(t, CLASH_NOUNS) ||
    (reading.has(t, FIGHT_VERBS) && !isPeople(reading, t));
  for (const clause of graph.children(verb, 'advcl')) {
    if (!graph.children(clause, 'nsubj').some(fighting)) continue;
    const place = placeOf(reading, clause);
    if (place) return place;
  }
  return null;
}

/** Verbs that add to what was just said: "adding that", "ajoutant que", "añadió que", "fügte hinzu". */
const ADDING_VERBS: Stems = {
  en: ['add$', 'adds$', 'added$', 'adding$'],
  fr: ['ajout'],
  de: ['hinzufug', 'hinzugefugt', 'erganzt'],
  es: ['anad', 'agreg'],
};

/**
 * "'The terrorists attacked our forces in Bouhama,' the spokesman said, adding that 63 terrorists
 * were killed": a harm the speaker adds, naming no place, happened where the statement it is
 * added to put the events. The parser hangs the adding verb on the statement's verb, or the
 * harm's clause straight on it ("dijo el portavoz, añadiendo que murieron 63 terroristas").
 */
function placeOfStatementAddedTo(reading: SentenceReading, verb: number): Argument | null {
  const { graph } = reading;
  if (statesPlace(reading, verb)) return null;
  const path: number[] = [];
  for (let at = verb; at !== 0; at = graph.head(at)) path.push(at);
  const adding = (t: number) => reading.has(t, ADDING_VERBS);
  const added = path.some(adding) || path.some((t) => graph.children(t, 'aux').some(adding));
  if (!added) return null;
  const said = path[path.length - 1]!;
  const statements = graph
    .children(said, 'ccomp', 'dep', 'parataxis', 'xcomp')
    .filter((c) => !path.includes(c) && reading.isVerb(c));
  for (const statement of statements) {
    const place = [statement, ...graph.children(statement, 'xcomp')]
      .map((clause) => placeOf(reading, clause))
      .find((found) => found !== null);
    if (place) return place;
  }
  return null;
}

/**
 * "Gunmen attacked an army checkpoint in Rafah, killing 12 soldiers", "ont attaqué un poste à
 * Kidal, tuant douze soldats": a participle of harm adjoined to a clause, or to the thing that
 * clause acted on, happened where the clause did, where that thing stands, or at that thing
 * when it is a place.
 */
function placeOfClauseAbove(reading: SentenceReading, verb: number): Argument | null {
  const { graph } = reading;
  // "… killed in Thailand and two soldiers injured in clashes at the border": not where its own
  // words put it.
  if (statesPlace(reading, verb)) return null;
  const head = graph.head(verb);
  const standsAt = (noun: number | null) =>
    noun === null
      ? null
      : markedArgument(reading, graph.children(noun, 'nmod'), LOCATIVE, EVENT_OR_PLACE);
  // "a deadly assault on a Nigerian Army base in Borno State": an attack's place may be where its
  // target stands.
  const targetPlace = (attack: number | null) =>
    attack === null
      ? null
      : (graph
          .children(attack, 'nmod')
          .filter((m) => reading.caseIs(m, AGAINST))
          .map(standsAt)
          .find((place) => place !== null) ?? null);
  // "attacked a police station in Bamenda, killing two policemen": the English parser may leave
  // the participle an unlabelled dependent of the clause.
  const adjoined =
    graph.is(verb, 'advcl', 'conj') || (graph.is(verb, 'dep') && /ing$/u.test(graph.folded(verb)));
  if (adjoined && reading.isVerb(head)) {
    const theme = themeOf(reading, head);
    // "attacked Maiduguri, killing ten soldiers": or the place the clause acted on.
    const acted = theme === null ? null : argumentOf(reading, theme);
    return (
      placeOf(reading, head) ??
      standsAt(theme) ??
      (acted !== null && EVENT_OR_PLACE.has(acted.entity.kind) ? acted : null) ??
      // "launched an assault on a base in Borno, killing three soldiers"
      (theme !== null && reading.headHas(theme, WAR_NOUNS) ? targetPlace(theme) : null)
    );
  }
  // "confirma siete militares muertos en los enfrentamientos en Nagorno Karabaj": where the report
  // puts them.
  const reporting = reportedHarmed(reading, verb);
  if (reporting !== null) return placeOf(reading, reporting);
  // "s'était produite à Kafolo, dans laquelle 14 soldats avaient été tués": the parser may hang a
  // relative clause on the verb of its noun's clause, which says where.
  const ofWhich = obliquesOf(reading, verb).some((o) => relativeWhich(reading, o));
  if (ofWhich && head !== 0 && !reading.isNoun(head)) return placeOf(reading, head);
  if (!graph.is(verb, 'acl') || !reading.isNoun(head) || isPeople(reading, head)) return null;
  const clause = governingVerb(reading, head);
  return standsAt(head) ?? targetPlace(head) ?? (clause === null ? null : placeOf(reading, clause));
}

/**
 * "Azerbaiyán confirma siete militares muertos", "Yerevan reports one soldier killed": a participle
 * or adjective of harm on the people a reporting verb reports is a harm done; the reporting verb,
 * or null. Not "buried the dead soldiers": what is done to the dead says nothing of where they fell.
 */
function reportedHarmed(reading: SentenceReading, token: number): number | null {
  const { graph } = reading;
  if (!graph.is(token, 'amod', 'acl') || !reading.has(token, HARM_VERBS)) return null;
  const people = graph.head(token);
  if (people === 0 || !isPeople(reading, people)) return null;
  // "confirma medio centenar de militares muertos": the object may be the number counting them.
  const counter = graph.head(people);
  const reported =
    graph.is(people, 'nmod') && countedNoun(reading, counter) === people ? counter : people;
  if (!graph.is(reported, 'obj')) return null;
  const verb = graph.head(reported);
  return reportingFamily(reading, verb) !== null ? verb : null;
}

/**
 * A later conjunct victim is a loss only of a force or an armed group ("trois membres de la
 * Croix-Rouge" are not), unlike the first, who may be the speaker's own soldiers.
 */
function armedLoss(reading: SentenceReading, p: Proposal): boolean {
  return (
    p.predicate !== 'SUFFERED_LOSSES_IN' ||
    p.subject.entity.kind === 'COUNTRY' ||
    reading.isArmed(p.subject.entity)
  );
}

/**
 * "Quinze militaires tués dans une attaque", "soldiers killed in the ambush", "soldados muertos en
 * combate": a participle of harm describing people, with no subject or object of its own, harms them.
 */
function participleHead(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  if (!graph.is(verb, 'acl', 'amod')) return null;
  const head = graph.head(verb);
  return head !== 0 && isPeople(reading, head) ? head : null;
}

/** Markers of an infinitive: "to", "de", "zu", "pour", "para", "um". */
const INFINITIVE_MARKS = /^(?:to|de|d'|zu|pour|para|um)$/u;

/** The endings of an infinitive, by language ("éliminer", "matar", "töten"; English has none). */
const INFINITIVE_ENDINGS: Readonly<Record<string, RegExp>> = {
  en: /./u,
  fr: /(?:er|ir|re)$/u,
  de: /en$/u,
  es: /(?:ar|er|ir)$/u,
};

/**
 * "l'instruction d'éliminer les dirigeants du Hamas", "vowed to kill", "versuchte, … zu töten": a
 * harm ordered, sought or promised has not happened. A perfect infinitive has ("claimed to have
 * killed", "affirme avoir tué").
 */
function toBeDone(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  return (
    INFINITIVE_ENDINGS[reading.language]!.test(graph.folded(verb)) &&
    graph.children(verb, 'mark').some((m) => INFINITIVE_MARKS.test(graph.folded(m))) &&
    graph.children(verb, 'aux').length === 0
  );
}

/**
 * "North Korean troops had lost over 1,000 personnel in the war", "l'armée a perdu 12 soldats":
 * the subject lost the people its object counts.
 */
function lostPeople(reading: SentenceReading, verb: number) {
  const counted = countedNoun(reading, reading.graph.children(verb, 'obj')[0] ?? null);
  const subject = subjectOf(reading, verb);
  if (counted === null || subject === null || !isPeople(reading, counted)) return [];
  return losses(reading, verb, subject, placeOf(reading, verb), false, counted);
}

/**
 * "were captured", and German "gefangen genommen", whose "gefangen" the model hangs on "genommen";
 * people taken as hostages ("pris en otage", "taken hostage", "tomados como rehenes").
 */
function takesPrisoner(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  return (
    reading.has(verb, PRISONER_VERBS) ||
    graph
      .children(verb, 'xcomp', 'compound:prt', 'advmod')
      .some((c) => reading.has(c, PRISONER_VERBS)) ||
    (isPassive(reading, verb) &&
      graph.children(verb, 'obj', 'obl', 'xcomp').some((c) => reading.has(c, HOSTAGE_NOUNS)))
  );
}

/**
 * "lost their lives", "ont perdu la vie", "perdieron la vida", "kamen ums Leben": the subject died.
 */
function lostLife(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  if (reading.has(verb, LOSE_VERBS))
    return graph.children(verb, 'obj').some((o) => reading.has(o, LIFE_NOUNS));
  return (
    reading.has(verb, COME_VERBS) &&
    graph
      .children(verb, 'obl')
      .some((o) => reading.has(o, LIFE_NOUNS) && graph.caseOf(o).startsWith('um'))
  );
}

/** Verbs that take lives: "cost", "claimed", "coûter", "kosten", "costar", "se cobró". */
const TAKE_LIFE_VERBS: Stems = {
  en: ['cost$', 'costs$', 'claimed$', 'claims$'],
  fr: ['cout'],
  de: ['kostet'],
  es: ['costo$', 'costaron$', 'cuesta$', 'cobro$', 'cobraron$'],
};

/**
 * "cost the lives of twelve soldiers", "claimed the lives of", "a coûté la vie à douze soldats",
 * "kostete zwölf Soldaten das Leben", "costó la vida a doce soldados": the people whose lives the
 * verb took, or null.
 */
function livesTaken(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  if (!reading.has(verb, TAKE_LIFE_VERBS)) return null;
  const objects = graph.children(verb, 'obj');
  const people = (w: number) => isPeople(reading, countedNoun(reading, w) ?? w);
  const life = objects.find((o) => reading.has(o, LIFE_NOUNS));
  // "kostete zwölf Soldaten das Leben": the parser may hang the life on the people.
  if (life === undefined)
    return (
      objects.find(
        (o) => people(o) && graph.children(o, 'nmod').some((m) => reading.has(m, LIFE_NOUNS)),
      ) ?? null
    );
  const whose = [
    ...graph.children(life, 'nmod'),
    ...graph.children(verb, 'iobj', 'obl', 'obj').filter((o) => o !== life),
  ];
  return whose.find(people) ?? null;
}

/** Verbs that leave people in a state: "left twelve soldiers dead", "dejó doce soldados muertos". */
const LEAVE_VERBS: Stems = {
  en: ['left$', 'leaves$', 'leave$'],
  fr: ['laisse'],
  de: [],
  es: ['dejo$', 'dejaron$', 'deja$', 'dejan$'],
};

/** A share, not a count: "40%", "40 percent", "40 pour cent", "40 Prozent", "40 por ciento". */
const PERCENT = /^(?:%|percent|pour|prozent|por)$/u;

/** "dead", which no verb of harm covers. */
const DEAD = /^(?:dead|tot|tote|toten)$/u;

/**
 * "left twelve soldiers dead", "dejó doce soldados heridos": the people left harmed, or the dead
 * soldiers are singled out among; null when none.
 */
function leftHarmed(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  if (!reading.has(verb, LEAVE_VERBS)) return null;
  // "left four soldiers dead": the parser may make the people the subject of their state.
  const smallClauseSubjects = graph
    .children(verb, 'xcomp')
    .flatMap((state) => graph.children(state, 'nsubj'));
  for (const object of [...graph.children(verb, 'obj'), ...smallClauseSubjects]) {
    const counted = countedNoun(reading, object) ?? object;
    const state = [
      ...graph.children(verb, 'xcomp'),
      ...graph.children(object, 'amod', 'acl'),
      ...(counted === object ? [] : graph.children(counted, 'amod', 'acl')),
    ];
    const harmedState = (t: number) => reading.has(t, HARM_VERBS) || DEAD.test(graph.folded(t));
    if (isPeople(reading, counted) && state.some(harmedState)) return object;
    // "left 47 dead, including 16 soldiers", "dejó 47 muertos, entre ellos 16 soldados": the dead
    // themselves, when soldiers are singled out among them.
    const theDead = reading.has(counted, LOSS_NOUNS) || DEAD.test(graph.folded(counted));
    if (theDead && soldiersAmong(reading, verb, counted) !== null) return object;
  }
  return null;
}

/** "resultó muerto en un bombardeo": the subject suffered the harm its predicate names. */
function harmResulted(reading: SentenceReading, verb: number): boolean {
  return (
    reading.has(verb, RESULT_VERBS) &&
    reading.graph.children(verb, 'obj', 'xcomp').some((c) => reading.has(c, HARM_VERBS))
  );
}

/** Words singling out some of the people just counted: "including", "dont", "darunter", "incluidos". */
const INCLUDING: Stems = {
  en: ['including$'],
  fr: ['dont$', 'incluant$'],
  de: ['darunter$'],
  es: ['incluid', 'incluyendo$'],
};

/**
 * "47 people were killed, including 16 soldiers", "47 personnes ont été tuées, dont 16 soldats",
 * "murieron 47 personas, entre ellas 16 soldados", "starben 47 Menschen, darunter 16 Soldaten":
 * when the victims counted are people of no side, the soldiers singled out among them are the
 * side's loss, counted apart. The parser hangs them on the victims or on the verb, marked by a word
 * of including, a pronoun "among" ("among them", "unter ihnen", "parmi lesquelles") or a
 * participle of including ("incluidos 16 soldados"). Null when there are none.
 */
function soldiersAmong(
  reading: SentenceReading,
  verb: number,
  victim: number | null,
): number | null {
  const { graph } = reading;
  if (victim === null || isPeople(reading, victim)) return null;
  const among = (t: number) => graph.pos(t) === 'PRON' && reading.caseIs(t, AMONG);
  const including = (t: number) => reading.has(t, INCLUDING) || among(t);
  const near = [...graph.children(victim), ...graph.children(verb)];
  const singled = [
    ...near.filter((t) => graph.children(t).some(including)),
    // "including 16 soldiers": the parser may make "including" the soldiers' case marker.
    ...near.filter((t) => reading.caseIs(t, INCLUDING)),
    // "among them 16 soldiers", "incluidos 16 soldados": they hang on the pronoun or the participle.
    ...near.filter(including).flatMap((t) => graph.children(t, 'dep', 'nsubj', 'obj', 'appos')),
  ];
  return (
    singled
      .map((t) => countedNoun(reading, t) ?? t)
      .find((t) => t !== victim && isPeople(reading, t)) ?? null
  );
}

function isPeople(reading: SentenceReading, token: number): boolean {
  return (
    reading.has(token, PERSONNEL) || reading.has(token, MEMBERS) || isPoliceOfficer(reading, token)
  );
}

function losses(
  reading: SentenceReading,
  trigger: number,
  victim: number | null,
  place: Argument | null,
  ownSoldiers: boolean,
  counted: number | null = victim,
) {
  // The scene stands in only for a sentence that names no place at all ("sur le front ukrainien" is one).
  const verb = reading.isNoun(trigger) ? governingVerb(reading, trigger) : null;
  const unplaced =
    !statesPlace(reading, trigger) &&
    (verb === null || !statesPlace(reading, verb)) &&
    !namesPlaceAnywhere(reading) &&
    !apartFromScene(reading);
  const earlier = victim === null ? null : othersOf(reading, victim);
  const added = earlier === null && victim !== null ? addedToLastLoss(reading, victim) : null;
  // The others fell where the first ones did: the place may hang on the first clause only.
  const where =
    place ??
    (earlier === null ? null : placeOf(reading, earlier.clause)) ??
    (added === null ? null : { entity: added.place, token: trigger, forceOf: null }) ??
    (reading.scene && unplaced
      ? { entity: reading.scene.place, token: trigger, forceOf: null }
      : null);
  if (victim === null || where === null) return [];
  const losers =
    added !== null
      ? [{ entity: added.loser, token: victim, forceOf: null }]
      : earlier === null
        ? loserOf(reading, victim, !inAccident(reading, trigger))
        : earlier.victim === null
          ? []
          : loserOf(reading, earlier.victim);
  // The speaker's own soldiers first: "the Ukrainian army said three soldiers were killed in an
  // assault on Russian positions" are Ukraine's.
  const speakers =
    losers.length === 0 && ownSoldiers ? speakersForce(reading, trigger, victim) : null;
  const own =
    speakers ??
    (losers.length === 0
      ? (attackedForce(reading, trigger, victim) ??
        hostForce(reading, trigger, victim, hostPlace(place, where.entity)))
      : null);
  // A scene set farther back holds only for those who took part in it.
  const parties = place === null ? (reading.scene?.parties ?? null) : null;
  const took = (loser: Argument) =>
    parties === null ||
    parties.has(loser.entity.id) ||
    (loser.forceOf !== null && parties.has(loser.forceOf.id));
  if (own && !took(own)) return [];
  const lost = (own ? [own] : losers.filter(took)).map((loser) =>
    proposal({
      predicate: 'SUFFERED_LOSSES_IN',
      subject: loser,
      object: where,
      trigger,
      counted,
      ...(earlier?.victim == null ? {} : { countedUnit: earlier.victim }),
    }),
  );
  // "Ambazonia fighters killed five soldiers in western Cameroon": whoever kills a force's soldiers
  // fights that force (killing() reads the sides the victims' words name; this, the owner found here).
  if (!own || !reading.isVerb(trigger)) return lost;
  return [...lost, ...pairProposals('AT_WAR_WITH', killersOf(reading, trigger), [own], trigger)];
}

/**
 * "Seven soldiers were killed and fifteen others wounded", "Sept militaires ont été tués et quinze
 * autres blessés", "murieron y otros dos resultaron heridos", "were killed and fourteen wounded":
 * "others", or a bare number, in a conjoined clause of harm are more of the victims of the first;
 * they count apart but belong to the same side and fell in the same place. The first clause and
 * its victims, or null when the victim is no such "others".
 */
function othersOf(
  reading: SentenceReading,
  victim: number,
): { clause: number; victim: number | null } | null {
  const { graph } = reading;
  // "fourteen wounded", "douze blessés" after "four soldiers were killed": a bare number, or a
  // counted noun of harm, counts more of the same people.
  const others =
    reading.has(victim, MORE_OF_THEM) ||
    graph.children(victim, 'amod', 'nmod').some((m) => reading.has(m, MORE_OF_THEM)) ||
    (graph.pos(victim) === 'NUM' && graph.children(victim, 'nmod').length === 0) ||
    (reading.has(victim, LOSS_NOUNS) && graph.children(victim, 'nummod').length > 0);
  if (!others) return null;
  // The clause the others are harmed in: their verb, or the noun of harm itself.
  const clause =
    !graph.is(victim, 'conj') && reading.isVerb(graph.head(victim)) ? graph.head(victim) : victim;
  if (!graph.is(clause, 'conj')) return null;
  const first = graph.head(clause);
  if (!reading.isVerb(first) || !reading.has(first, HARM_VERBS)) return null;
  // "Nine soldiers died and two others were wounded": who died are the first victims.
  return {
    clause: first,
    victim: isPassive(reading, first)
      ? themeOf(reading, first)
      : (graph.children(first, 'obj')[0] ?? subjectOf(reading, first)),
  };
}

/**
 * "Four soldiers were killed in Borno. Another four soldiers were wounded.": people said to be
 * more, with no side of their own, add to the loss the sentence just before counted.
 */
function addedToLastLoss(reading: SentenceReading, victim: number): LastLoss | null {
  const { graph } = reading;
  if (reading.lastLoss === null || !isPeople(reading, victim)) return null;
  const words = [
    ...graph.children(victim, 'amod', 'det', 'advmod'),
    ...graph.children(victim, 'nummod').flatMap((n) => graph.children(n, 'advmod')),
  ];
  if (!words.some((w) => reading.has(w, MORE_OF_THEM))) return null;
  return loserOf(reading, victim).length === 0 ? reading.lastLoss : null;
}

/**
 * "inflicted losses on the RSF", "infligé des pertes à l'armée", "den Okkupanten Verluste
 * zugefügt", "infligió bajas al ELN": whom a verb of inflicting inflicts the losses on (German
 * marks them with the dative alone).
 */
function inflictedOn(reading: SentenceReading, verb: number): number[] {
  if (!inflicts(reading, verb)) return [];
  const { graph } = reading;
  return obliquesOf(reading, verb).filter(
    (o) => reading.caseIs(o, INFLICTED_ON) || (reading.language === 'de' && graph.caseOf(o) === ''),
  );
}

/** A verb of inflicting; German "fügen" only with its particle "zu" ("fügte … hinzu" adds). */
function inflicts(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  return (
    reading.has(verb, INFLICT_VERBS) &&
    (reading.language !== 'de' ||
      graph.folded(verb).startsWith('zu') ||
      graph.children(verb, 'compound:prt').some((p) => graph.folded(p) === 'zu'))
  );
}

/** "les rangs de Boko Haram", "den Reihen der Taliban": the side whose ranks these are. */
function ranksOwner(reading: SentenceReading, token: number): number | null {
  if (!reading.has(token, RANKS_NOUNS)) return null;
  const { graph } = reading;
  return (
    graph
      .children(token, 'nmod', 'nmod:poss')
      .find((m) => graph.is(m, 'nmod:poss') || reading.caseIs(m, OF) || graph.caseOf(m) === '') ??
    null
  );
}

/** Losers are forces or states; "soldats nord-coréens" name the force. */
function loserOf(reading: SentenceReading, token: number, byTitle = true): Argument[] {
  // "Four Israeli soldiers and eight Hamas fighters died": a later conjunct is a loss of its own,
  // with its own count (lossFrames), not one more loser of the first one's four.
  const later = reading.graph.conjuncts(token).filter((t) => t !== token);
  // "un policier camerounais", "a Kenyan policeman", "un policía kosovar": a police officer is his
  // state's loss.
  const state = policeOfficersState(reading, token);
  if (state !== null) return [state];
  const direct = argumentsOf(reading, token).filter(
    (a) => LOSER_KINDS.has(a.entity.kind) && !later.includes(a.token),
  );
  if (direct.length > 0) return direct;
  // "le premier contingent de militaires nord-coréens": the force is the noun's modifier.
  for (const modifier of reading.graph.children(token, 'nmod')) {
    const inner = argumentOf(reading, modifier);
    if (inner && inner.entity.kind === 'ARMED_FORCE') return [inner];
  }
  // "a Hamas commander", "Hezbollah commander Ali Karaki": one of a group's ranks lost is the
  // group's loss. A head of state killed is no state's loss of troops.
  if (!byTitle) return [];
  return titledGroups(reading, token)
    .filter((a) => LOSER_KINDS.has(a.entity.kind))
    .slice(0, 1);
}

/** Soldiers no modifier gives to a side ("three soldiers", not "Russian" or "enemy soldiers"). */
function unownedSoldiers(reading: SentenceReading, victim: number): boolean {
  const { graph } = reading;
  if (!reading.has(victim, PERSONNEL) && !isPoliceOfficer(reading, victim)) return false;
  // "Soldaten im Niger": a place the soldiers are in does not own them.
  const modifiers = graph
    .children(victim, 'amod', 'nmod', 'compound', 'nmod:poss', 'det:poss')
    .filter((m) => !reading.caseIs(m, LOCATIVE));
  return !modifiers.some(
    (m) => reading.has(m, ENEMY_WORDS) || reading.has(m, ARMED_GROUP_NOUNS) || reading.mentionAt(m),
  );
}

/** Accidents, in which a leader who dies is no loss his group suffered in a fight. */
const ACCIDENT_NOUNS =
  /^(?:accident|accidents|crash|crashes|unfall|unfallen|absturz|accidente|accidentes)$/u;

/** "was killed in a plane crash", "tué dans un accident", "bei einem Unfall": a death by accident. */
function inAccident(reading: SentenceReading, trigger: number): boolean {
  const { graph } = reading;
  return obliquesOf(reading, trigger).some(
    (o) =>
      ACCIDENT_NOUNS.test(graph.folded(o)) ||
      graph.children(o, 'compound').some((c) => ACCIDENT_NOUNS.test(graph.folded(c))) ||
      (reading.language === 'de' && /(?:unfall|absturz)$/u.test(graph.folded(o))),
  );
}

/**
 * "three soldiers were killed in an attack on a Nigerian Army base", "launched an assault on a
 * Nigerian Army base, killing three soldiers": soldiers nobody owns, killed in an attack on one
 * state's army, are that army's; police officers killed in it are that army's state's (as
 * `hostForce` gives them).
 */
function attackedForce(reading: SentenceReading, trigger: number, victim: number): Argument | null {
  const { graph } = reading;
  if (!unownedSoldiers(reading, victim)) return null;
  // "murieron y nueve resultaron heridos en un ataque": the attack may hang on a conjoined verb.
  const clauses = [
    ...graph.conjuncts(trigger),
    ...(graph.is(trigger, 'advcl', 'xcomp') ? [graph.head(trigger)] : []),
  ];
  // "attacked an army post, killing a soldier and a police officer": the officer is the state's.
  const theirs = (force: Argument) =>
    isPoliceOfficer(reading, victim)
      ? forceState(reading, { ...force, token: victim })
      : { ...force, token: victim };
  const struck = struckForce(reading, trigger);
  if (struck !== null) return theirs(struck);
  const attacks = [
    ...clauses.flatMap((v) => [...obliquesOf(reading, v), ...graph.children(v, 'obj')]),
    ...attackOfWhich(reading, trigger),
  ].filter(
    (n) => reading.isNoun(n) && (reading.headHas(n, WAR_NOUNS) || reading.has(n, CLASH_NOUNS)),
  );
  for (const attack of attacks) {
    // Only a state's army: soldiers who die in an offensive against an armed group ("murieron en una
    // ofensiva contra las FARC") are more likely its attackers than its men.
    const forces = attackTargets(reading, clauses, attack)
      .flatMap((m) => targetSides(reading, m))
      .filter((a) => reading.gazetteer.isStateForce(a.entity.id));
    if (forces.length === 1) return theirs(forces[0]!);
    // "soldados murieron en un enfrentamiento entre el Ejército y combatientes de Abu Sayyaf":
    // soldiers dead in a clash between one state's army and a group are that army's.
    const states = graph
      .children(attack, 'nmod')
      .filter((m) => reading.caseIs(m, BETWEEN))
      .flatMap((m) => graph.conjuncts(m))
      .flatMap((m) => argumentsOf(reading, m))
      .filter((a) => reading.gazetteer.isStateForce(a.entity.id));
    if (states.length === 1) return theirs(states[0]!);
  }
  return null;
}

/** The state whose army a force is, standing where the force stood; null when none is named. */
function forceState(reading: SentenceReading, force: Argument): Argument | null {
  const state =
    force.forceOf ??
    reading.countriesNamed.find(
      (c) => reading.gazetteer.country(c.id)?.armedForce?.id === force.entity.id,
    );
  return state ? { entity: state, token: force.token, forceOf: null } : null;
}

/**
 * "an attack on the army took place in Kafolo, in which 14 soldiers were killed", "une attaque …
 * s'était produite à Kafolo, dans laquelle 14 soldats avaient été tués": a relative clause whose
 * oblique is its pronoun ("in which") tells of what it hangs on; the parser may hang it on the
 * verb of that noun's clause, or on another noun of it, and the attack is then that clause's
 * subject or object ("hubo … un ataque …, en el que murieron tres soldados").
 */
function attackOfWhich(reading: SentenceReading, trigger: number): number[] {
  const { graph } = reading;
  if (!graph.is(trigger, 'acl', 'advcl', 'ccomp')) return [];
  if (!obliquesOf(reading, trigger).some((o) => relativeWhich(reading, o))) return [];
  // "in Kafolo, in which …": or on a noun of that clause, the nearest one.
  const above = graph.head(trigger);
  const clause = reading.isNoun(above) ? governingVerb(reading, above) : above;
  return [above, ...(clause === null ? [] : graph.children(clause, 'nsubj', 'obj'))];
}

/** Relative pronouns after a preposition: "in which", "dans laquelle", "en el que", "en la cual". */
const RELATIVE_PRONOUNS = /^(?:which|lequel|laquelle|lesquels|lesquelles|que|cual|cuales)$/u;

/**
 * The pronoun "which" of "in which", "dans laquelle", "en el que", "bei dem": no place of its own.
 * The parser may hang its clause on a verb, as an adverbial or a complement; the pronoun's word
 * tells it then.
 */
function relativeWhich(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  if (!/^(?:PRON|DET)$/u.test(graph.pos(token)) || reading.isNoun(token)) return false;
  return graph.is(graph.head(token), 'acl') || RELATIVE_PRONOUNS.test(graph.folded(token));
}

/**
 * "attacked a Nigerian Army base in Borno, killing three soldiers", "attacked the base and killed
 * three soldiers": the one state's army whose thing the clause above struck, or null. The parser
 * hangs the participle on the attack verb or on what it struck.
 */
function struckForce(reading: SentenceReading, trigger: number): Argument | null {
  const { graph } = reading;
  const above = graph.head(trigger);
  const onVerb = graph.is(trigger, 'advcl', 'conj') && reading.isVerb(above);
  const struck = onVerb ? themeOf(reading, above) : graph.is(trigger, 'acl') ? above : null;
  if (struck === null || !reading.isNoun(struck) || !graph.is(struck, 'obj')) return null;
  const verb = graph.head(struck);
  if (!reading.has(verb, FIGHT_VERBS)) return null;
  const forces = targetSides(reading, struck, verb).filter((a) =>
    reading.gazetteer.isStateForce(a.entity.id),
  );
  return forces.length === 1 ? forces[0]! : null;
}

/**
 * Where the parser hangs the target of an attack in a clause: on the attack ("an attack on a
 * base"), on a noun inside it ("un ataque con explosivos contra una patrulla"), or on the clause's
 * verb beside the attack ("tué lors d'une attaque vendredi contre une formation militaire").
 */
function attackTargets(
  reading: SentenceReading,
  verbs: readonly number[],
  attack: number,
): number[] {
  const { graph } = reading;
  const inside = graph.children(attack, 'nmod');
  const beside = verbs.flatMap((v) => obliquesOf(reading, v)).filter((o) => o !== attack);
  return [...inside, ...inside.flatMap((m) => graph.children(m, 'nmod')), ...beside].filter((m) =>
    reading.caseIs(m, AGAINST),
  );
}

/** Words of a mission abroad, whose soldiers the country they fall in does not own. */
const MISSION_WORDS =
  /^(?:peacekeep|casques?$|blauhelm|cascos?$|contingent|kontingent|paix$|paz$|peace$|friedens|mission|mision|un$|onu$|minusma|monusco|unifil|amisom)/u;

/**
 * Where losses fell, as far as it tells whose soldiers fell there: the scene, or a town or region
 * named. A country named is read by `countriesAsPlaces`, which knows a border "with Armenia" is no
 * place in Armenia.
 */
function hostPlace(place: Argument | null, where: Entity): Entity | null {
  if (place === null) return where;
  return place.entity.kind === 'LOCATION' ? place.entity : null;
}

/**
 * "27 soldats ont été tués … dans le sud-ouest du Niger", "Ambazonia fighters killed five soldiers
 * in western Cameroon": soldiers nobody owns, who fall to an armed group (or to no one named) in
 * the country the article is about, named as the place (or, naming none, where the sentence
 * before fought), are its army's. So are those who fall in a town or a region when the article
 * has put places in that one country only ("… à l'ouest du Burundi. … a affirmé avoir tué six
 * soldats"). Not when the sentence names another state or army (foreign troops, a foreign army
 * reporting), nor soldiers of a mission, nor deaths in an accident; a border "with Armenia" is no
 * place in Armenia.
 */
function hostForce(
  reading: SentenceReading,
  trigger: number,
  victim: number,
  where: Entity | null,
): Argument | null {
  const { graph } = reading;
  if (!unownedSoldiers(reading, victim) || inAccident(reading, trigger)) return null;
  if (graph.subtree(victim).some((t) => MISSION_WORDS.test(graph.folded(t)))) return null;
  const named = countriesAsPlaces(reading);
  // A town or a region stands for the one country the article has put places in, only while no
  // other state's army is in the story ("Turkish troops … twelve soldiers were killed in Metina").
  const byTown = named.length === 0 && where?.kind === 'LOCATION';
  const hosts =
    named.length > 0
      ? named
      : where?.kind === 'COUNTRY'
        ? [where]
        : byTown
          ? reading.countryPlacesBefore
          : [];
  const host = hosts.length === 1 ? hosts[0]! : null;
  const force = host === null ? null : reading.gazetteer.country(host.id)?.armedForce;
  // The country the article is about: the first it named, or one whose army it named before.
  const about =
    host !== null &&
    (reading.countriesNamed[0]?.id === host.id ||
      reading.forcesNamed.some((f) => f.id === force?.id));
  if (!host || !force || !about) return null;
  if (byTown && reading.forcesNamed.some((f) => f.id !== force.id)) return null;
  // A neighbour named as a border ("nahe der Grenze zu Uganda", "with Mali and Burkina Faso") is no
  // other side.
  const atBorder = (at: number) => {
    let phrase = at;
    while (graph.is(phrase, 'conj', 'flat', 'fixed', 'compound')) phrase = graph.head(phrase);
    return reading.has(graph.head(phrase), BORDER_NOUNS);
  };
  const others = [...Array(graph.size).keys()]
    .map((at) => at + 1)
    .filter((at) => !atBorder(at))
    .map((at) => reading.mentionAt(at)?.entity)
    .some(
      (e) =>
        e !== undefined &&
        e.id !== host.id &&
        e.id !== force.id &&
        (e.kind === 'COUNTRY' || reading.gazetteer.isStateForce(e.id)),
    );
  // A state, its army or its mercenaries kill the enemy's soldiers, not the host's.
  const killers = reading.isVerb(trigger) ? killersOf(reading, trigger) : [];
  const stateKiller = killers.some(
    (k) =>
      k.entity.kind === 'COUNTRY' ||
      reading.gazetteer.isStateForce(k.entity.id) ||
      reading.gazetteer.mercenariesOf(k.entity.id) !== undefined,
  );
  if (others || stateKiller) return null;
  // A police officer is the state's loss, not its army's.
  if (isPoliceOfficer(reading, victim)) return { entity: host, token: victim, forceOf: null };
  return { entity: reading.recordForce(reading.use(force)), token: victim, forceOf: host };
}

/**
 * "Azerbaijan said seven soldiers were killed", "Kyiv a annoncé la mort de
 * 12 soldats": soldiers nobody owns, in the statement of one state or its
 * army, are that state's, unless the text calls them the enemy's. An armed
 * group speaking of soldiers speaks of its enemy's.
 */
function speakersForce(reading: SentenceReading, trigger: number, victim: number): Argument | null {
  if (!unownedSoldiers(reading, victim)) return null;
  const { speakers } = attributionOf(reading, trigger);
  const speaker = speakers.length === 1 ? speakers[0]! : null;
  if (speaker?.kind === 'ARMED_FORCE' && reading.gazetteer.isStateForce(speaker.id))
    return { entity: speaker, token: victim, forceOf: null };
  const state =
    speaker?.kind === 'COUNTRY' ? speaker : speaker && defenceMinistryState(reading, speaker);
  const force = state ? reading.gazetteer.country(state.id)?.armedForce : null;
  if (!force || !state) return null;
  return { entity: reading.recordForce(reading.use(force)), token: victim, forceOf: state };
}

/**
 * The state whose defence ministry the speaker is, which speaks for its army: "Azerbaijan's
 * defence ministry said seven soldiers were killed", or "the Defence Ministry" of the one
 * country the article has named.
 */
function defenceMinistryState(reading: SentenceReading, speaker: Entity): Entity | null {
  const { graph } = reading;
  const states = [
    ...Array.from({ length: graph.size }, (_, i) => reading.mentionAt(i + 1))
      .filter((m) => m?.entity.id === speaker.id)
      .map((m) => m!.country),
    articleCountry(reading),
  ];
  return (
    states.find((state) => state !== null && ministryEntity(state, 'Defence').id === speaker.id) ??
    null
  );
}

/** "depuis octobre", "since October", "par ailleurs", "elsewhere": a running total, or another scene. */
const SINCE_OR_ELSEWHERE: Stems = {
  en: ['since$', 'elsewhere$', 'separately$'],
  fr: ['depuis$', 'ailleurs$'],
  de: ['seit$', 'seitdem$', 'anderswo$', 'andernorts$'],
  es: ['desde$'],
};

/** A running total ("since October"), another scene ("elsewhere"), or the whole war ("in the conflict"). */
function apartFromScene(reading: SentenceReading): boolean {
  for (let token = 1; token <= reading.graph.size; token += 1) {
    if (reading.has(token, SINCE_OR_ELSEWHERE)) return true;
    // The whole of a war: "in the conflict", "dans la guerre", "im Krieg".
    const war = reading.has(token, WAR_ITSELF) || reading.has(token, CONFLICT_ITSELF);
    if (war && reading.caseIs(token, LOCATIVE)) return true;
  }
  return false;
}

/**
 * True when a locative phrase hangs on the word or its conjuncts, whether or not it names an
 * entity. Fighting is no place unless it has one: "morts dans des combats" leaves the scene free;
 * nor is the "which" of "in which", whose place the clause above states, nor a side's ranks ("bajas
 * en las filas de Sendero Luminoso", "in the ranks of", "dans les rangs de", "in den Reihen"),
 * which say whose the losses are.
 */
function statesPlace(reading: SentenceReading, head: number): boolean {
  const { graph } = reading;
  return graph
    .conjuncts(head)
    .flatMap((h) => [...obliquesOf(reading, h), ...graph.children(h, 'nmod')])
    .some(
      (c) =>
        reading.caseIs(c, LOCATIVE) &&
        !relativeWhich(reading, c) &&
        !reading.has(c, RANKS_NOUNS) &&
        (!(reading.has(c, WAR_NOUNS) || reading.has(c, CLASH_NOUNS)) || statesPlace(reading, c)),
    );
}

export function placeOf(reading: SentenceReading, head: number): Argument | null {
  const { graph } = reading;
  // "tués ou blessés … dans la région de Koursk": the place may hang on a conjoined verb.
  // "the deaths of seven soldiers in fighting on the border": or on a gerund of fighting.
  const event = (c: number) => reading.has(c, WAR_NOUNS) || reading.has(c, CLASH_NOUNS);
  // "dans le sud-ouest du Niger, dans la zone de Tillabéri": a place may stand beside another.
  // "An attack in Borno killed twelve soldiers", "Une attaque à Borno a tué…": or on the event
  // that is the verb's subject.
  // Not a conjoined verb of reporting: in "… getötet, hieß es in Colombo" the place is the report's.
  const around = graph
    .conjuncts(head)
    .filter((h) => h === head || reportingFamily(reading, h) === null)
    .flatMap((h) => [
      ...obliquesOf(reading, h).flatMap((o) => graph.conjuncts(o)),
      ...graph.children(h, 'nmod'),
      ...graph.children(h, 'acl').filter((a) => reading.caseIs(a, LOCATIVE) && event(a)),
      ...(reading.isVerb(h) ? graph.children(h, 'nsubj').filter(event) : []),
    ]);
  // "died since the start of the ground operation in Gaza": or on the event whose start dates it.
  const started = around
    .filter((c) => reading.has(c, START_NOUNS))
    .flatMap((c) => graph.children(c, 'nmod'))
    .filter(event);
  const candidates = [...around, ...started];
  // "killed in an attack in central Mali": the place may hang on the event that stands first.
  // "en los enfrentamientos registrados en la frontera": or on the participle describing that event.
  // "lors d'assauts à Koursk", "during assaults in Kursk": or on an event whatever marks it.
  // "tué lors d'une attaque contre une formation militaire dans l'Etat de Borno": or on the
  // attack's target, which the parser may hang on the verb beside the attack.
  const attacked = candidates.some(event);
  const nested = candidates
    .filter(
      (c) => reading.caseIs(c, LOCATIVE) || event(c) || (attacked && reading.caseIs(c, AGAINST)),
    )
    .flatMap((c) => [
      ...graph.children(c, 'nmod', 'obl'),
      ...graph.children(c, 'amod', 'acl').flatMap((p) => graph.children(p, 'obl')),
    ]);
  // "tués par des éléments de Boko Haram à Dangdala": the parser may hang the place on the killers.
  const byKillers = graph
    .conjuncts(head)
    .flatMap((h) => graph.children(h, 'obl:agent'))
    .flatMap((a) => graph.children(a, 'nmod'))
    .filter((m) => reading.caseIs(m, LOCATIVE) && reading.mentionAt(m) !== null);
  // "bei einem Angriff serbischer Bewaffneter in Banjska": or on the attack's author, hung on it.
  const byAuthors = candidates
    .filter(event)
    .flatMap((e) => graph.children(e, 'nmod'))
    .filter((a) => !event(a) && !reading.caseIs(a, LOCATIVE))
    .flatMap((a) => graph.children(a, 'nmod'))
    .filter((m) => reading.caseIs(m, LOCATIVE) && reading.mentionAt(m) !== null);
  // "en dos días de combates en la región de Amhara": the event may itself hang on its length;
  // "killed in an attack on an army base in Borno State": the place may hang on the attack's target;
  // "in a gun battle between the two forces in Datu Salibo town": or on the sides it is between;
  // "en enfrentamientos con la guerrilla de Sendero Luminoso en Vizcatán": or on the side it is with.
  // "à la suite de l'attaque qui a visé le camp de Bourem": or on what the attack's clause aims at.
  const aimedAt = [...candidates, ...nested]
    .filter(event)
    .flatMap((e) => graph.children(e, 'acl', 'acl:relcl'))
    .filter((v) => reading.has(v, FIGHT_VERBS) || reading.has(v, AIM_VERBS))
    .flatMap((v) => graph.children(v, 'obj', 'obl'));
  const targets = [
    ...nested.filter((c) => reading.caseIs(c, AGAINST) && event(graph.head(c))),
    ...aimedAt,
  ].flatMap((c) => graph.children(c, 'nmod'));
  const deeper = [
    ...nested
      .filter(
        (c) =>
          event(c) ||
          ((reading.caseIs(c, BETWEEN) || reading.caseIs(c, WITH)) && event(graph.head(c))),
      )
      .flatMap((c) => graph.children(c, 'nmod')),
    ...targets,
  ];
  // An unnamed clash is no place: "dans des affrontements avec l'Azerbaïdjan" names the enemy, not where.
  const clash = (c: number) => !reading.mentionAt(c) && event(c);
  const places = [
    ...candidates.filter((c) => !clash(c)),
    ...nested,
    ...deeper,
    ...byKillers,
    ...byAuthors,
  ];
  // "Au Cameroun, deux soldats ont été tués à Kengwo": of a country and a town, the town says where.
  const first = markedArgument(reading, places, LOCATIVE, EVENT_OR_PLACE);
  const town =
    first?.entity.kind === 'COUNTRY'
      ? markedArgument(reading, places, LOCATIVE, LOCATION_ONLY)
      : null;
  return (
    town ??
    first ??
    compassPart(reading, places) ??
    // "en un ataque masivo sobre Irán", "in a strike on Kharkiv": or be the attack's target; not
    // the enemy a fight is against ("bei Kämpfen gegen die Ukraine" were fought in Kursk).
    markedArgument(
      reading,
      [...candidates, ...nested]
        .filter((c) => reading.has(c, ATTACK_NOUNS))
        .flatMap((e) => graph.children(e, 'nmod')),
      AGAINST,
      PLACE_KINDS,
    ) ??
    // "une attaque contre le camp militaire de Bourem": the target's own name may follow "of";
    // "died in the battle of Marawi", "tués dans la bataille de Borno": so may the event's.
    markedArgument(
      reading,
      [...targets, ...candidates.filter(event).flatMap((e) => graph.children(e, 'nmod'))],
      OF,
      LOCATION_ONLY,
    ) ??
    borderCountry(reading, [...candidates, ...nested]) ??
    foughtFor(reading, candidates, event) ??
    relativePlace(reading, head)
  );
}

/** "where", "où", "wo", "donde": the adverb opening a relative clause of place. */
const WHERE = /^(?:where|ou|wo|donde)$/u;

/**
 * "L'armée a bombardé Kidal, où des soldats ont été tués", "in Sweida, where forces clashed": a
 * relative clause of place happened at the place it describes.
 */
function relativePlace(reading: SentenceReading, verb: number): Argument | null {
  const { graph } = reading;
  // The parser makes the clause a relative or a plain clause of the noun, and "donde" an oblique.
  if (!graph.is(verb, 'acl')) return null;
  if (!graph.children(verb, 'advmod', 'obl').some((a) => WHERE.test(graph.folded(a)))) return null;
  const place = argumentOf(reading, graph.head(verb));
  return place !== null && EVENT_OR_PLACE.has(place.entity.kind) ? place : null;
}

/**
 * "à la frontière avec l'Arménie", "on the border with Armenia", "dans des
 * affrontements frontaliers avec l'Azerbaïdjan": the neighbour named, whether
 * "with" hangs on the border, the clash or the verb.
 */
function borderCountry(reading: SentenceReading, places: readonly number[]): Argument | null {
  const { graph } = reading;
  const border = places.find(
    (p) =>
      reading.caseIs(p, LOCATIVE) &&
      (reading.has(p, BORDER_NOUNS) ||
        ((reading.has(p, CLASH_NOUNS) || reading.has(p, WAR_NOUNS)) &&
          graph.children(p, 'amod', 'compound').some((m) => reading.has(m, BORDER_MODIFIERS)))),
  );
  if (border === undefined) return null;
  const named = [
    ...graph.children(border, 'nmod').filter((n) => reading.caseIs(n, BORDER_WITH)),
    ...places.filter((n) => reading.caseIs(n, WITH)),
  ];
  return (
    markedArgument(reading, named, BORDER_WITH, PLACE_KINDS) ??
    markedArgument(reading, named, WITH, PLACE_KINDS)
  );
}
