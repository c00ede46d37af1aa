import type { Entity } from '../../../domain/entity';
import type { Argument } from '../argument';
import {
  ACTOR_KINDS,
  LOCATION_ONLY,
  PLACE_KINDS,
  actorsAbove,
  argumentOf,
  articleArmy,
  argumentsOf,
  articleCountry,
  countriesAsPlaces,
  distinctEntities,
  placesOf,
  policeOfficersState,
  countryBeside,
  markedArgument,
  possessiveOn,
  possessorOf,
  soldiersSide,
  unitOwner,
  titledGroups,
} from '../argument';
import {
  REFLEXIVE,
  agentOf,
  governingVerb,
  helpedOrMade,
  isPassive,
  obliquesOf,
  subjectOf,
  themeOf,
} from '../clause-roles';
import {
  AT_HANDS_OF,
  BY,
  DECLARED_ON,
  FROM,
  GOAL,
  INTO,
  LOCATIVE,
  OF,
  OVER,
  RECIPIENT,
  SUPPLIED_WITH,
} from '../lexicon/case-markers';
import {
  COMPASS_NOUNS,
  INSTITUTIONS,
  MEMBERS,
  PERSONNEL,
  POLICE_STATIONS,
  POLICE_WORDS,
  RESPONSIBILITY_NOUNS,
  SIDE_NOUNS,
  STATION_NOUNS,
} from '../lexicon/nouns';
import { NEGATIONS } from '../lexicon/modality-words';
import { ANNOUNCING_VERBS, HELP_VERBS } from '../lexicon/verbs';
import {
  AGAINST,
  AMBUSH_NOUNS,
  AMBUSHED,
  ANSWER_VERBS,
  ARMED_GROUP_NOUNS,
  AIM_VERBS,
  ATTACK_NOUNS,
  BETWEEN,
  BREAK_IN_VERBS,
  ARM_VERBS,
  BACK_VERBS,
  REINFORCE_VERBS,
  REPEL_VERBS,
  RIPOSTE_VERBS,
  CAPTURE_NOUNS,
  CAPTURE_VERBS,
  SUCCEED_VERBS,
  SUCCESS_NOUNS,
  PRESSURE_NOUNS,
  SURROUND_VERBS,
  TAKE_INFINITIVES,
  CLASH_NOUNS,
  CLASH_VERBS,
  COMBAT_NOUNS,
  DECLARE_VERBS,
  FIRE_NOUNS,
  OPENING_VERBS,
  OVERTHROW_VERBS,
  CONDEMN_VERBS,
  DEATH_NOUNS,
  EXCHANGE_VERBS,
  FEAR_VERBS,
  CONTROL_NOUNS,
  CONTROL_VERBS,
  FALL_VERBS,
  FALLEN_TO,
  HANDS_NOUNS,
  CREDIT_VERBS,
  DEPLOYMENT_NOUNS,
  ENGAGE_VERBS,
  ENJOY_VERBS,
  EXPEL_VERBS,
  FIGHT_VERBS,
  LAUNCH_VERBS,
  SEND_VERBS,
  FIGHTING_OFF,
  FLIGHT_NOUNS,
  FOR_SIDE,
  REFLEXIVE_FIGHT_VERBS,
  REFLEXIVE_TARGET,
  RESPONSIBILITY_VERBS,
  SKIRMISH_NOUNS,
  STRUGGLE_NOUNS,
  GAIN_VERBS,
  HELD_PARTICIPLES,
  HIT_VERBS,
  FALL_INTO_VERBS,
  LAY_VERBS,
  LURE_VERBS,
  DIE_VERBS,
  HARM_VERBS,
  INVASION_NOUNS,
  LEND_VERBS,
  MILITARY_AID_NOUNS,
  MILITARY_WORDS,
  OPPOSE_VERBS,
  PUSH_VERBS,
  TARGET_NOUNS,
  POST_NOUNS,
  MILITARY_POST_WORDS,
  TOWARDS,
  TRAIN_VERBS,
  UNARMED_WORDS,
  UNDER,
  WAGE_VERBS,
  WAR_ITSELF,
  WAR_NOUNS,
  WEAPON_WORDS,
  WITH,
} from '../lexicon/predicate-triggers';
import { hasStem } from '../lexicon/stems';
import type { Stems } from '../lexicon/stems';
import type { FrameRule, Proposal } from '../proposal';
import { pairProposals, proposal } from '../proposal';
import type { SentenceReading } from '../sentence-reading';
import { countedNoun, forcesOf, isTroops } from './transfer-frames';
import { strongholdHolders } from './stronghold-frames';
import { countryStruck } from './struck-country';
import { encircledForce } from './encircled-force';
import { successesAgainst } from './successes-against';
import { areaPlaces, misplacedRelatives } from './held-areas';
import { pressureFrom } from './pressure-from';
import type { Blame } from '../blame';
import { blameOf, claimsAsOwn, holdsResponsible } from '../blame';

/**
 * AT_WAR_WITH, FIGHTS_FOR, SUPPORTS_MILITARILY and CONTROLS. War needs an
 * enemy the text names ("la guerre de la Russie contre l'Ukraine",
 * "fighting Ukrainian forces", "kämpfen gegen"); fighting "for / aux côtés
 * de / an der Seite / junto a" names the side; military aid needs the word
 * "military" and a receiver; control needs "under X control" or a verb of
 * taking, and a place.
 */
export const conflictFrames: FrameRule = (reading, token) => {
  if (
    reading.isNoun(token) &&
    (reading.headHas(token, WAR_NOUNS) || reading.headHas(token, CLASH_NOUNS))
  )
    return economicWar(reading, token) ? [] : war(reading, token);
  // "L'armée poursuit sa lutte contre le JNIM", "continúa su lucha contra Boko Haram": a struggle
  // a side carries on is a war when it is against an armed enemy. Not one a side is helped "in"
  // ("cuenta con el apoyo de Ruanda en su lucha contra…"): that one is the helped side's
  // (`helpingAgainst`), whom the possessive does not name.
  if (
    reading.isNoun(token) &&
    reading.has(token, STRUGGLE_NOUNS) &&
    reading.graph.is(token, 'obj', 'nsubj') &&
    againstArmedEnemies(reading, token)
  )
    return war(reading, token);
  if (reading.isNoun(token) && reading.has(token, SUCCESS_NOUNS))
    return successesAgainst(reading, token);
  if (reading.isNoun(token) && reading.has(token, PRESSURE_NOUNS))
    return pressureFrom(reading, token);
  if (
    reading.isVerb(token) &&
    (reading.has(token, FIGHT_VERBS) || foughtReflexively(reading, token))
  )
    return fighting(reading, token);
  if (reading.isVerb(token) && drivesOffForce(reading, token)) return fighting(reading, token);
  if (reading.isVerb(token) && reading.has(token, BREAK_IN_VERBS)) return brokeInto(reading, token);
  if (reading.isVerb(token) && attackAimed(reading, token))
    return isPassive(reading, token) ? aimedInPassive(reading, token) : fighting(reading, token);
  if (reading.isVerb(token) && reading.has(token, ENGAGE_VERBS) && forceMeets(reading, token))
    return fighting(reading, token);
  if (reading.isVerb(token) && movesAgainst(reading, token)) return fighting(reading, token);
  if (reading.isVerb(token) && reading.has(token, ANSWER_VERBS)) {
    const answered = answeredFire(reading, token);
    if (answered.length > 0) return answered;
  }
  // "supports Mozambique in its fight against …", "helps Mali in its fight against …": backing or
  // helping a side in a fight is read as such, below; "troops helped in the fight" fought.
  if (
    reading.isVerb(token) &&
    combatOf(reading, token) !== null &&
    !reading.has(token, BACK_VERBS) &&
    !(reading.has(token, HELP_VERBS) && helpedOrMade(reading, token).length > 0)
  )
    return fighting(reading, token);
  if (reading.isVerb(token) && reading.has(token, FALL_VERBS)) {
    const fallen = fellTo(reading, token);
    if (fallen.length > 0) return fallen;
  }
  if (reading.isVerb(token) && reading.has(token, HARM_VERBS)) return killing(reading, token);
  if (reading.isVerb(token) && reading.has(token, RESPONSIBILITY_VERBS))
    return claimedDeaths(reading, token);
  if (reading.isNoun(token) && reading.has(token, MILITARY_AID_NOUNS)) return aid(reading, token);
  if (reading.isVerb(token) && reading.has(token, BACK_VERBS)) return backing(reading, token);
  if (reading.isVerb(token) && reading.has(token, HELP_VERBS))
    return helpingAgainst(reading, token);
  // The tagger takes the rare verb for the noun of arms ("le Rwanda arme les rebelles"): a word
  // with a subject and an object is a verb whatever its tag.
  const verbLike =
    reading.isVerb(token) ||
    (reading.graph.children(token, 'nsubj').length > 0 &&
      reading.graph.children(token, 'obj').length > 0);
  if (verbLike && reading.has(token, ARM_VERBS)) return arming(reading, token);
  if (reading.isVerb(token) && trainsTroops(reading, token)) return arming(reading, token);
  if (reading.isNoun(token) && reading.has(token, CONTROL_NOUNS) && reading.caseIs(token, UNDER))
    return underControl(reading, token);
  if (reading.isNoun(token) && reading.has(token, CAPTURE_NOUNS))
    return captureNoun(reading, token);
  if (reading.graph.is(token, 'amod', 'acl') && reading.has(token, HELD_PARTICIPLES)) {
    const held = heldPlace(reading, token);
    if (held.length > 0) return held;
  }
  if (
    reading.isVerb(token) &&
    (reading.has(token, CAPTURE_VERBS) ||
      gainsControl(reading, token) ||
      succeededInTaking(reading, token))
  )
    return captured(reading, token);
  if (reading.isVerb(token) && reading.has(token, SURROUND_VERBS))
    return encircledForce(reading, token);
  // A threat of strikes ("menace de frappes") is no waging: the stem "men" also starts "menacer".
  if (
    reading.isVerb(token) &&
    reading.has(token, WAGE_VERBS) &&
    !reading.has(token, ANNOUNCING_VERBS)
  )
    return wagedAgainst(reading, token);
  return [];
};

/**
 * "the Houthi-held port of Hodeidah", "the Ukrainian-controlled town of Kupiansk", "les zones
 * tenues par l'AA à Dai Tha": the holder is named before the hyphen or after "by"; the place is
 * the noun the participle describes, or that noun's name.
 */
function heldPlace(reading: SentenceReading, participle: number): Proposal[] {
  const { graph } = reading;
  const holders = holdersOf(reading, participle);
  const noun = graph.head(participle);
  // "Marib es la única provincia controlada por…", "Goma, a city held by…": a predicate noun
  // stands for its subject, an apposition for the name it follows.
  const subject = [
    ...(graph.children(noun, 'cop').length > 0 ? graph.children(noun, 'nsubj') : []),
    ...(graph.is(noun, 'appos') ? [graph.head(noun)] : []),
  ];
  const place = [
    noun,
    ...graph.children(noun, 'nmod').filter((m) => reading.caseIs(m, OF)),
    ...subject,
  ]
    .flatMap((t) => placesOf(reading, t).slice(0, 1))
    .find((a) => a.entity.kind === 'LOCATION');
  if (place) return pairProposals('CONTROLS', holders, [place], participle);
  const inside = areaPlaces(reading, noun, participle);
  if (inside.length > 0) return pairProposals('CONTROLS', holders, inside, participle);
  // "áreas controladas por los hutíes en Yemen, incluidas Saná y Saada": areas no name names hold
  // the places listed after them, which the parser may hang on any verb above.
  const listed = [participle, ...ancestorsOf(reading, noun)]
    .flatMap((above) => listedPlaces(reading, above, noun))
    .filter((t) => t > participle)
    .flatMap((t) => placesOf(reading, t))
    .filter((a) => a.entity.kind === 'LOCATION');
  return pairProposals('CONTROLS', holders, listed, participle);
}

/** The heads above a token, nearest first. */
function ancestorsOf(reading: SentenceReading, token: number): number[] {
  const above: number[] = [];
  for (let at = reading.graph.head(token); at !== 0; at = reading.graph.head(at)) above.push(at);
  return above;
}

/** Who holds what a participle of holding describes: named before it ("Houthi-held"), or after "by". */
function holdersOf(reading: SentenceReading, participle: number): Argument[] {
  const { graph } = reading;
  return graph
    .children(participle)
    .filter((c) => (c < participle && !graph.is(c, 'punct', 'advmod')) || reading.caseIs(c, BY))
    .flatMap((c) => [...argumentsOf(reading, c), ...demonymCountry(reading, c)])
    .filter((a) => ACTOR_KINDS.has(a.entity.kind));
}

/**
 * "bombed an AA-held hospital", "a village in an area controlled by the KIA", "ein Dorf, das in
 * einem von der KIA kontrollierten Gebiet liegt", "the Houthi stronghold of Saada": a target naming no side but a place a side
 * holds stands for that side. The holding may describe the target, the place it is in, or the
 * place its clause puts it in; the place may also hang on the verb of attacking (`verb`).
 */
