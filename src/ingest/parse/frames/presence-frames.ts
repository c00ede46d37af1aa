import type { Argument } from '../argument';
import {
  PLACE_KINDS,
  argumentOf,
  argumentsOf,
  compassPart,
  countryBeside,
  markedArgument,
  withListedPlaces,
} from '../argument';
import { agentOf, isPassive, obliquesOf, subjectOf, themeOf } from '../clause-roles';
import { INSIDE, INTO, LOCATIVE, OF, OPERATED_FROM } from '../lexicon/case-markers';
import { MEMBERS, MILITARY, PERSONNEL, POLICE_FORCES } from '../lexicon/nouns';
import {
  BASE_NOUNS,
  DEPLOYMENT_NOUNS,
  ENTER_VERBS,
  FIGHT_IN_VERBS,
  FIGHT_VERBS,
  HAVE_VERBS,
  HOST_WORDS,
  OPERATE_VERBS,
  PATROL_VERBS,
  PRESENCE_NOUNS,
  PRESENCE_WORDS,
  SIGHTING_WORDS,
  SURROUND_VERBS,
} from '../lexicon/predicate-triggers';
import {
  ENCIRCLED,
  HEADING,
  NEARLY,
  POLICING_WORDS,
  POSSIBLY,
  REGARD_WORDS,
} from '../lexicon/presence-words';
import type { FrameRule, Proposal } from '../proposal';
import { proposal } from '../proposal';
import { combatOf } from './conflict-frames';
import { forcesOf } from './transfer-frames';
import type { SentenceReading } from '../sentence-reading';

/**
 * DEPLOYED_TO from a force's presence: "Wagner has been in Mali since
 * 2021" (UD heads a copular clause with its predicate, here "Mali"),
 * "les soldats nord-coréens engagés à Koursk", "operating in Mali",
 * "presentes en Rusia". Only armed forces: a country "in" a place is not
 * deployed there.
 */
export const presenceFrames: FrameRule = (reading, token) => {
  const { graph } = reading;
  if (graph.children(token, 'cop').length > 0 && reading.caseIs(token, LOCATIVE)) {
    if (reading.has(token, DEPLOYMENT_NOUNS)) return onDuty(reading, token);
    const place = argumentOf(reading, token);
    return place && PLACE_KINDS.has(place.entity.kind) ? present(reading, token, place) : [];
  }
  if (reading.isNoun(token) && reading.has(token, PRESENCE_NOUNS))
    return presenceNoun(reading, token);
  const existing = existent(reading, token);
  if (existing !== null) {
    const places = [...obliquesOf(reading, token), ...graph.children(existing, 'nmod')];
    const place = markedArgument(reading, places, LOCATIVE, PLACE_KINDS);
    // "there is a Russian military base in Tartus": the base's army is there.
    const army = reading.headHas(existing, BASE_NOUNS) ? nationalArmy(reading, existing) : null;
    if (place && army) return deployedAt(reading, token, [army], place, existing);
    return place ? presentAs(reading, token, existing, place) : [];
  }
  if (reading.isNoun(token) && (reading.has(token, PERSONNEL) || reading.has(token, MEMBERS)))
    return troopsAt(reading, token);
  if (reading.isNoun(token) && reading.headHas(token, BASE_NOUNS)) return base(reading, token);
  // "sent troops to fight in Ukraine" says where they were meant to fight, not where they are.
  const purpose = graph.is(token, 'xcomp', 'advcl') && graph.children(token, 'mark').length > 0;
  if (reading.isVerb(token) && reading.has(token, FIGHT_IN_VERBS) && !purpose) {
    const place = markedArgument(reading, obliquesOf(reading, token), INSIDE, PLACE_KINDS);
    return place ? present(reading, token, place) : [];
  }
  // "Russian troops entered Georgia", "pushed into", "marschierten in Georgien ein": a force moving
  // into a place is there; not one advancing towards it.
  if (
    reading.isVerb(token) &&
    reading.has(token, ENTER_VERBS) &&
    !purpose &&
    !possible(reading, token)
  ) {
    const objects = graph.children(token, 'obj').map((o) => argumentOf(reading, o));
    const entered = objects.find((a) => a && PLACE_KINDS.has(a.entity.kind));
    // "entered the war in Ukraine", "est entrée en négociations … à Djeddah", "in Richtung
    // Pokrowsk vorgerückt": what is entered, or where they head, is no place.
    const into = obliquesOf(reading, token).filter((o) => reading.caseIs(o, INTO));
    const place = entered ?? markedArgument(reading, into, INTO, PLACE_KINDS);
    const elsewhere = into.some((o) => {
      const named = argumentOf(reading, o);
      return !named || !PLACE_KINDS.has(named.entity.kind) || HEADING.test(graph.folded(o));
    });
    if ((!entered && objects.length > 0) || elsewhere) return [];
    return place ? present(reading, token, place) : [];
  }
  if (reading.isVerb(token) && reading.has(token, SURROUND_VERBS) && !purpose) {
    return surrounded(reading, token);
  }
  const sighted =
    reading.has(token, SIGHTING_WORDS) &&
    (isPassive(reading, token) || graph.is(token, 'acl') || withBeing(reading, token));
  if (!sighted && !reading.has(token, PRESENCE_WORDS)) return [];
  // "remains popular in Belgrade", "reste populaire à Belgrade": how a side is seen somewhere is no
  // place it is in ("remained trapped in Mariupol", "entrenched in Krynky" still are).
  if (graph.children(token, 'xcomp').some((c) => reading.has(c, REGARD_WORDS))) return [];
  // "engaged in combat in Kursk": the place may hang on the noun of fighting.
  const combat = combatOf(reading, token);
  const places = [
    ...obliquesOf(reading, token),
    ...(combat === null ? [] : reading.graph.children(combat, 'nmod')),
    ...placesOfDescribed(reading, token),
  ];
  // "opera en el norte de Paraguay": present in the country a compass part is of.
  const place =
    markedArgument(reading, places, LOCATIVE, PLACE_KINDS) ??
    compassPart(reading, places) ??
    operatedFrom(reading, token, places) ??
    patrolled(reading, token);
  return place ? present(reading, token, place) : [];
};

