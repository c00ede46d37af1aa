import type { Entity } from '../../../domain/entity';
import type { Argument } from '../argument';
import type { Stems } from '../lexicon/stems';
import {
  ACTOR_KINDS,
  argumentOf,
  argumentsOf,
  articleCountry,
  countryBeside,
  genitiveBefore,
  portfolioOf,
  servedBy,
} from '../argument';
import { agentOf, obliquesOf, subjectOf, themeOf } from '../clause-roles';
import { INSIDE, OF } from '../lexicon/case-markers';
import {
  ARMY_NOUNS,
  CAPITAL_NOUNS,
  COMMAND_NOUNS,
  GROUP_MEMBERS,
  INSTITUTIONS,
  LEAD_VERBS,
  RULE_VERBS,
  LEADER_TITLES,
  MEMBER_TITLES,
  MILITARY,
  MILITARY_RANKS,
  MINISTER_TITLES,
  PRIME,
  SPOKESPERSON_TITLES,
  STATE_AGENCIES,
  UNIT_NOUNS,
} from '../lexicon/nouns';
import { germanPortfolio, ministryEntity } from '../../mentions/ministry-pattern';
import { UNDER } from '../lexicon/predicate-triggers';
import type { FrameRule, Proposal } from '../proposal';
import { pairProposals, proposal } from '../proposal';
import { FORMER } from '../lexicon/modality-words';
import type { SentenceReading } from '../sentence-reading';

/**
 * SPOKESPERSON_OF, LEADER_OF, MEMBER_OF and CAPITAL_OF, from a title and
 * the name beside it, in whichever order the language puts them: "Pat
 * Ryder, porte-parole du Pentagone", "Pentagon spokesman Pat Ryder", "der
 * Sprecher des Kremls, Dmitri Peskow", "el presidente ruso, Vladimir Putin",
 * "Kyiv, the Ukrainian capital". Background facts: structural.
 */
export const titleFrames: FrameRule = (reading, token) => {
  if (reading.isVerb(token) && reading.has(token, LEAD_VERBS)) return led(reading, token);
  if (reading.graph.is(token, 'amod', 'acl') && reading.has(token, RULE_VERBS))
    return rulingIn(reading, token);
  if (!reading.isNoun(token)) return [];
  if (reading.has(token, COMMAND_NOUNS) && reading.caseIs(token, UNDER))
    return underCommand(reading, token);
  const ofBody = personOfBody(reading, token);
  if (ofBody) return [ofBody];
  const minister = ministerOf(reading, token);
  if (minister) return [minister];
  // "former president Poroshenko", "l'ancien président": a former holder holds nothing now.
  if (reading.graph.children(token, 'amod').some((m) => FORMER.test(reading.graph.folded(m))))
    return [];
  const titled = titlePredicate(reading, token);
  // "chef d'une unité du Hezbollah": who leads or speaks for a unit of a body is a member of that body;
  // a unit named as a body of its own ("spokesman of the 6th Infantry Division") is the one served.
  const ofUnit = reading.graph
    .children(token, 'nmod')
    .some((m) => reading.has(m, UNIT_NOUNS) && reading.mentionAt(m) === null);
  const predicate =
    ofUnit && titled !== 'CAPITAL_OF' && titled !== null
      ? 'MEMBER_OF'
      : titled === 'MEMBER_OF' && commandsBody(reading, token)
        ? 'LEADER_OF'
        : titled;
  if (!predicate) return [];
  if (predicate === 'CAPITAL_OF') return capital(reading, token);
  const split = splitCompound(reading, token);
  const holder = split ? split.holder : holderOf(reading, token);
  const served = split ? split.body : servedBy(reading, token);
  const listed = listedHolders(reading, token).map(([person, body]) =>
    proposal({ predicate, subject: person, object: body, trigger: token, structural: true }),
  );
  if (!holder || !served || holder.entity.id === served.id) return listed;
  if (predicate === 'LEADER_OF' && served.kind === 'COUNTRY' && headsAgency(reading, token))
    return listed;
  // "der ruandische Brigadegeneral": an officer of a state serves in its armed force; "Indiens
  // Armeechef", "India's army chief" leads it.
  const force =
    served.kind === 'COUNTRY' && (isRank(reading, token) || ofArmy(reading, token))
      ? reading.gazetteer.country(served.id)?.armedForce
      : undefined;
  const body = force ? reading.recordForce(reading.use(force)) : served;
  return [
    proposal({
      predicate,
      subject: holder,
      object: { entity: body, token, forceOf: null },
      trigger: token,
      structural: true,
    }),
    ...listed,
  ];
};