function holdersAround(reading: SentenceReading, phrase: number, verb?: number): Argument[] {
  const { graph } = reading;
  const placesOf = (token: number) =>
    [
      ...graph.children(token, 'nmod'),
      ...graph.children(token, 'acl').flatMap((v) => graph.children(v, 'obl')),
      ...(verb === undefined ? [] : obliquesOf(reading, verb)),
      ...(verb === undefined ? [] : misplacedRelatives(reading, verb)).flatMap((v) =>
        graph.children(v, 'obl'),
      ),
    ].filter((m) => reading.caseIs(m, LOCATIVE));
  const heldBy = (noun: number) => [
    ...graph
      .children(noun, 'amod', 'acl')
      .filter((p) => reading.has(p, HELD_PARTICIPLES))
      .flatMap((p) => holdersOf(reading, p)),
    ...strongholdHolders(reading, noun),
  ];
  for (const noun of [phrase, ...placesOf(phrase)]) {
    const holders = heldBy(noun);
    if (holders.length > 0) return holders;
  }
  return [];
}

/**
 * The side a target stands for: the side it names, else the side holding the place it names, else
 * the country it lies in ("posiciones militares en territorio camboyano", "targets in Syria", "the
 * Syrian capital").
 */
export function targetSides(reading: SentenceReading, phrase: number, verb?: number): Argument[] {
  const sides = sideArguments(reading, phrase);
  if (sides.length > 0) return sides;
  const held = holdersAround(reading, phrase, verb);
  if (held.length > 0) return held;
  return countryStruck(reading, phrase, isTarget(reading, phrase));
}

/**
 * "des frappes contre les Houthis, parfois avec l'aide du Royaume-Uni", "struck with the help of
 * Britain", "mit Unterstützung der USA": whoever helps an attack takes part in it.
 */
function helpersOf(reading: SentenceReading, token: number): Argument[] {
  const { graph } = reading;
  return graph
    .children(token, 'nmod', 'obl')
    .filter((h) => reading.caseIs(h, WITH) && reading.has(h, MILITARY_AID_NOUNS))
    .flatMap((h) =>
      graph.children(h, 'nmod').filter((m) => reading.caseIs(m, OF) || germanGenitive(reading, m)),
    )
    .flatMap((m) => argumentsOf(reading, m))
    .filter((a) => ACTOR_KINDS.has(a.entity.kind));
}

/** A German genitive with its article: "der USA", "des Westens". */
function germanGenitive(reading: SentenceReading, phrase: number): boolean {
  const { graph } = reading;
  return (
    reading.language === 'de' &&
    graph.caseOf(phrase) === '' &&
    graph.children(phrase, 'det').some((d) => /^(?:der|des)$/u.test(graph.folded(d)))
  );
}

/**
 * "das türkische Militär geht gegen die PKK vor", "gegen die Rebellen vorgegangen": German
 * "vorgehen gegen" (to move against) fights whom it names after "gegen", as "kämpfen gegen" does.
 */
function movesAgainst(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  if (reading.language !== 'de') return false;
  const word = graph.folded(verb);
  const joined = /^vor(?:geh|ging|gegangen)/u.test(word);
  const split =
    /^(?:geh|ging|gegangen)/u.test(word) &&
    graph.children(verb, 'compound:prt').some((p) => graph.folded(p) === 'vor');
  if (!joined && !split) return false;
  // Governments move against firms and prices too ("Die EU will gegen China vorgehen", "gehen
  // juristisch gegen Google vor"): only a military moving "gegen" someone fights them.
  const subject = subjectOf(reading, verb);
  const military =
    subject !== null && argumentsOf(reading, subject).some((a) => a.entity.kind === 'ARMED_FORCE');
  const against = obliquesOf(reading, verb).some((o) => reading.caseIs(o, AGAINST));
  const unarmed = graph.children(verb, 'advmod').some((a) => reading.has(a, UNARMED_WORDS));
  return military && against && !unarmed;
}

/**
 * "les frappes israéliennes visaient le Hezbollah", "die Angriffe zielten auf die Hisbollah":
 * strikes aimed at a side fight it, where a state aiming measures at another does not ("la
 * France vise la Russie avec de nouvelles mesures"); so do strikes that hit a side ("Israeli air
 * strikes hit Hezbollah positions", "los bombardeos alcanzaron posiciones de Hezbolá").
 */
function attackAimed(reading: SentenceReading, verb: number): boolean {
  const subject = subjectOf(reading, verb);
  return (
    (reading.has(verb, AIM_VERBS) || reading.has(verb, HIT_VERBS)) &&
    subject !== null &&
    reading.isNoun(subject) &&
    // "Luftangriffe": a German compound's head says it is an attack.
    reading.headHas(subject, ATTACK_NOUNS)
  );
}

/**
 * "Israeli strikes were aimed at Hamas", "los ataques israelíes estaban dirigidos contra Hamás":
 * in the passive the strikes are still their authors' fight against whom they were aimed at (the
 * passive's subject is the strikes, not a side struck).
 */
function aimedInPassive(reading: SentenceReading, verb: number): Proposal[] {
  const strikes = subjectOf(reading, verb);
  if (strikes === null) return [];
  const { graph } = reading;
  const authors = sideArguments(reading, strikes).filter((a) => ACTOR_KINDS.has(a.entity.kind));
  // "aimed at defending Hezbollah" names a purpose, not a target; "and not at Syria" spares it.
  // (The parser may hang the gerund on the name as an adjective, and "not" as a conjunction.)
  const purpose = (o: number) =>
    reading.isVerb(o) ||
    graph.children(o, 'amod').some((m) => reading.isVerb(m) && /ing$/u.test(graph.folded(m)));
  const spared = (token: number) =>
    graph.children(token, 'advmod', 'cc').some((a) => reading.has(a, NEGATIONS));
  const targets = obliquesOf(reading, verb)
    .filter((o) => reading.caseIs(o, AGAINST) && !purpose(o))
    .flatMap((o) => targetSides(reading, o))
    .filter((a) => !spared(a.token));
  return pairProposals('AT_WAR_WITH', authors, targets, verb);
}

/** "out" and "back" words of driving off: "pushed … out of Kursk", "pushed them back", "drängten … zurück". */
const OFF_WORDS = /^(?:out|back|zuruck)$/u;

/**
 * "dislodged Russian troops from the town", "pushed the Ukrainian forces out of", "die ukrainischen
 * Truppen zu vertreiben", "mis en fuite": driving a force off its ground, or to flight, fights it.
 * What is driven off must be troops or a force.
 */
function drivesOffForce(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  const off = () =>
    [
      ...graph.children(verb, 'compound:prt', 'advmod'),
      ...obliquesOf(reading, verb).flatMap((o) => graph.children(o, 'case').slice(0, 1)),
    ].some((t) => OFF_WORDS.test(graph.folded(t)));
  // "hätten die Kämpfer in die Flucht geschlagen", "ont mis en fuite les combattants".
  const routed = () => graph.children(verb, 'obl').some((o) => reading.has(o, FLIGHT_NOUNS));
  if (!reading.has(verb, EXPEL_VERBS) && !(reading.has(verb, PUSH_VERBS) && off()) && !routed())
    return false;
  const theme = themeOf(reading, verb);
  return theme !== null && isTroops(reading, theme);
}

/**
 * "Les Etats-Unis mènent depuis janvier des frappes contre les Houthis": when the parser hangs
 * the target on the verb of waging rather than on its strikes, the strikes' author still fights it.
 */
function wagedAgainst(reading: SentenceReading, verb: number): Proposal[] {
  const { graph } = reading;
  const near = graph.children(verb, 'obj', 'obl');
  const war = [...near, ...near.flatMap((n) => graph.children(n, 'nmod'))].find(
    (n) => reading.isNoun(n) && reading.headHas(n, WAR_NOUNS) && !economicWar(reading, n),
  );
  // A war noun with its own target is read by `war`.
  if (war === undefined || graph.children(war, 'nmod').some((m) => reading.caseIs(m, AGAINST)))
    return [];
  // "lanzado un ataque con drones contra Ucrania": the target may hang on the weapon used.
  const targets = [...obliquesOf(reading, verb), ...onWeapons(reading, weaponsOf(reading, verb))]
    .filter((o) => o !== war && (reading.caseIs(o, AGAINST) || intoCountry(reading, o)))
    .flatMap((o) => targetSides(reading, o))
    .filter((a) => ACTOR_KINDS.has(a.entity.kind));
  const attackers = [
    ...agentArguments(reading, verb),
    ...helpersOf(reading, verb),
    ...helpersOf(reading, war),
  ];
  return pairProposals('AT_WAR_WITH', attackers, targets, verb);
}

/** "launched missile strikes into Iran": strikes sent into a country are aimed at it. */
function intoCountry(reading: SentenceReading, phrase: number): boolean {
  return (
    reading.graph.caseOf(phrase) === 'into' &&
    argumentOf(reading, phrase)?.entity.kind === 'COUNTRY'
  );
}

/** "managed to take Goma", "a réussi à prendre", "lograron tomar": a taking that succeeded. */
function succeededInTaking(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  return (
    reading.has(verb, TAKE_INFINITIVES) &&
    graph.is(verb, 'xcomp') &&
    reading.has(graph.head(verb), SUCCEED_VERBS)
  );
}

/** "gained control of", "die Kontrolle über … gewonnen": a verb of gaining whose object is control. */
function gainsControl(reading: SentenceReading, verb: number): boolean {
  if (!reading.has(verb, GAIN_VERBS)) return false;
  const theme = themeOf(reading, verb);
  return theme !== null && reading.has(theme, CONTROL_NOUNS);
}

