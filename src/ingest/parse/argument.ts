import type { LinkedMention } from '../linked-mention';
import type { Entity, EntityKind } from '../../domain/entity';
import type { Stems } from './lexicon/stems';
import { uniqueById } from '../../domain/unique-by-id';
import { foldForMatch } from '../text/fold-for-match';
import {
  COMBATANT_NOUNS,
  GROUP_MEMBERS,
  OFFICER_NOUNS,
  POLICE,
  GROUP_NOUNS,
  INSTITUTIONS,
  LEADER_TITLES,
  MEMBER_TITLES,
  MEMBERS,
  MERCENARY_NOUNS,
  ARMY_NOUNS,
  COMPASS_NOUNS,
  AUTHORITY_NOUNS,
  COUNTRY_NOUNS,
  JUNTA_NOUNS,
  LEAD_VERBS,
  LOYALIST_WORDS,
  MILITARY,
  MILITARY_CRAFT,
  MILITARY_PLURALS,
  NAMING_WORDS,
  PRESS_OFFICE_WORDS,
  GOVERNMENT_WORDS,
  PATROL_NOUNS,
  PERSONNEL,
  POSSESSIVES,
  PRONOUNS,
  REGION_NOUNS,
  SETTLEMENT_NOUNS,
  STATE_NOUNS,
  RESPONSIBILITY_NOUNS,
  SPOKESPERSON_TITLES,
  STATE_FORCE_WORDS,
  STATE_SECURITY_WORDS,
  TERRITORY_NOUNS,
  TITLE_PARTS,
  STAFF_NOUNS,
  UNIT_NOUNS,
  FOLLOWER_NOUNS,
  POLICE_FORCES,
} from './lexicon/nouns';
import { agentOf, governingVerb, joinedComplement, subjectOf } from './clause-roles';
import { BY, GOAL, LOCATIVE, OF, VICINITY_NOUNS } from './lexicon/case-markers';
import {
  ARMED_GROUP_NOUNS,
  ARMED_WORDS,
  DIE_VERBS,
  FIGHTER_NOUNS,
  HARM_VERBS,
} from './lexicon/predicate-triggers';
import type { SentenceReading } from './sentence-reading';
import { clauseOnly, theOneGroupNamed } from './described-group';
import { germanPortfolio, ministryEntity, portfolioOfWords } from '../mentions/ministry-pattern';

/** An entity a phrase of the sentence names, and the token that names it. */
export interface Argument {
  readonly entity: Entity;
  readonly token: number;
  /** For a force read from its members ("soldats nord-coréens"): the country it belongs to. */
  readonly forceOf: Entity | null;
}

/** Each entity once, at its first naming: two words of one name may both lead to it. */
export function distinctEntities(found: readonly Argument[]): Argument[] {
  return found.filter((a, i) => found.findIndex((b) => b.entity.id === a.entity.id) === i);
}

const MODIFIERS = ['amod', 'nmod', 'compound', 'flat', 'det:poss'];

/**
 * The entity a nominal names: the mention on its head word; a force from
 * its members and their country ("North Korean troops" → Korean People's
 * Army); a state from its institutions ("le gouvernement russe" → Russia);
 * the name in apposition ("les services de renseignement (GUR)"). For
 * speakers, a title stands for the person named beside it, or else for the
 * organisation it serves ("a Pentagon spokesman").
 */
export function argumentOf(
  reading: SentenceReading,
  token: number,
  speaker = false,
): Argument | null {
  const { graph } = reading;
  const mention = reading.mentionAt(token);
  if (mention) {
    // A demonym modifies; as a head noun ("les Ukrainiens") it names the country.
    if (mention.via === 'demonym' && graph.pos(token) === 'ADJ') return null;
    const inner = mention.entity.kind === 'EVENT' ? namedInside(reading, token) : null;
    if (inner) return { entity: reading.use(inner), token, forceOf: null };
    // "die saudische Luftabwehr fing … ab", "la défense antiaérienne saoudienne a intercepté": a
    // state's air defence that acts is its arm of service (below), not the weapon the same words
    // name in "liefert der Ukraine deutsche Flugabwehr".
    const acting = graph.is(token, 'nsubj') || passiveAgent(reading, token);
    const stateArm =
      acting &&
      mention.entity.kind === 'COMMODITY' &&
      armOfService(reading, token) &&
      countryBeside(reading, token) !== null;
    if (!stateArm && (mention.entity.kind !== 'EVENT' || graph.pos(token) !== 'PROPN')) {
      return { entity: mention.entity, token, forceOf: namedCountry(reading, mention) };
    }
  }
  const reporter = reportingSubject(reading, token);
  if (reporter) return { ...reporter, token };
  // A noun named beside it ("the assailant group, known as JNIM") is that name, not the actor
  // the previous sentence was about.
  for (const apposed of graph.children(token, 'appos', 'flat')) {
    // "Fuerzas de Defensa de Israel": a country in a force's flat name owns the force (below).
    if (ownerInForceName(reading, token, apposed)) continue;
    // "dos soldados libaneses": the parser may make the demonym of soldiers a noun beside them.
    if (demonymOfMembers(reading, token, apposed)) continue;
    const named = argumentOf(reading, apposed, speaker);
    if (named) return named;
  }
  const given = givenName(reading, token);
  if (given) return given;
  const latter = theLatter(reading, token);
  if (latter) return latter;
  // "Während die Regionalregierung … zurückwies, schwieg sie": a subject pronoun after a body
  // the same sentence names as a subject is that body, named or not, not the sentence before's.
  // Not German "es", which is mostly impersonal ("…, hieß es in einer Erklärung").
  const impersonal = reading.language === 'de' && graph.folded(token) === 'es';
  const earlier = graph.pos(token) === 'PRON' && !impersonal ? bodyBefore(reading, token) : null;
  if (earlier !== null && reading.has(token, PRONOUNS) && graph.is(token, 'nsubj'))
    return argumentOf(reading, earlier);
  if (reading.antecedent && isAnaphor(reading, token) && !rivalGroupInView(reading, token)) {
    return { entity: reading.antecedent, token, forceOf: null };
  }
  if (reading.has(token, REGION_NOUNS)) {
    const names = graph.children(token, 'nmod', 'appos', 'flat', 'compound');
    // "the Amhara town of Lalibela": a town's own name follows "of"; the name before it is its region.
    const ofName = (n: number) =>
      !graph.is(n, 'nmod:poss') && !reading.has(n, REGION_NOUNS) && reading.caseIs(n, OF);
    const own = reading.has(token, SETTLEMENT_NOUNS)
      ? [...names.filter(ofName), ...names.filter((n) => !ofName(n))]
      : names;
    for (const name of own) {
      const place = reading.mentionAt(name);
      if (place?.entity.kind === 'LOCATION')
        return { entity: place.entity, token: name, forceOf: null };
    }
    return theSettlement(reading, token);
  }
  const country = theCountry(reading, token);
  if (country) return country;
  // "the Fano militia", "les rebelles du M23": an armed group's noun stands for the group named
  // beside it, or for the group leading it ("Rebellen unter Führung der HTS", "HTS-led rebels").
  if (reading.has(token, ARMED_GROUP_NOUNS)) {
    const group = groupBeside(reading, token) ?? leaderGroup(reading, token);
    if (group) return { entity: group, token, forceOf: null };
  }
  const police = thePolice(reading, token);
  if (police) return police;
  const possessed = possessedFighters(reading, token);
  if (possessed) return possessed;
  if (
    reading.has(token, ARMED_GROUP_NOUNS) ||
    reading.has(token, FIGHTER_NOUNS) ||
    (reading.has(token, COMBATANT_NOUNS) && !harmedBesideStateForce(reading, token))
  ) {
    const group = theGroup(reading, token);
    if (group) return group;
  }
  // "BIFF members", "membres du FLEC": the members of an armed group stand for it; a body's
  // members ("NATO members") are states of their own. So do a police force's agents and
  // officers: "agentes de la Policía Nacional Civil".
  const members = reading.has(token, GROUP_MEMBERS) || reading.has(token, OFFICER_NOUNS);
  if (members && !relativesOf(reading, token)) {
    const group = graph
      .children(token, ...MODIFIERS)
      // "miembros de la banda El Tren de Aragua": or through the group's noun.
      .map((m) => ({
        m,
        e:
          reading.mentionAt(m)?.entity ??
          (reading.has(m, ARMED_GROUP_NOUNS) ? groupBeside(reading, m) : null),
      }))
      .find(
        ({ m, e }) =>
          e !== null &&
          (reading.isArmed(e) || (e.kind === 'ORGANIZATION' && reading.has(m, POLICE))),
      )?.e;
    if (group) return { entity: group, token, forceOf: null };
  }
  // "US officials", "les responsables américains": a state's officials stand for the state
  // (below); a group's officials ("Hamas officials") for the group, as its fighters do.
  const statesOfficials =
    reading.has(token, INSTITUTIONS) && reading.has(token, MEMBERS) && !groupBeside(reading, token);
  if (
    !statesOfficials &&
    (reading.has(token, PERSONNEL) ||
      reading.has(token, MEMBERS) ||
      reading.has(token, MILITARY_CRAFT) ||
      armOfService(reading, token))
  ) {
    // "ethnic Armenian forces", "Armenian ethnic forces": a people's fighters, not the state's army.
    if (ethnic(reading, token)) return null;
    // Mercenaries and fighters belong to their group only: "Russian mercenaries" are not Russia's army.
    const country = reading.has(token, MEMBERS)
      ? (groupBeside(reading, token) ?? hiredBy(reading, token))
      : (countryBeside(reading, token) ?? groupBeside(reading, token));
    // "Wagner mercenaries", "Hezbollah fighters", "l'armée malienne": the members stand for their force or group.
    if (country && country.kind !== 'COUNTRY') return { entity: country, token, forceOf: null };
    const army = country && stateArmy(reading, country, token);
    if (army) return army;
    // "The Ethiopian army said its troops killed…", "sus tropas": a possessive gives the troops'
    // owner, unless that is who acts on them ("Boko Haram killed its soldiers" are the army's).
    const owner = possessiveOn(reading, token) === undefined ? null : possessorOf(reading, token);
    const verb = owner === null ? null : governingVerb(reading, token);
    const actor = verb === null ? null : subjectOf(reading, verb);
    if (owner && (actor === null || reading.mentionAt(actor)?.entity.id !== owner.entity.id))
      return forceOfOwner(reading, owner, token);
    return stateForces(reading, token) ?? theMilitary(reading, token) ?? theArmy(reading, token);
  }
  // "l'état-major malien", "der Generalstab", "el Estado Mayor": a force's general staff speaks
  // and acts for the force: the army of the country beside it, or the army "the army" would mean.
  if (isGeneralStaff(reading, token)) {
    const country = countryBeside(reading, token);
    if (country?.kind === 'ARMED_FORCE') return { entity: country, token, forceOf: null };
    return country ? stateArmy(reading, country, token) : theArmy(reading, token);
  }
  if (reading.has(token, INSTITUTIONS)) {
    // "le service du renseignement militaire ukrainien": the body the institution noun introduces, else its state.
    const country = groupBeside(reading, token) ?? countryBeside(reading, token);
    if (country) return { entity: country, token, forceOf: null };
    // "The Defence Ministry said", "le ministère de la Défense", "das Verteidigungsministerium":
    // a ministry with no country beside it is the one country's the article has named.
    const portfolio = portfolioOf(reading, token);
    const only = portfolio === null ? null : articleCountry(reading);
    if (portfolio && only)
      return { entity: reading.use(ministryEntity(only, portfolio)), token, forceOf: null };
    // "the junta" with no country beside it is the army ruling the country the article is about.
    return reading.has(token, JUNTA_NOUNS) ? theArmy(reading, token) : null;
  }
  if (speaker && (reading.has(token, SPOKESPERSON_TITLES) || reading.has(token, LEADER_TITLES))) {
    const served = servedBy(reading, token);
    return served ? { entity: served, token, forceOf: null } : null;
  }
  return null;
}