/**
 * "Rwandan troops patrol Cabo Delgado", "los soldados patrullan Cabo Delgado": what a force
 * patrols it is in, as where it patrols ("patrol in", "patrouillent dans").
 */
function patrolled(reading: SentenceReading, verb: number): Argument | null {
  // "could patrol Cabo Delgado" is not patrolling it.
  if (!reading.isVerb(verb) || !reading.has(verb, PATROL_VERBS) || possible(reading, verb))
    return null;
  return (
    reading.graph
      .children(verb, 'obj')
      .map((o) => argumentOf(reading, o))
      .find((a) => a && PLACE_KINDS.has(a.entity.kind)) ?? null
  );
}

/**
 * "Kosovo police surrounded Banjska", "Avdiivka was encircled by Russian troops": the forces round
 * a town or a region are there. Not a country ("encircled Ukraine" names a front, not a place they
 * hold), nor what they may yet do ("could encircle"). Forces encircled inside a place are there too
 * ("Ukrainian troops were encircled in Avdiivka").
 */
function surrounded(reading: SentenceReading, verb: number): Proposal[] {
  const theme = themeOf(reading, verb);
  // "veulent encercler", "intentan rodear": what a side wants or tries is not done, nor what it
  // "nearly" did.
  if (theme === null || possible(reading, verb) || reading.graph.is(verb, 'xcomp')) return [];
  if (reading.graph.children(verb, 'advmod').some((a) => NEARLY.test(reading.graph.folded(a))))
    return [];
  const place = argumentOf(reading, theme);
  const agent = agentOf(reading, verb);
  if (place?.entity.kind === 'LOCATION')
    return agent === null ? [] : presentAs(reading, verb, agent, place);
  // Only encircled, and by a force if by anyone: "surrounded by reporters", "von Kritik belagert",
  // "rodeado de polémica" are figures.
  if (!reading.has(verb, ENCIRCLED)) return [];
  if (agent !== null && !namesForce(reading, agent)) return [];
  const inside = markedArgument(reading, obliquesOf(reading, verb), INSIDE, PLACE_KINDS);
  return inside ? presentAs(reading, verb, theme, inside) : [];
}