/**
 * "Chief of Afghan Intelligence Agency, Rahmatullah Nabil": a title over a state's agency or
 * ministry the text does not name leads that body, not the state the demonym names.
 */
function headsAgency(reading: SentenceReading, title: number): boolean {
  return reading.graph
    .children(title, 'nmod', 'compound')
    .some(
      (m) => reading.has(m, STATE_AGENCIES) && reading.mentionAt(m)?.entity.kind !== 'ORGANIZATION',
    );
}

/**
 * "los mandatarios de RDC, Felix Tshisekedi, y de Ruanda, Paul Kagame", "the presidents of Congo,
 * X, and of Rwanda, Y": a plural title's further "of" conjuncts, each with the name beside it.
 */
function listedHolders(reading: SentenceReading, title: number): [Argument, Argument][] {
  const { graph } = reading;
  const pairs: [Argument, Argument][] = [];
  // The parser may hang the next conjunct on the first name rather than on the title.
  const conjuncts = [title, ...graph.children(title, 'appos')].flatMap((t) =>
    graph.children(t, 'conj'),
  );
  for (const body of conjuncts.filter((c) => reading.caseIs(c, OF))) {
    const served = argumentOf(reading, body);
    if (!served || served.entity.kind === 'PERSON') continue;
    const person = graph
      .children(body, 'appos', 'flat')
      .map((t) => argumentOf(reading, t))
      .find((a) => a?.entity.kind === 'PERSON');
    if (person && person.entity.id !== served.entity.id) pairs.push([person, served]);
  }
  return pairs;
}

/**
 * "le ministre israélien de la Défense, Israel Katz", "Israeli Defence Minister Israel Katz",
 * "des ukrainischen Außenministers Dmytro Kuleba", "la ministra de Exteriores de RDC": a
 * minister with a portfolio and a country leads that country's ministry (named as the ministry
 * pattern names it), not the country.
 */
function ministerOf(reading: SentenceReading, title: number): Proposal | null {
  const { graph } = reading;
  const folded = graph.folded(title);
  const german =
    reading.language === 'de' && folded.includes('minister') ? germanPortfolio(folded) : null;
  if (!german && !reading.has(title, MINISTER_TITLES)) return null;
  const portfolio = portfolioOf(reading, title);
  if (!portfolio) return null;
  const parts = graph.children(title, 'compound', 'amod', 'nmod', 'flat');
  // "el ministro de Defensa, René Merino", with no country beside: the one country the article
  // has named, as "the army" alone is its army.
  const country =
    [title, ...parts].map((t) => countryBeside(reading, t)).find((c) => c?.kind === 'COUNTRY') ??
    genitiveBefore(reading, title)
      .map((t) => reading.mentionAt(t)?.entity)
      .find((c) => c?.kind === 'COUNTRY') ??
    articleCountry(reading);
  const holder = holderOf(reading, title);
  if (!country || !holder) return null;
  return proposal({
    predicate: 'LEADER_OF',
    subject: holder,
    object: {
      entity: reading.use(ministryEntity(country, portfolio)),
      token: title,
      forceOf: null,
    },
    trigger: title,
    structural: true,
  });
}