/**
 * "Three fighters died in a clash between the Nigerian army and Boko Haram": fighters who die or
 * are harmed where the sentence names a state's force too may be either side's.
 */
function harmedBesideStateForce(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  const verb = graph.head(token);
  const harmed =
    verb !== 0 &&
    reading.isVerb(verb) &&
    (reading.has(verb, DIE_VERBS) || reading.has(verb, HARM_VERBS));
  if (!harmed) return false;
  for (let at = 1; at <= graph.size; at += 1) {
    const entity = reading.mentionAt(at)?.entity;
    if (entity && reading.gazetteer.isStateForce(entity.id)) return true;
  }
  return false;
}

/** A demonym the parser set beside soldiers or members as a noun of its own ("soldados libaneses"). */
function demonymOfMembers(reading: SentenceReading, token: number, apposed: number): boolean {
  return (
    (reading.has(token, PERSONNEL) || reading.has(token, MEMBERS)) &&
    reading.mentionAt(apposed)?.via === 'demonym' &&
    reading.graph.children(apposed).length === 0
  );
}

/** Every conjunct's entity ("Moscou et Pyongyang", "Russia and Iran"). */
export function argumentsOf(reading: SentenceReading, token: number, speaker = false): Argument[] {
  return reading.graph
    .conjuncts(token)
    .map((t) => argumentOf(reading, t, speaker))
    .filter((a): a is Argument => a !== null)
    .flatMap((a) => [a, ...namesListed(reading, a), ...statesListed(reading, a)]);
}

/**
 * "Russian and Georgian officials", "les gouvernements malien et burkinabè": a state body named by
 * conjoined demonyms is each state's.
 */
function statesListed(reading: SentenceReading, named: Argument): Argument[] {
  const { graph } = reading;
  if (named.entity.kind !== 'COUNTRY' || !reading.has(named.token, INSTITUTIONS)) return [];
  return graph
    .children(named.token, 'amod')
    .filter((d) => reading.mentionAt(d)?.via === 'demonym')
    .flatMap((d) => graph.children(d, 'conj'))
    .map((c) => reading.mentionAt(c))
    .filter((m) => m?.via === 'demonym' && m.entity.kind === 'COUNTRY')
    .filter((m) => m!.entity.id !== named.entity.id)
    .map((m) => ({ entity: m!.entity, token: named.token, forceOf: null }));
}

/**
 * The places a token names, where a place is meant: a capital the linker read as its country
 * ("Moscow said") is the city itself when it is taken or held ("the Houthis control Sanaa").
 */
export function placesOf(reading: SentenceReading, token: number): Argument[] {
  return argumentsOf(reading, token).map((a) => {
    const city =
      reading.mentionAt(a.token)?.via === 'capital'
        ? reading.gazetteer.country(a.entity.id)?.capital
        : undefined;
    return city ? { ...a, entity: reading.use(city) } : a;
  });
}

/**
 * "the towns of Panwa and Chipwe", "die Städte Panwa und Chipwe": a region noun's name found on
 * a child brings the places conjoined to that name; so does a noun of states its countries ("die
 * beiden Atommächte Indien und China").
 */
function namesListed(reading: SentenceReading, named: Argument): Argument[] {
  const { graph } = reading;
  const kind = named.entity.kind;
  if ((kind !== 'LOCATION' && kind !== 'COUNTRY') || reading.mentionAt(named.token) === null)
    return [];
  const head = graph.head(named.token);
  const nouns = kind === 'LOCATION' ? REGION_NOUNS : STATE_NOUNS;
  if (head === 0 || !reading.has(head, nouns) || reading.mentionAt(head) !== null) return [];
  const listed: Argument[] = [];
  for (const token of graph.conjuncts(named.token)) {
    const place = reading.mentionAt(token)?.entity;
    if (token !== named.token && place?.kind === kind)
      listed.push({ entity: place, token, forceOf: null });
  }
  return listed;
}

/** The country (or force) a modifier of the noun names: "nord-coréens", "of Russia", "Russlands". */
export function countryBeside(reading: SentenceReading, token: number): Entity | null {
  const prefix = reading.prefixAt(token)?.entity;
  if (prefix?.kind === 'COUNTRY' || prefix?.kind === 'ARMED_FORCE') return prefix;
  const apposed = reading.graph
    .children(token, 'appos')
    .filter((a) => demonymOfMembers(reading, token, a));
  for (const child of [...reading.graph.children(token, ...MODIFIERS), ...apposed]) {
    // "des troupes au Mali": where troops are, or go, is not whose they are.
    if (reading.caseIs(child, LOCATIVE) || reading.caseIs(child, GOAL)) continue;
    const mention = reading.mentionAt(child);
    if (mention && (mention.entity.kind === 'COUNTRY' || mention.entity.kind === 'ARMED_FORCE')) {
      return mention.entity;
    }
    // "Forces de défense israéliennes", "Fuerzas de Defensa de Israel": a force named for defence
    // is the defended state's, named on the word for defence.
    if (!mention && DEFENCE.test(reading.graph.folded(child))) {
      const defended = countryBeside(reading, child);
      if (defended) return defended;
    }
    if (!mention && (reading.has(child, PERSONNEL) || reading.has(child, INSTITUTIONS))) {
      const inner = argumentOf(reading, child);
      if (inner) return inner.entity;
    }
  }
  return null;
}

/** A police officer: "policeman", "policier", "Polizist", "police officer", "agente de policía". */
export function isPoliceOfficer(reading: SentenceReading, token: number): boolean {
  return (
    reading.has(token, POLICE) ||
    (reading.has(token, OFFICER_NOUNS) &&
      reading.graph.children(token, 'compound', 'nmod').some((m) => reading.has(m, POLICE)))
  );
}

/** An article or a number counting officers: "a", "un", "ein…", "una", "two". */
const COUNTING = /^(?:a|an|one|un|une|ein|eine|einen|einem|eines|uno|una)$/u;

/**
 * "a Kosovar police officer", "un policier kosovar", "ein kosovarischer Polizist": a police
 * officer stands for his state, as its loss and as a side, the country beside him. Spanish
 * "policía" is the force and its officer alike: "un policía kosovar", counted, is an officer even
 * where a force's name ("policía kosovar") is read on him, and stands for the country that name
 * names. Null when no state is named.
 */
export function policeOfficersState(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  // "an ethnic Albanian policeman": a people's man, not the state's.
  if (!isPoliceOfficer(reading, token) || ethnic(reading, token)) return null;
  const force = reading.mentionAt(token);
  const counted = graph
    .children(token, 'det', 'nummod')
    .some((d) => graph.pos(d) === 'NUM' || COUNTING.test(graph.folded(d)));
  const state =
    force === null
      ? countryBeside(reading, token)
      : counted && force.entity.kind === 'ORGANIZATION'
        ? forceNameCountry(reading, force)
        : null;
  return state?.kind === 'COUNTRY' ? { entity: state, token, forceOf: null } : null;
}

/** The one country the words of a force's name name ("policía kosovar" → Kosovo), or null. */
function forceNameCountry(reading: SentenceReading, mention: LinkedMention): Entity | null {
  const countries = mention.surface
    .split(/\s+/u)
    .flatMap((word) => reading.gazetteer.lookup(word))
    .map((e) => (e.entity.kind === 'COUNTRY' ? e.entity : e.country))
    .filter((c): c is Entity => c?.kind === 'COUNTRY');
  const ids = new Set(countries.map((c) => c.id));
  return ids.size === 1 ? reading.use(countries[0]!) : null;
}

/** The word for defence in a force's name. */
const DEFENCE = /^(?:defen[cs]es?|defensa|verteidigung)$/u;

/**
 * A country hung flat on a force's noun in the state's own force's name: its owner, not the force
 * ("Fuerzas de Defensa de Israel"; not "Fuerzas Democráticas de Liberación de Ruanda").
 */
