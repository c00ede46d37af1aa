/** Repairs of attack and fighter nouns the tagger reads as verbs. */

import type { AnalysisLanguage, AnalysisSentence } from '../../nlp/analysis';
import { foldForMatch } from '../../text/fold-for-match';
import { MEMBERS } from '../lexicon/nouns';
import { ATTACK_NOUNS } from '../lexicon/predicate-triggers';
import { hasStem } from '../lexicon/stems';
import { arcsByDependent } from './tree-edits';

/** Prepositions the French tagger may take for a conjunction before "une frappe": "dans", "lors de". */
const FRENCH_PREPOSITIONS = /^(?:dans|lors|par|apres|avant|pendant|durant|de|d')$/u;

/** French articles the tagger may take for a pronoun ("une" as in "l'une") or a name ("La"). */
const FRENCH_ARTICLES = /^(?:une|la|cette|chaque)$/u;

/**
 * "killed on Monday in shelling by Indian forces": the English tagger may read an attack named by
 * a gerund ("shelling", "bombing", "fighting") as a verb, though a preposition marks it as a
 * phrase of the clause and no subject or auxiliary of its own makes it a clause. It is the noun.
 */
export function englishAttackGerund(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const gerunds = new Set(
    tokens
      .filter((t) => t.pos === 'VERB' && /ing$/u.test(t.word))
      .filter((t) => hasStem(foldForMatch(t.word), ATTACK_NOUNS.en))
      .filter((t) => {
        const arc = dependencies.find((d) => d.dependent === t.index);
        const own = dependencies.filter((d) => d.head === t.index);
        return (
          arc !== undefined &&
          /^(?:obl|nmod)/u.test(arc.rel) &&
          own.some((d) => d.rel === 'case') &&
          !own.some((d) => /^(?:nsubj|aux|obj)/u.test(d.rel))
        );
      })
      .map((t) => t.index),
  );
  if (gerunds.size === 0) return sentence;
  return {
    ...sentence,
    tokens: tokens.map((t) => (gerunds.has(t.index) ? { ...t, pos: 'NOUN' } : t)),
  };
}

/**
 * "The army killed fourteen Boko Haram insurgents": after a name of two words the English tagger
 * may read the plural of a group's members as a verb whose subject is the name, and hang it on
 * the verb as a clause. With no auxiliary, object or marker of its own, it is the noun: the verb's
 * object, the name its compound, what counted or described the name counts or describes it, and
 * its obliques are the verb's.
 */
export function englishFightersTakenForVerb(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = (index: number) => dependencies.find((d) => d.dependent === index);
  const fighters = tokens.filter((t) => {
    const arc = arcOf(t.index);
    const own = dependencies.filter((d) => d.head === t.index);
    const name = arcOf(t.index - 1);
    return (
      t.pos === 'VERB' &&
      /s$/u.test(t.word) &&
      hasStem(foldForMatch(t.word), MEMBERS.en) &&
      arc !== undefined &&
      /^(?:ccomp|xcomp|dep)$/u.test(arc.rel) &&
      tokens[t.index - 2]?.pos === 'PROPN' &&
      name?.head === t.index &&
      name.rel === 'nsubj' &&
      !own.some((d) => /^(?:aux|obj|mark|cop)/u.test(d.rel))
    );
  });
  if (fighters.length === 0) return sentence;
  const nouns = new Set(fighters.map((t) => t.index));
  const names = new Map(fighters.map((t) => [t.index - 1, t.index]));
  return {
    ...sentence,
    tokens: tokens.map((t) => (nouns.has(t.index) ? { ...t, pos: 'NOUN' } : t)),
    dependencies: dependencies.map((d) => {
      if (nouns.has(d.dependent)) return { ...d, rel: 'obj' };
      // "… insurgents in Borno": an oblique of the false verb is the real verb's.
      if (nouns.has(d.head) && d.rel.startsWith('obl'))
        return { ...d, head: arcOf(d.head)?.head ?? d.head };
      const noun = names.get(d.dependent);
      if (noun !== undefined) return { ...d, rel: 'compound' };
      // "fourteen" before the name counted the fighters.
      const owner = names.get(d.head);
      if (owner !== undefined && d.dependent < d.head && /^(?:nummod|det|amod)$/u.test(d.rel))
        return { ...d, head: owner };
      return d;
    }),
  };
}

/**
 * "une frappe israélienne", "La frappe visait…": the French tagger reads "frappe" after an article
 * as the verb "frapper" with the article as its subject pronoun. An attack noun right after an
 * article that hangs on it is the noun, and the article its determiner; the noun keeps its head.
 */
export function frenchArticleBeforeAttack(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'fr') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
  const articles = new Set<number>();
  for (const noun of tokens) {
    const article = tokens[noun.index - 2];
    if (noun.pos !== 'VERB' || article === undefined) continue;
    if (!hasStem(foldForMatch(noun.word), ATTACK_NOUNS.fr)) continue;
    if (!FRENCH_ARTICLES.test(foldForMatch(article.word))) continue;
    if (arcOf.get(article.index)?.head !== noun.index) continue;
    articles.add(article.index);
  }
  if (articles.size === 0) return sentence;
  const nouns = new Set([...articles].map((a) => a + 1));
  const marked = (noun: number) =>
    dependencies.some(
      (d) =>
        d.head === noun &&
        d.rel === 'mark' &&
        FRENCH_PREPOSITIONS.test(foldForMatch(tokens[d.dependent - 1]!.word)),
    );
  return {
    ...sentence,
    tokens: tokens.map((t) =>
      articles.has(t.index) ? { ...t, pos: 'DET' } : nouns.has(t.index) ? { ...t, pos: 'NOUN' } : t,
    ),
    // The noun's own phrases are its modifiers, and the verb it complements takes it as object:
    // "a mené une frappe contre la Syrie"; "tués dans une frappe", "lors d'une frappe": the
    // preposition taken for a conjunction marks it, an oblique of that verb.
    dependencies: dependencies.map((d) => {
      if (articles.has(d.dependent)) return { ...d, rel: 'det' };
      if (nouns.has(d.head) && d.rel.startsWith('obl')) return { ...d, rel: 'nmod' };
      if (
        nouns.has(d.head) &&
        d.rel === 'mark' &&
        FRENCH_PREPOSITIONS.test(foldForMatch(tokens[d.dependent - 1]!.word))
      )
        return { ...d, rel: 'case' };
      if (nouns.has(d.dependent) && d.rel === 'xcomp') return { ...d, rel: 'obj' };
      if (nouns.has(d.dependent) && d.rel === 'advcl' && marked(d.dependent))
        return { ...d, rel: 'obl' };
      return d;
    }),
  };
}
