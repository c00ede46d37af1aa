import type { EntityKind } from '../../domain/entity';
import type { Span } from '../../domain/mention';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { GazetteerEntry } from '../gazetteer/gazetteer-entry';
import type { FoundMention } from '../mentions/found-mention';
import { contains, overlaps } from '../mentions/found-mention';
import { ACRONYM } from '../mentions/acronym-pattern';
import { commodityInOtherSense } from './commodity-senses';
import { withPeopleGroups } from './people-groups';
import { INSTITUTE_NAME, splitAtAffiliation } from './institute-names';
import { afterPlaceTitle } from './place-titles';
import { isShortForm } from './short-forms';
import { ministryMentions } from '../mentions/ministry-pattern';
import { securityCouncilMentions } from '../mentions/security-council-pattern';
import { unitMentions } from '../mentions/unit-pattern';
import type { AnalysisEntity, AnalysisLanguage } from '../nlp/analysis';
import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';
import { ARMED_GROUP_NOUNS, ARMED_WORDS } from './lexicon/predicate-triggers';
import { OF } from './lexicon/case-markers';
import {
  AGENCY_NOUNS,
  ARMY_NOUNS,
  GENERIC_INSTITUTION_NAME,
  GROUP_NOUNS,
  LEADER_TITLES,
  MEMBER_TITLES,
  MINISTER_TITLES,
  NEVER_A_NAME_ALONE,
  NEWS_WORDS,
  OUTLET_NOUNS,
  PERSONNEL,
  REGION_NOUNS,
  SPOKESPERSON_TITLES,
  STATE_FORCE_WORDS,
  TIME_NOUNS,
} from './lexicon/nouns';
import type { Stems } from './lexicon/stems';
import { compoundHeadHas, hasStem } from './lexicon/stems';
import type { SentenceGraph } from './sentence-graph';
import { foldForMatch } from '../text/fold-for-match';

const KIND_OF_NER: Readonly<Record<AnalysisEntity['type'], EntityKind | null>> = {
  PERSON: 'PERSON',
  ORGANIZATION: 'ORGANIZATION',
  LOCATION: 'LOCATION',
  // MISC covers demonyms, events and titles: only the gazetteer may name those.
  MISC: null,
};

/**
 * A name ending in the word for a region is a place whatever the analyser
 * tagged it ("Rakhine State" comes out as an organisation).
 */
const PLACE_NAME_END = /\s(?:State|Province|Region|District|Township|Oblast|Governorate)$/u;

/**
 * Likewise a name holding the word for an alliance is an organisation: the German model tags
 * "Three Brotherhood Alliance" as a miscellaneous name, the French one "Alliance Fleuve Congo" as
 * a place.
 */
const ALLIANCE_NAME = /(?:^|\s)(?:Alliance|Allianz|Alianza|Coalition|Koalition|Coalición)(?:$|\s)/u;

/**
 * A joint task force is a formation of troops, whatever the analyser tagged it: "Joint Task Force
 * Sulu", "la Fuerza de Tarea Conjunta Omega", "la Force conjointe du G5 Sahel" (not the "Financial
 * Action Task Force", which is no joint one).
 */
const JOINT_FORCE_NAME =
  /(?:^|\s)(?:joint (?:task )?force|fuerza (?:de tarea )?conjunta|force (?:operationnelle )?conjointe|gemeinsame (?:einsatz)?truppe)(?:$|\s)/u;

/**
 * Names in one analysed sentence: the gazetteer's longest matches first
 * (countries, demonyms, capitals, well-known organisations and people, the
 * graph's own names), then the analyser's named entities that no gazetteer
 * name covers, as candidates of the kind the analyser gives. A named entity
 * made only of common nouns (German capitalises them all) is never a name.
 */
export function parseMentions(
  graph: SentenceGraph,
  gazetteer: Gazetteer,
  language: AnalysisLanguage,
): FoundMention[] {
  const { start } = graph.span;
  const tokens = tokenize(graph.sentenceText, start);
  const found: FoundMention[] = [];
  for (let index = 0; index < tokens.length;) {
    const match =
      gazetteer.matchAt(tokens, index, language) ??
      inflectedMatch(tokens, index, gazetteer, language) ??
      compassDemonym(tokens, index, gazetteer, language) ??
      hyphenedCompassName(tokens, index, gazetteer, language);
    if (
      !match ||
      endsPlaceName(graph, tokens[index]!, match.entries, language) ||
      commodityInOtherSense(tokens, index, match.length, match.entries, language) ||
      insideHyphenedPlace(graph, gazetteer, tokens, index, match.length, match.entries)
    ) {
      index += 1;
      continue;
    }
    const span = { start: tokens[index]!.start, end: tokens[index + match.length - 1]!.end };
    found.push(mention(graph, span, match.entries, null));
    index += match.length;
  }
  // "Azerbaijan's Ministry of Defense", "le ministère russe de la Défense": a ministry named with
  // its country is that country's ministry (the rules extractor's pattern), unless a known
  // organisation's name covers it.
  const tokenized = {
    index: graph.sentence.index,
    sentence: { text: graph.sentenceText, span: graph.span },
    tokens,
  };
  // "the 21st Infantry Battalion", "la 6ᵉ division d'infanterie": a numbered unit is named so.
  const ministries = [
    ...ministryMentions(graph.articleText, tokenized, gazetteer),
    ...unitMentions(graph.articleText, tokenized),
  ].filter(
    (m) =>
      !found.some((k) => k.entries[0]?.entity.kind === 'ORGANIZATION' && overlaps(k.span, m.span)),
  );
  // "the Russian Security Council" is Russia's, not the UN's council the gazetteer knows by the
  // words it holds; a longer name holding it ("Supreme National Security Council") stays.
  ministries.push(
    ...securityCouncilMentions(graph.articleText, tokenized, gazetteer).filter(
      (m) => !found.some((k) => overlaps(k.span, m.span) && !contains(m.span, k.span)),
    ),
  );
  found.splice(
    0,
    found.length,
    ...withPeopleGroups(graph, language, [
      ...ministries,
      ...found.filter((k) => !ministries.some((m) => overlaps(m.span, k.span))),
    ]),
  );
  const entities = joinedOverParticles(graph, gazetteer, graph.sentence.entities)
    .flatMap((e) => splitAtAffiliation(graph, afterPlaceTitle(graph, e)))
    .map((e) =>
      fromFirstCapital(
        graph,
        withRegionNounAfter(
          graph,
          withNumberAfter(graph, withFlatNameAfter(graph, withoutClosingMarks(graph, e))),
          language,
        ),
        language,
      ),
    );
  // "Israel Katz", "Thérèse Kayikwamba Wagner": a person's name holding another entity's name is
  // the person's, not the country's or the group's. So is an organisation's of three words or
  // more holding a region's ("Arakan National Party"); a country's may be its owner ("US Army").
  const holders = entities.filter(
    (e) =>
      (e.type === 'PERSON' && e.last > e.first) ||
      (e.type === 'ORGANIZATION' && e.last - e.first >= 2),
  );
  for (const holder of holders) {
    const span = { start: holder.start, end: holder.end };
    // "Ejército del Pueblo Paraguayo", "Armée de libération du peuple soudanais": a rebel army's
    // name may end in a demonym, which is no country's army here.
    const rebelArmy = holder.type === 'ORGANIZATION' && rebelArmyName(graph, holder, language);
    const inside = found.filter(
      (m) =>
        contains(span, m.span) &&
        (m.span.start !== span.start || m.span.end !== span.end) &&
        m.entries.every(
          (e) =>
            (e.role === 'name' &&
              (holder.type === 'PERSON'
                ? e.entity.kind !== 'PERSON'
                : e.entity.kind === 'LOCATION')) ||
            (rebelArmy && e.role === 'demonym' && m.span.end === span.end),
        ),
    );
    inside.push(...found.filter((m) => endsBodyName(graph, holder, m, language)));
    if (inside.length > 0)
      found.splice(0, found.length, ...found.filter((m) => !inside.includes(m)));
    const headed = found.filter((m) => namesAnotherBody(graph, holder, m, found, language));
    if (headed.length > 0)
      found.splice(0, found.length, ...found.filter((m) => !headed.includes(m)));
  }
  // "the Serbian Orthodox Church", "Afghan Intelligence Agency": a demonym opening an
  // organisation's name is a word of that name, not its country.
  const opening = found.filter((m) => opensBodyName(graph, entities, m, found, language));
  if (opening.length > 0)
    found.splice(0, found.length, ...found.filter((m) => !opening.includes(m)));
  // The place's name gives way, and the longer name names nothing the graph knows how to read.
  const runOn = found.flatMap((mention) => {
    const name = unknownNameRunOn(graph, entities, mention, found, language);
    return name === null ? [] : [{ mention, name }];
  });
  if (runOn.length > 0)
    found.splice(0, found.length, ...found.filter((m) => !runOn.some((r) => r.mention === m)));
  const named = [...found];
  const regionNamed = placesNamedByRegionNoun(graph, language);
  const outlets = outletsNamedByNoun(graph, language);
  const read = entities.filter((e) => !runOn.some((r) => r.name === e));
  for (const entity of read.flatMap((e) => outsideNames(graph, e, named))) {
    const span = { start: entity.start, end: entity.end };
    const kind =
      PLACE_NAME_END.test(entity.text) ||
      regionNamed.some((p) => contains(span, p)) ||
      loneNameInside(graph, entity, language)
        ? 'LOCATION'
        : JOINT_FORCE_NAME.test(foldForMatch(entity.text))
          ? 'ARMED_FORCE'
          : ALLIANCE_NAME.test(entity.text) || INSTITUTE_NAME.test(entity.text)
            ? 'ORGANIZATION'
            : namesArmedGroup(graph, entity, language) ||
                describedAsArmed(graph, headOf(graph, entity) ?? entity.last, language)
              ? 'ARMED_FORCE'
              : titledPerson(graph, entity, language)
                ? 'PERSON'
                : taggedWorkplace(graph, entity, language)
                  ? 'ORGANIZATION'
                  : KIND_OF_NER[entity.type];
    // A short form may be a noun to the parser ("Le Front a attaqué…").
    const short = shortFormMention(graph, gazetteer, entity, span, language);
    if (!kind || !(short || isProperName(graph, entity)) || isGenericInstitution(entity.text))
      continue;
    // "Le Régiment a annoncé", "El Batallón sufrió": an army's or a unit's noun alone names none.
    const alone = entity.first === entity.last ? graph.folded(entity.first) : null;
    if (
      alone !== null &&
      (hasStem(alone, NEVER_A_NAME_ALONE[language]) || hasStem(alone, ARMY_NAME_HEADS[language]))
    )
      continue;
    if (found.some((m) => overlaps(m.span, span))) continue;
    found.push(short ?? mention(graph, span, [], kind));
  }
  // "the Pakistani daily Dawn", "la chaîne Al-Sumaria": a name its noun says is an outlet is one,
  // whatever kind the analyser gave it (a person's, a place's, or none).
  for (const span of outlets) {
    const covering = found.filter((m) => overlaps(m.span, span));
    if (covering.some((m) => m.entries.length > 0)) continue;
    const whole = covering.reduce(
      (all, m) => ({
        start: Math.min(all.start, m.span.start),
        end: Math.max(all.end, m.span.end),
      }),
      span,
    );
    found.splice(0, found.length, ...found.filter((m) => !covering.includes(m)));
    const outlet = mention(graph, whole, [], 'ORGANIZATION');
    found.push({ ...outlet, guess: { ...outlet.guess!, media: true } });
  }
  // A name several countries share ("Congo", "congolais") where no longer name covers it: "Congo"
  // in "Congo River Alliance" is part of the alliance's name; the analyser's own "Congo" gives way.
  for (let index = 0; index < tokens.length; index += 1) {
    // "im Osten Kongos": a German genitive of a shared name is that name.
    const match =
      gazetteer.sharedAt(tokens, index) ??
      inflectedMatch(tokens, index, gazetteer, language, 'sharedAt');
    if (!match) continue;
    const span = { start: tokens[index]!.start, end: tokens[index + match.length - 1]!.end };
    const covering = found.filter((m) => overlaps(m.span, span));
    if (covering.some((m) => m.entries.length > 0 || !contains(span, m.span))) continue;
    found.splice(0, found.length, ...found.filter((m) => !covering.includes(m)));
    found.push(mention(graph, span, match.entries, null));
  }
  for (const span of regionNamed) {
    if (!found.some((m) => overlaps(m.span, span)))
      found.push(mention(graph, span, [], 'LOCATION'));
  }
  // "…, SITE said" after "SITE Intelligence Group": a capitalised word the analyser left untagged
  // may be an organisation's short name; it links only to one the article named (resolve-candidate).
  // The French tagger makes many such acronyms common nouns ("le porte-parole de la CPC").
  for (let index = 1; index <= graph.size; index += 1) {
    const { start, end, word } = graph.token(index);
    const span = { start, end };
    if (!SHOUTED.test(word) || found.some((m) => overlaps(m.span, span))) continue;
    if (describedAsArmed(graph, index, language))
      found.push(mention(graph, span, [], 'ARMED_FORCE'));
    else if (graph.pos(index) === 'PROPN' || graph.pos(index) === 'NOUN')
      found.push({ ...mention(graph, span, [], 'ORGANIZATION'), guess: shortName(word) });
  }
  for (const span of untaggedArticlePlaces(graph, language))
    if (!found.some((m) => overlaps(m.span, span)))
      found.push(mention(graph, span, [], 'LOCATION'));
  for (const span of untaggedMilitiaNames(graph, language))
    if (!found.some((m) => overlaps(m.span, span)))
      found.push(mention(graph, span, [], 'ARMED_FORCE'));
  for (const span of untaggedWorkplaces(graph, language))
    if (!found.some((m) => overlaps(m.span, span)))
      found.push(mention(graph, span, [], 'ORGANIZATION'));
  return withAcronyms(
    graph,
    gazetteer,
    language,
    spelledOutAfter(graph, entities, found, language)
      .filter((m) => !parentOfOffshoot(graph, m, found, language))
      .sort((a, b) => a.span.start - b.span.start),
  );
}

