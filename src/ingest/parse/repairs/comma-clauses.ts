/** Repairs of participles and relative clauses after a comma, hung on the wrong word. */

import type { AnalysisLanguage, AnalysisSentence } from '../../nlp/analysis';
import { foldForMatch } from '../../text/fold-for-match';
import { BY } from '../lexicon/case-markers';
import { HARM_VERBS } from '../lexicon/predicate-triggers';
import { hasStem } from '../lexicon/stems';
import { arcsByDependent, foldedWord, reheaded } from './tree-edits';

/**
 * "… ataques del Ejército Nacional Sirio (SNA), respaldado por Turquía, en la zona de Manbij": the
 * parser may hang a participle set off by commas, with its "by" phrase, on the clause's verb, and
 * take the agent for an object. Such a participle with no subject nor auxiliary of its own
 * describes the noun before its comma (past any bracket and the rest of that noun's name), and
 * its "by" phrase is its agent.
 */
export function participleAfterComma(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
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
export function harmAfterComma(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
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
export function germanRelativeOnVerb(
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