function titlePredicate(reading: SentenceReading, token: number): Proposal['predicate'] | null {
  // First: a "chef-lieu" is a place, no chief.
  if (reading.has(token, CAPITAL_NOUNS)) return 'CAPITAL_OF';
  // "Premier-League-Star": the tokenizer splits a hyphenated compound; its first word is no title.
  if (hyphenFollows(reading, token)) return null;
  if (reading.headHas(token, SPOKESPERSON_TITLES) || isPressSecretary(reading, token))
    return 'SPOKESPERSON_OF';
  if (
    reading.headHas(token, LEADER_TITLES) ||
    isPrimeMinister(reading, token) ||
    isSecretaryGeneral(reading, token)
  )
    return isMilitaryChief(reading, token) ? 'MEMBER_OF' : 'LEADER_OF';
  if (reading.headHas(token, MEMBER_TITLES) || isRank(reading, token)) return 'MEMBER_OF';
  return null;
}

function hyphenFollows(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  if (token >= graph.size) return false;
  const next = graph.token(token + 1);
  return next.word === '-' && next.start === graph.token(token).end;
}

/**
 * A military rank as a noun ("Brigadegeneral", "brigadier general", "general de brigada"), not a
 * civil office named with the same word ("Attorney General", "secrétaire général").
 */
function isRank(reading: SentenceReading, title: number): boolean {
  if (reading.graph.pos(title) !== 'NOUN' && reading.graph.pos(title) !== 'PROPN') return false;
  if (!reading.headHas(title, MILITARY_RANKS)) return false;
  return reading.graph
    .children(title, 'compound')
    .every((c) => reading.has(c, MILITARY_RANKS) || reading.mentionAt(c) !== null);
}

/**
 * "Kyiv, the Ukrainian capital", "Sittwe, the capital of Rakhine State",
 * "Goma, chef-lieu de la province du Nord-Kivu": a country's capital is its
 * CAPITAL_OF; a province's or a state's lies in it.
 */
function capital(reading: SentenceReading, noun: number): Proposal[] {
  const { graph } = reading;
  // The city stands beside the noun; what follows "of" is what it is the capital of.
  const beside = besideTitle(reading, noun, false)
    .map((t) => argumentOf(reading, t))
    .find((a) => a?.entity.kind === 'LOCATION');
  const served = servedBy(reading, noun);
  const region = graph
    .children(noun, 'nmod', 'nmod:poss')
    .filter((m) => graph.is(m, 'nmod:poss') || reading.caseIs(m, OF))
    .map((m) => argumentOf(reading, m))
    .find((a) => a?.entity.kind === 'LOCATION');
  // "the Afghan capital of Kabul": with the country named by its adjective, "of" names the city.
  const byDemonym = graph
    .children(noun, 'amod')
    .some((a) => reading.mentionAt(a)?.via === 'demonym');
  // The "of" word must itself name the place: "the French capital of gastronomy, Lyon" names none.
  const ofPlace = graph
    .children(noun, 'nmod')
    .filter((m) => reading.caseIs(m, OF) && reading.mentionAt(m)?.entity.kind === 'LOCATION')
    .map((m) => ({ entity: reading.mentionAt(m)!.entity, token: m, forceOf: null }))[0];
  const city = beside ?? (byDemonym && served?.kind === 'COUNTRY' ? ofPlace : undefined);
  if (!city) return [];
  const place =
    served?.kind === 'COUNTRY'
      ? served
      : (region?.entity ?? served ?? countryOfCapital(reading, city.entity));
  if (!place || place.id === city.entity.id) return [];
  return [
    proposal({
      predicate: place.kind === 'COUNTRY' ? 'CAPITAL_OF' : 'LOCATED_IN',
      subject: city,
      object: { entity: place, token: noun, forceOf: null },
      trigger: noun,
      structural: true,
    }),
  ];
}

/**
 * "Im sudanesischen Staatsfernsehen in der Hauptstadt Khartum", "sent to Haiti, where gangs control
 * the capital, Port-au-Prince": "the capital" with no country beside it is the capital of the
 * country the article has named whose capital that city is.
 */
function countryOfCapital(reading: SentenceReading, city: Entity): Entity | undefined {
  const named = [...reading.countriesNamed];
  for (let token = 1; token <= reading.graph.size; token += 1) {
    const entity = reading.mentionAt(token)?.entity;
    if (entity?.kind === 'COUNTRY') named.push(entity);
  }
  return named.find((c) => reading.gazetteer.country(c.id)?.capital?.id === city.id);
}