/** A proper noun written with an Arabic article hyphened to it: "al-Bireh", "el-Arish", "al-Abd". */
const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|an|az|at)-\p{Lu}/iu;

/** "near", "près de", "cerca de", "nahe": prepositions that set a name beside a place. */
const NEAR_A_PLACE: Stems = {
  en: ['near$'],
  fr: ['pres de$'],
  de: ['nahe$'],
  es: ['cerca de$'],
};

/**
 * "entraron en al-Bireh", "près de Bir al-Abd": the French and Spanish taggers leave untagged a
 * name with an Arabic article hyphened to it (its word opens in lower case). Set with no article
 * after "in" ("dans", "en") or "near", as loneNameInside reads a person's name, it is a place. Its
 * span is the proper noun with the proper nouns flat on it.
 */
function untaggedArticlePlaces(graph: SentenceGraph, language: AnalysisLanguage): Span[] {
  const tagged = (t: number) => graph.sentence.entities.some((e) => e.first <= t && t <= e.last);
  const spans: Span[] = [];
  for (let t = 1; t <= graph.size; t += 1) {
    if (graph.pos(t) !== 'PROPN' || tagged(t) || graph.is(t, 'flat', 'compound')) continue;
    // Not the weekday the French parser hangs flat on it ("dans al-Bireh lundi"); the English
    // tokenizer splits "al-Arish" in three, the article and the hyphen hung on the name.
    const word = (c: number) =>
      (graph.pos(c) === 'PROPN' &&
        (/^\p{Lu}/u.test(graph.token(c).word) ||
          ARTICLE_NAME.test(graph.token(c).word) ||
          NAME_PARTICLES.test(graph.folded(c)))) ||
      graph.token(c).word === '-';
    const parts = [t, ...graph.children(t, 'flat', 'compound', 'punct').filter(word)];
    const first = Math.min(...parts);
    const last = Math.max(...parts);
    if (last - first + 1 !== parts.length || parts.some(tagged)) continue;
    const span = { start: graph.token(first).start, end: graph.token(last).end };
    if (
      !textAt(graph, span)
        .split(/\s+/u)
        .some((w) => ARTICLE_NAME.test(w))
    )
      continue;
    const marker = graph.caseOf(t);
    const placed =
      graph.children(t, 'det').length === 0 &&
      (hasStem(marker, INSIDE_A_PLACE[language]) || hasStem(marker, NEAR_A_PLACE[language]));
    if (placed) spans.push(span);
  }
  return spans;
}

/** A militia's noun, which English and German set after the militia's name. */
const MILITIA_NOUN = /^(?:militia|militias|miliz|milizen)$/u;

/**
 * "the Wazalendo militia", "die Wazalendo Miliz": proper nouns the analyser left untagged that
 * the noun of a militia takes as its compound are that militia's name (tagged, namesArmedGroup
 * reads them). French and Spanish set the name after the noun, where the analyser tags it.
 */
function untaggedMilitiaNames(graph: SentenceGraph, language: AnalysisLanguage): Span[] {
  if (language !== 'en' && language !== 'de') return [];
  const tagged = (t: number) => graph.sentence.entities.some((e) => e.first <= t && t <= e.last);
  const spans: Span[] = [];
  for (let noun = 2; noun <= graph.size; noun += 1) {
    if (!MILITIA_NOUN.test(graph.folded(noun))) continue;
    let first = noun;
    while (
      first > 1 &&
      graph.pos(first - 1) === 'PROPN' &&
      /^\p{Lu}/u.test(graph.token(first - 1).word) &&
      !tagged(first - 1) &&
      (graph.head(first - 1) === noun || graph.head(first - 1) === first)
    )
      first -= 1;
    if (first < noun && graph.is(noun - 1, 'compound'))
      spans.push({ start: graph.token(first).start, end: graph.token(noun - 1).end });
  }
  return spans;
}

/**
 * Words placing a member at the body they work for: "an analyst at", "chercheuse chez", "Experte
 * bei". Not "of" ("de", "von", "del"): "l'envoyé de Trump" is a person's. Nor Spanish "en": it
 * places one in a town as often ("un oficial en Gao"), and the tagger reads a place after it.
 */
