import { ACRONYM } from '../mentions/acronym-pattern';
import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../nlp/analysis';
import { foldForMatch } from '../text/fold-for-match';
import { BY } from './lexicon/case-markers';
import { ARMY_NOUNS, CAPITAL_NOUNS, PERSONNEL, REGION_NOUNS } from './lexicon/nouns';
import {
  ARMED_GROUP_NOUNS,
  ATTACK_NOUNS,
  HARM_VERBS,
  RESPONSIBILITY_VERBS,
  WAGE_VERBS,
} from './lexicon/predicate-triggers';
import { hasStem } from './lexicon/stems';
import { asSaidClause } from './repairs/as-said-clause';
import {
  modifierOfSecondSide,
  placeAfterBetweenSides,
  sideAfterBetweenName,
} from './repairs/between-sides';
import { contentAfterCitation } from './repairs/cited-content';
import { englishHelpedToFight, loneIndirectObject } from './repairs/english-objects';
import {
  germanActiveNotPassive,
  germanAuxiliaryRoot,
  germanHeadlineSubject,
} from './repairs/german-verbs';
import {
  englishAttackGerund,
  englishFightersTakenForVerb,
  frenchArticleBeforeAttack,
} from './repairs/nouns-read-as-verbs';
import {
  countedNounAfterNumberWord,
  germanMoreThanCount,
  numberWordTaggedAdjective,
  numberWordTaggedName,
} from './repairs/numbers';
import {
  speakerAfterOutlet,
  subjectAfterSaid,
  trailingReportAside,
} from './repairs/reported-speech';
import { nameBesideSource } from './repairs/source-apposition';
import {
  courseOfEvent,
  germanNaheSubject,
  placeAfterTime,
  spanishEstarPlace,
} from './repairs/time-and-place';
import { chiefBeforeName, titleAfterSpeaker, titleTaggedAdjective } from './repairs/titles';
import { foldedWord, reheaded } from './repairs/tree-edits';

/**
 * Known, systematic mistakes of the parser, undone before the rules read a sentence. Each repair
 * is a rewrite of the tree that keeps every token and leaves other sentences as they were.
 */
export function repairParse(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  return REPAIRS.reduce((repaired, repair) => repair(repaired, language), sentence);
}

type Repair = (sentence: AnalysisSentence, language: AnalysisLanguage) => AnalysisSentence;

/** In order: a later repair reads the tree the earlier ones left. */
const REPAIRS: readonly Repair[] = [
  // First: the repairs below read a reported clause where it belongs.
  contentAfterCitation,
  nameBesideSource,
  asSaidClause,
  frenchArticleBeforeAttack,
  englishAttackGerund,
  englishFightersTakenForVerb,
  englishHelpedToFight,
  countedNounAfterNumberWord,
  numberWordTaggedName,
  numberWordTaggedAdjective,
  chiefBeforeName,
  frenchDesAfterNoun,
  trailingReportAside,
  subjectAfterSaid,
  germanAuxiliaryRoot,
  germanActiveNotPassive,
  germanHeadlineSubject,
  germanMoreThanCount,
  courseOfEvent,
  placeAfterTime,
  germanNaheSubject,
  speakerAfterOutlet,
  sideAfterBetweenName,
  modifierOfSecondSide,
  placeAfterBetweenSides,
  acronymAfterNoun,
  loneIndirectObject,
  titleAfterSpeaker,
  agentAfterParticiple,
  englishReducedRelative,
  germanRecipientBeforeParticiple,
  participleAfterComma,
  harmAfterComma,
  germanRelativeOnVerb,
  listedObliques,
  bareNameAfterName,
  flatAcrossComma,
  placeNounAfterName,
  spanishEstarPlace,
  spanishArabicArticle,
  nounAfterHyphenedName,
  germanGenitiveBeforeForce,
  titleTaggedAdjective,
];

/**
 * "le porte-parole des Forces armées du Cabinda": the French parser may read "des" right after a
 * noun as the plural article and hang what follows on the noun as an apposition, where it is
 * "de les", the noun's complement. The phrase becomes the noun's modifier, marked by "des".
 */