/**
 * German splits "EU-Außenbeauftragte Kaja Kallas" at the hyphen, and the
 * parse hangs the title on the body's name and the person beside it: the
 * body serves, the person in apposition holds. A genitive before its title
 * ("Syriens Machthaber Bashar al-Assad") may be run into one flat name the
 * same way.
 */
function splitCompound(
  reading: SentenceReading,
  title: number,
): { holder: Argument | null; body: Argument['entity'] | null } | null {
  const { graph } = reading;
  const body = graph.head(title);
  const joined =
    title >= 2 &&
    (graph.token(title - 1).word === '-' || (reading.language === 'de' && body === title - 1));
  if (!graph.is(title, 'flat') || !joined) return null;
  const named = argumentOf(reading, body);
  if (!named || named.entity.kind === 'PERSON' || named.entity.kind === 'LOCATION') return null;
  // "Hamas-Militärchef Mohammed Deif": the name may also just follow, hung elsewhere.
  const holder = [...graph.children(body, 'appos', 'flat'), title + 1]
    .filter((t) => t <= graph.size)
    .map((t) => argumentOf(reading, t))
    .find((a) => a && holds(reading, title, a));
  return { holder: holder ?? null, body: named.entity };
}

/** The named holder of a title: in apposition either way, the compound's head, or the copula's subject. */
function holderOf(reading: SentenceReading, title: number): Argument | null {
  for (const token of besideTitle(reading, title, true)) {
    const named = argumentOf(reading, token);
    if (named && holds(reading, title, named)) return named;
  }
  const ranked = rankedHolder(reading, title);
  if (ranked) return ranked;
  // "der Sprecher des Weißen Hauses, John Kirby": the parser may hang the name on the body
  // the title serves; a person set beside a body that is no person names the title's holder.
  // "der Anführer der militanten Gruppe TTP, Noor Wali Mehsud": or join it to the body's name.
  for (const body of reading.graph.children(title, 'nmod')) {
    if (argumentOf(reading, body)?.entity.kind === 'PERSON') continue;
    for (const apposed of reading.graph.children(body, 'appos')) {
      for (const token of [apposed, ...setOffConjuncts(reading, apposed)]) {
        const named = argumentOf(reading, token);
        if (named?.entity.kind === 'PERSON') return named;
      }
    }
  }
  return holderOfDomain(reading, title);
}

/**
 * "the commander of the 3rd Division, Major General John Smith", "le commandant de la 3e division,
 * le général Jean Dupont", "der Kommandant der Streitkräfte, General Hans Müller", "el comandante
 * de la Segunda División, general Juan Pérez": the name set beside a title may stand under a rank
 * of its own, which the parser makes the title's apposition or adjective, or, set off by a comma
 * right after the title's phrase, a word of the clause ("según un portavoz militar, el general
 * Juan Pérez"). The person the rank names holds the title.
 */
function rankedHolder(reading: SentenceReading, title: number): Argument | null {
  const { graph } = reading;
  const words = graph.subtree(title).filter((t) => !graph.is(t, 'punct'));
  let after = Math.max(...words) + 1;
  const comma = after <= graph.size && graph.token(after).word === ',';
  if (comma) after += 1;
  while (after <= graph.size && graph.is(after, 'det')) after += 1;
  const ranks = [
    ...graph.children(title, 'appos', 'amod'),
    ...(comma && after <= graph.size ? [after] : []),
  ].filter((t) => reading.has(t, MILITARY_RANKS) && reading.mentionAt(t) === null);
  for (const rank of ranks) {
    // The Spanish parser may make the name the subject of a rank it tags an adjective.
    for (const token of graph.children(rank, 'appos', 'flat', 'nsubj')) {
      const named = argumentOf(reading, token);
      if (named?.entity.kind === 'PERSON') return named;
    }
  }
  return null;
}

/** The word "member" itself, which a state may hold: "NATO member Turkey", "das EU-Mitglied Irland". */
const MEMBERSHIP: Stems = {
  en: ['member$'],
  fr: ['membre$'],
  de: ['mitglied$'],
  es: ['miembro$'],
};