const AT_A_WORKPLACE: Stems = {
  en: ['at$'],
  fr: ['chez$'],
  de: ['bei$', 'beim$'],
  es: [],
};

/**
 * Whether proper noun `name` is where a member's title places its bearer ("Anna Berg, an energy
 * analyst at Kernwell"): the title's own modifier, or its field's ("experte en énergie chez
 * Kernwell", which the parser may hang on the field).
 */
function placesAMember(graph: SentenceGraph, name: number, language: AnalysisLanguage): boolean {
  if (!graph.is(name, 'nmod', 'obl') || !hasStem(graph.caseOf(name), AT_A_WORKPLACE[language]))
    return false;
  const title = (t: number) =>
    hasStem(graph.folded(t), MEMBER_TITLES[language]) ||
    (language === 'de' && compoundHeadHas(graph.folded(t), MEMBER_TITLES.de));
  const above = graph.head(name);
  return title(above) || (graph.is(above, 'nmod') && title(graph.head(above)));
}

/**
 * The body a member works at is an organisation whatever person's or miscellaneous name the
 * analyser gave it ("expert chez Kernwell" tagged a person, as nobody is "at" a person). A place
 * it tagged stays one ("an officer at Kramatorsk").
 */
function taggedWorkplace(
  graph: SentenceGraph,
  entity: AnalysisEntity,
  language: AnalysisLanguage,
): boolean {
  if (entity.type !== 'PERSON' && entity.type !== 'MISC') return false;
  const head = headOf(graph, entity);
  return head !== undefined && placesAMember(graph, head, language);
}

/**
 * "Energieexpertin bei Kernwell": capitalised proper nouns the analyser left untagged where a
 * member's title places its bearer name the body they work at. The span is the proper noun with
 * the capitalised proper nouns flat on it.
 */
function untaggedWorkplaces(graph: SentenceGraph, language: AnalysisLanguage): Span[] {
  const tagged = (t: number) => graph.sentence.entities.some((e) => e.first <= t && t <= e.last);
  const capitalised = (t: number) =>
    graph.pos(t) === 'PROPN' && /^\p{Lu}/u.test(graph.token(t).word) && !tagged(t);
  const spans: Span[] = [];
  for (let t = 1; t <= graph.size; t += 1) {
    if (!capitalised(t) || !placesAMember(graph, t, language)) continue;
    const parts = [t, ...graph.children(t, 'flat', 'compound').filter(capitalised)];
    const first = Math.min(...parts);
    const last = Math.max(...parts);
    if (last - first + 1 === parts.length)
      spans.push({ start: graph.token(first).start, end: graph.token(last).end });
  }
  return spans;
}

/** German nouns for a group's offshoot or wing, hyphened to the parent's name ("IS-Ableger"). */
const OFFSHOOT_NOUNS = ['ableger', 'zweig', 'zweiges', 'filiale', 'splittergruppe'];

/**
 * "der IS-Ableger ISWAP", "der Al-Kaida-Ableger JNIM": a group's name hyphened to a noun for an
 * offshoot describes the group named after it, which is the one that acts; the parent names no
 * actor there (the parser makes it the subject, the offshoot's name its apposition).
 */
function parentOfOffshoot(
  graph: SentenceGraph,
  mention: FoundMention,
  found: readonly FoundMention[],
  language: AnalysisLanguage,
): boolean {
  if (language !== 'de' || mention.entries.length === 0) return false;
  let last = 0;
  for (let t = 1; t <= graph.size; t += 1) if (graph.token(t).end === mention.span.end) last = t;
  if (last === 0 || last + 3 > graph.size || graph.token(last + 1).word !== '-') return false;
  if (!hasStem(graph.folded(last + 2), OFFSHOOT_NOUNS)) return false;
  const { start, end } = graph.token(last + 3);
  return found.some((m) => m !== mention && overlaps(m.span, { start, end }));
}

/**
 * "el EPP (Ejército del Pueblo Paraguayo)": an unknown acronym spelled out after it, in
 * parentheses, by an army's name is that armed force's, named by that name as where the article
 * names it in full; the names inside the parentheses (the demonym "Paraguayo") are words of its
 * name, not mentions.
 */
function spelledOutAfter(
  graph: SentenceGraph,
  entities: readonly AnalysisEntity[],
  found: readonly FoundMention[],
  language: AnalysisLanguage,
): FoundMention[] {
  const text = graph.articleText;
  let out = [...found];
  for (const acronym of found) {
    if (acronym.entries.length > 0 || !ACRONYM.test(acronym.surface)) continue;
    const open = /^\s*\(\s*/u.exec(text.slice(acronym.span.end));
    if (!open) continue;
    const start = acronym.span.end + open[0].length;
    const name = entities.find((e) => e.start === start && /^\s*\)/u.test(text.slice(e.end)));
    if (!name || !namesArmedGroup(graph, name, language)) continue;
    const initials = name.text
      .split(/[\s-]+/u)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials !== acronym.surface.toUpperCase()) continue;
    out = out
      .filter((m) => m.span.start < name.start || m.span.end > name.end)
      .map((m) =>
        m === acronym
          ? {
              ...m,
              source: 'name' as const,
              guess: {
                kind: 'ARMED_FORCE' as const,
                name: name.text,
                strength: 'strong' as const,
                media: false,
              },
            }
          : m,
      );
  }
  return out;
}

/**
 * "le Gibraltar Eagle", "the Kenya Airways flight": a known place's name that the analyser's name
 * runs on from, into proper nouns nothing else names and no region word explains, is part of
 * another name (a ship's, a firm's), not a mention of that place. Returns that longer name.
 */
function unknownNameRunOn(
  graph: SentenceGraph,
  entities: readonly AnalysisEntity[],
  mention: FoundMention,
  found: readonly FoundMention[],
  language: AnalysisLanguage,
): AnalysisEntity | null {
  const first = graphIndexAt(graph, mention.span.start);
  const place = (e: GazetteerEntry) =>
    e.role === 'name' && (e.entity.kind === 'COUNTRY' || e.entity.kind === 'LOCATION');
  if (first === undefined || !mention.entries.every(place)) return null;
  const name = entities.find((e) => e.first === first && e.end > mention.span.end);
  if (name === undefined || name.type === 'PERSON') return null;
  const rest: number[] = [];
  for (let t = name.last; graph.token(t).start >= mention.span.end; t -= 1) rest.push(t);
  // "Guyana Defence Force", "Ukraine Ground Forces", "Somalia National Army": a state's own
  // institution or force, named with the state.
  const offset = graph.span.start;
  if (isGenericInstitution(graph.sentenceText.slice(mention.span.end - offset, name.end - offset)))
    return null;
  if (rest.some((t) => hasStem(graph.folded(t), ARMY_NAME_HEADS[language]))) return null;
  return rest.every((t) => unknownNameWord(graph, t, found, language)) ? name : null;
}

/**
 * "the Islamic Movement of Uzbekistan", "the Communist Party of the Philippines": a country named
 * after "of" at the end of an organisation's name the analyser tagged is a word of that name, or
 * the body would keep only "Islamic Movement", which every country's press has one of. Not a
 * state's own body ("the National Police of Colombia", "the Armed Forces of Guyana"), which the
 * state stands for, as with a demonym before it.
 */
function endsBodyName(
  graph: SentenceGraph,
  name: AnalysisEntity,
  mention: FoundMention,
  language: AnalysisLanguage,
): boolean {
  if (name.type !== 'ORGANIZATION' || mention.span.end !== name.end) return false;
  if (!mention.entries.every((e) => e.role === 'name' && e.entity.kind === 'COUNTRY')) return false;
  let of = (graphIndexAt(graph, mention.span.start) ?? name.first) - 1;
  while (of > name.first && graph.pos(of) === 'DET') of -= 1;
  if (of <= name.first || !hasStem(graph.folded(of), OF[language])) return false;
  const body = Array.from({ length: of - name.first }, (_, i) => name.first + i);
  const offset = graph.span.start;
  const text = graph.sentenceText.slice(name.start - offset, graph.token(of).start - offset);
  return !isGenericInstitution(text) && !body.some((t) => stateWord(graph, t, language));
}

/**
 * True when the demonym `mention` opens an organisation's name the analyser tagged, the rest of
 * which is proper nouns nothing else names ("Serbian Orthodox Church", "Afghan Intelligence
 * Agency", words such as "for" between them). Not a state's own force, ministry or service named
 * with its demonym ("Philippine Army", "Israeli Air Force", "Iraqi Interior Ministry", "Yemeni
 * Coast Guard"): the demonym stands for the state there, as the mention rules for armies and
 * ministries read it.
 */
function opensBodyName(
  graph: SentenceGraph,
  entities: readonly AnalysisEntity[],
  mention: FoundMention,
  found: readonly FoundMention[],
  language: AnalysisLanguage,
): boolean {
  if (mention.entries.length === 0 || !mention.entries.every((e) => e.role === 'demonym'))
    return false;
  const name = entities.find(
    (e) => e.type === 'ORGANIZATION' && e.start === mention.span.start && e.end > mention.span.end,
  );
  if (name === undefined) return false;
  const rest: number[] = [];
  for (let t = name.first; t <= name.last; t += 1)
    if (graph.token(t).start >= mention.span.end) rest.push(t);
  const last = rest[rest.length - 1];
  if (last === undefined || !unknownNameWord(graph, last, found, language)) return false;
  const words = rest.every(
    (t) => unknownNameWord(graph, t, found, language) || JOINING_POS.has(graph.pos(t)),
  );
  const offset = graph.span.start;
  const text = graph.sentenceText.slice(graph.token(rest[0]!).start - offset, name.end - offset);
  return words && !isGenericInstitution(text) && !rest.some((t) => stateWord(graph, t, language));
}

