/** Repairs of names and appositions: where a name ends, and what a noun beside it names. */

import { ACRONYM } from '../../mentions/acronym-pattern';
import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { foldForMatch } from '../../text/fold-for-match';
import { CAPITAL_NOUNS, REGION_NOUNS } from '../lexicon/nouns';
import { hasStem } from '../lexicon/stems';
import { foldedWord, reheaded } from './tree-edits';

/**
 * "le porte-parole des Forces armées du Cabinda": the French parser may read "des" right after a
 * noun as the plural article and hang what follows on the noun as an apposition, where it is
 * "de les", the noun's complement. The phrase becomes the noun's modifier, marked by "des".
 */
export function frenchDesAfterNoun(
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
export function acronymAfterNoun(sentence: AnalysisSentence): AnalysisSentence {
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
export function flatAcrossComma(sentence: AnalysisSentence): AnalysisSentence {
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
export function placeNounAfterName(
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
export function spanishArabicArticle(
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