/**
 * Whether a named entity may hold the title: a person holds any; a state holds "member"
 * ("Turkey, a NATO member", "Turquía, miembro de la OTAN") and no other.
 */
function holds(reading: SentenceReading, title: number, named: Argument): boolean {
  if (named.entity.kind === 'PERSON') return true;
  return named.entity.kind === 'COUNTRY' && reading.headHas(title, MEMBERSHIP);
}

/** The case markers of a title's field: "spokesman for national security", "Sprecher für …". */
const FIELD_MARKER = /^(?:for|pour|fur|para)$/u;

/**
 * "der Sprecher des Weißen Hauses für nationale Sicherheit, John Kirby": the parser may hang the
 * title's field on the verb, and the name on the field. A field that follows the title's phrase
 * directly, with a person in apposition, names the holder.
 */
function holderOfDomain(reading: SentenceReading, title: number): Argument | null {
  const { graph } = reading;
  const next = Math.max(...graph.subtree(title)) + 1;
  if (next > graph.size) return null;
  const field = graph.head(next) === 0 ? null : graph.head(next);
  if (field === null || !graph.children(field, 'case').includes(next)) return null;
  if (!FIELD_MARKER.test(graph.caseOf(field)) || graph.subtree(field).includes(title)) return null;
  for (const token of graph.children(field, 'appos')) {
    const named = argumentOf(reading, token);
    if (named?.entity.kind === 'PERSON') return named;
  }
  return null;
}

/**
 * The words that may name what a title or a capital noun describes: its
 * appositions either way, the compound's head, the copula's subject, and
 * with `modifiers` its "of" phrases ("Alan Boswell of the Crisis Group").
 */
function besideTitle(reading: SentenceReading, title: number, modifiers: boolean): number[] {
  const { graph } = reading;
  // "military leader Mohammed Deif": a name right after its title may be left an unlabelled "dep".
  const following = graph
    .children(title, 'dep')
    .filter((d) => Math.min(...graph.subtree(d)) === title + 1);
  // Only "of" phrases and genitives: "70 Abu Sayyaf members at Sitio Sangay" names where, not who.
  const ofPhrases = modifiers
    ? graph.children(title, 'nmod').filter((m) => reading.caseIs(m, OF) || graph.caseOf(m) === '')
    : [];
  return [
    ...graph.children(title, 'appos', 'flat'),
    ...ofPhrases,
    ...following,
    // "a senior RSF commander, Ali Yagoub Gibril, and the attackers": the parser may join the
    // name to its title as a conjunct.
    ...setOffConjuncts(reading, title),
    ...conjunctBefore(reading, title),
    ...nameBeforeComma(reading, title),
    ...(graph.is(title, 'appos', 'compound', 'flat', 'nmod') ? [graph.head(title)] : []),
    ...graph.children(title, 'nsubj'),
  ];
}

/**
 * Conjuncts set off by a comma with no "and" before them: appositions the parser joined. It may
 * hang the comma on the conjunct itself.
 */
function setOffConjuncts(reading: SentenceReading, token: number): number[] {
  const { graph } = reading;
  const first = (c: number) => Math.min(...graph.subtree(c).filter((t) => !graph.is(t, 'punct')));
  return graph
    .children(token, 'conj')
    .filter((c) => graph.children(c, 'cc').length === 0 && graph.token(first(c) - 1).word === ',');
}

/**
 * "traduits par 20 Minutes, Rami Abdel Rahman, chef de l'OSDH, indique": the parser may make
 * both the name and its title conjuncts of an earlier word. A title that is a conjunct set off
 * by a comma alone, with no "and" before it, describes the conjunct that ends at that comma.
 */