/**
 * A word of a state's own force or service, the army's head or a service's word ("Army",
 * "Police"); German compounds them: "die Pakistanische Bundesregierung", "die Russische
 * Nationalgarde".
 */
function stateWord(graph: SentenceGraph, token: number, language: AnalysisLanguage): boolean {
  return [ARMY_NAME_HEADS[language], STATE_SERVICE_WORDS[language]].some(
    (stems) =>
      hasStem(graph.folded(token), stems) ||
      (language === 'de' && compoundHeadHas(graph.folded(token), stems)),
  );
}

/**
 * Words of a state's government, police and armed services ("the Pakistani Foreign Office", "the
 * Yemeni Coast Guard", "the Russian Black Sea Fleet"): with a demonym before them they name the
 * state's own body, which the state stands for.
 */
const STATE_SERVICE_WORDS: Stems = {
  en: [
    'ministry$',
    'office$',
    'government$',
    'cabinet$',
    'presidency$',
    'parliament$',
    'embassy$',
    'police$',
    'guard$',
    'guards$',
    'navy$',
    'fleet$',
    'gendarmerie$',
  ],
  fr: ['ministere$', 'gouvernement$', 'police$', 'garde$', 'marine$', 'flotte$', 'gendarmerie$'],
  de: ['ministerium$', 'regierung$', 'polizei$', 'garde$', 'wache$', 'marine$', 'flotte$'],
  es: ['ministerio$', 'gobierno$', 'policia$', 'guardia$', 'armada$', 'flota$', 'gendarmeria$'],
};

/**
 * A capitalised word of a name that no name found covers and no region word explains: a proper
 * noun, or an adjective where the analyser tags one so ("Rakhine Ethnic Congress").
 */
function unknownNameWord(
  graph: SentenceGraph,
  token: number,
  found: readonly FoundMention[],
  language: AnalysisLanguage,
  tags: ReadonlySet<string> = PROPER,
): boolean {
  const { start, end, word } = graph.token(token);
  return (
    tags.has(graph.pos(token)) &&
    /^\p{Lu}/u.test(word) &&
    !hasStem(graph.folded(token), REGION_NOUNS[language]) &&
    !found.some((m) => overlaps(m.span, { start, end }))
  );
}

const PROPER: ReadonlySet<string> = new Set(['PROPN']);
const PROPER_OR_ADJECTIVE: ReadonlySet<string> = new Set(['PROPN', 'ADJ']);

/**
 * "Rakhine Ethnic Congress", "Kataib Hezbollah": an organisation's name that ends on a known
 * body's name, after words of its own that nothing names, is another body's name, not a mention
 * of the known one ("the US Congress", "Lebanese Hezbollah" name the known body).
 */
function namesAnotherBody(
  graph: SentenceGraph,
  holder: AnalysisEntity,
  mention: FoundMention,
  found: readonly FoundMention[],
  language: AnalysisLanguage,
): boolean {
  const body = (e: GazetteerEntry) =>
    e.role === 'name' && (e.entity.kind === 'ORGANIZATION' || e.entity.kind === 'ARMED_FORCE');
  if (holder.type !== 'ORGANIZATION' || mention.span.end !== holder.end) return false;
  if (mention.span.start <= holder.start || !mention.entries.every(body)) return false;
  const before: number[] = [];
  for (let t = holder.first; graph.token(t).end <= mention.span.start; t += 1) before.push(t);
  // "Movimiento Yihad Islámica", "Royal Thai Army": a word for what the body is names it still.
  const describes = (t: number) =>
    hasStem(graph.folded(t), GROUP_NOUNS[language]) || STATE_FORCE_WORDS.test(graph.folded(t));
  return (
    before.some((t) => unknownNameWord(graph, t, found, language)) &&
    before.every((t) => unknownNameWord(graph, t, found, language, PROPER_OR_ADJECTIVE)) &&
    !before.some(describes)
  );
}

/**
 * An armed group's name that reads as no state's army: a word in it besides the army's noun, its
 * articles, its demonym and the words of a state's forces ("del Pueblo", "de libération"), where
 * "Fuerzas Armadas Paraguayas" has none.
 */
function rebelArmyName(
  graph: SentenceGraph,
  entity: AnalysisEntity,
  language: AnalysisLanguage,
): boolean {
  if (!namesArmedGroup(graph, entity, language)) return false;
  const words = Array.from({ length: entity.last - entity.first }, (_, i) => entity.first + i);
  return words.some(
    (t) =>
      !/^(?:ADP|DET|PUNCT)$/u.test(graph.pos(t)) &&
      !STATE_FORCE_WORDS.test(graph.folded(t)) &&
      !hasStem(graph.folded(t), ARMY_NAME_HEADS[language]),
  );
}

/** The initials of a name's capitalised words: "Armed Forces of the Philippines" → "AFP". */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** ", or", ", ou", ", oder", ", o" between a name and another name of the same body. */
const OR_ACRONYM = /^\s*,\s*(?:or|ou|oder|o)\s+$/u;

/**
 * "Ejército del Pueblo Paraguayo (EPP)": an acronym in parentheses right after a name abbreviates
 * it, and links to what that name is (link-entities), not to a new organisation of its own. After
 * a demonym on soldiers or forces ("des forces armées angolaises (FAA)") it is that country's army.
 */
function withAcronyms(
  graph: SentenceGraph,
  gazetteer: Gazetteer,
  language: AnalysisLanguage,
  found: FoundMention[],
): FoundMention[] {
  const text = graph.articleText;
  // "Ejército del Pueblo Paraguayo (EPP)", "the National Revolution Front, or BRN,": an acronym
  // in parentheses, or set off by commas after "or", gives the name before it another name.
  const acronymAfter = (m: FoundMention, before: FoundMention) =>
    ACRONYM.test(m.surface) &&
    ((text[m.span.end] === ')' && /^\s*\(\s*$/u.test(text.slice(before.span.end, m.span.start))) ||
      (OR_ACRONYM.test(text.slice(before.span.end, m.span.start)) &&
        /^\s*[,;.)]/u.test(text.slice(m.span.end))));
  const body = (m: FoundMention) => {
    const kind = m.entries[0]?.entity.kind ?? m.guess?.kind;
    return kind === 'ORGANIZATION' || kind === 'ARMED_FORCE';
  };
  // "Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)": an unknown body's name spelled out before a
  // known acronym is the known body.
  const named = found.map((m, index) => {
    const acronym = found[index + 1];
    if (!acronym || m.entries.length > 0 || !body(m) || acronym.entries.length === 0) return m;
    if (!acronymAfter(acronym, m) || acronym.entries.some((e) => e.media || !body(acronym)))
      return m;
    // Only a name the acronym spells: not "Baloch Republican Army (BLA)", which is another body.
    if (initialsOf(m.surface) !== acronym.surface.toUpperCase()) return m;
    return { ...m, source: 'gazetteer' as const, entries: acronym.entries, guess: null };
  });
  return named.map((m, index) => {
    const before = named[index - 1];
    if (!before || !acronymAfter(m, before)) return m;
    // A known acronym is its own entity ("Bunia (RDC)", "BAMAKO (AFP)"), unless the body before it
    // spells it out: "the Armed Forces of the Philippines (AFP)" is no news agency.
    if (m.entries.length > 0) {
      const spelledOut =
        body(before) &&
        initialsOf(before.surface) === m.surface &&
        !m.entries.some((e) => before.entries.some((b) => b.entity.id === e.entity.id));
      return spelledOut ? { ...m, acronymOf: before.span } : m;
    }
    // "forces armées angolaises (FAA)", "Fuerzas de Defensa de Israel (FDI)": the army's country
    // by its demonym or its name.
    const demonym = before.entries.find(
      (e) => e.role === 'demonym' || (e.role === 'name' && e.entity.kind === 'COUNTRY'),
    );
    // Only a body's name is abbreviated so: not a person's party ("Macky Sall (APR)") or a place's.
    if (!demonym) return body(before) ? { ...m, acronymOf: before.span } : m;
    let token = 1;
    while (token <= graph.size && graph.token(token).start < before.span.start) token += 1;
    const owner = token > graph.size ? 0 : graph.head(token);
    const country = demonym.role === 'demonym' ? demonym.country : demonym.entity;
    const force = country && gazetteer.country(country.id)?.armedForce;
    const army =
      owner !== 0 &&
      owner < token &&
      (hasStem(graph.folded(owner), ARMY_NOUNS[language]) ||
        hasStem(graph.folded(owner), PERSONNEL[language]));
    // The acronym spells the army's words: "forces armées angolaises (FAA)", not "forces
    // paramilitaires soudanaises (FSR)" or "forces syriennes (FDS)", which are other forces.
    const words = Array.from({ length: token - owner + 1 }, (_, i) => owner + i).filter(
      (t) => graph.pos(t) !== 'ADP' && graph.pos(t) !== 'DET',
    );
    const spelled = words.map((t) => graph.token(t).word[0]!.toUpperCase()).join('');
    // Only the state's own force: "l'Armée de libération du Soudan (ALS)" is a rebel army.
    const generic = words.slice(1, -1).every((t) => STATE_FORCE_WORDS.test(graph.folded(t)));
    if (!army || !force || !generic || spelled !== m.surface.toUpperCase()) return m;
    const entry = { ...demonym, text: m.surface, entity: force, role: 'acronym' as const };
    return { ...m, source: 'gazetteer', entries: [entry], guess: null };
  });
}