function war(reading: SentenceReading, noun: number): Proposal[] {
  const { graph } = reading;
  // An invasion's victim follows "of", "de", "a", "in": "Russia's invasion of Ukraine", "la invasión a Ucrania".
  const invaded = (m: number) =>
    reading.has(noun, INVASION_NOUNS) &&
    (reading.caseIs(m, GOAL) ||
      (reading.caseIs(m, OF) && graph.is(m, 'nmod') && !graph.is(m, 'nmod:poss')));
  // "Russia's war in Ukraine", "libra una guerra en Ucrania": the country a war is waged in is fought.
  // Only a war someone wages: being "busy with the war in Ukraine" is not waging it.
  // "sanctions contre la Russie pour sa guerre en Ukraine": a possessive names the war's owner.
  const possessor = possessorOf(reading, noun);
  const waged =
    graph.children(noun, 'nmod:poss', 'nsubj').length > 0 ||
    possessor !== null ||
    reading.has(graph.head(noun), WAGE_VERBS);
  const wagedIn = (m: number) =>
    waged &&
    reading.has(noun, WAR_ITSELF) &&
    reading.caseIs(m, LOCATIVE) &&
    argumentOf(reading, m)?.entity.kind === 'COUNTRY';
  // "Israel and Hezbollah have been trading attacks", "exchanged fire with the US": blows both ways.
  const exchange = reading.has(graph.head(noun), EXCHANGE_VERBS) ? graph.head(noun) : null;
  const caught = caughtInAmbush(reading, noun);
  const marked = [
    ...graph
      .children(noun, 'nmod')
      .filter(
        (m) =>
          reading.caseIs(m, AGAINST) ||
          intoCountry(reading, m) ||
          (reading.caseIs(m, WITH) && !agentInside(reading, m)) ||
          invaded(m) ||
          wagedIn(m),
      ),
    // "le Polisario a étendu sa guerre contre le Maroc": an owned war's enemy may hang on its verb.
    ...(graph.is(noun, 'obj') && possessor !== null
      ? obliquesOf(reading, graph.head(noun)).filter((o) => reading.caseIs(o, AGAINST))
      : []),
    // "repoussaient une attaque lancée par des militants contre le 119e Bataillon": the parser may
    // hang any attack's target on the verb it is the object of, when "against" says so outright
    // ("blamed the attack on Iran" names no target). Verbs of waging are read by `wagedAgainst`.
    ...(graph.is(noun, 'obj') && possessor === null && !reading.has(graph.head(noun), WAGE_VERBS)
      ? obliquesOf(reading, graph.head(noun)).filter((o) => outrightTarget(reading, o))
      : []),
    // "der Einmarsch russischer Truppen in der Ukraine": the parser may hang the country invaded
    // on the invading troops.
    ...(reading.has(noun, INVASION_NOUNS)
      ? graph
          .children(noun, 'nmod')
          .filter((t) => reading.has(t, PERSONNEL))
          .flatMap((t) => graph.children(t, 'nmod'))
          .filter(
            (m) => reading.caseIs(m, GOAL) && argumentOf(reading, m)?.entity.kind === 'COUNTRY',
          )
      : []),
    ...declaredOn(reading, noun),
    ...ambushedBy(reading, noun),
    ...caught,
    // "Quince soldados murieron en un ataque del JNIM contra una posición": the parser may hang
    // the target of an attack people were killed in on the verb of killing; none dies "against".
    // The attack must name its author: else the dead, read as waging it, might be its victims.
    ...(graph.is(noun, 'obl', 'obl:mod') &&
    reading.has(noun, ATTACK_NOUNS) &&
    reading.has(graph.head(noun), HARM_VERBS) &&
    ownerOf(reading, noun, []).length + launchedBy(reading, noun).length > 0
      ? obliquesOf(reading, graph.head(noun)).filter(
          (o) => o !== noun && reading.caseIs(o, AGAINST) && outrightTarget(reading, o),
        )
      : []),
    // "mener la guerre en Ukraine": the country may hang on the verb of waging.
    ...(reading.has(graph.head(noun), WAGE_VERBS) && graph.is(noun, 'obj')
      ? obliquesOf(reading, graph.head(noun)).filter(wagedIn)
      : []),
    ...(exchange === null
      ? []
      : obliquesOf(reading, exchange).filter((o) => reading.caseIs(o, WITH))),
    // "air strikes using two helicopters against Arakan Army rebels": a participle on the attack
    // may carry its target.
    ...participlesOf(reading, noun).flatMap((v) =>
      obliquesOf(reading, v).filter((o) => reading.caseIs(o, AGAINST)),
    ),
    // "the conflict broke out between the SAF and the RSF", "la guerre a éclaté entre…": the sides
    // hang on the verb the war is the subject of, or on a clause the parser hangs on the war
    // ("since the battle for Marawi erupted between government troops and the Maute Group").
    ...[...(graph.is(noun, 'nsubj') ? [graph.head(noun)] : []), ...graph.children(noun, 'acl')]
      .flatMap((verb) => obliquesOf(reading, verb))
      .filter((o) => reading.caseIs(o, WITH) && graph.conjuncts(o).length > 1),
    ...sidesBetweenBelow(reading, noun),
    ...atWarWith(reading, noun),
    // "tuées dans des combats entre les talibans et l'État islamique": the parser may hang the
    // sides of a fight people were killed in on the verb of killing ("refugees moved between
    // Lebanon and Syria during the war" names no sides).
    ...(graph.is(noun, 'obl', 'obl:mod') && reading.has(graph.head(noun), HARM_VERBS)
      ? obliquesOf(reading, graph.head(noun)).filter(
          (o) => o !== noun && reading.caseIs(o, BETWEEN) && graph.conjuncts(o).length > 1,
        )
      : []),
  ];
  const opposed = opposedSides(reading, noun);
  if (opposed.length > 1) return pairProposals('AT_WAR_WITH', opposed, opposed, noun);
  // "Israel blamed Hezbollah for the attack", "the attack was blamed on the Houthis": the side an
  // attack is put on made it. "Israel culpó a Hezbolá del ataque contra soldados israelíes", "claimed
  // responsibility for the ambush on an army patrol": the parser may hang its target on the verb of
  // blaming or claiming, or on the noun the attack hangs on, neither with a target of its own.
  const blame = blameOf(reading, noun);
  const blamed = sidesBlamed(reading, blame);
  const carrier = graph.head(noun);
  const blamedTargets =
    blame === null
      ? []
      : [
          ...obliquesOf(reading, blame.verb).filter((o) => outrightTarget(reading, o)),
          ...(reading.isNoun(carrier) ? graph.children(carrier, 'nmod') : []).filter(
            (o) =>
              outrightTarget(reading, o) ||
              (reading.has(carrier, RESPONSIBILITY_NOUNS) && reading.caseIs(o, AGAINST)),
          ),
        ].filter((o) => o !== noun);
  const enemies = [...marked, ...blamedTargets].flatMap((m) => targetSides(reading, m));
  const owner = ownerOf(reading, noun, marked);
  // "les RSF et l'armée sont en guerre", "Israel is at war with Hamas": a copular war has its own subject.
  const own = graph.children(noun, 'nsubj')[0];
  const launchers = launchedBy(reading, noun);
  const waging =
    owner.length > 0
      ? owner
      : launchers.length > 0
        ? launchers
        : blamed.length > 0
          ? blamed
          : own !== undefined
            ? argumentsOf(reading, own)
            : possessor !== null
              ? [possessor]
              : // "Russia condemned the war against Ukraine": who judges a war does not wage it.
                reading.has(governingVerb(reading, noun) ?? noun, CONDEMN_VERBS)
                ? []
                : actorsAbove(reading, noun);
  // "la guerre entre l'Arménie et l'Azerbaïdjan", "Armenia and Azerbaijan fought a war": each side fights the other.
  // "the armies of X and Y" name both sides only after "between": a war "with the armies of
  // Russia and Belarus" is waged against both.
  const between = marked.filter(
    (m) =>
      reading.caseIs(m, WITH) &&
      (graph.conjuncts(m).length > 1 ||
        (reading.caseIs(m, BETWEEN) && forcesOfEach(reading, m).length > 1)),
  );
  const mutual =
    between.length > 0
      ? between.flatMap((m) => {
          const forces = reading.caseIs(m, BETWEEN) ? forcesOfEach(reading, m) : [];
          return forces.length > 1 ? forces : sideArguments(reading, m);
        })
      : waging.length > 1 && enemies.length === 0 && (reading.has(noun, CLASH_NOUNS) || exchange)
        ? waging
        : [];
  if (mutual.length > 1) return pairProposals('AT_WAR_WITH', mutual, mutual, noun);
  // "Pakistan closed its crossings after heavy clashes with Afghan troops", "Israel's war with
  // Hamas": a fight "with" someone is fought by both sides, unlike one waged "against" them; a war
  // warned of or avoided is fought by nobody yet.
  // Only the war the verb is about: "the war has prevented exports" was fought.
  const feared =
    !graph.is(noun, 'nsubj', 'nsubj:pass') &&
    reading.has(governingVerb(reading, noun) ?? noun, FEAR_VERBS);
  const foughtWith = marked
    .filter((m) => reading.caseIs(m, WITH) && !reading.caseIs(m, AGAINST))
    .flatMap((m) => targetSides(reading, m));
  const wars = feared
    ? []
    : [
        ...pairProposals('AT_WAR_WITH', [...waging, ...helpersOf(reading, noun)], enemies, noun),
        ...pairProposals('AT_WAR_WITH', foughtWith, waging, noun),
      ];
  // "Russia's war against Ukraine" presupposes the war: no reporting verb around it makes it a claim of
  // its speaker, and it is stated once, like the article's other background facts. Running into
  // someone's ambush is the clause's own statement ("bestreitet, dass … in einen Hinterhalt der
  // Armee geraten seien" denies it), and an attack a side is blamed for or claims is the saying of
  // whoever puts it on them ("einem der Hamas zugeschriebenen Angriff" is alleged).
  return (owner.length === 0 && possessor === null) || caught.length > 0 || blame !== null
    ? wars
    : wars.map((w) => ({ ...w, structural: true }));
}

/**
 * "declared itself at war with the army", "se considérer en guerre avec l'armée", "sieht sich im
 * Krieg mit der Armee": the parser hangs the enemy of a state of war on the verb beside it.
 */
function atWarWith(reading: SentenceReading, noun: number): number[] {
  const { graph } = reading;
  if (!graph.is(noun, 'obl') || !reading.caseIs(noun, LOCATIVE) || !reading.has(noun, WAR_ITSELF))
    return [];
  return obliquesOf(reading, graph.head(noun)).filter(
    (o) => o !== noun && (reading.caseIs(o, WITH) || reading.caseIs(o, AGAINST)),
  );
}

/**
 * "a déclaré la guerre à l'armée malienne", "declaró la guerra al Ejército", "erklärte der Armee
 * den Krieg": the side a war is declared on hangs on the verb of declaring (German: in the dative).
 */
function declaredOn(reading: SentenceReading, noun: number): number[] {
  const { graph } = reading;
  const verb = graph.head(noun);
  if (!graph.is(noun, 'obj') || !reading.has(verb, DECLARE_VERBS)) return [];
  // "declaró la guerra a Bolivia": the parser may hang the side on the war.
  return [...obliquesOf(reading, verb), ...graph.children(noun, 'nmod')].filter(
    (o) =>
      o !== noun &&
      (reading.caseIs(o, DECLARED_ON) ||
        (reading.language === 'de' && graph.is(o, 'obl', 'iobj') && graph.caseOf(o) === '')),
  );
}

/**
 * "ont tendu une embuscade à une patrouille de l'armée", "tendieron una emboscada a un convoy":
 * whom an ambush is laid for hangs on the verb of laying or on the ambush. A place is where it
 * was laid ("une embuscade à Gao", "au Mali"), not whom.
 */
function ambushedBy(reading: SentenceReading, noun: number): number[] {
  const { graph } = reading;
  const verb = graph.head(noun);
  if (!graph.is(noun, 'obj') || !reading.has(noun, AMBUSH_NOUNS) || !reading.has(verb, LAY_VERBS))
    return [];
  return [...obliquesOf(reading, verb), ...graph.children(noun, 'nmod')].filter((o) => {
    if (o === noun || !reading.caseIs(o, AMBUSHED)) return false;
    const named = argumentOf(reading, o);
    return named === null || !PLACE_KINDS.has(named.entity.kind);
  });
}

/**
 * "Hamas fighters broke into southern Israel", "ont pénétré dans le sud d'Israël", "irrumpieron en
 * el sur de Israel", "drangen in den Süden Israels ein": armed men forcing their way into a
 * country attack it. Only armed men (an army, an armed group, soldiers or fighters: "hackers
 * broke into" is no attack), and never into their own country.
 */
function brokeInto(reading: SentenceReading, verb: number): Proposal[] {
  const { graph } = reading;
  // "waren in den Süden Israels eingedrungen": the parser takes the perfect with "sein" for a passive.
  const subject = subjectOf(reading, verb) ?? graph.children(verb, 'nsubj:pass')[0] ?? null;
  if (subject === null) return [];
  const sides = sideArguments(reading, subject).filter((a) => ACTOR_KINDS.has(a.entity.kind));
  const armedMen = reading.has(subject, PERSONNEL) || reading.has(subject, MEMBERS);
  const fighters = sides.filter((a) => armedMen || reading.isArmed(a.entity));
  const own = (c: Argument) =>
    fighters.some((f) => f.entity.id === c.entity.id || f.forceOf?.id === c.entity.id);
  const countries = obliquesOf(reading, verb)
    .filter((o) => reading.caseIs(o, INTO))
    .flatMap((o) => sideArguments(reading, o))
    .filter((c) => c.entity.kind === 'COUNTRY' && !own(c));
  return pairProposals('AT_WAR_WITH', fighters, countries, verb);
}

/**
 * "returned fire on Boko Haram fighters", "returned Boko Haram's fire", "a riposté aux tirs de Boko
 * Haram", "respondió al fuego de Boko Haram", "erwiderte das Feuer von Boko Haram": who answers
 * fire or an attack fights its owner, and whom the answer is aimed at. French "riposter contre"
 * an armed side is fighting it when an armed side answers ("riposté aux critiques" is not).
 */
function answeredFire(reading: SentenceReading, verb: number): Proposal[] {
  const { graph } = reading;
  const fighters = agentArguments(reading, verb);
  const armedFighters = fighters.some((a) => reading.isArmed(a.entity));
  // An attack is answered in words too ("the UN responded to the attack"): only by armed men is it fought.
  const phrases = [...graph.children(verb, 'obj'), ...obliquesOf(reading, verb)];
  const fire = phrases.filter(
    (p) => reading.has(p, FIRE_NOUNS) || (armedFighters && reading.has(p, ATTACK_NOUNS)),
  );
  const riposte = reading.has(verb, RIPOSTE_VERBS) && armedFighters;
  if (fire.length === 0 && !riposte) return [];
  const aimedAt = phrases
    .filter((p) => !fire.includes(p) && reading.caseIs(p, AGAINST))
    .flatMap((p) => targetSides(reading, p))
    .filter((a) => fire.length > 0 || reading.isArmed(a.entity));
  const owners = fire.flatMap((f) => ownerOf(reading, f, []));
  return pairProposals('AT_WAR_WITH', fighters, [...owners, ...aimedAt], verb);
}

/**
 * "a convoy fell into an ambush laid by Boko Haram", "une patrouille est tombée dans une
 * embuscade tendue par …", "cayó en una emboscada de …", "geriet in einen Hinterhalt von …":
 * whoever runs into an ambush is its target, when the ambush names its author (else the one
 * running into it would be read as waging it). "lured a patrol into an ambush", "lockten eine
 * Patrouille in einen Hinterhalt": whom the subject lures into one is its target.
 */
function caughtInAmbush(reading: SentenceReading, noun: number): number[] {
  const { graph } = reading;
  if (!reading.has(noun, AMBUSH_NOUNS) || !reading.caseIs(noun, INTO)) return [];
  const verb = graph.head(noun);
  const authored = ownerOf(reading, noun, []).length + launchedBy(reading, noun).length > 0;
  if (graph.is(noun, 'obl', 'obl:mod') && reading.has(verb, FALL_INTO_VERBS) && authored)
    return graph.children(verb, 'nsubj', 'nsubj:pass');
  if (graph.is(noun, 'obl', 'obl:mod') && reading.has(verb, LURE_VERBS))
    return graph.children(verb, 'obj');
  // "lockten eine Patrouille in einen Hinterhalt": the parser may hang the ambush on the lured.
  if (graph.is(noun, 'nmod') && graph.is(verb, 'obj') && reading.has(graph.head(verb), LURE_VERBS))
    return [verb];
  return [];
}

/**
 * The sides an attack or a war is owned by: "border clashes", "la guerre civile" have none. The
 * nearest modifier owns it: in "Somalia's Al Shabaab attacks" the attacks are al-Shabaab's;
 * "Israeli strikes on Hezbollah": a demonym adjective owns the strikes too; "strikes by Israel on
 * Hezbollah positions": the "by" phrase owns them. `marked` are the modifiers naming its enemies.
 */