/** True when the phrase names an armed force or a known armed group. */
function namesForce(reading: SentenceReading, token: number): boolean {
  return argumentsOf(reading, token).some((a) => reading.isArmed(a.entity));
}

/**
 * "operates from Afghan territory", "opère depuis le Mali", "operiert von Afghanistan aus", "opera
 * desde Venezuela": a force operates where it operates from. Only operating: a force "based from"
 * or "active from" a date says nothing of a place.
 */
function operatedFrom(
  reading: SentenceReading,
  token: number,
  places: readonly number[],
): Argument | null {
  const { graph } = reading;
  if (!reading.isVerb(token) || !reading.has(token, OPERATE_VERBS)) return null;
  // "opéré un repli depuis Kherson" carries out a withdrawal, "30 kilometres from Kherson" is a
  // distance; "stopped operating", "could operate" are not operating.
  if (graph.children(token, 'obj').length > 0 || graph.is(token, 'xcomp')) return null;
  if (possible(reading, token)) return null;
  // German says where from with "von … aus": "weit von Cherson entfernt" is far from it.
  const aus = graph.children(token, 'compound:prt').some((p) => graph.folded(p) === 'aus');
  if (reading.language === 'de' && !aus) return null;
  // "independently from Moscow", "far from": an adverb before the marker makes it no place.
  const plain = places.filter((p) =>
    graph.children(p, 'case').every((c) => graph.pos(c - 1) !== 'ADV'),
  );
  return markedArgument(reading, plain, OPERATED_FROM, PLACE_KINDS);
}

function possible(reading: SentenceReading, verb: number): boolean {
  return reading.graph.children(verb, 'aux').some((a) => reading.has(a, POSSIBLY));
}

/**
 * "nordkoreanische Truppen sind in Kursk im Einsatz": on a mission, the place hangs on the
 * mission or on the troops.
 */
function onDuty(reading: SentenceReading, mission: number) {
  const { graph } = reading;
  const subject = subjectOf(reading, mission);
  const places = [
    ...graph.children(mission, 'obl', 'nmod'),
    ...(subject === null ? [] : graph.children(subject, 'nmod')),
  ];
  const place = markedArgument(reading, places, LOCATIVE, PLACE_KINDS);
  return place ? present(reading, mission, place) : [];
}

/**
 * "Kenyan troops in Somalia", "les soldats français au Mali", "die russischen Soldaten in Syrien",
 * "Russia has 2,000 troops in Syria": troops said to be in a place are deployed there. Not a
 * state's own army at home ("Ukrainian soldiers in Ukraine" says nothing of a deployment).
 */
function troopsAt(reading: SentenceReading, noun: number) {
  const { graph } = reading;
  const verb = graph.head(noun);
  const kept = graph.is(noun, 'obj') && reading.has(verb, HAVE_VERBS);
  const places = [...graph.children(noun, 'nmod'), ...(kept ? obliquesOf(reading, verb) : [])];
  const place = markedArgument(reading, places, INSIDE, PLACE_KINDS);
  if (place === null) return [];
  const owner = kept ? subjectOf(reading, verb) : null;
  const named = argumentsOf(reading, noun).filter((a) => a.entity.kind === 'ARMED_FORCE');
  const forces =
    named.length > 0 || owner === null ? named : forcesOf(reading, argumentsOf(reading, owner));
  const home = reading.gazetteer.country(place.entity.id)?.armedForce?.id;
  return deployedAt(
    reading,
    noun,
    forces.filter((f) => f.entity.id !== home && f.forceOf?.id !== place.entity.id),
    place,
    noun,
  );
}

/** "there are", "il y a", "es gibt", "hay / hubiera": verbs that say something exists. */
const EXISTENTIAL: Record<SentenceReading['language'], RegExp> = {
  en: /^(?:is|are|was|were|be|been)$/u,
  fr: /^(?:a|avait|aurait|ait|avoir)$/u,
  de: /^(?:gibt|gab|gebe|gabe|geben)$/u,
  es: /^(?:hay|habia|hubo|hubiera|habria|haya|habra)$/u,
};
/** The expletive each language's existential needs: "there", "y", "es"; Spanish "haber" needs none. */
const EXPLETIVE: Record<SentenceReading['language'], RegExp | null> = {
  en: /^there$/u,
  fr: /^y$/u,
  de: /^es$/u,
  es: null,
};