/** Titles a person bears: "spokesman", "president", "ministre", "Kommandeur". */
const PERSON_TITLES: readonly Stems[] = [
  SPOKESPERSON_TITLES,
  LEADER_TITLES,
  MEMBER_TITLES,
  MINISTER_TITLES,
];

/**
 * "El portavoz del Pentágono, Pat Ryder": a name of two proper nouns or more set in apposition
 * with a person's title is a person's, whatever kind the analyser gave it (the Spanish model
 * tags "Pat Ryder" an organisation there).
 */
function titledPerson(
  graph: SentenceGraph,
  entity: AnalysisEntity,
  language: AnalysisLanguage,
): boolean {
  if (entity.type === 'PERSON' || entity.last === entity.first) return false;
  for (let t = entity.first; t <= entity.last; t += 1)
    if (graph.pos(t) !== 'PROPN' && graph.token(t).word !== '-') return false;
  const head = headOf(graph, entity);
  if (head === undefined) return false;
  // "das Hamas-Politbüro-Mitglied Sameh al-Siraj": German hangs the compound's title on its first part.
  const apposedTo = graph.is(head, 'appos') ? [graph.head(head)] : [];
  const beside = [
    ...apposedTo,
    ...apposedTo.flatMap((t) => graph.children(t, 'flat')),
    ...graph.children(head, 'appos'),
  ];
  // "Rebellensprecher, Getachew Reda": German compounds the title ("Sprecher") after its group.
  return beside.some((t) =>
    PERSON_TITLES.some(
      (titles) =>
        hasStem(graph.folded(t), titles[language]) ||
        (language === 'de' && compoundHeadHas(graph.folded(t), titles.de)),
    ),
  );
}

/** Arabic particles inside a name, written apart and in lower case: "Nahar al Bared", "Jaish el Adl". */
const NAME_PARTICLES = /^(?:al|el|ul|ad|ar|as|ash|an|az|bin|ibn)$/u;

/** The stronger of two kinds the analyser gave the halves of one name: a place over a group over a person. */
const KIND_ORDER: readonly AnalysisEntity['type'][] = [
  'LOCATION',
  'ORGANIZATION',
  'PERSON',
  'MISC',
];

/**
 * "el campo de refugiados de Nahar al Bared": the analyser may split a name at an Arabic particle
 * written apart ("Nahar" a person, "Bared" a place). Two unknown names with only such a particle
 * between them are one name; known ones stay apart ("armas de Irán al Líbano", Spanish "al").
 */
function joinedOverParticles(
  graph: SentenceGraph,
  gazetteer: Gazetteer,
  entities: readonly AnalysisEntity[],
): AnalysisEntity[] {
  const known = (e: AnalysisEntity) => gazetteer.lookup(e.text).length > 0;
  const joined: AnalysisEntity[] = [];
  for (const entity of entities) {
    const previous = joined[joined.length - 1];
    const between = previous ? graph.token(previous.last + 1) : null;
    if (
      previous &&
      between &&
      entity.first === previous.last + 2 &&
      NAME_PARTICLES.test(between.word) &&
      !known(previous) &&
      !known(entity)
    ) {
      const type = KIND_ORDER.find((k) => k === previous.type || k === entity.type)!;
      joined[joined.length - 1] = {
        first: previous.first,
        last: entity.last,
        type,
        text: graph.articleText.slice(previous.start, entity.end),
        start: previous.start,
        end: entity.end,
      };
    } else joined.push(entity);
  }
  return joined;
}

/** Words joining a place's name to its last part: "Mocímboa da Praia", "Ciudad de México". */
const NAME_JOINERS = /^(?:da|de|do|dos|das|del|di|du)$/u;

/**
 * "Mocímboa da Praia": a capital's name (here Cape Verde's) ending a longer place name the
 * analyser found is part of that name, not a mention of its own. The longer name is the
 * analyser's place, running over the joining word, or its place with the known name hung flat
 * on it. A region noun before the joining word ("región de Kursk") does not make a name, and a
 * country's own name stays one ("Santiago de Chile" lies in Chile).
 */
/** The particles inside a French or Spanish hyphened place name: "Corse-du-Sud", "Pas-de-Calais". */
const HYPHENED_PARTICLES = /^(?:du|de|des|la|le|les|sur|en|et|del|y)$/u;

/**
 * "Haute-Corse", "Corse-du-Sud", "Seine-Saint-Denis": a place's name that is one part of a
 * longer hyphened name names another place, the département the text means. So does "Porto" in
 * "Porto-Torres", where the analyser reads one place over the hyphen into a word nothing else
 * names. Only places: in "Russia-Ukraine war" each name is its own.
 */
function insideHyphenedPlace(
  graph: SentenceGraph,
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  index: number,
  length: number,
  entries: readonly GazetteerEntry[],
): boolean {
  if (!entries.every((e) => e.entity.kind === 'LOCATION')) return false;
  const first = tokens[index]!;
  const before = tokens[index - 1];
  const after = tokens[index + length];
  const joinedBefore = before !== undefined && first.gap === '-' && /^\p{Lu}/u.test(before.raw);
  if (after === undefined || after.gap !== '-') return joinedBefore;
  const joinedAfter =
    HYPHENED_PARTICLES.test(after.folded) ||
    (/^\p{Lu}/u.test(after.raw) &&
      !gazetteer.matchAt(tokens, index + length) &&
      graph.sentence.entities.some(
        (e) => e.type === 'LOCATION' && e.start <= first.start && e.end >= after.end,
      ));
  return joinedBefore || joinedAfter;
}

function endsPlaceName(
  graph: SentenceGraph,
  token: Token,
  entries: readonly GazetteerEntry[],
  language: AnalysisLanguage,
): boolean {
  if (!entries.every((e) => e.role === 'capital')) return false;
  const at = graphIndexAt(graph, token.start);
  if (at === undefined || at < 3 || !NAME_JOINERS.test(graph.folded(at - 1))) return false;
  const before = at - 2;
  if (graph.pos(before) !== 'PROPN' || hasStem(graph.folded(before), REGION_NOUNS[language]))
    return false;
  return graph.sentence.entities.some(
    (e) =>
      e.type === 'LOCATION' &&
      e.first <= before &&
      before <= e.last &&
      (e.last >= at ||
        (graph.is(at, 'flat') && graph.head(at) >= e.first && graph.head(at) <= e.last)),
  );
}

/** The sentence graph's token starting at a text offset. */
function graphIndexAt(graph: SentenceGraph, start: number): number | undefined {
  for (let t = 1; t <= graph.size; t += 1) if (graph.token(t).start === start) return t;
  return undefined;
}

/**
 * Nouns that head the name of an armed force, capitalised in it; the press of every language
 * keeps some forces' English names ("die Security Belt Forces", "el Arakan Army"). Regiments and
 * battalions are armed units, whatever the analyser tags their names ("el Regimiento Radwan", a
 * person's).
 */
const ARMY_NAME_HEADS: Stems = {
  en: ['army$', 'forces$', 'militia$', 'militias$', 'regiment$', 'battalion$'],
  fr: ['armee$', 'forces$', 'milice$', 'milices$', 'army$', 'regiment$', 'bataillon$'],
  de: [
    'armee$',
    'streitkrafte$',
    'miliz$',
    'milizen$',
    'army$',
    'forces$',
    'regiment$',
    'bataillon$',
  ],
  es: [
    'ejercito$',
    'fuerzas$',
    'milicia$',
    'milicias$',
    'army$',
    'forces$',
    'regimiento$',
    'batallon$',
  ],
};

/** Heads of the names of groups of fighters: "Freedom Fighters", "Combattants de la liberté" (not
 * "Brigade": rescue and medical brigades bear it too). */
const FIGHTER_NAME_HEADS: Stems = {
  en: ['fighters$', 'mujahideen$'],
  fr: ['combattants$', 'moudjahidines$'],
  de: ['kampfer$', 'mudschaheddin$'],
  es: ['combatientes$', 'muyahidines$'],
};

/**
 * Words in the names of charities and civil coalitions that borrow an army's noun: "Salvation
 * Army", "Armée du Salut", "Forces of Freedom and Change".
 */
const CIVIL_NAME_WORDS =
  /^(?:salvation|salut|salvacion|heilsarmee|freedom|change|liberte|changement|freiheit|wandel|libertad|cambio)$/u;