function ownerOf(reading: SentenceReading, noun: number, marked: readonly number[]): Argument[] {
  const { graph } = reading;
  const ownerSides = (m: number) => {
    const sides = sideArguments(reading, m);
    return sides.length > 0 || !graph.is(m, 'amod') ? sides : demonymCountry(reading, m);
  };
  const owner = graph
    .children(noun, 'nmod', 'amod', 'nmod:poss', 'det:poss', 'compound')
    .sort((a, b) => Math.abs(a - noun) - Math.abs(b - noun))
    .find(
      (m) =>
        !marked.includes(m) &&
        (reading.caseIs(m, OF) || reading.caseIs(m, BY) || graph.caseOf(m) === '') &&
        ownerSides(m).length > 0,
    );
  return owner === undefined ? [] : ownerSides(owner);
}

/** "Against" that names nothing but a target, unlike "on" or "sur" ("on Monday"). */
export const OUTRIGHT_AGAINST = /^(?:against|contre|contra|gegen)$/u;
/** German dative articles: "auf einer Pressekonferenz" is where, not whom. */
const GERMAN_DATIVE = /^(?:dem|einem|einer|der)$/u;

/**
 * A phrase that can only name a target: after "against", or German accusative "auf" after a verb
 * whose object is an attack ("Angriffe auf Einrichtungen der PKK geflogen").
 */
function outrightTarget(reading: SentenceReading, phrase: number): boolean {
  const { graph } = reading;
  const marker = graph.caseOf(phrase);
  if (OUTRIGHT_AGAINST.test(marker)) return true;
  return (
    marker === 'auf' &&
    !graph.children(phrase, 'det').some((d) => GERMAN_DATIVE.test(graph.folded(d)))
  );
}

/**
 * "entre los ejércitos de Tailandia y Camboya", "between the armies of Thailand and Cambodia": one
 * plural noun of forces owned by conjoined countries names each country's force.
 */
function forcesOfEach(reading: SentenceReading, phrase: number): Argument[] {
  const { graph } = reading;
  if (!reading.has(phrase, PERSONNEL)) return [];
  const owner = graph
    .children(phrase, 'nmod')
    .find((m) => reading.caseIs(m, OF) || graph.caseOf(m) === '');
  if (owner === undefined) return [];
  // The parser may hang the second country on the noun: "(los ejércitos de Tailandia) y Camboya".
  const bareCountries = graph
    .conjuncts(phrase)
    .filter((c) => c !== phrase && reading.mentionAt(c)?.entity.kind === 'COUNTRY');
  const owners = [...graph.conjuncts(owner), ...bareCountries];
  if (owners.length < 2) return [];
  return owners.flatMap((c) => {
    const country = reading.mentionAt(c)?.entity;
    const force =
      country?.kind === 'COUNTRY' ? reading.gazetteer.country(country.id)?.armedForce : undefined;
    return country && force
      ? [{ entity: reading.recordForce(reading.use(force)), token: c, forceOf: country }]
      : [];
  });
}

/**
 * The participles describing an attack: "une attaque lancée par …", "la ofensiva emprendida por
 * …", "der von der HTS gestartete Angriff". The parser makes them clauses (acl) or adjectives (amod).
 */
function participlesOf(reading: SentenceReading, noun: number): number[] {
  const { graph } = reading;
  const participle = (p: number) => /^(?:VERB|ADJ)$/u.test(graph.pos(p));
  // "deux attaques coordonnées et menées par l'EI": a conjoined participle describes it too.
  return graph
    .children(noun, 'acl', 'amod')
    .filter((p) => graph.is(p, 'acl') || participle(p))
    .flatMap((p) => [p, ...graph.children(p, 'conj').filter(participle)]);
}

/**
 * The "by" phrases of a participle. A phrase after two conjoined participles hangs on the first
 * one and belongs to both ("coordonnées et menées par l'EI").
 */
function byPhrases(reading: SentenceReading, participle: number): number[] {
  const { graph } = reading;
  const own = graph.children(participle).filter((c) => reading.caseIs(c, BY));
  if (own.length > 0 || !graph.is(participle, 'conj')) return own;
  return graph
    .children(graph.head(participle))
    .filter((c) => c > participle && reading.caseIs(c, BY));
}

/**
 * "une attaque lancée par des militants Boko Haram", "la ofensiva emprendida por el ELN": who
 * launched the attack, named after "by" on its participle, wages it.
 */
function launchedBy(reading: SentenceReading, noun: number): Argument[] {
  // Only a participle of launching, waging or claiming: "backed by Russia" or "apoyadas por la
  // MONUSCO" names a side's ally, not the attack's author.
  // "une embuscade tendue par Boko Haram", "an ambush laid by": laying an ambush launches it.
  const laid = (p: number) => reading.has(noun, AMBUSH_NOUNS) && reading.has(p, LAY_VERBS);
  return participlesOf(reading, noun)
    .filter((p) => reading.has(p, WAGE_VERBS) || claimsAsOwn(reading, p) || laid(p))
    .flatMap((p) => byPhrases(reading, p))
    .flatMap((c) => sideArguments(reading, c))
    .filter((a) => ACTOR_KINDS.has(a.entity.kind));
}

/**
 * "drones launched by the Houthis", "des roquettes tirées par le Hamas", "von der Hisbollah
 * gestartete Drohnen": the side a weapon was launched or fired by. Not "missiles made by Iran",
 * which says where they were made.
 */
function weaponsLauncher(reading: SentenceReading, weapon: number): Argument[] {
  return participlesOf(reading, weapon)
    .filter((p) => reading.has(p, LAUNCH_VERBS))
    .flatMap((p) => byPhrases(reading, p))
    .flatMap((c) => sideArguments(reading, c))
    .filter((a) => ACTOR_KINDS.has(a.entity.kind));
}

/**
 * "des combats ont opposé l'armée nigériane à Boko Haram", "los combates enfrentaron al ejército
 * con el ELN", "clashes pitting the army against the RSF": the clash's verb of opposing names both
 * sides, as its object and its oblique, or as conjoined objects.
 */
function opposedSides(reading: SentenceReading, noun: number): Argument[] {
  const { graph } = reading;
  const verbs = [
    ...(graph.is(noun, 'nsubj') ? [graph.head(noun)] : []),
    ...graph.children(noun, 'acl'),
  ].filter((v) => reading.isVerb(v) && reading.has(v, OPPOSE_VERBS));
  // "ont opposé l'armée et Boko Haram": the parser may hang the second side on the verb.
  const nounConjuncts = (v: number) => graph.children(v, 'conj').filter((c) => reading.isNoun(c));
  const sides = verbs
    .flatMap((v) => [...graph.children(v, 'obj'), ...obliquesOf(reading, v), ...nounConjuncts(v)])
    .flatMap((t) => graph.conjuncts(t))
    .flatMap((t) => sideArguments(reading, t))
    .filter((a) => ACTOR_KINDS.has(a.entity.kind));
  return distinctEntities(sides);
}

/**
 * "Gefechte zwischen vom Iran unterstützten Milizen und US-Truppen": the parser may hang a
 * participle's agent on the war with both markers ("zwischen von dem"); the agent is no side.
 */
function agentInside(reading: SentenceReading, phrase: number): boolean {
  const words = reading.graph.caseOf(phrase).split(' ');
  return words.slice(1).some((w) => hasStem(w, BY[reading.language]));
}

/** German compounds of the same: "Handelskrieg", "Zollkrieg", "Preiskampf", "Wahlkampf". */
const GERMAN_ECONOMIC =
  /^(?:handels|zoll|preis|wirtschafts|wahrungs|wahl|rosen|kultur|medien|werbe|wort|getreide|gas|energie|chip|rohstoff)/u;

/** A war of trade, prices, votes, courts or words, which no side wages with arms. */
function economicWar(reading: SentenceReading, noun: number): boolean {
  const { graph } = reading;
  if (reading.language === 'de' && GERMAN_ECONOMIC.test(graph.folded(noun))) return true;
  return graph
    .children(noun, 'amod', 'compound', 'nmod')
    .some((m) => reading.has(m, UNARMED_WORDS));
}

/** Spans of time a war may be measured or dated by: "d'un mois et demi", "im Herbst 2020". */
const TIME_SPANS =
  /^(?:days?|weeks?|months?|years?|autumn|spring|summer|winter|jours?|semaines?|mois|ans|annees?|automne|printemps|ete|hiver|tage?n?|wochen?|monate?n?|jahre?n?|herbst|fruhling|fruhjahr|sommer|dias?|semanas?|mes|meses|anos?|otono|primavera|verano|invierno)$/u;

/**
 * "la guerre d'un mois et demi entre l'Arménie et l'Azerbaïdjan": the parser may hang the sides
 * "between" on the war's own modifier (here "demi", which then looks like a verb with its
 * oblique). They are the war's when only the war's length or date stands between them and it.
 */
function sidesBetweenBelow(reading: SentenceReading, noun: number): number[] {
  const { graph } = reading;
  // Only through the war's length or date: "entre" under "tensions" or "relations" ("la guerre à
  // Gaza, source de tensions entre l'Égypte et Israël") names no side of the war.
  const timing = (at: number): boolean =>
    graph.pos(at) === 'NUM' ||
    graph.pos(at) === 'ADJ' ||
    /^\d+$/u.test(graph.folded(at)) ||
    TIME_SPANS.test(graph.folded(at));
  const insideWar = (token: number): boolean => {
    for (let at = graph.head(token); at !== noun; at = graph.head(at))
      if (at === 0 || !timing(at)) return false;
    return true;
  };
  return graph
    .subtree(noun)
    .filter(
      (t) =>
        graph.head(t) !== noun &&
        reading.caseIs(t, BETWEEN) &&
        graph.conjuncts(t).length > 1 &&
        insideWar(t),
    );
}

/**
 * The noun of fighting a light verb governs: "engaged in combat", "entered the fight"; or the fire
 * a verb of opening opens ("opened fire on the convoy"), on which the target may hang ("das
 * Feuer auf pakistanische Grenzposten eröffnet").
 */
export function combatOf(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  const objects = graph.children(verb, 'obj');
  return (
    [...objects, ...obliquesOf(reading, verb)].find((n) => reading.has(n, COMBAT_NOUNS)) ??
    (reading.has(verb, OPENING_VERBS) ? objects.find((n) => reading.has(n, FIRE_NOUNS)) : null) ??
    null
  );
}