function ownerInForceName(reading: SentenceReading, force: number, flat: number): boolean {
  const { graph } = reading;
  const between = Array.from({ length: Math.max(0, flat - force - 1) }, (_, i) => force + 1 + i);
  return (
    graph.is(flat, 'flat') &&
    (reading.has(force, PERSONNEL) || armOfService(reading, force)) &&
    reading.mentionAt(force) === null &&
    reading.mentionAt(flat)?.entity.kind === 'COUNTRY' &&
    between.every(
      (t) => /^(?:ADP|DET)$/u.test(graph.pos(t)) || STATE_FORCE_WORDS.test(graph.folded(t)),
    )
  );
}

/** A force's general staff: "état-major", "Generalstab", "Estado Mayor" (two words in Spanish). */
function isStaff(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  return (
    reading.has(token, STAFF_NOUNS) ||
    (reading.language === 'es' &&
      graph.folded(token) === 'estado' &&
      graph.children(token, 'flat', 'amod').some((m) => graph.folded(m) === 'mayor'))
  );
}

/** German "Generalstab" in its cases, not a title compounded on it ("Generalstabschef"). */
const GERMAN_GENERAL_STAFF = /^generalstab(?:e?s)?$/u;

/**
 * A force's general staff as a body: "l'état-major", "der Generalstab", "el Estado Mayor", "the
 * general staff"; not a staff alone ("the hospital staff") or a German crisis staff.
 */
function isGeneralStaff(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  if (!isStaff(reading, token)) return false;
  if (reading.language === 'de') return GERMAN_GENERAL_STAFF.test(graph.folded(token));
  if (reading.language === 'en')
    return graph.children(token, 'amod', 'compound').some((m) => graph.folded(m) === 'general');
  return true;
}

/** The first part of a German compound title of the army: "Militärsprecher", "Armeesprecher". */
const GERMAN_MILITARY_COMPOUND = /^(?:militar|armee)\p{L}{4,}/u;

/** A word that makes what it describes the army's: "military", "army", "militares", "Armee". */
function armyWord(reading: SentenceReading, token: number): boolean {
  return reading.has(token, MILITARY) || reading.has(token, ARMY_NOUNS);
}

/** The organisation or state a title serves: "du Pentagone", "Kremlin", "russe", "of the NSC". */
export function servedBy(reading: SentenceReading, title: number): Entity | null {
  const { graph } = reading;
  const prefix = reading.prefixAt(title)?.entity;
  if (prefix && prefix.kind !== 'PERSON' && prefix.kind !== 'LOCATION') return prefix;
  // English compound chains hang every noun on the name: in "Hezbollah commander Ali Hamdan"
  // the body stands beside the title, before it.
  // "the Pentagon's Deputy Press Secretary Sabrina Singh": or own the name the title qualifies.
  const siblings = graph.is(title, 'compound')
    ? graph.children(graph.head(title), 'compound', 'nmod:poss').filter((c) => c < title)
    : [];
  // "chercheuse senior à Human Rights Watch": the parser may hang the body on an adjective of the
  // title, marked as where the holder works; an organisation only, not a country the holder
  // stays in ("presidente …, exiliado en Arabia Saudí").
  const besideAdjective = graph
    .children(title, 'amod')
    .flatMap((adjective) => graph.children(adjective, 'obl'))
    .filter(
      (o) => reading.caseIs(o, LOCATIVE) && argumentOf(reading, o)?.entity.kind === 'ORGANIZATION',
    );
  const modifiers = [
    ...graph.children(title, ...MODIFIERS),
    ...genitiveBefore(reading, title),
    ...besideAdjective,
  ];
  // "AFP public affairs office chief Edgard Arevalo": the title is the unnamed press office's.
  const pressOffice = (office: number) =>
    graph.children(office, 'compound').some((w) => reading.has(w, PRESS_OFFICE_WORDS));
  if (graph.children(title, 'compound').some(pressOffice)) return null;
  // "Deputy Pentagon Press Secretary": the body may qualify a word of the title itself
  // (not another body: in "EU Commission President" the Commission is served, not the EU).
  const nested = modifiers
    .filter((m) => reading.has(m, TITLE_PARTS))
    .flatMap((m) => graph.children(m, 'compound'));
  // "chef d'état-major des armées ivoiriennes": the chief of a force's staff heads the force, even
  // where the staff's own name is taken for a body ("jefe del Estado Mayor del Ejército").
  const staffed = modifiers
    .filter((m) => isStaff(reading, m))
    .flatMap((m) => graph.children(m, 'nmod'));
  for (const child of [...staffed, ...modifiers, ...siblings, ...nested]) {
    const mention = reading.mentionAt(child);
    if (mention && mention.entity.kind !== 'PERSON' && mention.entity.kind !== 'LOCATION') {
      return mention.entity;
    }
    if (!mention) {
      const inner = argumentOf(reading, child) ?? unitOwner(reading, child);
      if (inner && inner.entity.kind !== 'PERSON') return inner.entity;
    }
  }
  // "military spokesman Jo-ar Herrera", "un portavoz militar", "Militärsprecher Lul Ruai Koang":
  // the army's spokesperson, the army "the army" would mean (`articleArmy`); not somebody's own
  // ("the group's military spokesman").
  const owned =
    possessiveOn(reading, title) !== undefined || graph.children(title, 'nmod:poss').length > 0;
  // German compounds it in one word: "Militärsprecher", "Armeesprecher".
  const military =
    !owned &&
    (graph.children(title, 'amod', 'compound').some((m) => armyWord(reading, m)) ||
      (reading.language === 'de' && GERMAN_MILITARY_COMPOUND.test(graph.folded(title))));
  if (military && reading.headHas(title, SPOKESPERSON_TITLES)) {
    const army = articleArmy(reading);
    if (army) return army;
  }
  // "Red Tabara, par la voix de son porte-parole Patrick Nahimana", "the Taliban, through their
  // spokesman…": a possessive title serves the one actor the sentence has named before it.
  const possessive = possessiveOn(reading, title);
  const before = possessive === undefined ? [] : actorsBefore(reading, possessive);
  if (before.length === 1) return before[0]!;
  // "The TPNPB took a pilot hostage. Its spokesman, Sebby Sambom, said…": a possessive opening
  // the sentence is the actor the sentence before was about (discourse.ts), when not a person.
  const opening =
    possessive !== undefined &&
    Array.from({ length: possessive - 1 }, (_, i) => i + 1).every((t) => graph.pos(t) === 'PUNCT');
  if (opening && reading.antecedent && reading.antecedent.kind !== 'PERSON')
    return reading.antecedent;
  // "Ruanda und dessen Präsident Paul Kagame", "Belarus and its president": a possessive names the
  // state the title is joined to ("Ukraine asked Germany for tanks, and its president…" does not).
  const head = graph.head(title);
  if (
    possessiveOn(reading, title) === undefined ||
    !graph.is(title, 'conj') ||
    !reading.isNoun(head)
  )
    return null;
  const owner = possessorOf(reading, title);
  const joined =
    owner !== null && [head, ...graph.children(head, 'appos', 'flat')].includes(owner.token);
  return joined ? owner.entity : null;
}

/**
 * "Russlands Präsident Wladimir Putin", "Irans Außenminister": the parser may leave a German
 * genitive before its title an unlabelled "dep".
 */
export function genitiveBefore(reading: SentenceReading, title: number): number[] {
  if (reading.language !== 'de') return [];
  return reading.graph.children(title, 'dep').filter((d) => d < title);
}

/** "the political office of Hamas", "Hamas' Khan Younis brigade": the body a unit or office belongs to. */
export function unitOwner(reading: SentenceReading, unit: number): Argument | null {
  if (!reading.has(unit, UNIT_NOUNS)) return null;
  // A numbered unit's own words ("119e" of "le 119e Bataillon") name the unit, not its owner.
  const self = reading.mentionAt(unit)?.entity.id;
  for (const owner of reading.graph.children(unit, 'nmod', 'nmod:poss', 'compound', 'amod')) {
    const named = argumentOf(reading, owner);
    if (
      named &&
      named.entity.id !== self &&
      named.entity.kind !== 'PERSON' &&
      named.entity.kind !== 'LOCATION'
    )
      return named;
  }
  return null;
}

export const PLACE_KINDS: ReadonlySet<EntityKind> = new Set(['COUNTRY', 'LOCATION']);
/** A place below a country: a town, a region, a front. */
export const LOCATION_ONLY: ReadonlySet<EntityKind> = new Set(['LOCATION']);
export const ACTOR_KINDS: ReadonlySet<EntityKind> = new Set([
  'COUNTRY',
  'ORGANIZATION',
  'ARMED_FORCE',
]);

/** The first of the nominals whose case marker is one of `marker` and that names an entity of `kinds`. */
export function markedArgument(
  reading: SentenceReading,
  tokens: readonly number[],
  marker: Stems,
  kinds: ReadonlySet<EntityKind>,
): Argument | null {
  for (const token of tokens) {
    if (!reading.caseIs(token, marker) && !reading.graph.is(token, 'iobj')) continue;
    // "in the vicinity of Kidal", "in der Nähe von Kidal": the place is the one the noun is of.
    const place = reading.has(token, VICINITY_NOUNS) ? vicinityOf(reading, token) : token;
    // A state's land answers only who asks for a place.
    const named =
      argumentOf(reading, place) ?? (kinds.has('LOCATION') ? stateLand(reading, place) : null);
    if (named && kinds.has(named.entity.kind)) return named;
  }
  return null;
}

/** The place a noun of surroundings is of ("the vicinity of Kidal"), or the noun itself. */
function vicinityOf(reading: SentenceReading, noun: number): number {
  const of = reading.graph.children(noun, 'nmod').find((m) => reading.caseIs(m, OF));
  return of ?? noun;
}

/**
 * A place and the places listed with it ("operates in Nigeria and Niger", "deployed to Kursk and
 * Donetsk"); not a clause's subject the parser joined to the list ("present in Kursk and Belarus
 * is worried").
 */
export function withListedPlaces(reading: SentenceReading, place: Argument): Argument[] {
  const { graph } = reading;
  const listed = graph.conjuncts(place.token).slice(1);
  const last = listed.length === 0 ? 0 : Math.max(...listed.flatMap((c) => graph.subtree(c)));
  const clause = last > 0 && last < graph.size && /^(?:VERB|AUX)$/u.test(graph.pos(last + 1));
  return [
    place,
    ...(clause ? [] : listed)
      .map((c) => argumentOf(reading, c))
      .filter((a): a is Argument => a !== null && PLACE_KINDS.has(a.entity.kind)),
  ];
}