/** The noun of a group, armed when its adjective says so (ARMED_WORDS). */
const ARMED_GROUP = /^(?:group|groupe|gruppe|grupo)$/u;

/** The noun of a group's wing, armed only when its modifier says so in so many words. */
const WING = /^(?:wing|bras|brazo|arm)$/u;
/** "the armed wing", "le bras armé", "el brazo militar", "der bewaffnete Arm": not "the rebel wing" of a party. */
const ARMED_WING_WORDS =
  /^(?:armed|military|arme|armee|militaire|armado|militar|bewaffnet\w*|militarisch\w*)$/u;

/**
 * "The TPNPB, a rebel group", "der bewaffnete Arm der OPM": an acronym described in apposition
 * as an armed group, or as an armed wing, names one, whatever part of speech the tagger gave it
 * (a noun, for "TPNPB"); so does one set before a noun of an armed group ("the SSC militia").
 * One that is itself such a noun ("MILITIA" in a headline) names none.
 */
function describedAsArmed(
  graph: SentenceGraph,
  index: number,
  language: AnalysisLanguage,
): boolean {
  if (hasStem(graph.folded(index), ARMED_GROUP_NOUNS[language])) return false;
  if (menOfGroup(graph, index, language)) return true;
  if (
    graph.is(index, 'compound') &&
    graph.head(index) > index &&
    hasStem(graph.folded(graph.head(index)), ARMED_GROUP_NOUNS[language])
  )
    return true;
  return graph.children(index, 'appos').some((t) => {
    const word = graph.folded(t);
    // French "armé" is often parsed as a participle (acl).
    const modifiers = graph.children(t, 'amod', 'compound', 'acl').filter((m) => m !== index);
    if (WING.test(word)) return modifiers.some((m) => ARMED_WING_WORDS.test(graph.folded(m)));
    return (
      hasStem(word, ARMED_GROUP_NOUNS[language]) ||
      (ARMED_GROUP.test(word) &&
        modifiers.some(
          (m) =>
            hasStem(graph.folded(m), ARMED_WORDS[language]) ||
            hasStem(graph.folded(m), ARMED_GROUP_NOUNS[language]),
        ))
    );
  });
}

/**
 * "la milicia Fano", "the Fano militia", "le groupe armé JNIM": a name beside a noun of an
 * armed group names that group, whatever kind the analyser gave it (it tags an unknown militia's
 * name as a person or a place).
 */
function namesArmedGroup(
  graph: SentenceGraph,
  entity: AnalysisEntity,
  language: AnalysisLanguage,
): boolean {
  const head = headOf(graph, entity);
  if (head === undefined) return false;
  // "Forces armées du Cabinda", "Ejército del Pueblo Paraguayo", "Ambazonia Restoration Forces":
  // a name headed by a capitalised noun of an army is an army's; so is a short name spelled out so.
  // "Bangsamoro Islamic Freedom Fighters": fighters are armed whatever else the name says.
  const armyNamed = (t: number) =>
    /^\p{Lu}/u.test(graph.token(t).word) &&
    (hasStem(graph.folded(t), FIGHTER_NAME_HEADS[language]) ||
      (hasStem(graph.folded(t), ARMY_NAME_HEADS[language]) &&
        !graph.subtree(t).some((w) => CIVIL_NAME_WORDS.test(graph.folded(w)))));
  // "die Security Belt Forces": an English name another language's parser hangs flat on its first
  // word ends in its head.
  // Three words at least, and no charity's: not "la Salvation Army", "le groupe Star Forces".
  const englishHead =
    graph.is(entity.last, 'flat') &&
    entity.last - entity.first >= 2 &&
    entity.last > head &&
    /^\p{Lu}/u.test(graph.token(entity.last).word) &&
    hasStem(graph.folded(entity.last), ARMY_NAME_HEADS.en) &&
    !graph.subtree(head).some((w) => CIVIL_NAME_WORDS.test(graph.folded(w)));
  // A person's full name the apposition gives his army ("Cirilito Sobejana, Armed Forces of the
  // Philippines commander") stays a person's; a short name it spells out is the army's.
  const person = entity.type === 'PERSON' && entity.last > entity.first;
  if (
    armyNamed(head) ||
    englishHead ||
    (!person && graph.children(head, 'appos').some((t) => t > entity.last && armyNamed(t)))
  )
    return true;
  if (entity.type === 'ORGANIZATION' && menOfGroup(graph, head, language)) return true;
  // "the separatist group National Revolution Front": the parser may leave the name a bare
  // dependent of the noun before it.
  const beside = [
    ...(graph.is(head, 'appos', 'compound', 'flat', 'dep') ? [graph.head(head)] : []),
    ...graph.children(head, 'appos'),
  ].filter((t) => t < entity.first || t > entity.last);
  return beside.some(
    (t) =>
      (hasStem(graph.folded(t), ARMED_GROUP_NOUNS[language]) &&
        !personsCompound(graph.folded(t), language)) ||
      (ARMED_GROUP.test(graph.folded(t)) &&
        graph
          .children(t, 'amod', 'compound')
          .some(
            (a) =>
              hasStem(graph.folded(a), ARMED_WORDS[language]) ||
              hasStem(graph.folded(a), ARMED_GROUP_NOUNS[language]),
          )),
  );
}

/**
 * "les rebelles du CSP", "los rebeldes del EPP", "die Rebellen der CSP": an organisation whose men a
 * noun of armed men names is an armed group. Only for names of organisations: "the rebels of
 * Darfur" are a place's.
 */
function menOfGroup(graph: SentenceGraph, name: number, language: AnalysisLanguage): boolean {
  if (!graph.is(name, 'nmod')) return false;
  const marker = graph.caseOf(name).split(' ')[0]!;
  return (
    (marker === '' || hasStem(marker, OF[language])) &&
    hasStem(graph.folded(graph.head(name)), ARMED_GROUP_NOUNS[language])
  );
}

/** "in", "dans", "en": the prepositions that put a bare name inside a place, never a person. */
const INSIDE_A_PLACE: Stems = {
  en: ['in$'],
  fr: ['dans$', 'en$'],
  de: ['in$'],
  es: ['en$'],
};

/**
 * "den Tod von drei Soldaten in Gao": a name of one word the analyser tags a person's, set with no
 * article after "in" ("dans", "en"), is a place; nobody is "in" a person. French "à" is left out:
 * it marks whom one speaks to ("a dit à Dupont") as often as where. So is one it tags a
 * miscellaneous name for the weekday it ran it on into ("entré dans Goma lundi"; the day is
 * trimmed off in recurring-names), not a feast ("en Navidad").
 */
function loneNameInside(
  graph: SentenceGraph,
  entity: AnalysisEntity,
  language: AnalysisLanguage,
): boolean {
  if (entity.first !== entity.last) return false;
  const next = entity.last + 1;
  const dayAfter =
    next <= graph.size &&
    !/^\p{Lu}/u.test(graph.token(next).word) &&
    hasStem(graph.folded(next), TIME_NOUNS[language]);
  if (entity.type !== 'PERSON' && !(entity.type === 'MISC' && dayAfter)) return false;
  return (
    graph.children(entity.first, 'det').length === 0 &&
    hasStem(graph.caseOf(entity.first), INSIDE_A_PLACE[language])
  );
}

/** The token of an analyser's entity whose head lies outside it. */
function headOf(graph: SentenceGraph, entity: AnalysisEntity): number | undefined {
  for (let t = entity.first; t <= entity.last; t += 1)
    if (graph.head(t) < entity.first || graph.head(t) > entity.last) return t;
  return undefined;
}

/**
 * "Rebellensprecher", "Milizenführer": a German compound opening with armed men's noun and ending
 * in a title names one person of theirs, not the group.
 */
function personsCompound(word: string, language: AnalysisLanguage): boolean {
  return language === 'de' && PERSON_TITLES.some((titles) => compoundHeadHas(word, titles.de));
}

/** The analyser's tags of dates and times (CoreNLP's English model gives them). */
const TIME_TAGS = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

/**
 * "the town of Rugari", "die Städte Panwa und Chipwe", "Avdiivka, a city in Ukraine": a proper
 * noun a region noun names, or one described by a region noun in apposition, is a place, whether
 * or not the analyser tagged it, and whatever kind it gave ("la provincia de Saada", a person); so
 * is one a copula says is a town ("Gwoza is a town"). Its span is the proper noun with the proper
 * nouns flat beside it.
 */