function frenchDesAfterNoun(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'fr') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const marks = new Map<number, number>();
  for (const arc of dependencies) {
    if (arc.rel !== 'appos' || arc.dependent <= arc.head) continue;
    const noun = tokens[arc.head - 1];
    const des = tokens[arc.head];
    if (noun?.pos !== 'NOUN' || des === undefined || foldForMatch(des.word) !== 'des') continue;
    const desArc = arcOf.get(des.index);
    if (desArc?.rel !== 'det' || desArc.head !== arc.dependent) continue;
    marks.set(arc.dependent, des.index);
  }
  if (marks.size === 0) return sentence;
  const articles = new Set(marks.values());
  return {
    ...sentence,
    tokens: tokens.map((t) => (articles.has(t.index) ? { ...t, pos: 'ADP' } : t)),
    dependencies: dependencies.map((d) =>
      marks.has(d.dependent)
        ? { ...d, rel: 'nmod' }
        : articles.has(d.dependent)
          ? { ...d, rel: 'case' }
          : d,
    ),
  };
}

/** Relations inside one noun phrase, from a modifier up to its noun. */
const INSIDE_PHRASE = /^(?:compound|flat|amod|fixed)/u;

/**
 * "porte-parole de la force conjointe police-armée (JTF) opérant dans le delta": the parser may
 * hang an acronym in parentheses on the verb. Right after a noun phrase, it names that phrase's
 * noun, in apposition.
 */
function acronymAfterNoun(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  for (const acronym of tokens) {
    const open = tokens[acronym.index - 2];
    const close = tokens[acronym.index];
    const before = tokens[acronym.index - 3];
    if (open?.word !== '(' || close?.word !== ')' || !before) continue;
    if (!ACRONYM.test(acronym.word)) continue;
    let noun = before.index;
    for (let arc = arcOf.get(noun); arc && INSIDE_PHRASE.test(arc.rel); arc = arcOf.get(noun))
      noun = arc.head;
    const head = tokens[(arcOf.get(acronym.index)?.head ?? 0) - 1];
    if (tokens[noun - 1]?.pos !== 'NOUN' || head?.pos !== 'VERB') continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) =>
        d.dependent === acronym.index ? { ...d, head: noun, rel: 'appos' } : d,
      ),
    };
  }
  return sentence;
}

/** The analyser's tags of a name: not a date, a time or a number. */
const NAME_TAGS: ReadonlySet<string> = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']);

/**
 * "mueren en un ataque reivindicado por al Qaeda": the parser may hang the name after a
 * participle of claiming or waging, and its "by", on the clause's verb. Right after the
 * participle, the name is the participle's agent. Only a name: "por la noche" says when.
 */
function agentAfterParticiple(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  for (const participle of tokens) {
    const arc = arcOf.get(participle.index);
    if (!arc || !/^(?:amod|acl)/u.test(arc.rel)) continue;
    if (
      !hasStem(foldedWord(sentence, participle.index), RESPONSIBILITY_VERBS[language]) &&
      !hasStem(foldedWord(sentence, participle.index), WAGE_VERBS[language])
    )
      continue;
    const marker = arcOf.get(participle.index + 1);
    if (
      !marker ||
      marker.rel !== 'case' ||
      !hasStem(foldedWord(sentence, marker.dependent), BY[language])
    )
      continue;
    const name = tokens[marker.head - 1];
    const nameArc = arcOf.get(marker.head);
    if (!name || !nameArc || nameArc.head === participle.index) continue;
    if (name.pos !== 'PROPN' && !NAME_TAGS.has(name.ner)) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) =>
        d.dependent === name.index ? { ...d, head: participle.index, rel: 'obl:agent' } : d,
      ),
    };
  }
  return sentence;
}

/**
 * "Drones supplied by Iran to Russia hit Kyiv", "Drones supplied by Iran were used": the English
 * parser may take a participle with its agent for the clause's verb, making the real verb a clause
 * of the last noun ("hit" under "Russia") or the participle its clausal subject. A participle with
 * no auxiliary, a subject before it and an agent after "by" describes that subject, which is the
 * subject of the verb the clause has.
 */