/**
 * How the whole hangs on its compass part: "in the north of Mali", "in Yemen's north"; the parser
 * takes a German genitive name for an apposition ("im Süden Jemens").
 */
const PART_WHOLES = ['nmod', 'appos', 'nmod:poss'] as const;

/**
 * The wholes a compass part is of: "of Mali", "Yemen's", "Jemens"; not "north of Mali" near it.
 * Parts joined by a conjunction share the whole the parser hangs on the last ("en el norte y
 * centro de Yemen", "dans le nord et le centre du Yémen").
 */
export function wholesOfPart(reading: SentenceReading, part: number): number[] {
  const { graph } = reading;
  const own = graph
    .children(part, ...PART_WHOLES)
    .filter(
      (whole) =>
        graph.is(whole, 'nmod:poss') || reading.caseIs(whole, OF) || graph.caseOf(whole) === '',
    );
  if (own.length > 0) return own;
  return graph
    .children(part, 'conj')
    .filter((other) => reading.has(other, COMPASS_NOUNS))
    .flatMap((other) => wholesOfPart(reading, other));
}

/** "en el sur del Líbano", "in the north of Gaza", "im Süden des Landes": the place a compass part is of. */
export function compassPart(reading: SentenceReading, places: readonly number[]): Argument | null {
  for (const part of places) {
    if (!reading.caseIs(part, LOCATIVE) || !reading.has(part, COMPASS_NOUNS)) continue;
    for (const whole of wholesOfPart(reading, part)) {
      const named = argumentOf(reading, whole);
      if (named && PLACE_KINDS.has(named.entity.kind)) return named;
    }
  }
  return null;
}

/**
 * A state's land is that state as a place: "on Azerbaijani territory", "auf aserbaidschanischem
 * Gebiet". "Its soil" is the land of the subject of the sentence's main clause, who speaks of it
 * ("Moscou nie la présence de troupes sur son sol", "Kinshasa accuse Kigali de déployer des
 * soldats sur son territoire"): troops are sent onto another's land, and denied on one's own.
 */
export function stateLand(reading: SentenceReading, noun: number): Argument | null {
  if (!reading.has(noun, TERRITORY_NOUNS)) return null;
  const { graph } = reading;
  const country = countryBeside(reading, noun);
  if (country?.kind === 'COUNTRY') return { entity: country, token: noun, forceOf: null };
  if (possessiveOn(reading, noun) === undefined) return null;
  let root = noun;
  while (graph.head(root) !== 0) root = graph.head(root);
  const subject = subjectOf(reading, root);
  const owner = subject === null ? undefined : argumentsOf(reading, subject)[0];
  return owner?.entity.kind === 'COUNTRY' ? { ...owner, token: noun } : null;
}

/** English pronouns that cannot stand for an organisation, and the one that cannot stand for a person. */
const PERSONAL = /^(?:he|she)$/u;
const IMPERSONAL = /^it$/u;

/**
 * A subject pronoun of a reported clause names whoever reports it: in "the
 * IDF said it killed two commanders", "le ministère a affirmé qu'il…",
 * "die Armee erklärte, sie habe…" the pronoun is the reporting verb's subject.
 */
function reportingSubject(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  if (graph.pos(token) !== 'PRON' || !graph.is(token, 'nsubj') || !reading.has(token, PRONOUNS))
    return null;
  const reporting = reportingVerbOver(reading, graph.head(token));
  if (reporting === null) return null;
  const reporter = graph.children(reporting, 'nsubj')[0];
  if (reporter === undefined || reporter === token) return null;
  const named = argumentOf(reading, reporter, true);
  if (!named) return null;
  const word = graph.folded(token);
  const person = named.entity.kind === 'PERSON';
  if ((PERSONAL.test(word) && !person) || (IMPERSONAL.test(word) && person)) return null;
  return named;
}

/**
 * The reporting verb a clause is the complement of, also through a second complement joined to
 * the first ("ISIS said it killed 20 soldiers and that it suffered no casualties"), which the
 * parser may join to the reporting verb itself.
 */
function reportingVerbOver(reading: SentenceReading, clause: number): number | null {
  const { graph } = reading;
  let at = clause;
  while (graph.is(at, 'conj')) {
    if (joinedComplement(reading, at)) return graph.head(at);
    at = graph.head(at);
  }
  return graph.is(at, 'ccomp') ? graph.head(at) : null;
}

/** "the latter", "ce dernier", "dieser letztere", "este último": with their determiner. */
const LATTER: Readonly<Record<string, readonly [RegExp, RegExp | null]>> = {
  en: [/^latter$/u, /^the$/u],
  fr: [/^dernier(?:e|s|es)?$/u, /^(?:ce|cet|cette|ces)$/u],
  de: [/^letzte(?:r|s|n)?$/u, null],
  es: [/^ultim[oa]s?$/u, /^(?:este|esta|estos|estas)$/u],
};

/**
 * "…accuse le Rwanda, affirmant que ce dernier soutient le groupe": "the latter" is the last
 * actor the sentence named before it. Null when the sentence named none.
 */
function theLatter(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  const [word, determiner] = LATTER[reading.language] ?? [null, null];
  if (!word?.test(graph.folded(token)) || !reading.isNoun(token)) return null;
  const determiners = graph.children(token, 'det').map((d) => graph.folded(d));
  if (determiner && !determiners.some((d) => determiner.test(d))) return null;
  for (let before = token - 1; before > 0; before -= 1) {
    const entity = reading.mentionAt(before)?.entity;
    if (entity && ACTOR_KINDS.has(entity.kind)) return { entity, token, forceOf: null };
  }
  return null;
}

/**
 * The nearest noun before `pronoun` that is the subject of another verb and names an actor or an
 * institution ("the regional government", "the army"), or null.
 */
function bodyBefore(reading: SentenceReading, pronoun: number): number | null {
  const { graph } = reading;
  for (let at = pronoun - 1; at > 0; at -= 1) {
    if (!graph.is(at, 'nsubj', 'nsubj:pass') || graph.head(at) === graph.head(pronoun)) continue;
    if (graph.pos(at) !== 'NOUN' && graph.pos(at) !== 'PROPN') continue;
    const named = reading.mentionAt(at)?.entity.kind;
    if (named !== undefined ? ACTOR_KINDS.has(named) : reading.headHas(at, INSTITUTIONS)) return at;
  }
  return null;
}

/**
 * A subject pronoun ("il", "sie", "they"), or a definite group noun ("la
 * milice", "the group") when the actor last named is an armed group or an
 * organisation: both name that actor again (discourse.ts finds it).
 */
function isAnaphor(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  if (graph.pos(token) === 'PRON') return graph.is(token, 'nsubj') && reading.has(token, PRONOUNS);
  const kind = reading.antecedent?.kind;
  if (!reading.has(token, GROUP_NOUNS) || (kind !== 'ORGANIZATION' && kind !== 'ARMED_FORCE'))
    return false;
  // "le groupe terroriste" after "l'armée nigériane", "les rebelles" after CENTCOM: a group is
  // never a state's army or command.
  const antecedent = reading.antecedent!;
  if (
    reading.forcesNamed.some((f) => f.id === antecedent.id) ||
    reading.gazetteer.isStateForce(antecedent.id)
  )
    return false;
  // "les rebelles touaregs": a modifier other than a word of arms or a demonym ("el movimiento
  // islamista palestino") names another group.
  const described = graph
    .children(token, 'amod')
    .some(
      (a) =>
        !reading.has(a, ARMED_WORDS) &&
        !reading.has(a, ARMED_GROUP_NOUNS) &&
        reading.mentionAt(a)?.via !== 'demonym',
    );
  if (described) return false;
  return graph
    .children(token, 'det')
    .some((d) => !/^(?:un|une|a|an|ein|eine|einer|uno|una|des|unos|unas)$/u.test(graph.folded(d)));
}

/**
 * An event's name may hold an actor's ("la guerre contre l'Ukraine" names
 * the Russo-Ukrainian War): the proper noun inside it still names its
 * country or organisation for the roles around it.
 */
function namedInside(reading: SentenceReading, token: number): Entity | null {
  if (reading.graph.pos(token) !== 'PROPN') return null;
  const entries = reading.gazetteer.lookup(reading.graph.token(token).word);
  const actor = entries.find((e) => e.role === 'name' && ACTOR_KINDS.has(e.entity.kind));
  return actor?.entity ?? null;
}

/**
 * "Russian mercenaries", "les mercenaires" with no group named beside them: the one private
 * military company of that country (of any, with no demonym) the article names.
 */
function hiredBy(reading: SentenceReading, token: number): Entity | null {
  if (!reading.has(token, MERCENARY_NOUNS)) return null;
  const country = countryBeside(reading, token);
  const companies = [...reading.entities.values()].filter((e) => {
    const of = reading.gazetteer.mercenariesOf(e.id);
    return of !== undefined && (country === null || of === country.name);
  });
  return companies.length === 1 ? companies[0]! : null;
}

/** An armed group or organisation named beside members' noun ("Wagner mercenaries", "combattants du Hezbollah"). */
function groupBeside(reading: SentenceReading, token: number): Entity | null {
  const { graph } = reading;
  const group = (t: number) => {
    const mention = reading.mentionAt(t);
    const kind = mention?.entity.kind;
    return kind === 'ORGANIZATION' || kind === 'ARMED_FORCE' ? mention!.entity : null;
  };
  // "Wagner-Söldner", "RSF-Miliz": the group opens the compound.
  const prefix = reading.prefixAt(token);
  if (prefix && (prefix.entity.kind === 'ORGANIZATION' || prefix.entity.kind === 'ARMED_FORCE'))
    return prefix.entity;
  for (const child of graph.children(token, ...MODIFIERS)) {
    // "mercenaries from Russia's Wagner group": the group's name may sit on the modifier's own modifiers.
    const found =
      group(child) ??
      graph
        .children(child, 'compound', 'flat', 'amod', 'appos')
        .map(group)
        .find((g) => g);
    if (found) return found;
  }
  return null;
}

