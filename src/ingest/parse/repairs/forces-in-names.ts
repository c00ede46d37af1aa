/** Repairs of force and attack nouns the parser folds into the name before them. */

import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { foldForMatch } from '../../text/fold-for-match';
import { ARMY_NOUNS, PERSONNEL } from '../lexicon/nouns';
import { ARMED_GROUP_NOUNS, ATTACK_NOUNS } from '../lexicon/predicate-triggers';
import { hasStem } from '../lexicon/stems';
import { arcsByDependent } from './tree-edits';

/**
 * "Rund 900 US-Soldaten bleiben in Syrien", "die US-Armee", "den Tigray-Rebellen (TPLF)", "der
 * Hamas-Angriff auf Israel": the tokenizer splits the compound at its hyphen and the parser makes
 * the troops, or the attack, a flat part of the name before them. The noun heads the phrase, as in
 * "US soldiers" or "the Hamas attack"; the name is its compound.
 */
export function nounAfterHyphenedName(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
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
export function germanGenitiveBeforeForce(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
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
  const arcOf = arcsByDependent(dependencies);
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