function englishReducedRelative(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const below = (index: number, head: number): boolean => {
    for (let at = arcOf.get(index)?.head ?? 0; at !== 0; at = arcOf.get(at)?.head ?? 0)
      if (at === head) return true;
    return false;
  };
  for (const participle of tokens) {
    const arc = arcOf.get(participle.index);
    // A past participle is a verb form other than its lemma ("supplied", "sent"), which the
    // parser gives no auxiliary when it reads it as a past tense.
    if (!arc || participle.pos !== 'VERB' || participle.word.toLowerCase() === participle.lemma)
      continue;
    const own = dependencies.filter((d) => d.head === participle.index);
    const subject = own.find((d) => d.rel === 'nsubj' && d.dependent < participle.index);
    const agent = own.some(
      (d) =>
        d.rel === 'obl' &&
        dependencies.some(
          (c) =>
            c.head === d.dependent &&
            c.rel === 'case' &&
            foldedWord(sentence, c.dependent) === 'by',
        ),
    );
    if (subject === undefined || !agent || own.some((d) => d.rel.startsWith('aux'))) continue;
    const clausal = arc.rel.startsWith('csubj');
    // "Missiles sent by North Korea to Russia struck Kharkiv, officials said": the participle
    // may hang as a clause of the reporting verb after it, the real verb its "dep".
    const reported = arc.rel === 'advcl' && arc.head > participle.index;
    const realVerb = (d: (typeof dependencies)[number]) =>
      d.dependent > participle.index &&
      (!reported || d.dependent < arc.head) &&
      tokens[d.dependent - 1]?.pos === 'VERB' &&
      ((d.rel === 'acl' && below(d.dependent, participle.index)) ||
        (reported && d.rel === 'dep' && d.head === participle.index));
    const main = clausal
      ? arc.head
      : arc.head === 0 || reported
        ? dependencies.find(realVerb)?.dependent
        : undefined;
    if (main === undefined) continue;
    const rel = arc.rel === 'csubj:pass' ? 'nsubj:pass' : 'nsubj';
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === subject.dependent) return { ...d, head: main, rel };
        if (d.dependent === participle.index) return { ...d, head: subject.dependent, rel: 'acl' };
        if (clausal) return d;
        // What is said before its reporting verb is that verb's content.
        if (d.dependent === main && reported) return { ...d, head: arc.head, rel: 'ccomp' };
        if (d.dependent === main) return { ...d, head: 0, rel: 'root' };
        // The clause's closing punctuation is the new root's.
        return d.head === participle.index && d.rel === 'punct' && d.dependent > main
          ? { ...d, head: main }
          : d;
      }),
    };
  }
  return sentence;
}

/**
 * "die von Iran an Russland gelieferten Drohnen": before a German attributive participle the
 * parser may hang the "an" phrase on the agent's name, as if Iran were "at" Russia. A phrase
 * after "an" or "nach" hung on the participle's "von" phrase, between it and the participle, is
 * the participle's goal.
 */
function germanRecipientBeforeParticiple(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { dependencies } = sentence;
  const marked = (token: number, stems: readonly string[]) =>
    dependencies.some(
      (c) =>
        c.head === token && c.rel === 'case' && hasStem(foldedWord(sentence, c.dependent), stems),
    );
  for (const agent of dependencies) {
    if (agent.rel !== 'nmod' || agent.dependent > agent.head || !marked(agent.dependent, BY.de))
      continue;
    const participle = dependencies.find((d) => d.dependent === agent.head);
    if (!participle || !/^(?:amod|acl)$/u.test(participle.rel)) continue;
    const goal = dependencies.find(
      (d) =>
        d.head === agent.dependent &&
        d.rel === 'nmod' &&
        d.dependent > agent.dependent &&
        d.dependent < agent.head &&
        marked(d.dependent, GERMAN_GOAL),
    );
    if (goal !== undefined)
      return reheaded(sentence, new Map([[goal.dependent, agent.head]]), 'obl');
  }
  return sentence;
}

/** Where a German delivery goes: "an Russland", "nach Russland". */
const GERMAN_GOAL = ['an$', 'nach$'];

/**
 * "… ataques del Ejército Nacional Sirio (SNA), respaldado por Turquía, en la zona de Manbij": the
 * parser may hang a participle set off by commas, with its "by" phrase, on the clause's verb, and
 * take the agent for an object. Such a participle with no subject nor auxiliary of its own
 * describes the noun before its comma (past any bracket and the rest of that noun's name), and
 * its "by" phrase is its agent.
 */
