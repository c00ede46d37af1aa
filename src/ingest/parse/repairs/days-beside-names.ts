/** Repairs of a day the parser runs together with the name written beside it. */

import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { TIME_NOUNS } from '../lexicon/nouns';
import { hasStem } from '../lexicon/stems';
import { arcsByDependent, foldedWord, withRewrittenArcs } from './tree-edits';

/** Relations inside one name, or one noun phrase with no preposition of its own. */
const JOINED = /^(?:compound|flat|flat:name|appos|nmod)$/u;

/** The languages that write the names of days and months with a capital. */
const CAPITALISED_DAYS: ReadonlySet<AnalysisLanguage> = new Set(['en', 'de']);

/**
 * "Le M23 a pris Goma dimanche", "a attaqué Kharkiv lundi": the French parser may take the day
 * after a verb's object for part of the name ("Goma dimanche") and, the phrase now a time, make
 * the name an oblique. A day is no part of a name: written right after it, with no preposition
 * of its own, it says when the verb happened and hangs on the verb; the name, left an oblique
 * with no preposition, is the verb's object when it has none.
 */
export function dayAfterName(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
  const hasCase = (token: number) => dependencies.some((d) => d.head === token && d.rel === 'case');
  const rewritten = new Map<Dependency, Dependency>();
  for (const day of dependencies) {
    const name = arcOf.get(day.head);
    if (name === undefined || day.dependent < day.head || !JOINED.test(day.rel)) continue;
    if (hasCase(day.dependent)) continue;
    if (!hasStem(foldedWord(sentence, day.dependent), TIME_NOUNS[language])) continue;
    // French and Spanish write days in lower case: a capital makes a name ("Santo Domingo").
    if (!CAPITALISED_DAYS.has(language) && /^\p{Lu}/u.test(tokens[day.dependent - 1]!.word))
      continue;
    if (tokens[day.head - 1]?.pos !== 'PROPN' || tokens[name.head - 1]?.pos !== 'VERB') continue;
    // Right after the name: nothing but the name's own words between them.
    const between = tokens.slice(day.head, day.dependent - 1);
    if (between.some((t) => arcOf.get(t.index)?.head !== day.head || t.pos !== 'PROPN')) continue;
    rewritten.set(day, { ...day, head: name.head, rel: 'obl' });
    const object = dependencies.some((d) => d.head === name.head && d.rel === 'obj');
    if (name.rel === 'obl' && !hasCase(name.dependent) && !object)
      rewritten.set(name, { ...name, rel: 'obj' });
  }
  return withRewrittenArcs(sentence, rewritten);
}

/**
 * "Die Rebellen nahmen am Freitag Bukavu ein": the German parser may take the name after a day
 * for part of the day's name. A day with its preposition ends its phrase: the name after it is an
 * argument of the day's verb, its object when the verb has a subject and none, its subject when
 * it has an object and none; the name's other words go with it.
 */
export function germanNameAfterDay(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const rewritten = new Map<Dependency, Dependency>();
  for (const day of dependencies) {
    if (day.rel !== 'obl' || tokens[day.head - 1]?.pos !== 'VERB') continue;
    if (!hasStem(foldedWord(sentence, day.dependent), TIME_NOUNS.de)) continue;
    if (!dependencies.some((d) => d.head === day.dependent && d.rel === 'case')) continue;
    const name = dependencies.filter(
      (d) =>
        d.head === day.dependent &&
        /^(?:flat|appos)$/u.test(d.rel) &&
        d.dependent > day.dependent &&
        tokens[d.dependent - 1]?.pos === 'PROPN',
    );
    const [first] = name;
    if (first === undefined || first.dependent !== day.dependent + 1) continue;
    const roles = dependencies.filter((d) => d.head === day.head).map((d) => d.rel);
    const role = !roles.includes('obj')
      ? roles.includes('nsubj') && 'obj'
      : !roles.some((r) => r.startsWith('nsubj')) && 'nsubj';
    if (!role) continue;
    rewritten.set(first, { ...first, head: day.head, rel: role });
    for (const part of name.slice(1)) rewritten.set(part, { ...part, head: first.dependent });
  }
  return withRewrittenArcs(sentence, rewritten);
}