function fighting(reading: SentenceReading, verb: number): Proposal[] {
  const own = agentArguments(reading, verb);
  // "troops were killed in fighting against the army": a gerund the parser hangs as an oblique is
  // a noun of fighting, whose fighters are those of the clause it is in.
  const fighters =
    own.length === 0 && reading.graph.is(verb, 'obl') ? actorsAbove(reading, verb) : own;
  // "North Korea sent troops to fight for Russia": those who fight for a side are the troops sent,
  // the sender's army (a state fights for nobody; it supports, which a state may).
  const troops = sentToFight(reading, verb)
    ? fighters.flatMap((f) => (f.entity.kind === 'COUNTRY' ? forcesOf(reading, [f]) : [f]))
    : fighters;
  const combat = reading.has(verb, FIGHT_VERBS) ? null : combatOf(reading, verb);
  // "engaged in combat alongside Russian forces", "in combat against the Ukrainian army": the
  // sides may hang on the verb or on its noun of fighting.
  // "feuerte Raketen auf Israel ab", "fired missiles at the ship": the target may hang on the weapon.
  // A weapon fired "towards" a side is aimed at it ("a tiré un missile vers Israël").
  const weapons = weaponsOf(reading, verb);
  const fired = onWeapons(reading, weapons);
  const aimed = (o: number) => weapons.length > 0 && reading.caseIs(o, TOWARDS);
  // "Fighting broke out between the army and the rebels": a gerund subject's sides may hang on
  // the verb it is the subject of.
  const outbreak =
    own.length === 0 && reading.graph.is(verb, 'nsubj')
      ? obliquesOf(reading, reading.graph.head(verb)).filter((o) => reading.caseIs(o, BETWEEN))
      : [];
  const obliques = [
    ...obliquesOf(reading, verb).filter((o) => o !== combat),
    ...(combat === null ? [] : reading.graph.children(combat, 'nmod')),
    ...fired,
    ...outbreak,
  ];
  const reflexive = hasReflexiveClitic(reading, verb);
  // "l'armée s'est affrontée avec Boko Haram": a reflexive clitic stands for the subject, which is
  // no enemy of its own.
  const ownTheme = combat === null && !reciprocal(reading, verb) ? themeOf(reading, verb) : null;
  const parsedObject =
    ownTheme !== null && !(reflexive && ownTheme === subjectOf(reading, verb)) ? ownTheme : null;
  // "se enfrentaron con la Policía": the parser may make the side clashed with an object.
  const clashedObject =
    parsedObject !== null &&
    reading.caseIs(parsedObject, WITH) &&
    reading.has(verb, CLASH_VERBS) &&
    !FOUGHT.test(reading.graph.folded(verb));
  if (clashedObject) obliques.push(parsedObject);
  const object = clashedObject ? null : parsedObject;
  // "bombardeos lanzados por el Ejército": a passive's "por" names who fought, not a side fought for.
  const author = isPassive(reading, verb) ? agentOf(reading, verb) : null;
  // "luchó junto a las tropas etíopes": the parser may make the side fought beside an object.
  const besideObject =
    object !== null && object !== author && reading.caseIs(object, FOR_SIDE) ? object : null;
  const theme = besideObject === null ? object : null;
  // "with" names the enemy only after clashing ("clashed with", "se sont affrontés avec", "nach
  // Gefechten mit"), and then both sides fight, as they do when one "se enfrenta a" the other.
  // "Fought with X" may be fought beside X, and is so when an enemy is named "against".
  const against = obliques.some((o) => OUTRIGHT_AGAINST.test(reading.graph.caseOf(o)));
  const clashing =
    !against &&
    ((reading.has(verb, CLASH_VERBS) && !FOUGHT.test(reading.graph.folded(verb))) ||
      (combat !== null && reading.has(combat, SKIRMISH_NOUNS)));
  const withEnemy = (o: number) => reading.caseIs(o, WITH) && !reading.caseIs(o, BETWEEN);
  const clashObliques = clashing
    ? obliques.filter((o) => withEnemy(o) || (reflexive && reading.caseIs(o, REFLEXIVE_TARGET)))
    : [];
  const clashedWith = clashObliques.flatMap((o) => targetSides(reading, o));
  // "fought with X" alone keeps its older reading: X is the enemy, one way.
  const foughtWith =
    !clashing && !against && reading.has(verb, CLASH_VERBS)
      ? obliques.filter(withEnemy).flatMap((o) => targetSides(reading, o))
      : [];
  // "repoussaient une attaque lancée par Boko Haram contre le 119e Bataillon": an attack fought
  // off is its author's, whatever it was aimed at (which the parser may hang on the verb); its
  // author fought whoever fought it off. "repelieron una serie de ataques del SNA": or the attacks
  // a series counts.
  const repelled =
    theme !== null && reading.has(verb, REPEL_VERBS) ? attackCounted(reading, theme) : null;
  const attack = repelled !== null;
  const attackers =
    repelled === null ? [] : [...launchedBy(reading, repelled), ...ownerOf(reading, repelled, [])];
  // "Nigeria beat back Cameroon 2-1": a phrasal verb of fighting off fights armed men only.
  const fought = (side: Argument) =>
    !reading.has(verb, FIGHTING_OFF) || reading.isArmed(side.entity);
  const enemies = [
    // "Houthi drones were shot down by US jets": the passive's subject is the enemy's.
    ...(theme === null
      ? []
      : attack
        ? attackers
        : targetSides(reading, theme, verb).filter(fought)),
    ...clashedWith,
    ...foughtWith,
    ...overthrownBy(reading, verb, fighters),
    ...obliques
      .filter(
        (o) =>
          // Beside an attack fought off, "against" is the attack's target, hung on the verb.
          (reading.caseIs(o, AGAINST) && !attack) ||
          aimed(o) ||
          intoCountry(reading, o) ||
          // "se sont attaquées à l'Ukraine": a reflexive verb's target.
          (reflexive && reading.caseIs(o, REFLEXIVE_TARGET) && !clashing),
      )
      .flatMap((o) => targetSides(reading, o)),
  ];
  // Fighting "mit der malischen Armee" is fighting for Mali: a force's side is its country.
  const allies = [
    ...obliques.filter((o) => !clashObliques.includes(o)),
    ...(besideObject === null ? [] : [besideObject]),
  ]
    .filter((o) => o !== author && (reading.caseIs(o, FOR_SIDE) || reading.has(o, SIDE_NOUNS)))
    .flatMap((o) => sideOf(reading, o))
    .map((a) => (a.forceOf ? { entity: a.forceOf, token: a.token, forceOf: null } : a));
  // "Fighting between ISIS and Taliban fighters": the sides named "between" fight each other.
  const between = obliques
    .filter((o) => reading.caseIs(o, BETWEEN) && reading.graph.conjuncts(o).length > 1)
    .flatMap((o) => reading.graph.conjuncts(o).flatMap((t) => sideArguments(reading, t)))
    .filter((a) => ACTOR_KINDS.has(a.entity.kind));
  // "Armenia and Azerbaijan clashed": with no enemy named, the conjoined sides fight each other,
  // unless they fought someone unnamed together ("Wagner and the army fought the rebels").
  // A place is no enemy: "se sont affrontés à Maiduguri" says where.
  const mutual =
    !enemies.some((e) => ACTOR_KINDS.has(e.entity.kind)) &&
    allies.length === 0 &&
    theme === null &&
    fighters.length > 1
      ? fighters
      : [];
  const foes = enemies.filter((e) => !allies.some((a) => a.entity.id === e.entity.id));
  return [
    ...pairProposals('AT_WAR_WITH', [...fighters, ...helpersOf(reading, verb)], foes, verb),
    ...(foes.some((e) => ACTOR_KINDS.has(e.entity.kind))
      ? helpedToFight(reading, verb, fighters)
      : []),
    // "Ruandische Soldaten kämpfen an der Seite der M23": fighting beside an armed group with no
    // state behind it backs that group, which no force fights "for".
    ...pairProposals(
      'FIGHTS_FOR',
      troops,
      allies.filter((a) => a.entity.kind !== 'ARMED_FORCE'),
      verb,
    ),
    ...pairProposals(
      'SUPPORTS_MILITARILY',
      fighters,
      allies.filter((a) => a.entity.kind === 'ARMED_FORCE'),
      verb,
    ),
    ...pairProposals(
      'AT_WAR_WITH',
      clashedWith.filter((e) => !allies.some((a) => a.entity.id === e.entity.id)),
      fighters,
      verb,
    ),
    ...pairProposals('AT_WAR_WITH', attackers, fighters, verb),
    ...pairProposals('AT_WAR_WITH', mutual, mutual, verb),
    ...pairProposals('AT_WAR_WITH', between, between, verb),
  ];
}

/**
 * "Rwanda helps the M23 fight the army", "aide les Houthis à combattre", "hilft der M23, gegen …
 * zu kämpfen", "ayuda al M23 a combatir": whoever helps a side fight an enemy backs that side
 * militarily, as the verb of helping says it.
 */
function helpedToFight(reading: SentenceReading, verb: number, fighters: Argument[]): Proposal[] {
  const { graph } = reading;
  if (!graph.is(verb, 'xcomp', 'ccomp')) return [];
  const help = graph.head(verb);
  if (!reading.isVerb(help) || !reading.has(help, HELP_VERBS)) return [];
  return pairProposals('SUPPORTS_MILITARILY', agentArguments(reading, help), fighters, help);
}

/**
 * The verb of fighting is what troops were sent to do: "sent 10,000 soldiers to fight for Russia",
 * "a envoyé des soldats combattre pour la Russie", "envió tropas para combatir", "schickte
 * Soldaten, um … zu kämpfen".
 */
function sentToFight(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  const sender = graph.head(verb);
  return (
    graph.is(verb, 'xcomp', 'advcl') &&
    sender !== 0 &&
    reading.has(sender, SEND_VERBS) &&
    graph.children(sender, 'obj').some((o) => o < verb && isTroops(reading, o))
  );
}

/**
 * "fighting to topple the government of Somalia", "combattent pour renverser le gouvernement", "um
 * die Regierung zu stürzen": the government or regime an armed side fights to overthrow is its
 * enemy. Only a clause of purpose sharing the fight's subject ("since Hamas ousted Fatah" is
 * another event), only a state's institution ("to oust Russia from the Council of Europe" expels
 * a member), and only armed fighters (a party "kämpft, um die Regierung zu stürzen" at the polls).
 */
function overthrownBy(reading: SentenceReading, verb: number, fighters: Argument[]): Argument[] {
  const { graph } = reading;
  if (!fighters.some((f) => reading.isArmed(f.entity))) return [];
  return graph
    .children(verb, 'xcomp', 'advcl')
    .filter(
      (aim) =>
        reading.has(aim, OVERTHROW_VERBS) &&
        graph.children(aim, 'mark').length > 0 &&
        graph.children(aim, 'nsubj').length === 0,
    )
    .flatMap((aim) => {
      const overthrown = themeOf(reading, aim);
      return overthrown === null || !reading.headHas(overthrown, INSTITUTIONS)
        ? []
        : targetSides(reading, overthrown, aim);
    });
}

/** A series or a wave of attacks: "una serie de ataques", "a wave of attacks", "eine Reihe von Angriffen". */
const SERIES_NOUNS: Stems = {
  en: ['series$', 'wave$', 'waves$', 'string$'],
  fr: ['serie$', 'series$', 'vague$', 'vagues$'],
  de: ['reihe$', 'serie$', 'welle$'],
  es: ['serie$', 'oleada$', 'ola$'],
};

/** The attack a noun names, or the attacks a series of them counts; else null. */
function attackCounted(reading: SentenceReading, noun: number): number | null {
  if (!reading.isNoun(noun)) return null;
  if (reading.headHas(noun, WAR_NOUNS)) return noun;
  if (!reading.has(noun, SERIES_NOUNS)) return null;
  return (
    reading.graph
      .children(noun, 'nmod')
      .find((n) => reading.isNoun(n) && reading.headHas(n, WAR_NOUNS)) ?? null
  );
}

/** Verbs of fighting that may be fighting beside someone: "fought with the army". */
const FOUGHT = /^(?:fight|fights|fighting|fought|gefochten)$/u;

/** "s'affrontent", "se battent", "bekämpfen sich": a reflexive clitic on the verb. */
function hasReflexiveClitic(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  return graph.children(verb, 'obj', 'expl', 'iobj').some((c) => REFLEXIVE.test(graph.folded(c)));
}

function foughtReflexively(reading: SentenceReading, verb: number): boolean {
  return reading.has(verb, REFLEXIVE_FIGHT_VERBS) && hasReflexiveClitic(reading, verb);
}

/** "gegeneinander", "mutuamente": words that are reciprocal by themselves. */
const RECIPROCAL_WORDS = /^(?:gegeneinander|einander|mutuamente)$/u;

/**
 * A reciprocal: "each other", "one another", "l'une contre l'autre", "entre sí", "gegeneinander",
 * or a reflexive clitic ("s'affrontent", "bekämpfen sich") when no side is named beside the
 * verb ("se sont attaquées à l'Ukraine" names one). The verb's conjoined subjects then fight
 * each other. Emphatic "sí" and "one after the other" are no reciprocals.
 */
function reciprocal(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  const near = graph.children(verb, 'obj', 'obl', 'advmod', 'expl', 'iobj');
  const phrases = [...near, ...near.flatMap((n) => graph.children(n, 'nmod'))];
  const reciprocalPhrase = phrases.some((t) => {
    const word = graph.folded(t);
    const before = t > 1 ? graph.folded(t - 1) : '';
    if (RECIPROCAL_WORDS.test(word)) return true;
    if (word === 'other') return before === 'each' && graph.caseOf(t) === '';
    if (word === 'another') return before === 'one' && graph.caseOf(t) === '';
    if (word === 'autre' || word === 'autres') return /^(?:contre|avec)$/u.test(graph.caseOf(t));
    return word === 'si' && graph.caseOf(t) === 'entre';
  });
  if (reciprocalPhrase) return true;
  const sideNamed = obliquesOf(reading, verb).some((o) =>
    argumentsOf(reading, o).some((a) => ACTOR_KINDS.has(a.entity.kind)),
  );
  return !sideNamed && near.some((t) => REFLEXIVE.test(graph.folded(t)));
}

/**
 * The phrases on weapons where their target may hang: "Raketen auf Israel", or a past participle
 * aiming them ("un ataque con misiles dirigido contra el portaaviones").
 */
function onWeapons(reading: SentenceReading, weapons: readonly number[]): number[] {
  const { graph } = reading;
  return weapons.flatMap((w) => [
    ...graph.children(w, 'nmod'),
    // Only what it is aimed against or towards: the parser may hang another participle on the
    // weapons ("misiles contra territorio controlado por Pakistán").
    ...participlesOf(reading, w)
      .flatMap((p) => obliquesOf(reading, p))
      .filter((o) => reading.caseIs(o, AGAINST) || reading.caseIs(o, TOWARDS)),
  ]);
}

/**
 * The weapons a verb fires or strikes with: its object ("fired rockets") or its instrument
 * ("un ataque con drones"). What they are aimed at may hang on them ("Raketen auf Israel").
 */
function weaponsOf(reading: SentenceReading, verb: number): number[] {
  return [...reading.graph.children(verb, 'obj'), ...obliquesOf(reading, verb)].filter((o) =>
    argumentsOf(reading, o).some((a) => a.entity.kind === 'COMMODITY'),
  );
}