function participleAfterComma(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  for (const arc of dependencies) {
    const participle = tokens[arc.dependent - 1];
    if (arc.rel !== 'advcl' || participle?.pos !== 'VERB') continue;
    if (tokens[arc.dependent - 2]?.word !== ',') continue;
    const own = dependencies.filter((d) => d.head === arc.dependent);
    if (own.some((d) => /^(?:nsubj|aux|mark)/u.test(d.rel))) continue;
    const agent = own.find(
      (d) =>
        /^(?:obj|obl)$/u.test(d.rel) &&
        dependencies.some(
          (c) =>
            c.head === d.dependent &&
            c.rel === 'case' &&
            hasStem(foldedWord(sentence, c.dependent), BY[language]),
        ),
    );
    if (agent === undefined) continue;
    // The word before the comma (tokens are 1-based; the comma is `arc.dependent - 1`).
    let noun = arc.dependent - 2;
    while (tokens[noun - 1]?.pos === 'PUNCT' && arcOf.get(noun)) noun = arcOf.get(noun)!.head;
    while (/^(?:flat|appos)/u.test(arcOf.get(noun)?.rel ?? '')) noun = arcOf.get(noun)!.head;
    if (!/^(?:NOUN|PROPN)$/u.test(tokens[noun - 1]?.pos ?? '') || noun === arc.head) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === arc.dependent) return { ...d, head: noun, rel: 'acl' };
        if (d.dependent === agent.dependent) return { ...d, rel: 'obl:agent' };
        return d;
      }),
    };
  }
  return sentence;
}

/**
 * "Boko Haram attacked Maiduguri, killing ten soldiers": the English parser may hang a harm's
 * participle after a comma on the noun before the comma, as what that noun did (Maiduguri
 * killing). Set off by the comma, it is what the clause's action did: it hangs on the clause's
 * verb, whose subject is the one who harmed.
 */
function harmAfterComma(sentence: AnalysisSentence, language: AnalysisLanguage): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const verbOf = new Map<number, number>();
  for (const arc of dependencies) {
    const participle = tokens[arc.dependent - 1];
    if (arc.rel !== 'acl' || participle?.pos !== 'VERB' || !/ing$/u.test(participle.word)) continue;
    if (tokens[arc.dependent - 2]?.word !== ',') continue;
    if (!hasStem(foldForMatch(participle.word), HARM_VERBS.en)) continue;
    let verb = arc.head;
    while (verb !== 0 && tokens[verb - 1]?.pos !== 'VERB') verb = arcOf.get(verb)?.head ?? 0;
    if (verb !== 0) verbOf.set(arc.dependent, verb);
  }
  return reheaded(sentence, verbOf, 'advcl');
}

/** German relative pronouns, as they open a relative clause after its comma. */
const GERMAN_RELATIVE = /^(?:der|die|das|den|dem|denen|dessen|deren|welche[nmrs]?)$/u;

/**
 * "griffen einen Kontrollpunkt an, der von den Security Belt Forces besetzt war": the German
 * parser may hang a relative clause on the main verb. A relative clause says something of a noun,
 * the nearest one before its comma (past a separated verb particle).
 */
function germanRelativeOnVerb(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const nounOf = new Map<number, number>();
  for (const arc of dependencies) {
    if (arc.rel !== 'acl' || tokens[arc.head - 1]?.pos !== 'VERB') continue;
    const first = Math.min(
      arc.dependent,
      ...dependencies
        .filter((d) => d.head === arc.dependent && d.rel !== 'punct')
        .map((d) => d.dependent),
    );
    const pronoun = tokens[first - 1];
    if (tokens[first - 2]?.word !== ',' || pronoun?.pos !== 'PRON') continue;
    if (!GERMAN_RELATIVE.test(pronoun.word.toLowerCase())) continue;
    // The word before the comma (1-based tokens: the comma is `first - 1`), or the one before a particle.
    let noun = first - 2;
    if (dependencies.some((d) => d.dependent === noun && d.rel === 'compound:prt')) noun -= 1;
    if (/^(?:NOUN|PROPN)$/u.test(tokens[noun - 1]?.pos ?? '')) nounOf.set(arc.dependent, noun);
  }
  return reheaded(sentence, nounOf);
}