function conjunctBefore(reading: SentenceReading, title: number): number[] {
  const { graph } = reading;
  if (!graph.is(title, 'conj') || graph.children(title, 'cc').length > 0) return [];
  // The parser hangs the comma on the title itself or on what comes before it.
  const comma = Math.min(...graph.subtree(title).filter((t) => !graph.is(t, 'punct'))) - 1;
  if (comma < 2 || graph.token(comma).word !== ',') return [];
  let before = comma - 1;
  while (graph.is(before, 'flat', 'compound') && graph.head(before) < comma)
    before = graph.head(before);
  const head = graph.head(title);
  return before === head || (graph.is(before, 'conj') && graph.head(before) === head)
    ? [before]
    : [];
}

/** The commander of a force or a unit, in the languages' words. */
const COMMANDER: Stems = {
  en: ['commander$'],
  fr: ['commandant$'],
  de: ['kommandeur', 'kommandant'],
  es: ['comandante$'],
};

/** Determiners that make a title one of several: "a commander", "un commandant", "ein", "un". */
const INDEFINITE = /^(?:a|an|un|une|ein|eine|einer|eines|einem|einen|una)$/u;

/**
 * "the commander of the 2nd Division", "le commandant de l'armée malienne", "der Kommandant der
 * Streitkräfte", "el comandante de la Segunda División", "X, commander of the 6th Brigade": the
 * one commander of a named force or unit leads it. A group's "commander" is one of its commanders
 * ("el comandante del grupo Hamás", "a Hamas commander", "a senior commander of the RSF", "ISIS's
 * commander in the area"), and so is one of a field of the force ("el comandante de ingeniería
 * de la Guardia Revolucionaria").
 */
function commandsBody(reading: SentenceReading, title: number): boolean {
  const { graph } = reading;
  if (!reading.has(title, COMMANDER)) return false;
  if (graph.children(title, 'det').some((d) => INDEFINITE.test(graph.folded(d)))) return false;
  if (graph.children(title, 'amod', 'nummod').some((m) => !reading.has(m, MILITARY_RANKS)))
    return false;
  // The first phrase after the title names what is commanded. German tells it by a genitive,
  // with no word of case; a body named in a unit's compound ("der Kommandeur der
  // Hamas-Brigaden") is the unit's, not led whole.
  const body = graph.children(title, 'nmod').find((m) => m > title);
  if (body === undefined || reading.prefixAt(body) !== null || hyphenedUnit(reading, body))
    return false;
  if (!reading.caseIs(body, OF) && !(reading.language === 'de' && graph.caseOf(body) === ''))
    return false;
  return argumentOf(reading, body)?.entity.kind === 'ARMED_FORCE';
}

/** "Hamas-Brigaden", which German splits at the hyphen and hangs on the name: a unit of the body. */
function hyphenedUnit(reading: SentenceReading, name: number): boolean {
  const { graph } = reading;
  return graph
    .children(name, 'flat')
    .some((c) => graph.token(c - 1).word === '-' && reading.has(c, UNIT_NOUNS));
}

/**
 * "a indiqué à l'AFP Paul Martin, le porte-parole des Forces démocratiques syriennes.": the parser
 * may hang a title closing the sentence on the comma before it, as an unlabelled "dep"; it
 * describes the word that ends at that comma.
 */
function nameBeforeComma(reading: SentenceReading, title: number): number[] {
  const { graph } = reading;
  if (!graph.is(title, 'dep')) return [];
  const comma = graph.head(title);
  return comma >= 2 && graph.token(comma).word === ',' ? [comma - 1] : [];
}

/** "Premier ministre", "prime minister", "primer ministro": the head of a government. */
function isPrimeMinister(reading: SentenceReading, title: number): boolean {
  return (
    reading.has(title, MINISTER_TITLES) &&
    reading.graph.children(title, 'amod', 'compound').some((m) => reading.has(m, PRIME))
  );
}

/**
 * "the group's military leader Mohammed Deif", "Hamas-Militärchef": who
 * heads a body's armed wing belongs to the body; he does not lead it.
 */
function isMilitaryChief(reading: SentenceReading, title: number): boolean {
  if (reading.language === 'de' && reading.has(title, MILITARY)) return true;
  return reading.graph.children(title, 'amod', 'compound').some((m) => reading.has(m, MILITARY));
}

/** Army words a German compound title starts with: "Armeechef", "Heereschef", "Militärsprecher". */
const GERMAN_ARMY_PREFIX = /^(?:armee|heeres|militar|streitkrafte)/u;