/** A side: what the phrase names, or whoever owns the targets it names ("Houthi targets", "positions arméniennes"). */
function sideArguments(reading: SentenceReading, phrase: number): Argument[] {
  // "dozens of Houthi drones": the side is the counted noun's.
  const token = countedNoun(reading, phrase) ?? phrase;
  // "killed a Kosovar police officer": a police officer is his state's side, as he is its loss.
  const officer = policeOfficersState(reading, token);
  if (officer !== null) return [officer];
  // A weapon names a commodity, not a side: "Houthi drones" stand for the Houthis.
  const named = argumentsOf(reading, token);
  const direct = named.filter((a) => a.entity.kind !== 'COMMODITY');
  // …but a country's adjective on a weapon says where it was made: "un drone turc" may fly for anyone.
  const weapon = named.length > direct.length;
  // "cohetes contra el sur de Israel": a compass part of a country stands for the country.
  if (direct.length === 0 && reading.has(token, COMPASS_NOUNS))
    return reading.graph
      .children(token, 'nmod')
      .filter((m) => reading.caseIs(m, OF) || reading.graph.caseOf(m) === '')
      .flatMap((m) => argumentsOf(reading, m))
      .filter((a) => a.entity.kind === 'COUNTRY');
  // "contre le 119e Bataillon de l'armée nigériane": a unit stands for the force it belongs to,
  // named or not ("the 119th Battalion" alone is a side of its own).
  const unit = unitOwner(reading, token);
  if (unit !== null) return [unit];
  // "between government troops and the Maute Group": a conjunct naming nobody may be soldiers of the one army named.
  if (direct.length > 0) {
    const unnamed = reading.graph
      .conjuncts(token)
      .filter((c) => argumentOf(reading, c) === null)
      .map((c) => soldiersSide(reading, c))
      .filter((a): a is Argument => a !== null && !direct.some((d) => d.entity.id === a.entity.id));
    return [...direct, ...unnamed];
  }
  const soldiers = soldiersSide(reading, token);
  if (soldiers !== null) return [soldiers];
  const police = policeStationState(reading, token);
  if (police !== null) return [police];
  // "contrer l'offensive ukrainienne", "struck Houthi targets": the offensive's or the targets' owner.
  if (!(isTarget(reading, token) || reading.has(token, WAR_NOUNS))) return [];
  const owned = armyBeside(reading, token);
  if (owned !== null) return [owned];
  // "intercepted drones launched by the Houthis", "des missiles lancés par les Houthis": the side
  // that launched the weapons.
  const launcher = weapon ? weaponsLauncher(reading, token) : [];
  if (launcher.length > 0) return launcher;
  // "a Nigerian Army base": both words of one name hang on the base.
  return distinctEntities(
    reading.graph
      .children(token, 'amod', 'nmod', 'compound', 'nmod:poss')
      .filter(
        (m) =>
          !reading.graph.is(m, 'nmod') ||
          reading.caseIs(m, OF) ||
          reading.graph.is(m, 'nmod:poss') ||
          // German genitive: "Stellungen der Hisbollah".
          (reading.language === 'de' && reading.graph.caseOf(m) === ''),
      )
      .flatMap((m) =>
        argumentsOf(reading, m).length > 0
          ? argumentsOf(reading, m)
          : weapon
            ? []
            : demonymCountry(reading, m),
      ),
  );
}

/**
 * "attacked a police station in Bamenda", "un commissariat", "eine Polizeiwache", "una comisaría":
 * a police station stands for the state whose police it is (a police officer is his state's loss,
 * loss-frames.ts): the country named beside it, else the one country the sentence names as a
 * place, else the one country the article has named. Null for no police station, or no such state.
 */
function policeStationState(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  const station =
    reading.headHas(token, POLICE_STATIONS) ||
    (reading.has(token, STATION_NOUNS) &&
      graph.children(token, 'compound', 'amod', 'nmod').some((m) => reading.has(m, POLICE_WORDS)));
  if (!station) return null;
  const beside = countryBeside(reading, token);
  const places = countriesAsPlaces(reading);
  const state =
    beside?.kind === 'COUNTRY'
      ? beside
      : beside === null && places.length === 1
        ? places[0]!
        : beside === null && places.length === 0
          ? articleCountry(reading)
          : null;
  return state === null ? null : { entity: state, token, forceOf: null };
}

/**
 * A military target: a base, a position, a convoy; a post only when military ("a Pakistani military
 * post", "un poste de l'armée malienne", "pakistanische Grenzposten"), not a diplomatic post, a
 * health post ("puesto de salud") or a post on minority rights.
 */
function isTarget(reading: SentenceReading, token: number): boolean {
  if (reading.headHas(token, TARGET_NOUNS)) return true;
  if (!reading.headHas(token, POST_NOUNS)) return false;
  const { graph } = reading;
  if (reading.language === 'de' && reading.has(token, MILITARY_POST_WORDS)) return true;
  const modifiers = graph.children(token, 'amod', 'compound', 'nmod');
  return (
    modifiers.some((m) => reading.has(m, MILITARY_POST_WORDS)) ||
    modifiers.some(
      (m) => reading.caseIs(m, OF) && argumentOf(reading, m)?.entity.kind === 'ARMED_FORCE',
    )
  );
}

/**
 * "a Nigerian Army base": the parser may hang the demonym on the base beside the army's noun; the
 * base is then that country's army's, not the country's.
 */
function armyBeside(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  // "a Pakistani military post": the army may also be an adjective.
  const army = graph
    .children(token, 'compound', 'amod')
    .find((c) => reading.has(c, PERSONNEL) && reading.mentionAt(c) === null);
  const country = graph.children(token, 'amod').flatMap((a) => demonymCountry(reading, a))[0];
  if (army === undefined) return null;
  // "a raid on a forward army base": the noun "army" with no country or side beside it is the
  // army the article means (not "Houthi military positions", "military targets in Iran").
  if (!country) {
    const named = graph
      .children(token, 'amod', 'compound', 'nmod', 'nmod:poss')
      .filter((m) => !graph.is(m, 'nmod') || reading.caseIs(m, OF))
      .some((m) => m !== army && reading.mentionAt(m) !== null);
    const own = graph.pos(army) === 'NOUN' && !named ? articleArmy(reading) : null;
    return own ? { entity: own, token: army, forceOf: null } : null;
  }
  const force = reading.gazetteer.country(country.entity.id)?.armedForce;
  if (!force) return null;
  return { entity: reading.recordForce(reading.use(force)), token: army, forceOf: country.entity };
}

/** A demonym modifying a noun names its country ("Armenian positions"). */
function demonymCountry(reading: SentenceReading, token: number): Argument[] {
  const mention = reading.mentionAt(token);
  return mention?.via === 'demonym' ? [{ entity: mention.entity, token, forceOf: null }] : [];
}

/** "aux côtés de la Russie", "an der Seite Russlands": the side noun's modifier is the ally. */
function sideOf(reading: SentenceReading, token: number): Argument[] {
  if (!reading.has(token, SIDE_NOUNS)) return argumentsOf(reading, token);
  return reading.graph.children(token, 'nmod', 'amod').flatMap((m) => argumentsOf(reading, m));
}

/** A militia, rebels, insurgents: a noun (or a German compound's part) naming an armed group. */
function armedGroupNoun(reading: SentenceReading, token: number): boolean {
  return [token, ...reading.graph.children(token, 'flat', 'compound')].some((t) =>
    reading.has(t, ARMED_GROUP_NOUNS),
  );
}

function aid(reading: SentenceReading, noun: number): Proposal[] {
  const { graph } = reading;
  const military =
    reading.has(noun, MILITARY_WORDS) ||
    graph.children(noun, 'amod', 'compound', 'nmod').some((m) => reading.has(m, MILITARY_WORDS));
  const modifiers = graph.children(noun, 'nmod', 'obl');
  // "El M23 cuenta con el apoyo de Ruanda", "has the backing of": who enjoys the support gets it.
  const verb = governingVerb(reading, noun);
  const enjoyed = verb !== null && reading.has(verb, ENJOY_VERBS) ? subjectOf(reading, verb) : null;
  // "dar apoyo a los milicianos", "apporte son soutien aux rebelles": given support, its receiver
  // may hang on the giving verb.
  const given =
    verb !== null &&
    graph.is(noun, 'obj') &&
    graph.head(noun) === verb &&
    reading.has(verb, LEND_VERBS);
  // "provided Ukraine with military aid": the verb's object receives what comes "with" it.
  const withAid =
    verb !== null && graph.head(noun) === verb && reading.caseIs(noun, SUPPLIED_WITH)
      ? (themeOf(reading, verb) ?? undefined)
      : undefined;
  // "leistet den M23-Rebellen Unterstützung": a German noun with a dative article is the receiver.
  const dative = graph
    .children(noun, 'nmod')
    .find(
      (m) =>
        reading.language === 'de' &&
        graph.caseOf(m) === '' &&
        graph.children(m, 'det').some((d) => /^(?:dem|den)$/u.test(graph.folded(d))),
    );
  // Where a receiver of support may be named: on the noun, or on the verb giving it.
  const receiverPlaces = [...modifiers, ...(given ? obliquesOf(reading, verb) : [])];
  const receiverToken = enjoyed ?? dative ?? withAid ?? null;
  const receivers =
    receiverToken !== null
      ? argumentsOf(reading, receiverToken).filter((a) => ACTOR_KINDS.has(a.entity.kind))
      : [markedArgument(reading, receiverPlaces, RECIPIENT, ACTOR_KINDS)].filter(
          (a): a is Argument => a !== null,
        );
  const ownerToken = graph
    .children(noun, 'nmod:poss', 'amod', 'nmod')
    .find(
      (m) =>
        m !== dative &&
        (reading.caseIs(m, OF) ||
          graph.is(m, 'amod', 'nmod:poss') ||
          (reading.language === 'de' && graph.caseOf(m) === '')) &&
        argumentsOf(reading, m).length > 0,
    );
  // "receives support from Russia": who enjoys support does not give it.
  const givers =
    ownerToken !== undefined
      ? argumentsOf(reading, ownerToken)
      : enjoyed !== null && verb !== null
        ? [
            markedArgument(
              reading,
              [...modifiers, ...obliquesOf(reading, verb)],
              FROM,
              ACTOR_KINDS,
            ),
          ].filter((a): a is Argument => a !== null)
        : actorsAbove(reading, noun);
  // Support is military when the text says so, or when an armed force gives or gets it.
  const armed = [...givers, ...receivers].some((a) => a.entity.kind === 'ARMED_FORCE');
  // Support given is military when it goes to a militia or rebels; given to a state's army (or
  // by a body at talks), it may be political.
  const givenToArmedGroup =
    given &&
    [...receiverPlaces, ...(dative === undefined ? [] : [dative])].some(
      (t) => (t === dative || reading.caseIs(t, RECIPIENT)) && armedGroupNoun(reading, t),
    );
  if (!military && !((enjoyed !== null && armed) || givenToArmedGroup)) return [];
  return pairProposals('SUPPORTS_MILITARILY', givers, receivers, noun);
}

/**
 * "Wagner has backed Mali's military regime", "die VAE unterstützen die
 * Miliz mit Waffenlieferungen", "soutenues par les Émirats": backing is
 * military support when an armed force or a known armed group gives or gets
 * it ("the Iran-backed Houthis"), or when the words say so ("militarily",
 * "with arms"). A state backing a state says no more
 * than politics.
 */
function backing(reading: SentenceReading, verb: number): Proposal[] {
  const { graph } = reading;
  const backerToken = agentOf(reading, verb);
  const theme = themeOf(reading, verb);
  if (backerToken === null || theme === null) return [];
  const actors = (token: number) =>
    argumentsOf(reading, token).filter((a) => ACTOR_KINDS.has(a.entity.kind));
  // "The Houthis, an Iranian-backed militia": a noun set beside a name stands for it.
  const backedToken =
    graph.is(theme, 'appos') && actors(theme).length === 0 ? graph.head(theme) : theme;
  // A militia, rebels or insurgents backed are armed, whatever kind their name has.
  const armedGroup = armedGroupNoun(reading, theme);
  // "North Korea's deployment of 12,000 soldiers to support Russia's war": the deployment's owner
  // backs, whether the parser makes the deployment the subject or the object of the verb above.
  const isDeployment = (t: number) => reading.isNoun(t) && reading.has(t, DEPLOYMENT_NOUNS);
  const deployed = graph.is(verb, 'xcomp', 'advcl')
    ? graph.children(graph.head(verb), 'obj').find(isDeployment)
    : undefined;
  const source = deployed ?? backerToken;
  const deployment = isDeployment(source);
  const backers = deployment
    ? graph
        .children(source, 'nmod:poss', 'amod', 'nmod')
        .filter((m) => !graph.is(m, 'nmod') || reading.caseIs(m, OF))
        .flatMap(actors)
        .filter((a) => a.entity.kind === 'COUNTRY')
    : // "Iranian-backed": a demonym compounded with the participle names its country.
      distinctEntities([...actors(backerToken), ...demonymCountry(reading, backerToken)]);
  const backed = backedActors(reading, verb, backedToken, actors);
  // "sent 12,000 soldiers to support Russia's war": backing is what the troops were sent for.
  const troopsSent =
    deployment ||
    (graph.is(verb, 'xcomp', 'advcl') &&
      graph
        .children(graph.head(verb), 'obj')
        .some((o) => reading.has(countedNoun(reading, o) ?? o, PERSONNEL)));
  // "India and Pakistan reinforce their armies": reinforcing one's own backs nobody.
  const reinforced = reading.has(verb, REINFORCE_VERBS);
  if (reinforced && possessiveOn(reading, theme) !== undefined) return [];
  const armed =
    troopsSent ||
    armedGroup ||
    reinforced ||
    [...backers, ...backed].some((a) => a.entity.kind === 'ARMED_FORCE');
  // "the Iran-backed Houthis", "Hamás, un grupo apoyado por Irán": the Houthis and Hezbollah are
  // organisations by kind, armed groups by the gazetteer; only the group itself is so backed, not
  // what the parser joined to it.
  const direct = argumentOf(reading, backedToken);
  const group = direct !== null && reading.gazetteer.isArmedGroup(direct.entity.id) ? direct : null;
  const saysMilitary = [...graph.children(verb), ...graph.children(backedToken)].some(
    (c) =>
      reading.has(c, MILITARY_WORDS) ||
      (reading.has(c, WEAPON_WORDS) && reading.caseIs(c, WITH)) ||
      // "unterstützt Mosambik beim Kampf gegen Aufständische", "soutient … dans sa lutte contre
      // les jihadistes": backing a side in its fight against an armed enemy.
      armedFight(reading, c),
  );
  // "backs Hamas politically", "finanziell unterstützt": support of another kind.
  const unarmed = graph.children(verb, 'advmod').some((a) => reading.has(a, UNARMED_WORDS));
  if (unarmed && !saysMilitary) return [];
  if (armed || saysMilitary) return pairProposals('SUPPORTS_MILITARILY', backers, backed, verb);
  return group === null ? [] : pairProposals('SUPPORTS_MILITARILY', backers, [group], verb);
}