/**
 * The actors who do what a noun names: the subject of the nearest verb
 * above it that has an actor for subject ("The EU has announced its
 * sanctions package against Russia", whatever the parser hangs the noun on).
 */
export function actorsAbove(reading: SentenceReading, noun: number): Argument[] {
  const { graph } = reading;
  // Only a noun that is itself an argument of a verb: "le début de l'invasion" says nothing of who invades;
  // a fight the troops are "in" is theirs, wherever the parser hangs it ("an der Front im Kampf gegen");
  // so is an act they claim "responsibility for".
  const head = graph.head(noun);
  const claimedAct = reading.isNoun(head) && reading.has(head, RESPONSIBILITY_NOUNS);
  if (
    !reading.isVerb(head) &&
    !claimedAct &&
    !(reading.isNoun(head) && reading.caseIs(noun, LOCATIVE))
  )
    return [];
  for (let verb = governingVerb(reading, noun); verb !== null;) {
    const subject = subjectOf(reading, verb);
    const actors =
      subject === null || subject === noun
        ? []
        : argumentsOf(reading, subject).filter((a) => ACTOR_KINDS.has(a.entity.kind));
    // "…cease hostilities with Azerbaijani forces, Reuters reported": an outlet only relays.
    if (actors.some((a) => reading.gazetteer.isMedia(a.entity.id))) return [];
    if (actors.length > 0) return actors;
    // "The Afghan army announced that twelve were killed in a clash between…": who reports what
    // a clause says of someone else does not do it; "Russia announced that the offensive had
    // begun" announces its own.
    if (graph.is(verb, 'ccomp', 'parataxis') && subject !== null && subject !== noun) return [];
    // "les talibans, auteurs présumés de nombreuses attaques": a participle describing a noun
    // gives the attacks to that noun, which names no actor here; not to a verb further up.
    if (graph.is(verb, 'acl') && subject !== null && subject !== noun) return [];
    const head = graph.head(verb);
    verb = head === 0 ? null : reading.isVerb(head) ? head : governingVerb(reading, head);
  }
  return [];
}

/**
 * "The army", "l'armée", "die Armee", "el ejército" with no country beside
 * it: the one state army the article has named so far, if it has named
 * exactly one; with none named, the army of the one country the article
 * has named so far (discourse.ts lists the cross-sentence rules).
 */
function theArmy(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  const definite =
    graph.children(token, 'det').some((d) => DEFINITE.test(graph.folded(d))) ||
    graph.children(token, 'case').some((c) => WITH_ARTICLE.test(graph.folded(c)));
  // A junta is always some country's: "junta forces" need no article to mean that one.
  if (
    !(definite || reading.has(token, JUNTA_NOUNS)) ||
    !(reading.has(token, ARMY_NOUNS) || isGeneralStaff(reading, token))
  )
    return null;
  // "les forces islamistes", "the rebel forces": an armed group's forces are no state's army.
  if (
    graph
      .children(token, 'amod')
      .some((a) => reading.has(a, ARMED_GROUP_NOUNS) || ISLAMIST.test(graph.folded(a)))
  )
    return null;
  // "die kongolesische Armee" with the demonym unknown: a named country's army, not the article's.
  if (
    graph
      .children(token, 'amod')
      .some((a) => graph.token(a).ner !== 'O' && reading.mentionAt(a) === null)
  )
    return null;
  const seated = seatOf(reading, token);
  if (seated !== null) return seated;
  const army = articleArmy(reading);
  // No country stands in the sentence: the army's belonging to it is not stated here.
  return army ? { entity: army, token, forceOf: null } : null;
}

/**
 * "la junte au pouvoir à Bamako", "la junte qui a pris le pouvoir à Bamako", "the junta in
 * Naypyidaw", "l'état-major à Dakar": a junta said to rule from a capital, or a general staff
 * said to sit in one, is the army of that capital's country. The place is in the noun's phrase,
 * or right after the noun where the parser hung it on the verb ("publié par l'état-major à Dakar").
 */
function seatOf(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  if (!reading.has(token, JUNTA_NOUNS) && !isGeneralStaff(reading, token)) return null;
  const right = (part: number) => {
    const between = Array.from({ length: part - token - 1 }, (_, i) => token + 1 + i);
    return (
      part > token && between.every((t) => graph.head(t) === part && graph.is(t, 'case', 'det'))
    );
  };
  const places = [
    ...graph.subtree(token).filter((part) => part !== token),
    ...Array.from({ length: 3 }, (_, i) => token + 2 + i).filter(
      (part) => part <= graph.size && right(part),
    ),
  ];
  for (const part of places) {
    if (!reading.caseIs(part, LOCATIVE)) continue;
    const place = argumentOf(reading, part);
    const record = place ? reading.gazetteer.countryWithCapital(place.entity.id) : undefined;
    if (record?.armedForce) return stateArmy(reading, reading.use(record.entity), token);
  }
  return null;
}

/**
 * The army "the army" means with no country beside it: the one state army the article has named
 * so far, or with none named, the army of the one country it has named so far.
 */
export function articleArmy(reading: SentenceReading): Entity | null {
  const army = onlyArmy(reading);
  if (army) return army;
  const countries = reading.countriesNamed;
  if (reading.forcesNamed.length > 0 || countries.length !== 1) return null;
  return stateArmy(reading, countries[0]!, 0)?.entity ?? null;
}

/** "ethnic", "ethnique", "ethnisch", "étnico", as it describes a people. */
const ETHNIC = /^(?:ethnic|ethniques?|ethnisch\p{L}*|etnic[oa]s?)$/u;

/** Troops described as a people's: "ethnic" on them or on their demonym. */
function ethnic(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  const modifiers = graph.children(token, 'amod', 'compound');
  return [...modifiers, ...modifiers.flatMap((m) => graph.children(m, 'amod', 'advmod'))].some(
    (m) => ETHNIC.test(graph.folded(m)),
  );
}

/**
 * "Family members of Hamas leaders", "familiares de miembros del ELN": members said of somebody
 * else's people, or described by a common noun, are not the group's own.
 */
function relativesOf(reading: SentenceReading, members: number): boolean {
  const { graph } = reading;
  const described = graph
    .children(members, 'compound', 'amod')
    .some((m) => reading.mentionAt(m) === null && graph.pos(m) !== 'PROPN');
  const head = graph.head(members);
  return described || (graph.is(members, 'nmod') && reading.isNoun(head));
}