function placesNamedByRegionNoun(graph: SentenceGraph, language: AnalysisLanguage): Span[] {
  const region = (t: number) => t > 0 && hasStem(graph.folded(t), REGION_NOUNS[language]);
  const spans: Span[] = [];
  for (let t = 1; t <= graph.size; t += 1) {
    if (!/^\p{Lu}/u.test(graph.token(t).word)) continue;
    // "la région du Nord-Ouest", "la región del Noroeste": a direction capitalised after its noun
    // names the region, though the parser makes it a common noun.
    if (graph.pos(t) !== 'PROPN' && !COMPASS_WORD.test(graph.folded(t))) continue;
    // "townships on Thursday": a day or a month the analyser tagged as a time names no place.
    if (TIME_TAGS.has(graph.token(t).ner)) continue;
    if (graph.is(t, 'flat', 'compound') && graph.pos(graph.head(t)) === 'PROPN') continue;
    let named = t;
    while (graph.is(named, 'conj')) named = graph.head(named);
    // Right after its noun ("der Stadt Chan Junis"), not one more name set after a comma ("…, Rafa Salama").
    const noun = graph.head(named);
    const between = Array.from({ length: Math.max(0, named - noun - 1) }, (_, i) => noun + 1 + i);
    const byHead =
      graph.is(named, 'nmod', 'appos', 'flat') &&
      region(noun) &&
      noun < named &&
      between.every(
        (b) =>
          (graph.head(b) === named && graph.is(b, 'case', 'det', 'compound', 'flat')) ||
          // "las provincias tailandesas de Surin": the noun's own adjectives may stand between.
          (graph.head(b) === noun && graph.is(b, 'amod')),
      );
    const byApposition = graph.children(t, 'appos').some(region);
    // "Gwoza is a town in Borno State", "Kurunda es un pueblo del norte": a name said to be a town
    // is one, though the analyser left it untagged or took it for a person's.
    const byCopula =
      graph.is(named, 'nsubj') && region(noun) && graph.children(noun, 'cop').length > 0;
    // "Datu Salibo town", "the Kidal region": an English name stands before its noun; not in
    // "the Amhara town of Lalibela", where the noun names the place after it.
    const before =
      language === 'en' &&
      graph.is(t, 'compound') &&
      t < noun &&
      region(noun) &&
      !graph.children(noun, 'nmod', 'appos', 'flat').some((c) => graph.pos(c) === 'PROPN');
    if (!byHead && !byApposition && !byCopula && !before) continue;
    // "la región del Noroeste de Camerún": a direction's name does not run on into the country's.
    const direction = COMPASS_WORD.test(graph.folded(t));
    const parts = [
      t,
      ...graph
        .children(t, 'flat', 'compound')
        .filter((c) => graph.pos(c) === 'PROPN' && (!direction || c < t)),
    ];
    const first = Math.min(...parts);
    const last = Math.max(...parts);
    if (last - first + 1 !== parts.length) continue;
    const end = (before && directionsNoun(graph, last, language)) || last;
    spans.push({ start: graph.token(first).start, end: graph.token(end).end });
  }
  return spans;
}

/**
 * "the Pakistani daily Dawn", "die Zeitung Dawn", "le quotidien Dawn", "el diario Dawn", "la
 * chaîne Al-Sumaria", "der Sender Al-Arabija", "the news agency Tasnim": a proper noun set right
 * after a noun that says what outlet it is, in apposition or as its modifier, names that outlet.
 * An agency is a news one only with "news" on it ("l'agence de presse Tasnim"). The span is the
 * proper noun with the proper nouns flat on it.
 */
function outletsNamedByNoun(graph: SentenceGraph, language: AnalysisLanguage): Span[] {
  const isOutlet = (noun: number) =>
    hasStem(graph.folded(noun), OUTLET_NOUNS[language]) ||
    (hasStem(graph.folded(noun), AGENCY_NOUNS[language]) &&
      [noun - 1, ...graph.children(noun, 'compound', 'nmod', 'amod')].some(
        (w) => w > 0 && hasStem(graph.folded(w), NEWS_WORDS[language]),
      ));
  const spans: Span[] = [];
  for (let t = 1; t <= graph.size; t += 1) {
    if (graph.pos(t) !== 'PROPN' || !/^\p{Lu}/u.test(graph.token(t).word)) continue;
    if (graph.is(t, 'flat', 'compound') && graph.pos(graph.head(t)) === 'PROPN') continue;
    const head = graph.head(t);
    // Only the noun's own words between: "le quotidien pakistanais Dawn", "l'agence de presse Tasnim".
    const between = Array.from({ length: Math.max(0, t - head - 1) }, (_, i) => head + 1 + i);
    const apposed =
      head > 0 &&
      head < t &&
      graph.is(t, 'appos', 'flat', 'compound') &&
      between.every(
        (b) =>
          graph.pos(b) !== 'PROPN' &&
          (graph.head(b) === head || graph.head(graph.head(b)) === head),
      );
    // "the daily Dawn": English hangs the outlet's noun on the name, right before it.
    const described = graph.children(t, 'amod', 'compound').some((m) => m === t - 1);
    if (!(apposed && isOutlet(head)) && !(described && isOutlet(t - 1))) continue;
    const parts = [t, ...graph.children(t, 'flat').filter((c) => c > t)];
    const last = Math.max(...parts);
    spans.push({ start: graph.token(t).start, end: graph.token(last).end });
  }
  return spans;
}

/** A word written in capitals only, of three letters or more. */
const SHOUTED = /^\p{Lu}{3,}$/u;

function shortName(word: string): FoundMention['guess'] {
  return { kind: 'ORGANIZATION', name: word, strength: 'weak', media: false };
}

/** Words that may join two names in one named-entity span ("Rakhine State's Minbya") but never begin or end a name. */
const JOINING_POS = new Set(['ADP', 'DET', 'CCONJ', 'PUNCT', 'PART']);

/**
 * "province du Nord-Kivu", "région de Koursk": the analyser may open a name
 * with the common noun before it; the name starts at its first capital, and
 * after a region noun or an armed group's noun written with one ("l'État
 * d'Al-Jazirah", German "Miliz Fano").
 */
function fromFirstCapital(
  graph: SentenceGraph,
  entity: AnalysisEntity,
  language: AnalysisLanguage,
): AnalysisEntity {
  const capital = (t: number) => /^\p{Lu}/u.test(graph.token(t).word);
  let first = entity.first;
  while (first < entity.last && !capital(first)) first += 1;
  // "al-Bireh", which the English tokenizer splits in three: the article is part of the name.
  const article = first - 2;
  if (
    article >= entity.first &&
    NAME_PARTICLES.test(graph.folded(article)) &&
    graph.token(article + 1).word === '-' &&
    graph.token(article).end === graph.token(article + 1).start &&
    graph.token(article + 1).end === graph.token(first).start
  )
    first = article;
  const armedGroup = hasStem(graph.folded(first), ARMED_GROUP_NOUNS[language]);
  if (armedGroup || hasStem(graph.folded(first), REGION_NOUNS[language])) {
    let name = first + 1;
    while (name < entity.last && graph.is(name, 'case', 'det')) name += 1;
    if ((name > first + 1 || armedGroup) && name <= entity.last && capital(name)) first = name;
  }
  if (first === entity.first || !(capital(first) || NAME_PARTICLES.test(graph.folded(first))))
    return entity;
  const start = graph.token(first).start;
  return { ...entity, first, start, text: entity.text.slice(start - entity.start) };
}

/**
 * "the North West region", "the Far North region": an English name that ends in a direction
 * names a region only with the region noun after it, which is part of its name ("North West"
 * alone is no place). One region: "the North West and South West regions" stay as they are.
 */
function withRegionNounAfter(
  graph: SentenceGraph,
  entity: AnalysisEntity,
  language: AnalysisLanguage,
): AnalysisEntity {
  const noun = directionsNoun(graph, entity.last, language);
  if (noun === undefined) return entity;
  const end = graph.token(noun).end;
  const text = graph.articleText.slice(entity.start, end);
  return { ...entity, type: 'LOCATION', last: noun, end, text };
}

/** The region noun right after an English name's last word `last` when that word is a direction. */
function directionsNoun(
  graph: SentenceGraph,
  last: number,
  language: AnalysisLanguage,
): number | undefined {
  const next = last + 1;
  if (language !== 'en' || next > graph.size || graph.head(last) !== next) return undefined;
  const noun = graph.folded(next);
  if (!COMPASS_WORD.test(graph.folded(last)) || noun.endsWith('s')) return undefined;
  return hasStem(noun, REGION_NOUNS[language]) ? next : undefined;
}

/**
 * "KIA-Sprecher Oberst Naw Bu": the analyser may tag only the first words of a person's name. The
 * capitalised proper nouns right after them that it left untagged, and that the parser joins to
 * the same name (flat, on the name or on the word the name hangs flat on), are the rest of it;
 * a word another name covers or a date is no part of it.
 */
function withFlatNameAfter(graph: SentenceGraph, entity: AnalysisEntity): AnalysisEntity {
  if (entity.type !== 'PERSON') return entity;
  const tagged = (t: number) => graph.sentence.entities.some((e) => e.first <= t && e.last >= t);
  const joined = (t: number, last: number) =>
    graph.is(t, 'flat') &&
    ((graph.head(t) >= entity.first && graph.head(t) <= last) ||
      (graph.is(last, 'flat') && graph.head(t) === graph.head(last)));
  let last = entity.last;
  for (let next = last + 1; next <= graph.size; next += 1) {
    const token = graph.token(next);
    if (graph.pos(next) !== 'PROPN' || token.ner !== 'O' || !/^\p{Lu}/u.test(token.word)) break;
    if (tagged(next) || !joined(next, last)) break;
    last = next;
  }
  if (last === entity.last) return entity;
  const end = graph.token(last).end;
  return { ...entity, last, end, text: graph.articleText.slice(entity.start, end) };
}