/** A title of the army: "army chief", "Armeechef", with the army's word beside it or compounded. */
function ofArmy(reading: SentenceReading, title: number): boolean {
  if (reading.language === 'de') return GERMAN_ARMY_PREFIX.test(reading.graph.folded(title));
  return reading.graph.children(title, 'compound').some((m) => reading.has(m, ARMY_NOUNS));
}

/** "Press Secretary", "Pressesekretärin": a spokesperson by another name. */
function isPressSecretary(reading: SentenceReading, title: number): boolean {
  const word = reading.graph.folded(title);
  if (reading.language === 'de') return word.startsWith('pressesekretar');
  return (
    /^secretar/u.test(word) &&
    reading.graph
      .children(title, 'compound', 'amod')
      .some((c) => /^(?:press|presse|prensa)$/u.test(reading.graph.folded(c)))
  );
}

/** "secretary", "secrétaire", "secretario", "secretaria". */
const SECRETARY = /^secreta(?:r|ir)/u;

/**
 * "NATO Secretary General Mark Rutte", "UN Secretary-General", "le secrétaire général de l'ONU",
 * "el secretario general de la OTAN": the head of the body's secretariat leads the body. German
 * writes it in one word ("Generalsekretär", in the leaders' titles).
 */
function isSecretaryGeneral(reading: SentenceReading, title: number): boolean {
  const { graph } = reading;
  const word = graph.folded(title);
  if (SECRETARY.test(word) && /-general$/u.test(word)) return true;
  const beside = graph.children(title, 'compound', 'amod').map((c) => graph.folded(c));
  if (word === 'general') return beside.some((w) => SECRETARY.test(w));
  return SECRETARY.test(word) && beside.some((w) => /^(?:general|generale)$/u.test(w));
}

/** "Hemeti heads the RSF", "l'Africa Corps, dirigé par …": a person leading a body. */
function led(reading: SentenceReading, verb: number) {
  const leaderToken = agentOf(reading, verb);
  // "In Mali regiert General Assimi Goïta", "die in Kabul herrschenden Taliban": who rules in a
  // country or a place rules it.
  const ruledIn = (o: number) => {
    const kind = argumentOf(reading, o)?.entity.kind;
    return reading.caseIs(o, INSIDE) && (kind === 'COUNTRY' || kind === 'LOCATION');
  };
  const ledNoun = themeOf(reading, verb) ?? obliquesOf(reading, verb).find(ruledIn) ?? null;
  if (leaderToken === null || ledNoun === null) return [];
  // "the members of the Daulah Islamiyah led by Sonny Indal": the parser may hang the participle
  // on the members; it is their group that is led.
  const ledToken =
    reading.has(ledNoun, GROUP_MEMBERS) && reading.mentionAt(ledNoun) === null
      ? (reading.graph.children(ledNoun, 'nmod').find((m) => reading.caseIs(m, OF)) ?? ledNoun)
      : ledNoun;
  const leaders = argumentsOf(reading, leaderToken).filter((a) => a.entity.kind === 'PERSON');
  if (leaders.length === 0) return ruledPlaces(reading, verb, leaderToken, ledToken);
  // "the SAF, led by al-Burhan, and the RSF": a participle after one conjunct describes that one only.
  const led = reading.graph.is(verb, 'acl')
    ? [argumentOf(reading, ledToken)].filter((a): a is Argument => a !== null)
    : argumentsOf(reading, ledToken);
  const bodies = led.filter((a) => ACTOR_KINDS.has(a.entity.kind));
  // "headed the Hamas internal security agency": who leads a group's office or unit is a member.
  // German splits "die Hamas-Behörde" at the hyphen, the office hung on the name.
  const office = (t: number) => reading.has(t, UNIT_NOUNS) || reading.has(t, INSTITUTIONS);
  const part =
    (reading.mentionAt(ledToken) === null && office(ledToken)) ||
    reading.graph
      .children(ledToken, 'flat')
      .some((c) => reading.graph.token(c - 1).word === '-' && office(c));
  return leaders.flatMap((subject) =>
    bodies.map((object) =>
      proposal({
        predicate: part && object.entity.kind !== 'COUNTRY' ? 'MEMBER_OF' : 'LEADER_OF',
        subject,
        object,
        trigger: verb,
        structural: true,
      }),
    ),
  );
}