/** "Rwanda arms the M23", "les rebelles armés par le Rwanda": whoever arms a side backs it militarily. */
function arming(reading: SentenceReading, verb: number): Proposal[] {
  const armer = agentOf(reading, verb);
  const armed = themeOf(reading, verb);
  if (armer === null || armed === null) return [];
  const actors = (token: number) =>
    argumentsOf(reading, token).filter((a) => ACTOR_KINDS.has(a.entity.kind));
  return pairProposals('SUPPORTS_MILITARILY', actors(armer), actors(armed), verb);
}

/** "trained Ukrainian troops", "bildete nigrische Sicherheitskräfte aus": a verb of training troops. */
function trainsTroops(reading: SentenceReading, verb: number): boolean {
  const { graph } = reading;
  const split =
    reading.language === 'de' &&
    graph.folded(verb).startsWith('bild') &&
    graph.children(verb, 'compound:prt').some((p) => graph.folded(p) === 'aus');
  if (!reading.has(verb, TRAIN_VERBS) && !split) return false;
  const theme = themeOf(reading, verb);
  return theme !== null && isTroops(reading, theme);
}

/**
 * A fight or war a side is backed in against an armed enemy ("beim Kampf gegen islamistische
 * Aufständische", "dans sa lutte contre les jihadistes"): a fight against corruption, or for
 * climate funds, is no war.
 */
function armedFight(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  if (!graph.is(token, 'obl', 'nmod')) return false;
  const fight = [COMBAT_NOUNS, STRUGGLE_NOUNS, WAR_ITSELF].some((nouns) =>
    reading.has(token, nouns),
  );
  return fight && againstArmedEnemies(reading, token);
}

/** A noun with "against" phrases, each of which names an armed enemy. */
function againstArmedEnemies(reading: SentenceReading, noun: number): boolean {
  const enemies = reading.graph.children(noun, 'nmod').filter((m) => reading.caseIs(m, AGAINST));
  return enemies.length > 0 && enemies.every((m) => armedEnemy(reading, m));
}

/** An enemy that bears arms: insurgents, troops, a state, an army, a known armed group. */
function armedEnemy(reading: SentenceReading, token: number): boolean {
  return (
    armedGroupNoun(reading, token) ||
    isTroops(reading, token) ||
    argumentsOf(reading, token).some((a) => armedSide(reading, a.entity))
  );
}

/**
 * "Rwanda helps Mozambique against Islamist insurgents", "aide le Mozambique contre les
 * insurgés", "hilft Mosambik gegen Aufständische", "ayuda a Mozambique contra los insurgentes":
 * helping a side against an armed enemy backs it militarily, and the side helped fights that enemy.
 */
function helpingAgainst(reading: SentenceReading, verb: number): Proposal[] {
  const { graph } = reading;
  const helpedTokens = helpedOrMade(reading, verb);
  // "helps Ukraine against Russia": the parser may hang the enemy on the side helped.
  const enemies = [
    ...obliquesOf(reading, verb),
    ...helpedTokens.flatMap((h) => graph.children(h, 'nmod')),
  ].filter((o) => OUTRIGHT_AGAINST.test(graph.caseOf(o)));
  // "aide le Mali dans sa lutte contre les jihadistes": or in its fight against an armed enemy.
  const inFight = obliquesOf(reading, verb).some((o) => armedFight(reading, o));
  if ((enemies.length === 0 && !inFight) || !enemies.every((o) => armedEnemy(reading, o)))
    return [];
  const actors = (token: number) =>
    argumentsOf(reading, token).filter((a) => ACTOR_KINDS.has(a.entity.kind));
  const helped = helpedTokens.flatMap(actors);
  // The enemy is at war with the side helped when it is a state or a force the gazetteer knows,
  // not a group named after a word the tagger capitalised ("Islamist insurgents").
  const known = enemies
    .flatMap((o) => targetSides(reading, o))
    .filter(
      (a) => a.entity.kind === 'COUNTRY' || reading.gazetteer.dataEntity(a.entity.id) !== undefined,
    );
  return [
    ...pairProposals('SUPPORTS_MILITARILY', agentArguments(reading, verb), helped, verb),
    ...pairProposals('AT_WAR_WITH', helped, known, verb),
  ];
}

/** Troops or an armed force as the subject, and an armed side as the object: "troops encountered the rebels". */
function forceMeets(reading: SentenceReading, verb: number): boolean {
  const agent = agentOf(reading, verb);
  const theme = themeOf(reading, verb);
  if (agent === null || theme === null) return false;
  const force = (t: number) =>
    isTroops(reading, t) || argumentsOf(reading, t).some((a) => a.entity.kind === 'ARMED_FORCE');
  return force(agent) && sideArguments(reading, theme).some((a) => armedSide(reading, a.entity));
}

/**
 * A side that fights with arms: a state, a force, or an organisation the gazetteer knows (Hamas,
 * Islamic State); an organisation only the analyser found may be a company ("contre Google").
 */
function armedSide(reading: SentenceReading, entity: Entity): boolean {
  if (entity.kind === 'COUNTRY' || entity.kind === 'ARMED_FORCE') return true;
  return entity.kind === 'ORGANIZATION' && reading.gazetteer.dataEntity(entity.id) !== undefined;
}

/**
 * Who is backed: the object's actors; a war's owner ("to support Russia's war", "soutenir la
 * guerre de la Russie"); a regime's country the parse hung on the verb ("unterstützen das
 * Militärregime im westafrikanischen Mali").
 */
function backedActors(
  reading: SentenceReading,
  verb: number,
  token: number,
  actors: (token: number) => Argument[],
): Argument[] {
  const { graph } = reading;
  if (reading.has(token, WAR_NOUNS))
    return graph
      .children(token, 'nmod:poss', 'nmod')
      .filter((m) => graph.is(m, 'nmod:poss') || reading.caseIs(m, OF))
      .flatMap(actors);
  const own = actors(token);
  if (own.length > 0 || !reading.has(token, INSTITUTIONS)) return own;
  return obliquesOf(reading, verb)
    .filter((o) => reading.caseIs(o, LOCATIVE))
    .flatMap(actors)
    .filter((a) => a.entity.kind === 'COUNTRY');
}

/** "une zone sous contrôle ukrainien", "under Russian control": the controlled place is what the phrase describes. */
function underControl(reading: SentenceReading, noun: number): Proposal[] {
  const { graph } = reading;
  const controller =
    countryBeside(reading, noun) ??
    graph
      .children(noun, 'nmod')
      .map((m) => argumentOf(reading, m)?.entity)
      .find((e) => e);
  if (!controller) return [];
  // "Kursk is under Ukrainian control": the copular clause is headed by the noun itself.
  const place = describedPlace(
    reading,
    graph.children(noun, 'cop').length > 0 ? noun : graph.head(noun),
  );
  if (!place) return [];
  return [
    proposal({
      predicate: 'CONTROLS',
      subject: { entity: controller, token: noun, forceOf: null },
      object: place,
      trigger: noun,
    }),
  ];
}

/**
 * The place a phrase describes: the noun itself, or what it stands in
 * apposition to. When the parse attached the description to a country
 * ("Koursk, en Russie, une zone sous contrôle ukrainien"), the region named
 * just before that country is meant: a country cannot be "a zone".
 */
function describedPlace(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  for (let at = token, hops = 0; at !== 0 && hops < 3; at = graph.head(at), hops += 1) {
    // "Darfur ist fast komplett unter Kontrolle der RSF": a copular clause describes its subject;
    // so does a verb of being the control hangs on ("Darfur steht unter der Kontrolle der RSF",
    // "the town remained under Russian control").
    const subject =
      graph.children(at, 'cop').length > 0 || reading.isVerb(at)
        ? graph.children(at, 'nsubj')[0]
        : undefined;
    const named = argumentOf(reading, subject ?? at);
    if (named?.entity.kind === 'LOCATION') return named;
    if (named?.entity.kind === 'COUNTRY') {
      for (let before = named.token - 1; before > 0; before -= 1) {
        const place = reading.mentionAt(before);
        if (place?.entity.kind === 'LOCATION')
          return { entity: place.entity, token: before, forceOf: null };
        if (graph.token(before).word === '.' || graph.is(before, 'nsubj')) break;
      }
      return null;
    }
    if (!graph.is(at, 'appos', 'nmod', 'obl')) return null;
  }
  return null;
}

function captured(reading: SentenceReading, verb: number): Proposal[] {
  // "Bamako tient le JNIM pour responsable": who holds a side responsible holds nothing of it.
  if (holdsResponsible(reading, verb)) return [];
  const takerToken = agentOf(reading, verb);
  const takenToken = seizedOf(reading, verb) ?? themeOf(reading, verb);
  if (takerToken === null || takenToken === null) return [];
  const takers = argumentsOf(reading, takerToken);
  // "la moitié du Darfour", "almost all of Darfur": the place is the part's "of".
  const taken = [
    ...placesOf(reading, takenToken),
    ...reading.graph
      .children(takenToken, 'nmod')
      .filter((m) => reading.caseIs(m, OF))
      .flatMap((m) => placesOf(reading, m)),
  ];
  // "die Kontrolle über Al-Fulah gewonnen": what control is over may hang on the verb or on "control".
  if (reading.has(takenToken, CONTROL_NOUNS))
    taken.push(
      ...[...obliquesOf(reading, verb), ...reading.graph.children(takenToken, 'nmod')]
        .filter((o) => reading.caseIs(o, OVER))
        .flatMap((o) => placesOf(reading, o)),
    );
  taken.push(...listedPlaces(reading, verb, takenToken).flatMap((t) => placesOf(reading, t)));
  const places = taken.filter((a) => LOCATION_ONLY.has(a.entity.kind));
  // Capturing a group's fighters or one of its bases is fighting that group ("JNIM captured
  // several Wagner fighters", "overran a headquarters of the military"). Controlling a group is
  // not ("das vom Ministerium kontrollierte Afrikakorps").
  const captives = reading.has(verb, CONTROL_VERBS)
    ? []
    : sideArguments(reading, takenToken).filter(
        (a) => a.entity.kind !== 'LOCATION' && a.entity.kind !== 'COUNTRY',
      );
  return [
    ...pairProposals('CONTROLS', takers, places, verb),
    ...pairProposals(
      'AT_WAR_WITH',
      takers,
      [...captives, ...takenFrom(reading, verb, takenToken)],
      verb,
    ),
  ];
}

/** Who a place is taken from: "from", "à/aux" ("repris Wad Madani aux FSR"), "von", "de/a". */
const TAKEN_FROM: Stems = {
  en: ['from$'],
  fr: ['a$', 'au$', 'aux$', 'de$', 'du$', 'des$'],
  de: ['von$', 'vom$'],
  es: ['de$', 'del$', 'a$', 'al$'],
};

/** Hands a place is taken out of: "de manos de las FAR", "des mains du M23". */
const HANDS = /^(?:manos|mains|handen)$/u;

/**
 * "The army retook Wad Madani from the RSF", "a repris Wad Madani aux FSR", "eroberte Wad Madani
 * von der RSF zurück", "recuperó Wad Madani de manos de las FAR": whoever a place is taken from
 * was fought for it. Not by a verb of controlling ("controls the town from Kigali").
 */
function takenFrom(reading: SentenceReading, verb: number, taken: number): Argument[] {
  if (reading.has(verb, CONTROL_VERBS)) return [];
  const { graph } = reading;
  // "eroberte Khartum von der RSF zurück": the parser may hang who it was taken from on the place.
  return [...obliquesOf(reading, verb), ...graph.children(taken, 'nmod')]
    .filter((o) => reading.caseIs(o, TAKEN_FROM))
    .flatMap((o) =>
      HANDS.test(graph.folded(o))
        ? graph.children(o, 'nmod').filter((m) => reading.caseIs(m, OF))
        : [o],
    )
    .flatMap((o) => argumentsOf(reading, o))
    .filter((a) => a.entity.kind === 'ARMED_FORCE' || a.entity.kind === 'ORGANIZATION');
}

