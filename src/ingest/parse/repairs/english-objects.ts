/** Repairs of English verbs' objects, misread beside a name. */

import type { AnalysisLanguage, AnalysisSentence } from '../../nlp/analysis';
import { hasStem } from '../lexicon/stems';
import { HELP_VERBS } from '../lexicon/verbs';
import { foldedWord } from './tree-edits';

/** Bare forms of fighting, which after a verb of helping and its object are a verb. */
const BARE_FIGHT = /^(?:fight|battle|combat|attack|resist)$/u;

/**
 * "Iran helps the Houthis fight Saudi Arabia": the parser may read "Houthis fight" as a noun
 * with the name compounded before it and the enemy hung on it without a preposition. A plural
 * name cannot modify a noun so; after a verb of helping it is the side helped, and the bare
 * form of fighting its verb, whose object is the name after it.
 */
export function englishHelpedToFight(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  for (const fight of dependencies) {
    const word = tokens[fight.dependent - 1];
    if (!word || word.pos !== 'NOUN' || fight.rel !== 'obj' || !BARE_FIGHT.test(word.lemma))
      continue;
    if (!hasStem(foldedWord(sentence, fight.head), HELP_VERBS.en)) continue;
    const helped = dependencies.find(
      (d) =>
        d.head === fight.dependent &&
        d.rel === 'compound' &&
        d.dependent === fight.dependent - 1 &&
        tokens[d.dependent - 1]?.pos === 'PROPN' &&
        /s$/u.test(foldedWord(sentence, d.dependent)),
    );
    const enemy = dependencies.find(
      (d) => d.head === fight.dependent && d.rel === 'dep' && d.dependent > fight.dependent,
    );
    if (!helped || !enemy) continue;
    return {
      ...sentence,
      tokens: tokens.map((t) => (t.index === fight.dependent ? { ...t, pos: 'VERB' } : t)),
      dependencies: dependencies.map((d) => {
        if (d.dependent === helped.dependent) return { ...d, head: fight.head, rel: 'obj' };
        if (d.dependent === fight.dependent) return { ...d, rel: 'xcomp' };
        if (d.dependent === enemy.dependent) return { ...d, rel: 'obj' };
        // The helped side's article goes with it.
        if (d.head === fight.dependent && d.rel === 'det' && d.dependent < helped.dependent)
          return { ...d, head: helped.dependent };
        return d;
      }),
    };
  }
  return sentence;
}

/**
 * "Israel is fighting the group Hamas in Gaza": the English parser may read a noun and the name
 * beside it as a verb's two objects and label the noun an indirect one. An indirect object with no
 * direct object nor clause beside it ("told reporters that …" keeps its own) is the direct one.
 */
export function loneIndirectObject(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { dependencies } = sentence;
  const taken = new Set(
    dependencies.filter((d) => /^(?:obj|ccomp|xcomp)$/u.test(d.rel)).map((d) => d.head),
  );
  if (!dependencies.some((d) => d.rel === 'iobj' && !taken.has(d.head))) return sentence;
  return {
    ...sentence,
    dependencies: dependencies.map((d) =>
      d.rel === 'iobj' && !taken.has(d.head) ? { ...d, rel: 'obj' } : d,
    ),
  };
}