/** "the country", "du pays", "des Landes", "del país", alone: definite, with nothing beside it. */
const DEFINITE_OR_GENITIVE = /^(?:the|l'|le|das|des|dem|el)$/u;
/** "les autorités", "die Behörden", "der Regierung", "las autoridades": plural or feminine too. */
const AUTHORITY_DETERMINER = /^(?:the|l'|le|la|les|die|der|den|el|las)$/u;

/**
 * "Au Niger, … Douze soldats ont été tués dans l'ouest du pays", "im Norden des Landes": the
 * country, alone, is the one country the article has named as a place before it ("in Mali",
 * "au Niger"), when the article (this sentence included) names no other. Not a country that only
 * acts or speaks ("Ukrainian drones struck Tuapse, in the south of the country", "The United
 * States condemned…"). So are "the authorities", "le gouvernement", alone: that state speaks or
 * acts, as it does when named ("les autorités kényanes").
 */
function theCountry(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  const authority = reading.has(token, AUTHORITY_NOUNS);
  if (!authority && !reading.has(token, COUNTRY_NOUNS)) return null;
  const determiner = authority ? AUTHORITY_DETERMINER : DEFINITE_OR_GENITIVE;
  const definite =
    graph.children(token, 'det').some((d) => determiner.test(graph.folded(d))) ||
    graph.children(token, 'case').some((c) => WITH_ARTICLE.test(graph.folded(c)));
  if (!definite || graph.children(token, 'amod', 'nmod', 'compound', 'acl').length > 0) return null;
  const countries = [...reading.countryPlacesBefore];
  for (let at = 1; at < token; at += 1) {
    const mention = reading.mentionAt(at);
    const country = mention?.entity.kind === 'COUNTRY' && mention.via !== 'demonym';
    const asPlace =
      reading.caseIs(at, LOCATIVE) || (at === 1 && graph.size > 1 && graph.token(2).word === ':');
    if (country && asPlace && !countries.some((c) => c.id === mention.entity.id))
      countries.push(mention.entity);
  }
  // Only when the article has named no other country in any way: "Mali's junta leader, speaking in
  // Russia, said … in the north of the country" is Mali's north.
  const only = reading.countriesNamed.length === 1 ? reading.countriesNamed[0]! : null;
  return countries.length === 1 && countries[0]!.id === only?.id
    ? { entity: only, token, forceOf: null }
    : null;
}

/** "la ville", "die Stadt", "this town": a determiner that points to a town already named. */
const POINTING_DETERMINER =
  /^(?:the|this|that|le|la|l'|cette|ce|die|der|das|den|dem|diese|dieser|el|esta|este|esa|ese)$/u;

/**
 * "The M23 entered Goma on Monday. The rebels now control the city": a town noun alone, with a
 * determiner that points back and nothing beside it, is the one place (not a country) this
 * sentence named before it or, with none, the one the sentence just before named.
 */
function theSettlement(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  if (!reading.has(token, SETTLEMENT_NOUNS)) return null;
  const determiners = graph.children(token, 'det');
  if (
    determiners.length === 0 ||
    !determiners.every((d) => POINTING_DETERMINER.test(graph.folded(d))) ||
    graph.children(token, 'amod', 'nmod', 'compound', 'acl', 'appos', 'flat').length > 0
  )
    return null;
  const here = placesNamed(reading, token);
  const places = here.length > 0 ? here : reading.placesBefore;
  return places.length === 1 ? { entity: places[0]!, token, forceOf: null } : null;
}

/** The places, not countries, a sentence names (before token `until`, if given), each once. */
export function placesNamed(reading: SentenceReading, until = reading.graph.size + 1): Entity[] {
  const places: Entity[] = [];
  for (let token = 1; token < until; token += 1) {
    const entity = reading.mentionAt(token)?.entity;
    if (entity?.kind === 'LOCATION' && !places.some((p) => p.id === entity.id)) places.push(entity);
  }
  return places;
}

/**
 * The one state army the article has named so far, unless this sentence names other countries and
 * not the army's ("… In neighbouring Indonesia, the army fought separatists"): its army is then
 * not that one.
 */
function onlyArmy(reading: SentenceReading): Entity | null {
  const forces = reading.forcesNamed;
  if (forces.length !== 1) return null;
  const army = forces[0]!;
  const countries: string[] = [];
  for (let token = 1; token <= reading.graph.size; token += 1) {
    const entity = reading.mentionAt(token)?.entity;
    if (entity?.kind === 'COUNTRY') countries.push(entity.id);
  }
  const own = (id: string) => reading.gazetteer.country(id)?.armedForce?.id === army.id;
  return countries.length === 0 || countries.some(own) ? army : null;
}

/**
 * "In northern Mali, soldiers clashed with JNIM fighters", "killed 15 government soldiers": soldiers
 * with nothing beside them that says whose, as a side of a fight, are the one state army the
 * article has named, or the army of the one country this sentence names as a place. Not the
 * article's only country at large: that may be a mediator or a critic ("Egypt opened the Rafah
 * crossing. Soldiers clashed with Hamas…"). Only as a side: whose fallen soldiers are is read
 * with more care (loss-frames).
 */
export function soldiersSide(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  // "army patrols clashed with…", "combates entre patrullas militares y…": a patrol of the army.
  const patrol = reading.has(token, PATROL_NOUNS);
  if (!(reading.has(token, PERSONNEL) || patrol) || reading.has(token, ARMY_NOUNS)) return null;
  const modifiers = graph.children(token, 'amod', 'nmod', 'compound', 'nmod:poss', 'det:poss');
  if (patrol && !modifiers.some((m) => armyWord(reading, m))) return null;
  const governing = (m: number) =>
    reading.has(m, GOVERNMENT_WORDS) || (patrol && armyWord(reading, m));
  if (modifiers.some((m) => !governing(m))) return null;
  // "troops from the government of Somaliland": a government that names whose it is says whose
  // they are, and it is not the article's army when it is not read as another's here.
  if (modifiers.some((m) => graph.children(m, 'nmod').some((n) => argumentOf(reading, n) !== null)))
    return null;
  const forces = reading.forcesNamed;
  const places = countriesAsPlaces(reading);
  // Made only when returned: a state army made is recorded as named.
  const placed = () => (places.length === 1 ? stateArmy(reading, places[0]!, token) : null);
  // "ISRAEL'S army said it had bombed tanks in southern Syria, where government forces … have
  // clashed": a government's forces are the government's of the one country named as the place;
  // with none named here, of the one country the story has put its events in so far ("Fighting
  // goes on in northwestern Syria. HTS launched an offensive against government forces").
  const governed =
    modifiers.some((m) => reading.has(m, GOVERNMENT_WORDS)) || governmentCompound(reading, token);
  const government = governed ? (placed() ?? storyCountryArmy(reading, token)) : null;
  if (government) return government;
  const army = onlyArmy(reading);
  // "The Chadian army crossed the border. Boko Haram attacked government forces in Nigeria's
  // northeast": a government's troops in a story set in other states are not the one army named.
  const elsewhere = (id: string) =>
    reading.countryPlacesBefore.length > 0 &&
    reading.countryPlacesBefore.every(
      (c) => reading.gazetteer.country(c.id)?.armedForce?.id !== id,
    );
  if (army && !(governed && elsewhere(army.id))) return { entity: army, token, forceOf: null };
  return forces.length > 0 ? null : placed();
}

/** "Regierungstruppen", "Regierungssoldaten": a German compound of government and troops. */
function governmentCompound(reading: SentenceReading, token: number): boolean {
  return reading.language === 'de' && /^regierung/u.test(reading.graph.folded(token));
}

/**
 * The army of the one country earlier sentences named as the place of events, when this sentence
 * names no place at all ("Talks were held in Egypt. Hamas attacked government forces in Gaza" are
 * not Egypt's); null when they named none or several.
 */
function storyCountryArmy(reading: SentenceReading, token: number): Argument | null {
  const before = reading.countryPlacesBefore;
  return before.length === 1 && !namesPlaceAnywhere(reading)
    ? stateArmy(reading, before[0]!, token)
    : null;
}

/**
 * "more than 50 commanders died since the ground operation in Gaza began": a place the sentence
 * names in a locative phrase, on whatever word the parser hangs it.
 */
export function namesPlaceAnywhere(reading: SentenceReading): boolean {
  for (let token = 1; token <= reading.graph.size; token += 1) {
    if (!reading.caseIs(token, LOCATIVE)) continue;
    const named = argumentOf(reading, token);
    if (named && PLACE_KINDS.has(named.entity.kind)) return true;
  }
  return false;
}

/**
 * The distinct countries a sentence names as places: "in Niger", "im Westen Kameruns", and the
 * country a headline is filed under ("Bénin : quinze militaires tués…").
 */
export function countriesAsPlaces(reading: SentenceReading): Entity[] {
  const { graph } = reading;
  const named: Entity[] = [];
  const label = reading.mentionAt(1);
  if (label?.entity.kind === 'COUNTRY' && label.via !== 'demonym') {
    let next = 2;
    while (next <= graph.size && reading.mentionAt(next)?.entity.id === label.entity.id) next += 1;
    if (next <= graph.size && graph.token(next).word === ':') named.push(label.entity);
  }
  for (let token = 1; token <= graph.size; token += 1) {
    if (!reading.caseIs(token, LOCATIVE)) continue;
    // "im Nordwesten Syriens": the parser may hang a German genitive as an apposition.
    const parts = reading.has(token, COMPASS_NOUNS)
      ? graph.children(token, 'nmod', 'appos')
      : [token];
    for (const part of parts) {
      const place = argumentOf(reading, part);
      if (place?.entity.kind === 'COUNTRY' && !named.some((n) => n.id === place.entity.id))
        named.push(place.entity);
    }
  }
  return named;
}

/** Words that leave a group noun as unspecific as before: "suspected militants", "islamistes armés". */
const HEDGED =
  /^(?:suspected|alleged|presumed|presumes?|presumees?|mutmassliche[nmrs]?|presuntos?|presuntas?)$/u;

/**
 * "The army said it killed 63 jihadists", "les assaillants", "die Angreifer": a noun for an armed
 * group's men, with nothing beside it that says whose ("Iranian-backed militias", "Tuareg
 * rebels"), stands for the one armed group this sentence or the one before names as acting, else
 * the one the story has shown acting before (`groupsNamed`). Only a head noun: "terrorist attacks"
 * name no group.
 */
function theGroup(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  if (!reading.isNoun(token) || graph.is(token, 'amod', 'compound')) return null;
  const unspecific = graph
    .children(token, 'amod', 'nmod', 'compound', 'nmod:poss', 'appos', 'acl')
    .every(
      (m) => reading.has(m, ARMED_WORDS) || HEDGED.test(graph.folded(m)) || clauseOnly(reading, m),
    );
  if (!unspecific) return null;
  const groups = reading.groupsNamed;
  // "the rebels" with no group acting in view: the one armed group the article names. Not "the
  // attackers", "les assaillants": named for what they did, they are whoever did it, which a group
  // the article names only as a speaker may not be.
  const kind = reading.has(token, ARMED_GROUP_NOUNS);
  const named = groups.length === 0 && kind ? theOneGroupNamed(reading, token) : null;
  if (named) return { entity: named, token, forceOf: null };
  return groups.length === 1 ? { entity: groups[0]!, token, forceOf: null } : null;
}

/** The word that makes a force a state's arm of service: "air force", "fuerza aérea". */
const AIR_OR_SEA = /^(?:air|aerea|naval)$/u;
/** Air defence in one word: "die saudi-arabische Luftabwehr". */
const AIR_DEFENCE_WORD = /^(?:luftabwehr|flugabwehr|luftverteidigung)$/u;
/** What makes defence an arm of service: "air defences", "défense aérienne", "defensa antiaérea". */
const AIR_DEFENCE_MODIFIER = /^(?:air|aerienne|antiaerienne|aerea|antiaerea)$/u;
/** A navy of trade: "merchant navy", "marine marchande". */
const MERCHANT = /^(?:merchant|marchande)$/u;

/**
 * "the Russian air force", "the Russian navy", "la Fuerza Aérea rusa", "la marine russe", "Saudi
 * air defences": an arm of service. A labour, police or peacekeeping force is none, nor a
 * merchant navy.
 */
function armOfService(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  const word = graph.folded(token);
  const modifiers = graph.children(token, 'compound', 'amod', 'flat').map((m) => graph.folded(m));
  if (word === 'navy' || word === 'marine') return !modifiers.some((m) => MERCHANT.test(m));
  if (AIR_DEFENCE_WORD.test(word)) return true;
  if (DEFENCE.test(word)) return modifiers.some((m) => AIR_DEFENCE_MODIFIER.test(m));
  // "la Fuerza de Defensa de Ruanda": a force named for defence is the state's.
  return (
    (word === 'force' || word === 'fuerza') &&
    modifiers.some((m) => AIR_OR_SEA.test(m) || DEFENCE.test(m))
  );
}

/** Leadership a group is "under": "unter Führung der HTS", "under the leadership of", "sous la direction de". */
const LEADERSHIP = /^(?:fuhrung|leadership|command|direction|commandement|liderazgo|mando)$/u;

/**
 * "Rebellen unter Führung der HTS", "les rebelles dirigés par HTS", "los rebeldes liderados por
 * HTS", "HTS-led rebels": the group that leads the rebels.
 */
function leaderGroup(reading: SentenceReading, noun: number): Entity | null {
  const { graph } = reading;
  const leaders = [
    ...graph
      .children(noun, 'acl', 'amod')
      .filter((p) => reading.has(p, LEAD_VERBS))
      .map((p) => agentOf(reading, p)),
    ...graph
      .children(noun, 'nmod')
      .filter((m) => LEADERSHIP.test(graph.folded(m)))
      .flatMap((m) => graph.children(m, 'nmod')),
  ];
  return (
    leaders
      .map((t) => (t === null ? undefined : reading.mentionAt(t)?.entity))
      .find((e) => e !== undefined && (e.kind === 'ORGANIZATION' || e.kind === 'ARMED_FORCE')) ??
    null
  );
}

/**
 * The state, force or group a modifier of a noun names ("the Ethiopian army", "Hamas' fighters"),
 * from the modifiers' own mentions only. Not countryBeside and groupBeside: they read a modifier
 * that is itself a force's noun through argumentOf, whose possessive would lead back here.
 */
function sideNamedBeside(reading: SentenceReading, noun: number): Entity | null {
  const { graph } = reading;
  const named = [
    reading.prefixAt(noun)?.entity,
    ...graph
      .children(noun, ...MODIFIERS)
      .filter((m) => !reading.caseIs(m, LOCATIVE) && !reading.caseIs(m, GOAL))
      .map((m) => reading.mentionAt(m)?.entity),
  ];
  return named.find((e) => e !== undefined && ACTOR_KINDS.has(e.kind)) ?? null;
}

/** The armed force of a troops' owner: a state's army, or the force or group itself. */
function forceOfOwner(reading: SentenceReading, owner: Argument, token: number): Argument {
  if (owner.entity.kind !== 'COUNTRY') return { ...owner, token };
  return stateArmy(reading, owner.entity, token) ?? { ...owner, token };
}

/**
 * The bodies a person's title makes him one of: "a Hamas commander", "el comandante de Hamás",
 * "Hezbollah commander Ali Karaki", "Ismail Haniyeh, the head of Hamas's political bureau", "der
 * Chef des Hamas-Politbüros, Ismail Haniyeh". Never a state: its head or its officials are not
 * its troops.
 */
export function titledGroups(reading: SentenceReading, token: number): Argument[] {
  const { graph } = reading;
  const titles = [
    token,
    ...graph.children(token, 'appos', 'compound'),
    ...(graph.is(token, 'appos') ? [graph.head(token)] : []),
  ].filter((t) => reading.headHas(t, MEMBER_TITLES) || reading.headHas(t, LEADER_TITLES));
  return titles
    .flatMap((title) => graph.children(title, 'nmod', 'compound', 'nmod:poss', 'flat'))
    .map((m) => argumentOf(reading, m) ?? unitOwner(reading, m))
    .filter((a): a is Argument => a !== null && a.entity.kind !== 'COUNTRY');
}

/**
 * The portfolio of a ministry or a minister ("Defence" of "the Defence Ministry", "ministre de la
 * Défense", "Verteidigungsministerium", "Außenminister"), or null.
 */
export function portfolioOf(reading: SentenceReading, title: number): string | null {
  const { graph } = reading;
  const folded = graph.folded(title);
  const german =
    reading.language === 'de' && folded.includes('minister') ? germanPortfolio(folded) : null;
  return (
    german ??
    graph
      .children(title, 'compound', 'amod', 'nmod', 'flat')
      .map(
        (part) =>
          portfolioOfWords(
            graph
              .subtree(part)
              .filter((t) => !graph.is(t, 'case', 'det'))
              .map((t) => graph.folded(t)),
          )?.name,
      )
      .find((name) => name !== undefined) ??
    null
  );
}

/**
 * The one country the article has named so far, whose ministers and ministries a text names
 * without their country ("el ministro de Defensa", "the Interior Ministry"); null with none or
 * several. Not a dependent territory, whose ministers are its state's (New Caledonia's minister
 * of the interior is France's).
 */
export function articleCountry(reading: SentenceReading): Entity | null {
  const named = reading.countriesNamed.filter((c) => reading.gazetteer.country(c.id)?.armedForce);
  return named.length === 1 ? named[0]! : null;
}

/** A country's state army, standing at `token` for the country; null for a country without one. */
function stateArmy(reading: SentenceReading, country: Entity, token: number): Argument | null {
  const force = reading.gazetteer.country(country.id)?.armedForce;
  return force
    ? { entity: reading.recordForce(reading.use(force)), token, forceOf: country }
    : null;
}

const DEFINITE = /^(?:the|l'|la|le|die|der|das|den|el)$/u;
const ISLAMIST = /^islamist/u;
/** Prepositions fused with the definite article, when the analyser leaves them whole ("al ejército"). */
const WITH_ARTICLE = /^(?:al|del|au|du|im|zum|zur|vom|beim)$/u;

/**
 * The actor a possessive determiner stands for: the nearest state, group or
 * force named before it in the sentence ("sanctions against Russia for its
 * war in Ukraine"). The possessive may sit on the noun itself or on the noun
 * it depends on ("sa capacité à mener la guerre", "sa machine de guerre").
 */
export function possessorOf(reading: SentenceReading, noun: number): Argument | null {
  const { graph } = reading;
  const above = graph.head(noun);
  const holders = [
    noun,
    ...(above !== 0 && (reading.isNoun(above) || reading.isVerb(above)) ? [above] : []),
    ...(reading.isVerb(above) && graph.is(above, 'acl', 'xcomp') ? [graph.head(above)] : []),
    // "restreindre sa capacité à mener la guerre": the parse may hang the verb on the clause, beside its owner.
    ...(reading.isVerb(above) && graph.is(above, 'xcomp')
      ? graph.children(graph.head(above), 'obj')
      : []),
  ];
  for (const holder of holders) {
    const possessive = possessiveOn(reading, holder);
    if (possessive === undefined) continue;
    const own = possessive < graph.size && OWN.test(graph.folded(possessive + 1));
    const subject = own ? actingSubjectAbove(reading, holder) : null;
    if (subject) return subject;
    for (let before = possessive - 1; before > 0; before -= 1) {
      const mention = reading.mentionAt(before);
      // "the Ethiopian army said its troops…": the nearest noun of a force owns, when its country
      // or group is named beside it; "les forces islamistes … leurs commandants" names no owner.
      if (!mention && reading.isNoun(before) && reading.has(before, PERSONNEL)) {
        const side = sideNamedBeside(reading, before);
        return side === null ? null : { entity: side, token: before, forceOf: null };
      }
      if (!mention || !ACTOR_KINDS.has(mention.entity.kind)) continue;
      if (mention.via === 'demonym' && graph.pos(before) === 'ADJ') continue;
      if (passiveAgent(reading, before)) continue;
      return { entity: mention.entity, token: before, forceOf: null };
    }
    return null;
  }
  return null;
}

/** "its own", "ses propres", "seine eigenen", "sus propios": a possessive pointed at the subject. */
const OWN = /^(?:own|propres?|eigene[nmrs]?|propi[oa]s?)$/u;

/**
 * "The AA claimed to have killed 50 soldiers, while adding that three of its own fighters were
 * killed": "own" points a possessive at the actor a clause above it has for subject, past names
 * nearer to it (the soldiers killed). Null when the first subject above names no actor.
 */
function actingSubjectAbove(reading: SentenceReading, holder: number): Argument | null {
  const { graph } = reading;
  for (let verb = graph.head(holder); verb !== 0; verb = graph.head(verb)) {
    if (!reading.isVerb(verb)) continue;
    const subject = subjectOf(reading, verb);
    if (subject === null || graph.subtree(subject).includes(holder)) continue;
    const named = argumentOf(reading, subject);
    return named && ACTOR_KINDS.has(named.entity.kind) ? named : null;
  }
  return null;
}

/**
 * "Hamás fue designado terrorista por EEUU por su papel en ataques": a passive's agent does not
 * own what a possessive names; the clause's subject does. German "von" is also "of", so left out.
 */
function passiveAgent(reading: SentenceReading, token: number): boolean {
  const marker = reading.graph.caseOf(token);
  return reading.caseIs(token, BY) && !(reading.language === 'de' && marker === 'von');
}

/**
 * "the Nigerian Army", "Pakistan Army": a state's army whose name says its country, as "l'armée
 * nigériane" does; "the Tatmadaw" or "FARDC" does not.
 */
function namedCountry(reading: SentenceReading, mention: LinkedMention): Entity | null {
  const country = mention.country;
  if (mention.entity.kind !== 'ARMED_FORCE' || country === null) return null;
  const says = mention.surface
    .split(/\s+/u)
    .some((word) => reading.gazetteer.lookup(word).some((e) => e.entity.id === country.id));
  return says ? reading.use(country) : null;
}

/**
 * The distinct actors named before a token, their countries' adjectives aside; none when the name
 * nearest before it is a person's ("Zelensky a chargé son porte-parole" is his).
 */
function actorsBefore(reading: SentenceReading, token: number): Entity[] {
  const named: LinkedMention[] = [];
  for (let before = 1; before < token; before += 1) {
    const mention = reading.mentionAt(before);
    if (mention && (mention.entity.kind === 'PERSON' || ACTOR_KINDS.has(mention.entity.kind)))
      named.push(mention);
  }
  if (named.at(-1)?.entity.kind === 'PERSON') return [];
  const actors: Entity[] = [];
  for (let before = 1; before < token; before += 1) {
    const mention = reading.mentionAt(before);
    if (!mention || !ACTOR_KINDS.has(mention.entity.kind)) continue;
    if (mention.via === 'demonym' && reading.graph.pos(before) === 'ADJ') continue;
    if (!actors.some((a) => a.id === mention.entity.id)) actors.push(mention.entity);
  }
  return actors;
}

/** The possessive determiner on a noun ("its", "son", "seinem", "su"), if any. */
export function possessiveOn(reading: SentenceReading, noun: number): number | undefined {
  const { graph } = reading;
  // German "dessen Präsident": the relative possessive may come out a pronoun "nmod".
  return graph
    .children(noun, 'det:poss', 'nmod:poss', 'det', 'nmod')
    .find(
      (d) =>
        graph.pos(d) !== 'PROPN' &&
        (!graph.is(d, 'nmod') || graph.pos(d) === 'PRON') &&
        reading.has(d, POSSESSIVES),
    );
}

/** The name a participle of naming gives the noun: "the group, known as JNIM", "connu sous le nom de JNIM". */
function givenName(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  for (const naming of graph.children(token, 'acl', 'amod')) {
    if (!reading.has(naming, NAMING_WORDS)) continue;
    for (const phrase of graph.children(naming, 'obl', 'obj', 'xcomp')) {
      // "sous le nom de JNIM": the name may hang on the word "name".
      for (const name of [phrase, ...graph.children(phrase, 'nmod')]) {
        const mention = reading.mentionAt(name);
        if (mention) return { entity: mention.entity, token: name, forceOf: null };
      }
    }
  }
  return null;
}

/** English "his men", "her fighters": a person's possessive, which POSSESSIVES leaves out. */
const PERSONS_POSSESSIVE = /^(?:his|her)$/u;

/**
 * "The M23 seized Goma. On Monday its fighters attacked…", "ses hommes", "seine Kämpfer", "sus
 * hombres", "M23 leader Sultani Makenga said his men…": fighters or men told by a possessive are
 * the side that owns them. With the owner named before them in the sentence, men are its force
 * (a leader's men his group's; fighters are read as members, above). With none, the possessive
 * points back: to the one armed group in view (`groupsNamed`), when the actor the sentence before
 * was about is no other side (discourse.ts lists the rule).
 */
function possessedFighters(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  const men = reading.has(token, FOLLOWER_NOUNS);
  if (
    !reading.isNoun(token) ||
    !(men || reading.has(token, COMBATANT_NOUNS) || reading.has(token, MEMBERS))
  )
    return null;
  const possessive =
    possessiveOn(reading, token) ??
    graph.children(token, 'nmod:poss', 'det').find((d) => PERSONS_POSSESSIVE.test(graph.folded(d)));
  if (possessive === undefined) return null;
  // "his men" are a person's: the one named before them, else nobody the rule can tell.
  const persons = PERSONS_POSSESSIVE.test(graph.folded(possessive));
  const owner = persons ? personBefore(reading, possessive) : possessorOf(reading, token);
  if (persons && !owner) return null;
  if (owner) {
    if (!men) return null;
    if (owner.entity.kind !== 'PERSON') return forceOfOwner(reading, owner, token);
    // "El líder de Boko Haram, Abubakar Shekau": the title is on the name's first word.
    let name = owner.token;
    while (graph.is(name, 'flat')) name = graph.head(name);
    const group = titledGroups(reading, name).find((g) => reading.isArmed(g.entity));
    return group ? { ...group, token } : null;
  }
  const inView = uniqueById([
    ...reading.groupsNamed,
    ...(reading.antecedent ? [reading.antecedent] : []),
  ]);
  const group = inView.length === 1 ? inView[0]! : null;
  if (!group || !reading.gazetteer.isArmedGroup(group.id)) return null;
  // "Boko Haram killed its soldiers": who acts on them does not own them.
  const verb = governingVerb(reading, token);
  const actor = verb === null ? null : subjectOf(reading, verb);
  if (actor !== null && actor !== token && argumentOf(reading, actor)?.entity.id === group.id)
    return null;
  return { entity: group, token, forceOf: null };
}

/** The person named last before a token of the sentence, as an argument. */
function personBefore(reading: SentenceReading, token: number): Argument | null {
  for (let before = token - 1; before > 0; before -= 1) {
    const mention = reading.mentionAt(before);
    if (mention?.entity.kind === 'PERSON')
      return { entity: mention.entity, token: before, forceOf: null };
  }
  return null;
}

/**
 * "Boko Haram and ISWAP attacked Gwoza. The jihadists…": a group noun with two armed groups in
 * view (this sentence and the one before) is neither, even the one the sentence before was about.
 */
function rivalGroupInView(reading: SentenceReading, token: number): boolean {
  if (reading.graph.pos(token) === 'PRON') return false;
  return reading.groupsNamed.some((g) => g.id !== reading.antecedent?.id);
}

/** A police force's own name: "Kosovo Police", "Policía Nacional de Colombia", "Gendarmerie nationale". */
const POLICE_NAME = /\b(?:police|polizei|policia|gendarmerie)\b/u;

/**
 * "The Kosovo Police patrolled Banjska. On Sunday the police clashed with…": "the police", "la
 * police", "die Polizei", "la policía" alone, definite and with nothing beside it that says whose,
 * is the one police force the article names, as "the mercenaries" are its one company (`hiredBy`).
 */
function thePolice(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  if (!reading.isNoun(token) || !reading.has(token, POLICE_FORCES) || reading.mentionAt(token))
    return null;
  const definite =
    graph.children(token, 'det').some((d) => DEFINITE.test(graph.folded(d))) ||
    graph.children(token, 'case').some((c) => WITH_ARTICLE.test(graph.folded(c)));
  if (!definite || graph.children(token, ...MODIFIERS, 'appos', 'acl').length > 0) return null;
  const forces = [...reading.entities.values()].filter(
    (e) => e.kind !== 'PERSON' && POLICE_NAME.test(foldForMatch(e.name)),
  );
  return forces.length === 1 ? { entity: forces[0]!, token, forceOf: null } : null;
}

/** Whether a word makes troops a state's own: "government", "security", "Regierungs…", "régime". */
function stateOwnWord(reading: SentenceReading, token: number): boolean {
  return reading.has(token, GOVERNMENT_WORDS) || reading.has(token, STATE_SECURITY_WORDS);
}

/**
 * "Government forces", "security forces", "les forces gouvernementales", "die Regierungstruppen",
 * "las fuerzas de seguridad", "pro-government forces", "regierungstreue Truppen": troops described
 * only as a state's own, or as loyal to its government, with no state named beside
 * them, are the army of the one state the article names and puts its events in
 * (`stateArmyInView`). In a story of two states they are nobody's. Words that name another body
 * ("Tigray security forces", "local security forces") or against it ("regierungsfeindliche
 * Truppen") leave them nobody's too; "pro-government militias" are allies, not the army, and a
 * militia's noun never comes here. A noun of such troops is never an entity of its own.
 */
function stateForces(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  // German adjectives of the government are no part of it ("regierungsfeindliche Truppen"),
  // unless loyal to it.
  const owned = (m: number) =>
    (stateOwnWord(reading, m) && !(reading.language === 'de' && graph.pos(m) === 'ADJ')) ||
    reading.has(m, LOYALIST_WORDS);
  const ofState = (m: number) => owned(m) || STATE_FORCE_WORDS.test(graph.folded(m));
  // "forces de défense et de sécurité": a modifier may bring its own preposition and conjuncts.
  const bare = (m: number) =>
    graph
      .children(m)
      .every(
        (c) => graph.is(c, 'case', 'det', 'cc', 'punct') || (graph.is(c, 'conj') && ofState(c)),
      );
  const modifiers = graph.children(token, ...MODIFIERS, 'nmod:poss', 'appos', 'acl');
  if (!modifiers.every((m) => ofState(m) && bare(m))) return null;
  // German says it in the compound: "Regierungstruppen", "Sicherheitskräfte".
  const own = modifiers.some(owned) || (reading.language === 'de' && stateOwnWord(reading, token));
  return own ? stateArmyInView(reading, token) : null;
}

/**
 * The army `stateForces` means: that of the one state the article names, when the story has put
 * its events in that state ("Fighting goes on in Nigeria", "in Nigeria" in the sentence itself)
 * and names no other state's army. A state that only speaks or comments is not the one whose
 * government fights ("Rwanda denies backing the M23. Government soldiers clashed with…").
 */
function stateArmyInView(reading: SentenceReading, token: number): Argument | null {
  const country = articleCountry(reading);
  const army = country ? reading.gazetteer.country(country.id)?.armedForce : undefined;
  if (!army || reading.forcesNamed.some((f) => f.id !== army.id)) return null;
  // A sentence naming a place of its own puts its troops there, not where the story was before
  // ("Talks were held in Egypt. Hamas attacked government forces in Gaza").
  const here = placesHere(reading);
  const placed = here.countries.some((c) => c.id === country!.id)
    ? true
    : !here.any && reading.countryPlacesBefore.some((c) => c.id === country!.id);
  return placed ? stateArmy(reading, country!, token) : null;
}

/** The places a sentence names, as `stateArmyInView` weighs them. */
interface PlacesHere {
  readonly countries: readonly Entity[];
  readonly any: boolean;
}

const NO_PLACES: PlacesHere = { countries: [], any: false };

/** Each reading's places once read; null while they are being read. */
const placesOfReading = new WeakMap<SentenceReading, PlacesHere | null>();

/**
 * The countries the sentence names as places (`countriesAsPlaces`), and whether it names any
 * place. They are read with argumentOf, and troops may stand among them ("bei den
 * Sicherheitskräften"): those are no place, and are not read for one meanwhile.
 */
function placesHere(reading: SentenceReading): PlacesHere {
  const known = placesOfReading.get(reading);
  if (known !== undefined) return known ?? NO_PLACES;
  placesOfReading.set(reading, null);
  const places = { countries: countriesAsPlaces(reading), any: namesPlaceAnywhere(reading) };
  placesOfReading.set(reading, places);
  return places;
}

/** The plural article of "los militares", "les militaires". */
const PLURAL_DEFINITE = /^(?:los|les)$/u;

/**
 * "Los militares", "les militaires" alone, with nothing beside them: the state's military as a
 * body, the army "the army" would mean (`articleArmy`). Not "des militaires", "unos militares",
 * "dos militares": some soldiers, whose side is read elsewhere with more care.
 */
function theMilitary(reading: SentenceReading, token: number): Argument | null {
  const { graph } = reading;
  if (!reading.has(token, MILITARY_PLURALS)) return null;
  const determiners = graph.children(token, 'det');
  const definite = determiners.length === 1 && PLURAL_DEFINITE.test(graph.folded(determiners[0]!));
  if (!definite || graph.children(token, ...MODIFIERS, 'nummod', 'appos', 'acl').length > 0)
    return null;
  const army = articleArmy(reading);
  return army ? { entity: army, token, forceOf: null } : null;
}