/**
 * "se apoderaron del distrito de Al Abdiya": the Spanish parser makes the reflexive clitic of a
 * verb of seizing its object; what is seized follows "de".
 */
function seizedOf(reading: SentenceReading, verb: number): number | null {
  const { graph } = reading;
  const objects = graph.children(verb, 'obj');
  if (objects.length === 0 || !objects.every((o) => REFLEXIVE.test(graph.folded(o)))) return null;
  return obliquesOf(reading, verb).find((o) => reading.caseIs(o, OF)) ?? null;
}

/** Words that list some of what precedes: "including", "notamment", "darunter", "incluida". */
const INCLUDING =
  /^(?:including|include|notamment|y compris|darunter|einschlies?slich|inklusive|incluid[oa]s?|incluyendo)$/u;

/**
 * "several northern cities, including the capital Sanaa", "plusieurs villes, notamment Goma et
 * Bunagana", "varias ciudades, incluida la capital, Saná": the places listed after a word of
 * including, on the verb or on what it took, are taken with the rest.
 */
function listedPlaces(reading: SentenceReading, verb: number, taken: number): number[] {
  const { graph } = reading;
  const including = (t: number) =>
    INCLUDING.test(graph.folded(t)) || INCLUDING.test(graph.token(t).lemma.toLowerCase());
  const listed: number[] = [];
  for (const c of [...graph.children(verb), ...graph.children(taken)]) {
    if (c === taken) continue;
    if (graph.children(c, 'case', 'advmod', 'mark').some(including)) listed.push(c);
    else if (reading.isVerb(c) && including(c)) {
      listed.push(...graph.children(c, 'nsubj', 'obj'));
      // "controlan varias ciudades, incluida la capital, Saná": the parser may hang the listed
      // name on the main verb, after the word of including.
      listed.push(...graph.children(verb, 'obj').filter((o) => o > c));
    }
  }
  return listed.flatMap((t) => graph.conjuncts(t));
}

/**
 * "Goma fell to the M23 rebels", "Goma est tombée aux mains du M23", "cayó en manos del M23",
 * "fiel in die Hände der M23": the place falls under the control of who receives it.
 */
function fellTo(reading: SentenceReading, verb: number): Proposal[] {
  const { graph } = reading;
  const subject = subjectOf(reading, verb);
  const places = (subject === null ? [] : placesOf(reading, subject)).filter(
    (a) => a.entity.kind === 'LOCATION',
  );
  if (places.length === 0) return [];
  const takers = obliquesOf(reading, verb).flatMap((o) =>
    reading.has(o, HANDS_NOUNS)
      ? graph
          .children(o, 'nmod')
          .filter((m) => reading.caseIs(m, OF) || graph.caseOf(m) === '')
          .flatMap((m) => argumentsOf(reading, m))
      : reading.caseIs(o, FALLEN_TO)
        ? argumentsOf(reading, o)
        : [],
  );
  return pairProposals(
    'CONTROLS',
    takers.filter((a) => ACTOR_KINDS.has(a.entity.kind)),
    places,
    verb,
  );
}

/**
 * "the capture of El Fasher by the RSF", "the RSF's capture of El Fasher",
 * "la prise d'El-Fasher par les FSR": whoever took the place holds it. The
 * taker must be named: "the fall of El Fasher" says nothing of who took it.
 */
function captureNoun(reading: SentenceReading, noun: number): Proposal[] {
  const { graph } = reading;
  const modifiers = graph.children(noun, 'nmod');
  // German "von" marks both the place and the agent: only "durch" names the taker there.
  // "the KIA claimed the capture of Panwa": who claims a capture as its own made it.
  const verb = graph.head(noun);
  const claimant =
    graph.is(noun, 'obj') && reading.isVerb(verb) && reading.has(verb, CREDIT_VERBS)
      ? (subjectOf(reading, verb) ?? undefined)
      : undefined;
  const takerToken =
    graph.children(noun, 'nmod:poss')[0] ??
    modifiers.find((m) => reading.caseIs(m, BY) && !reading.caseIs(m, OF)) ??
    claimant;
  if (takerToken === undefined) return [];
  const takers = argumentsOf(reading, takerToken).filter((a) => ACTOR_KINDS.has(a.entity.kind));
  // German names the place in the genitive, with no marker: "die Einnahme des Dorfes Kurachowe".
  const places = modifiers
    .filter(
      (m) =>
        m !== takerToken &&
        (reading.caseIs(m, OF) || (reading.language === 'de' && graph.caseOf(m) === '')),
    )
    .flatMap((m) => placesOf(reading, m))
    .filter((a) => LOCATION_ONLY.has(a.entity.kind));
  return pairProposals('CONTROLS', takers, places, noun);
}

/**
 * Killing a side's people is fighting that side ("the IDF killed two
 * Hezbollah commanders"): only an agent and a victim who belongs to a named
 * side; killed civilians or a passive without its agent say nothing of a war.
 */
function killing(reading: SentenceReading, verb: number): Proposal[] {
  // "han muerto a manos del Ejército": the parser may make who killed them the object of dying.
  const object = themeOf(reading, verb);
  const killedBy = object !== null && reading.caseIs(object, AT_HANDS_OF) ? object : null;
  const hands = [
    ...(killedBy === null ? [] : [killedBy]),
    ...obliquesOf(reading, verb).flatMap((o) => handsOf(reading, o)),
  ];
  // "five Colombian soldiers died in an ELN attack": soldiers who die fall to the attack's author
  // (not civilians: "three Britons died in an attack by al-Shabaab" sets no state at war).
  // "Four Pakistani soldiers killed in Indian fire", "Quinze militaires tués dans une attaque du
  // JNIM": a headline's participle without its auxiliary, or a participle on its noun ("Bénin :
  // quinze militaires tués dans…"); with no object, a verb of killing has its victims for
  // subject, as a verb of dying does.
  const { graph } = reading;
  const participle =
    object === null &&
    graph.children(verb, 'aux', 'aux:pass').length === 0 &&
    !PRESENT_PARTICIPLE.test(graph.folded(verb));
  const dying =
    (object === null || killedBy !== null) &&
    (reading.has(verb, DIE_VERBS) || (participle && graph.is(verb, 'root')))
      ? subjectOf(reading, verb)
      : // Not a relative clause: "soldiers who killed in Borno" killed.
        participle && graph.is(verb, 'acl', 'amod') && !graph.is(verb, 'acl:relcl')
        ? graph.head(verb)
        : null;
  // Fighters killed at someone's hands count as soldiers do: "150 LTTE fighters died at the hands
  // of the army"; not those who die in an attack, which may have been aimed at others ("Wagner
  // fighters died in a Russian attack on Bakhmut").
  const fell = (noun: number) =>
    reading.has(noun, PERSONNEL) || (hands.length > 0 && reading.has(noun, MEMBERS));
  const died = dying !== null && fell(countedNoun(reading, dying) ?? dying) ? dying : null;
  const theme = died ?? (killedBy === null ? object : null);
  if (theme === null) return [];
  // "killed an Iraqi militia commander": a militia's man is the militia's, whatever his country.
  const militia = armedGroupNoun(reading, countedNoun(reading, theme) ?? theme);
  const sides = sideArguments(reading, theme).filter(
    (a) => ACTOR_KINDS.has(a.entity.kind) && !(militia && a.entity.kind === 'COUNTRY'),
  );
  // "killed Hezbollah commander Ali Karaki": a named man is his side by the title the text gives him.
  const victims =
    sides.length > 0
      ? sides
      : titledGroups(reading, theme)
          .filter((a) => ACTOR_KINDS.has(a.entity.kind))
          .slice(0, 1);
  const killers =
    died === null
      ? killersOf(reading, verb, theme)
      : [
          ...hands
            .flatMap((o) => sideArguments(reading, o))
            .filter((a) => ACTOR_KINDS.has(a.entity.kind)),
          ...attackAuthors(reading, verb, died),
        ];
  // "21 soldiers were killed in an attack blamed on al-Qaeda": whoever puts the attack on its
  // author says who killed them; attribution reads that off the attack (blame.ts).
  const blamedAttack = [
    agentOf(reading, verb),
    ...obliquesOf(reading, verb),
    ...graph.children(verb, 'dep'),
  ].find((attack) => attack !== null && blameOf(reading, attack) !== null);
  return pairProposals('AT_WAR_WITH', killers, victims, blamedAttack ?? verb);
}

/** Present participles, which act ("soldiers killing civilians"), not suffer: -ing, -ant, -ando, -end. */
const PRESENT_PARTICIPLE = /(?:ing|ant|ando|iendo|end)$/u;

/**
 * "Les FLEC revendiquent la mort de soldats de l'armée angolaise", "the AA claimed the deaths of
 * 50 soldiers": a side that claims the deaths of a force's men fights that force.
 */
function claimedDeaths(reading: SentenceReading, verb: number): Proposal[] {
  const deaths = themeOf(reading, verb);
  if (deaths === null || !reading.has(deaths, DEATH_NOUNS)) return [];
  const victims = reading.graph
    .children(deaths, 'nmod')
    .filter((m) => reading.caseIs(m, OF))
    .flatMap((m) => sideArguments(reading, m))
    .filter((a) => ACTOR_KINDS.has(a.entity.kind));
  return pairProposals('AT_WAR_WITH', agentArguments(reading, verb), victims, verb);
}

/**
 * "died at the hands of the ELN", "murieron a manos del ELN": whose hands, as the parser leaves
 * them, the marker whole or the hands a noun of their own.
 */
function handsOf(reading: SentenceReading, oblique: number): number[] {
  if (reading.caseIs(oblique, AT_HANDS_OF)) return [oblique];
  return reading.has(oblique, HANDS_NOUNS)
    ? reading.graph.children(oblique, 'nmod').filter((m) => reading.caseIs(m, OF))
    : [];
}

/**
 * Who killed: the verb's agent, or the author of the attack that killed ("an attack by the
 * Islamic State killed 20 soldiers"), or, with none named, the author of the attack the victims
 * died in ("huit militaires ont été tués dans une attaque perpétrée par Boko Haram", "killed in an
 * attack by the JNIM"). Only an attack: allies die in one another's operations and offensives too.
 */
export function killersOf(
  reading: SentenceReading,
  verb: number,
  victims: number | null = null,
): Argument[] {
  const agents = agentArguments(reading, verb);
  if (agents.length > 0) return agents;
  const agent = agentOf(reading, verb);
  return agent !== null && reading.isNoun(agent) && reading.headHas(agent, ATTACK_NOUNS)
    ? authorOf(reading, agent)
    : attackAuthors(reading, verb, victims);
}

/**
 * The author of the attack a verb's victims fell in; the parser may hang the attack on the victims
 * ("Fünfzehn Soldaten bei Angriff des JNIM getötet"), or set them beside it.
 */
function attackAuthors(reading: SentenceReading, verb: number, victims: number | null): Argument[] {
  const { graph } = reading;
  // "Attaque du JNIM à Boni : quinze soldats tués": or the victims stand in apposition to it.
  const onVictims =
    victims === null
      ? []
      : [
          ...graph.children(victims, 'nmod'),
          ...(graph.is(victims, 'appos') ? [graph.head(victims)] : []),
        ];
  // "Angriff des JNIM in Boni: fünfzehn Soldaten getötet": a headline's attack before its colon
  // may be left an unlabelled dependent of the verb.
  return [...obliquesOf(reading, verb), ...graph.children(verb, 'dep'), ...onVictims]
    .filter((o) => reading.isNoun(o) && reading.headHas(o, ATTACK_NOUNS))
    .flatMap((attack) => authorOf(reading, attack));
}

/**
 * An attack's author: its owner, or who launched or claimed it, or the side the sentence puts it
 * on ("JNIM claimed the attack that killed ten Malian soldiers").
 */
function authorOf(reading: SentenceReading, attack: number): Argument[] {
  const targets = reading.graph.children(attack, 'nmod').filter((m) => reading.caseIs(m, AGAINST));
  const owner = ownerOf(reading, attack, targets);
  if (owner.length > 0) return owner;
  const launchers = launchedBy(reading, attack);
  return launchers.length > 0 ? launchers : sidesBlamed(reading, blameOf(reading, attack));
}

/** The sides a blame or a claim puts an attack on, as the sentence names them. */
function sidesBlamed(reading: SentenceReading, blame: Blame | null): Argument[] {
  return (blame?.sides ?? [])
    .flatMap((s) => sideArguments(reading, s))
    .filter((a) => ACTOR_KINDS.has(a.entity.kind));
}

/**
 * Who fights: the agent, or, when it is an attack or a weapon ("Israeli
 * airstrikes", "Houthi drones"), its owner; a participle of an operation
 * ("its operations targeting Hezbollah") has the operation's actor.
 */
function agentArguments(reading: SentenceReading, verb: number): Argument[] {
  const agent = agentOf(reading, verb);
  if (agent === null) return [];
  const named = sideArguments(reading, agent).filter((a) => ACTOR_KINDS.has(a.entity.kind));
  if (named.length > 0 || !reading.graph.is(verb, 'acl') || !reading.has(agent, WAR_NOUNS))
    return named;
  // "Israel blamed Hezbollah for the attack that killed…": who blames an attack did not make it.
  const blame = blameOf(reading, agent);
  return blame === null ? actorsAbove(reading, agent) : sidesBlamed(reading, blame);
}
