import { ACRONYM } from '../mentions/acronym-pattern';
import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../nlp/analysis';
import { foldForMatch } from '../text/fold-for-match';
import { ARMY_NOUNS, CAPITAL_NOUNS, PERSONNEL, REGION_NOUNS } from './lexicon/nouns';
import { ARMED_GROUP_NOUNS, ATTACK_NOUNS } from './lexicon/predicate-triggers';
import { hasStem } from './lexicon/stems';
import { asSaidClause } from './repairs/as-said-clause';
import {
  modifierOfSecondSide,
  placeAfterBetweenSides,
  sideAfterBetweenName,
} from './repairs/between-sides';
import { contentAfterCitation } from './repairs/cited-content';
import {
  germanRelativeOnVerb,
  harmAfterComma,
  participleAfterComma,
} from './repairs/comma-clauses';
import { englishHelpedToFight, loneIndirectObject } from './repairs/english-objects';
import {
  germanActiveNotPassive,
  germanAuxiliaryRoot,
  germanHeadlineSubject,
} from './repairs/german-verbs';
import { bareNameAfterName, listedObliques } from './repairs/lists';
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
  agentAfterParticiple,
  englishReducedRelative,
  germanRecipientBeforeParticiple,
} from './repairs/participles';
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