/**
 * "opère au Nigeria, au Tchad et au Cameroun": the parser may read a list whose items repeat
 * their preposition as phrases of the verb, the last one with the rest of the list as its
 * conjuncts. An oblique right after another, set off by a comma only, under the same preposition,
 * is one more item of the first one's list if it closes the list ("… et au Cameroun") or another
 * such item after it does ("au Nigeria, au Tchad, au Cameroun et au Niger"); "à Koursk, à la
 * demande de Moscou" closes none.
 */
function listedObliques(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const markerOf = (phrase: number) =>
    dependencies.find((d) => d.head === phrase && d.rel === 'case')?.dependent;
  const markedAs = (phrase: number, other: number) => {
    const [marker, otherMarker] = [markerOf(phrase), markerOf(other)];
    return (
      marker !== undefined &&
      otherMarker !== undefined &&
      foldedWord(sentence, marker) === foldedWord(sentence, otherMarker)
    );
  };
  // A phrase's words, without the commas the parser may hang on it.
  const words = (phrase: number) =>
    dependencies.filter((d) => d.head === phrase && d.rel !== 'punct').map((d) => d.dependent);
  const firstOf = (phrase: number): number => Math.min(phrase, ...words(phrase).map(firstOf));
  const lastOf = (phrase: number): number => Math.max(phrase, ...words(phrase).map(lastOf));
  const name = (phrase: number) => tokens[phrase - 1]?.pos === 'PROPN';
  // The name phrase right after `earlier`, under its head and its preposition, after a comma.
  const nextItem = (earlier: Dependency) =>
    dependencies.find(
      (d) =>
        d.head === earlier.head &&
        d.rel === 'obl' &&
        name(d.dependent) &&
        tokens[firstOf(d.dependent) - 2]?.word === ',' &&
        firstOf(d.dependent) - 2 === lastOf(earlier.dependent) &&
        markedAs(d.dependent, earlier.dependent),
    );
  const closesList = (phrase: Dependency): boolean => {
    const closes = dependencies.some(
      (d) =>
        d.head === phrase.dependent &&
        d.rel === 'conj' &&
        dependencies.some((c) => c.head === d.dependent && c.rel === 'cc'),
    );
    const next = nextItem(phrase);
    return closes || (next !== undefined && closesList(next));
  };
  for (const earlier of dependencies) {
    if (earlier.rel !== 'obl' || !name(earlier.dependent)) continue;
    const later = nextItem(earlier);
    if (later === undefined || !closesList(later)) continue;
    // The later item and its conjuncts join the earlier one's list; then the next item may.
    return listedObliques({
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === later.dependent) return { ...d, head: earlier.dependent, rel: 'conj' };
        if (d.head === later.dependent && d.rel === 'conj')
          return { ...d, head: earlier.dependent };
        return d;
      }),
    });
  }
  return sentence;
}

/**
 * "en el distrito de Azotey, Concepción, a 376 kilómetros": the parser may join a name set after
 * another and a comma to it as one name. A comma ends a name: the later one is set beside it.
 */
function flatAcrossComma(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const across = (d: Dependency) =>
    d.rel === 'flat' &&
    d.head < d.dependent &&
    tokens.slice(d.head, d.dependent - 1).some((t) => t.word === ',');
  if (!dependencies.some(across)) return sentence;
  return {
    ...sentence,
    dependencies: dependencies.map((d) => (across(d) ? { ...d, rel: 'appos' } : d)),
  };
}

/**
 * "Sittwe, la capital de Rajine", "Abyei, Hauptstadt der Grenzregion", "Cabinda, région
 * pétrolière": a place noun set after a name and a comma says what that name is, but the parser
 * may hang it on a noun further back ("áreas residenciales de … Sittwe"). It goes to the name, or
 * to the head of the name's words.
 */