/**
 * "there are North Korean troops in Russia", "il y a des soldats…", "es gibt Soldaten…", "que
 * hubiera soldados norcoreanos en Rusia": what exists, or null when the verb says no existence.
 */
function existent(reading: SentenceReading, verb: number): number | null {
  const { graph, language } = reading;
  if (!EXISTENTIAL[language].test(graph.folded(verb))) return null;
  const expletive = EXPLETIVE[language];
  if (expletive && !graph.children(verb, 'expl').some((e) => expletive.test(graph.folded(e))))
    return null;
  // English and German make what exists the subject, French and Spanish the object.
  return graph.children(verb, language === 'en' || language === 'de' ? 'nsubj' : 'obj')[0] ?? null;
}

/** "la présence du groupe Wagner au Mali", "Wagner's presence in Mali": the owner is present. */
function presenceNoun(reading: SentenceReading, noun: number) {
  const { graph } = reading;
  const modifiers = graph.children(noun, 'nmod', 'nmod:poss');
  const owner = modifiers.find((m) => graph.is(m, 'nmod:poss') || reading.caseIs(m, OF));
  // "démentent la présence du groupe au Mali": the parser may hang the place on the verb.
  const verb = graph.head(noun);
  const verbPlaces = graph.is(noun, 'obj') && reading.isVerb(verb) ? obliquesOf(reading, verb) : [];
  const place = markedArgument(reading, [...modifiers, ...verbPlaces], LOCATIVE, PLACE_KINDS);
  return owner === undefined || place === null ? [] : presentAs(reading, noun, owner, place);
}

/**
 * "sont signalés à Rugari": the French parser may leave the passive's "être" a plain auxiliary;
 * with a verb that makes its perfect with "avoir", it can only be the passive's.
 */
const ETRE = /^(?:est|sont|etait|etaient|sera|seront|fut|furent)$/u;

function withBeing(reading: SentenceReading, verb: number): boolean {
  return (
    reading.language === 'fr' &&
    reading.graph.children(verb, 'aux').some((a) => ETRE.test(reading.graph.folded(a)))
  );
}

/**
 * "the army's base in Rumangabo", "à Rumangabo, une base de l'armée congolaise", "the army has a
 * base at Rumangabo": a force with a base in a place is deployed there.
 */
function base(reading: SentenceReading, noun: number) {
  const { graph } = reading;
  const modifiers = graph.children(noun, 'nmod', 'nmod:poss', 'amod');
  const verb = graph.head(noun);
  // "dispose d'une position à Kafolo": French "disposer de" takes its object with "de".
  const had = graph.is(noun, 'obj', 'obl:arg') && reading.has(verb, HAVE_VERBS);
  // "ont attaqué une position de l'armée malienne près de Gao": the attack is where the base is.
  const attacked = graph.is(noun, 'obj') && reading.has(verb, FIGHT_VERBS);
  const owner =
    modifiers.find(
      (m) =>
        (graph.is(m, 'nmod:poss', 'amod') || reading.caseIs(m, OF) || graph.caseOf(m) === '') &&
        argumentsOf(reading, m).some((a) => a.entity.kind === 'ARMED_FORCE'),
    ) ?? (had ? subjectOf(reading, verb) : null);
  const army = owner === null ? nationalArmy(reading, noun) : null;
  if (owner === null && army === null) return [];
  // The place may hang on the base, on its owner ("der Stützpunkt der Armee in Kursk"), on the
  // verb of having, or stand in apposition beside it.
  const beside = [...graph.children(noun, 'appos'), ...(graph.is(noun, 'appos') ? [verb] : [])];
  const place =
    markedArgument(
      reading,
      [
        ...modifiers,
        ...(owner === null ? [] : graph.children(owner, 'nmod')),
        ...(had || attacked ? obliquesOf(reading, verb) : []),
      ],
      LOCATIVE,
      PLACE_KINDS,
    ) ??
    beside.map((t) => argumentOf(reading, t)).find((a) => a && PLACE_KINDS.has(a.entity.kind)) ??
    hostOf(reading, noun);
  if (place === null) return [];
  if (owner !== null) return presentAs(reading, noun, owner, place, true);
  return army === null ? [] : deployedAt(reading, noun, [army], place, noun);
}