/**
 * "the Special Army Super Camp 4", "Task Force 272": the analyser may leave out the number that
 * ends an organisation's name; a number of up to three digits right after it, which the parser
 * hangs on the name's last word, is part of the name.
 */
function withNumberAfter(graph: SentenceGraph, entity: AnalysisEntity): AnalysisEntity {
  const next = entity.last + 1;
  if (entity.type !== 'ORGANIZATION' || next > graph.size) return entity;
  const number = graph.token(next);
  if (!/^\d{1,3}$/u.test(number.word) || graph.head(next) !== entity.last) return entity;
  if (!graph.is(next, 'nummod', 'flat', 'compound', 'appos')) return entity;
  return {
    ...entity,
    last: next,
    end: number.end,
    text: graph.articleText.slice(entity.start, number.end),
  };
}

/** "près de Kidal »": the analyser may run a name on over the quotation mark closing after it. */
function withoutClosingMarks(graph: SentenceGraph, entity: AnalysisEntity): AnalysisEntity {
  let last = entity.last;
  while (last > entity.first && graph.pos(last) === 'PUNCT') last -= 1;
  if (last === entity.last) return entity;
  const end = graph.token(last).end;
  return { ...entity, last, end, text: entity.text.slice(0, end - entity.start) };
}

/**
 * The parts of a named entity that no gazetteer name covers. The analyser
 * sometimes runs two names into one span ("International Crisis Group à
 * Al Jazeera"): once the known name is taken out, what is left before or
 * after it, without the words that joined them, is a name of its own.
 * Where no such word stands between them, the rest belongs to the known name.
 */

function outsideNames(
  graph: SentenceGraph,
  entity: AnalysisEntity,
  named: readonly FoundMention[],
): AnalysisEntity[] {
  const covered = (index: number) => {
    const { start, end } = graph.token(index);
    return named.some((m) => overlaps(m.span, { start, end }));
  };
  const parts: AnalysisEntity[] = [];
  for (let first = entity.first; first <= entity.last;) {
    if (covered(first)) {
      first += 1;
      continue;
    }
    let last = first;
    while (last < entity.last && !covered(last + 1)) last += 1;
    const next = last + 1;
    const whole = first === entity.first && last === entity.last;
    let from = first;
    let to = last;
    if (!whole) {
      while (from <= to && JOINING_POS.has(graph.pos(from))) from += 1;
      while (to >= from && JOINING_POS.has(graph.pos(to))) to -= 1;
    }
    // A part that touches the known name with no joining word between is a piece of that name
    // ("Volodimir" before a known "Zelensky"), not a name of its own.
    const apart = (first === entity.first || from > first) && (last === entity.last || to < last);
    if (from <= to && (whole || apart)) {
      const start = graph.token(from).start;
      const end = graph.token(to).end;
      const offset = graph.span.start;
      const text = graph.sentenceText.slice(start - offset, end - offset);
      // "Nordwest-Pakistan", "Ost-Kongo": a direction joined to a known name is part of it.
      if (whole || !COMPASS_WORD.test(foldForMatch(text)))
        parts.push(whole ? entity : { ...entity, first: from, last: to, start, end, text });
    }
    first = next;
  }
  return parts;
}

/**
 * German genitives ("Russlands", "des Pentagons") and Spanish/French plural
 * demonyms the data lists only in the singular: the word without its final
 * "s" when the written form is not a name.
 */
function inflectedMatch(
  tokens: readonly Token[],
  index: number,
  gazetteer: Gazetteer,
  language: AnalysisLanguage,
  lookup: 'matchAt' | 'sharedAt' = 'matchAt',
): ReturnType<Gazetteer['matchAt']> {
  const token = tokens[index]!;
  if (language !== 'de' || token.folded.length < 5 || !token.folded.endsWith('s')) return null;
  return matchOfPart(tokens, index, gazetteer, 0, -1, lookup);
}

/**
 * The gazetteer's one-word match for part of the word at `index`: its characters `from` to `to`,
 * as `slice` counts, among its names (`matchAt`) or among the names several countries share.
 */
function matchOfPart(
  tokens: readonly Token[],
  index: number,
  gazetteer: Gazetteer,
  from: number,
  to?: number,
  lookup: 'matchAt' | 'sharedAt' = 'matchAt',
): ReturnType<Gazetteer['matchAt']> {
  const token = tokens[index]!;
  const copy = [...tokens];
  const part = token.raw.slice(from, to);
  // The part of a capitalised word keeps its capital: "Nordirak" holds the name "Irak".
  const capital = /^\p{Lu}/u.test(token.raw) ? part.charAt(0).toUpperCase() + part.slice(1) : part;
  copy[index] = {
    ...token,
    raw: capital,
    folded: token.folded.slice(from, to),
  };
  const match = gazetteer[lookup](copy, index);
  return match && match.length === 1 ? match : null;
}

/** A direction alone, in the four languages: no name of its own beside a known one. */
const COMPASS_WORD =
  /^(?:nord|sud|ost|west|nordost|nordwest|sudost|sudwest|north|south|east|northeast|northwest|southeast|southwest|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|zentral|central|centre|centro)$/u;

/** German compass and centre prefixes a demonym may carry in one word: "westrussischen", "zentralmalischen". */
const COMPASS_PREFIX =
  /^(?:nordost|nordwest|sudost|sudwest|nord|sud|ost|west|zentral|mittel)(?=.{4})/u;

/**
 * German writes a region's direction into its demonym ("in der westrussischen
 * Region Kursk", "im nordsyrischen Idlib") and into the country's name ("in der
 * Ostukraine", "im Nordirak"): the word names that country once the direction
 * is taken off, as "l'est de l'Ukraine" and "el norte de Irak" do.
 */
function compassDemonym(
  tokens: readonly Token[],
  index: number,
  gazetteer: Gazetteer,
  language: AnalysisLanguage,
): ReturnType<Gazetteer['matchAt']> {
  const token = tokens[index]!;
  const prefix = language === 'de' ? COMPASS_PREFIX.exec(token.folded)?.[0] : undefined;
  if (!prefix) return null;
  const match = matchOfPart(tokens, index, gazetteer, prefix.length);
  const country = (e: GazetteerEntry) =>
    e.role === 'demonym' || (e.role === 'name' && e.entity.kind === 'COUNTRY');
  const entries = match?.entries.filter(country) ?? [];
  return match && entries.length > 0 ? { ...match, entries } : null;
}

/**
 * "Süd-Sudan", "Nord-Korea": German may hyphen a direction that is part of a country's one-word
 * name ("Südsudan", "Nordkorea"); the two words together are that name.
 */
function hyphenedCompassName(
  tokens: readonly Token[],
  index: number,
  gazetteer: Gazetteer,
  language: AnalysisLanguage,
): ReturnType<Gazetteer['matchAt']> {
  const [direction, rest] = [tokens[index], tokens[index + 1]];
  if (language !== 'de' || !direction || rest?.gap !== '-' || !COMPASS_WORD.test(direction.folded))
    return null;
  const joined: Token = {
    ...direction,
    end: rest.end,
    raw: direction.raw + rest.raw.toLowerCase(),
    folded: direction.folded + rest.folded,
  };
  const match = gazetteer.matchAt(
    [...tokens.slice(0, index), joined, ...tokens.slice(index + 2)],
    index,
  );
  return match && match.length === 1 ? { ...match, length: 2 } : null;
}

function isProperName(graph: SentenceGraph, entity: AnalysisEntity): boolean {
  if (!/^\p{Lu}/u.test(entity.text) && !ARTICLE_NAME.test(entity.text)) return false;
  for (let index = entity.first; index <= entity.last; index += 1) {
    if (graph.pos(index) === 'PROPN') return true;
  }
  return false;
}

function mention(
  graph: SentenceGraph,
  span: Span,
  entries: FoundMention['entries'],
  kind: EntityKind | null,
): FoundMention {
  const surface = textAt(graph, span);
  return {
    span,
    surface,
    sentence: graph.sentence.index,
    source: kind ? 'name' : 'gazetteer',
    entries,
    guess: kind ? { kind, name: surface, strength: 'strong', media: false } : null,
    nested: false,
    personnel: false,
    acronymOf: null,
  };
}

/**
 * "La Fuerza sigue…": a short form (short-forms.ts) names what the long name the article said
 * before does, the gazetteer's entity or a candidate of that name.
 */
function shortFormMention(
  graph: SentenceGraph,
  gazetteer: Gazetteer,
  entity: AnalysisEntity,
  span: Span,
  language: AnalysisLanguage,
): FoundMention | null {
  if (!isShortForm(entity)) return null;
  const words = tokenize(entity.text, 0);
  const match = gazetteer.matchAt(words, 0, language);
  if (match?.length === words.length) return mention(graph, span, match.entries, null);
  const candidate = mention(graph, span, [], 'ORGANIZATION');
  return { ...candidate, guess: { ...candidate.guess!, name: entity.text } };
}

function textAt(graph: SentenceGraph, span: Span): string {
  const offset = graph.span.start;
  return graph.sentenceText.slice(span.start - offset, span.end - offset);
}

function isGenericInstitution(name: string): boolean {
  return GENERIC_INSTITUTION_NAME.test(foldForMatch(name).replace(/\s+/gu, ' ').trim());
}