function placeNounAfterName(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const isName = (token: number) => tokens[token - 1]?.pos === 'PROPN';
  // Whether `ancestor` stands above `token`: a word is never hung under itself.
  const isAbove = (ancestor: number, token: number): boolean => {
    const seen = new Set<number>();
    let at = arcOf.get(token)?.head ?? 0;
    while (at > 0 && !seen.has(at)) {
      if (at === ancestor) return true;
      seen.add(at);
      at = arcOf.get(at)?.head ?? 0;
    }
    return false;
  };
  const heads = new Map<number, number>();
  for (const d of dependencies) {
    const word = foldedWord(sentence, d.dependent);
    if (d.rel !== 'appos') continue;
    if (!hasStem(word, REGION_NOUNS[language]) && !hasStem(word, CAPITAL_NOUNS[language])) continue;
    const first = Math.min(
      d.dependent,
      ...dependencies
        .filter((x) => x.head === d.dependent && x.rel !== 'punct')
        .map((x) => x.dependent),
    );
    let name = first - 2;
    if (tokens[first - 2]?.word !== ',' || !isName(name)) continue;
    // "Nord-Kivu": the name's head, through its own words.
    while (/^(?:flat|compound)/u.test(arcOf.get(name)?.rel ?? '') && isName(arcOf.get(name)!.head))
      name = arcOf.get(name)!.head;
    if (d.head === name || isAbove(d.dependent, name)) continue;
    heads.set(d.dependent, name);
  }
  return reheaded(sentence, heads);
}

/**
 * "las provincias tailandesas de Surin, Ubon Ratchathani y Buriram": the parser may hang the
 * second name of a list on the verb, with the rest of the list as its conjuncts. A bare name
 * (no preposition of its own) right after a name and a comma, that closes a list ("… y Buriram"),
 * is one more item of that name's list, unless it is a clause's subject ("selon Reuters, Smith et
 * Jones ont dit") or the list's later items have prepositions of their own.
 */
function bareNameAfterName(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const name = (token: number) => tokens[token - 1]?.pos === 'PROPN';
  const children = (token: number) => dependencies.filter((d) => d.head === token);
  const lastOf = (phrase: number): number =>
    Math.max(
      phrase,
      ...children(phrase)
        .filter((d) => d.rel !== 'punct' && d.rel !== 'conj')
        .map((d) => lastOf(d.dependent)),
    );
  for (const later of dependencies) {
    if (!name(later.dependent) || !/^(?:obl|obj|nmod|dep|appos)/u.test(later.rel)) continue;
    const own = children(later.dependent);
    const conjuncts = own.filter((d) => d.rel === 'conj').map((d) => d.dependent);
    // "… de la RDC, Félix Tshisekedi, et du Rwanda, Paul Kagame": an item with a preposition of
    // its own starts another phrase, not this list.
    const marked = (t: number) => children(t).some((d) => d.rel === 'case');
    if (marked(later.dependent) || conjuncts.some(marked)) continue;
    const closes = conjuncts.some((c) => children(c).some((d) => d.rel === 'cc'));
    const comma = later.dependent - 1;
    const earlier = comma - 1;
    if (!closes || tokens[comma - 1]?.word !== ',' || later.head === earlier) continue;
    // The earlier name is the whole phrase before the comma: its last word, or a flat name's.
    const head = dependencies.find((d) => d.dependent === earlier);
    const first = head && /^flat/u.test(head.rel) ? head.head : earlier;
    if (!name(first) || lastOf(first) !== earlier || first === later.head) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === later.dependent) return { ...d, head: first, rel: 'conj' };
        if (d.head === later.dependent && d.rel === 'conj') return { ...d, head: first };
        return d;
      }),
    };
  }
  return sentence;
}

/**
 * "Al Shabab atacó la base", "Al Qaeda reivindicó el ataque": the Spanish parser takes the Arabic
 * article of a name opening a clause for "al" (to the) and the name for an oblique. Before a verb,
 * or a copula's predicate ("Al Qaeda … sigue activa"), with no subject of its own, the name is its
 * subject and "Al" part of it.
 */