/**
 * "a Georgian military base", "une base militaire française", "eine russische Militärbasis": a
 * military base described by its country's adjective is its army's. A base alone ("a Russian
 * base") may be any body's.
 */
function nationalArmy(reading: SentenceReading, noun: number): Argument | null {
  const { graph } = reading;
  const military =
    reading.has(noun, MILITARY) ||
    graph.children(noun, 'amod', 'compound').some((m) => reading.has(m, MILITARY));
  const country = military ? countryBeside(reading, noun) : null;
  const force =
    country?.kind === 'COUNTRY' ? reading.gazetteer.country(country.id)?.armedForce : null;
  return country && force
    ? { entity: reading.recordForce(reading.use(force)), token: noun, forceOf: country }
    : null;
}

/** "Senaki is home to a Georgian military base", "Lamu abrite une base": the place holding the base. */
function hostOf(reading: SentenceReading, noun: number): Argument | null {
  const { graph } = reading;
  const verb = graph.head(noun);
  if (!graph.is(noun, 'obj', 'obl') || !reading.has(verb, HOST_WORDS)) return null;
  const subject = subjectOf(reading, verb);
  const place = subject === null ? null : argumentOf(reading, subject);
  return place && PLACE_KINDS.has(place.entity.kind) ? place : null;
}

function present(reading: SentenceReading, head: number, place: Argument) {
  const subject =
    subjectOf(reading, head) ??
    (reading.graph.is(head, 'acl', 'amod') ? describedBy(reading, reading.graph.head(head)) : null);
  return subject === null ? [] : presentAs(reading, head, subject, place);
}

/**
 * "un groupe actif à Borno", "una in Borno aktive Gruppe": the parser hangs the place of an
 * adjective describing a noun on the adjective as a modifier, or on the noun after it.
 */
function placesOfDescribed(reading: SentenceReading, adjective: number): number[] {
  const { graph } = reading;
  if (!graph.is(adjective, 'amod')) return [];
  const after = graph.children(graph.head(adjective), 'nmod').filter((m) => m > adjective);
  return [...graph.children(adjective, 'nmod'), ...after];
}

/**
 * "The BRN is an insurgent group active in Yala", "Boko Haram, a group active in Borno,": a noun
 * that names nobody, said of a name or set beside it, describes that name's bearer.
 */
function describedBy(reading: SentenceReading, noun: number): number {
  const { graph } = reading;
  if (argumentOf(reading, noun) !== null) return noun;
  const subject =
    graph.children(noun, 'cop').length > 0 ? graph.children(noun, 'nsubj')[0] : undefined;
  if (subject !== undefined) return subject;
  return graph.is(noun, 'appos') ? graph.head(noun) : noun;
}

/** The forces `subject` names, present at `place`. */
function presentAs(
  reading: SentenceReading,
  head: number,
  subject: number,
  place: Argument,
  based = false,
) {
  // An organisation is present as a force through its people ("Wagner personnel are in Mali") or
  // its bases, not its name alone, unless it is a known armed group ("the PKK is active in Iraq").
  // A police force is its officers where they patrol or close round a town ("la police kosovare
  // patrouille à Zvečan"), not where it "remains popular" or is "engaged in a course".
  const officers = reading.has(subject, POLICE_FORCES) && reading.has(head, POLICING_WORDS);
  const members =
    based || officers || reading.has(subject, PERSONNEL) || reading.has(subject, MEMBERS);
  const forces = argumentsOf(reading, subject).filter(
    (a) =>
      a.entity.kind === 'ARMED_FORCE' ||
      (a.entity.kind === 'ORGANIZATION' &&
        (members || reading.gazetteer.isArmedGroup(a.entity.id))),
  );
  return deployedAt(reading, head, forces, place, subject);
}

/** DEPLOYED_TO of each force at `place`, and at the places listed with it. */
function deployedAt(
  reading: SentenceReading,
  head: number,
  forces: readonly Argument[],
  place: Argument,
  counted: number,
) {
  const places = withListedPlaces(reading, place);
  return forces.flatMap((force) =>
    places.map((object) =>
      proposal({ predicate: 'DEPLOYED_TO', subject: force, object, trigger: head, counted }),
    ),
  );
}