/**
 * "Al-Shabaab, under the command of Ahmed Diriye", "le Hezbollah, sous le commandement de Hassan
 * Nasrallah", "die Hamas unter dem Kommando von Jahja Sinwar", "bajo el mando de": the person
 * whose command it is leads the group the phrase describes, or the subject of the clause it is
 * said in.
 */
function underCommand(reading: SentenceReading, command: number): Proposal[] {
  const { graph } = reading;
  const commanders = graph
    .children(command, 'nmod')
    .filter((m) => reading.caseIs(m, OF) || graph.caseOf(m) === '')
    .flatMap((m) => argumentsOf(reading, m))
    .filter((a) => a.entity.kind === 'PERSON');
  const head = graph.head(command);
  const ledToken = reading.isVerb(head) ? subjectOf(reading, head) : head;
  if (commanders.length === 0 || ledToken === null || ledToken === 0) return [];
  const led = argumentsOf(reading, ledToken).filter(
    (a) => ACTOR_KINDS.has(a.entity.kind) && a.entity.kind !== 'PERSON',
  );
  return pairProposals('LEADER_OF', commanders, led, command);
}

/**
 * "Hamas, which has ruled Gaza since 2007", "die Hamas, die den Gazastreifen regiert": a group
 * that rules or runs a place holds it. A state ruling a place says nothing new.
 */
function ruledPlaces(
  reading: SentenceReading,
  verb: number,
  rulerToken: number,
  placeToken: number,
): Proposal[] {
  if (!reading.has(verb, RULE_VERBS)) return [];
  const rulers = argumentsOf(reading, rulerToken).filter(
    (a) => a.entity.kind === 'ORGANIZATION' || a.entity.kind === 'ARMED_FORCE',
  );
  const places = argumentsOf(reading, placeToken).filter((a) => a.entity.kind === 'LOCATION');
  return pairProposals('CONTROLS', rulers, places, verb);
}

/**
 * "die in Kabul herrschenden Taliban", "the Taliban ruling in Kabul": a participle of ruling on a
 * group, with the place it rules in, holds that place (as `ruledPlaces` reads a verb of ruling).
 */
function rulingIn(reading: SentenceReading, participle: number): Proposal[] {
  const { graph } = reading;
  const places = graph
    .children(participle, 'nmod', 'obl')
    .filter((o) => reading.caseIs(o, INSIDE))
    .flatMap((o) => argumentsOf(reading, o))
    .filter((a) => a.entity.kind === 'LOCATION');
  if (places.length === 0) return [];
  const rulers = argumentsOf(reading, graph.head(participle)).filter(
    (a) => a.entity.kind === 'ORGANIZATION' || a.entity.kind === 'ARMED_FORCE',
  );
  return pairProposals('CONTROLS', rulers, places, participle);
}

/** "Alan Boswell de l'International Crisis Group", "Ben McWilliams of Bruegel": a person of a body. */
function personOfBody(reading: SentenceReading, token: number) {
  const person = reading.mentionAt(token);
  if (person?.entity.kind !== 'PERSON') return null;
  // "the Pentagon's Press Secretary Sabrina Singh": her title says more than belonging (titlePredicate).
  if (reading.graph.children(token, 'compound').some((t) => titlePredicate(reading, t)))
    return null;
  for (const owner of reading.graph.children(token, 'nmod').filter((m) => reading.caseIs(m, OF))) {
    const body = argumentOf(reading, owner);
    if (body?.entity.kind === 'ORGANIZATION') {
      return proposal({
        predicate: 'MEMBER_OF',
        subject: { entity: person.entity, token, forceOf: null },
        object: { entity: body.entity, token: owner, forceOf: null },
        trigger: token,
        structural: true,
      });
    }
  }
  return null;
}