function spanishArabicArticle(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'es') return sentence;
  const { tokens, dependencies } = sentence;
  const article = tokens.find(
    (t) =>
      t.word === 'Al' &&
      dependencies.some(
        (d) => d.dependent === t.index && d.rel === 'case' && d.head === t.index + 1,
      ),
  );
  const name = article === undefined ? undefined : tokens[article.index];
  const arc = name === undefined ? undefined : dependencies.find((d) => d.dependent === name.index);
  // An oblique, or before a copula's predicate an object ("Al Shabab está presente en Somalia").
  if (!article || !name || !arc || name.pos !== 'PROPN' || !/^(?:obl|nmod|obj)$/u.test(arc.rel))
    return sentence;
  const verb = tokens[arc.head - 1];
  if (!verb || verb.index < name.index) return sentence;
  // A verb, or a copula's predicate: "Al Qaeda …, sigue activa".
  const copular = dependencies.some((d) => d.head === verb.index && d.rel === 'cop');
  if (verb.pos !== 'VERB' && !copular) return sentence;
  if (arc.rel === 'obj' && !copular) return sentence;
  if (dependencies.some((d) => d.head === verb.index && /^nsubj/u.test(d.rel))) return sentence;
  return {
    ...sentence,
    tokens: tokens.map((t) => (t === article ? { ...t, pos: 'PROPN' } : t)),
    dependencies: dependencies.map((d): Dependency => {
      if (d === arc) return { ...d, rel: 'nsubj' };
      if (d.dependent === article.index) return { ...d, rel: 'compound' };
      return d;
    }),
  };
}

/**
 * "Rund 900 US-Soldaten bleiben in Syrien", "die US-Armee", "den Tigray-Rebellen (TPLF)", "der
 * Hamas-Angriff auf Israel": the tokenizer splits the compound at its hyphen and the parser makes
 * the troops, or the attack, a flat part of the name before them. The noun heads the phrase, as in
 * "US soldiers" or "the Hamas attack"; the name is its compound.
 */
function nounAfterHyphenedName(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const fixes = new Map<number, number>();
  for (const noun of tokens) {
    const hyphen = tokens[noun.index - 2];
    const name = tokens[noun.index - 3];
    const arc = arcOf.get(noun.index);
    if (!hyphen || !name || hyphen.word !== '-' || name.pos !== 'PROPN' || noun.pos !== 'NOUN')
      continue;
    if (!arc || arc.head !== name.index || !/^(?:flat|compound|appos)$/u.test(arc.rel)) continue;
    const word = foldForMatch(noun.word);
    if (
      hasStem(word, PERSONNEL[language]) ||
      hasStem(word, ARMY_NOUNS[language]) ||
      hasStem(word, ARMED_GROUP_NOUNS[language]) ||
      hasStem(word, ATTACK_NOUNS[language])
    )
      fixes.set(noun.index, name.index);
  }
  return forcesHeadingNames(sentence, fixes, 'compound');
}

/**
 * "Ruandas Militär hat … eingenommen": the German tagger may take a force's noun after a country's
 * genitive for a second word of the name and hang it flat on it. The force heads the phrase; the
 * genitive is its owner, as in "Ruandas Armee".
 */
function germanGenitiveBeforeForce(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const fixes = new Map<number, number>();
  for (const noun of tokens) {
    const name = tokens[noun.index - 2];
    const arc = arcOf.get(noun.index);
    if (!name || name.pos !== 'PROPN' || !/s$/u.test(name.word) || name.ner !== 'LOCATION')
      continue;
    if (!arc || arc.head !== name.index || arc.rel !== 'flat') continue;
    const word = foldForMatch(noun.word);
    if (hasStem(word, PERSONNEL[language]) || hasStem(word, ARMY_NOUNS[language]))
      fixes.set(noun.index, name.index);
  }
  return forcesHeadingNames(sentence, fixes, 'nmod:poss');
}

/**
 * The sentence with each force noun of `fixes` (noun to the name it hung on) heading that name:
 * the noun takes the name's place in the tree, the name hangs on it as `nameRel`, and the name's
 * other dependents (its number, its article) go with the noun.
 */
function forcesHeadingNames(
  sentence: AnalysisSentence,
  fixes: ReadonlyMap<number, number>,
  nameRel: string,
): AnalysisSentence {
  if (fixes.size === 0) return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const names = new Map([...fixes].map(([noun, name]) => [name, noun]));
  return {
    ...sentence,
    tokens: tokens.map((t) => (fixes.has(t.index) ? { ...t, pos: 'NOUN' } : t)),
    dependencies: dependencies.map((d): Dependency => {
      const noun = names.get(d.dependent);
      if (noun !== undefined) return { ...d, head: noun, rel: nameRel };
      const name = fixes.get(d.dependent);
      if (name !== undefined) {
        const named = arcOf.get(name)!;
        return { ...d, head: named.head, rel: named.rel };
      }
      return names.has(d.head) && d.dependent !== d.head ? { ...d, head: names.get(d.head)! } : d;
    }),
  };
}
