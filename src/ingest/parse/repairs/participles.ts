/** Repairs of participles with a "by" phrase, hung on the wrong word. */

import type { AnalysisLanguage, AnalysisSentence } from '../../nlp/analysis';
import { BY } from '../lexicon/case-markers';
import { RESPONSIBILITY_VERBS, WAGE_VERBS } from '../lexicon/predicate-triggers';
import { hasStem } from '../lexicon/stems';
import { arcsByDependent, foldedWord, reheaded } from './tree-edits';

/** The analyser's tags of a name: not a date, a time or a number. */
const NAME_TAGS: ReadonlySet<string> = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']);

/**
 * "mueren en un ataque reivindicado por al Qaeda": the parser may hang the name after a
 * participle of claiming or waging, and its "by", on the clause's verb. Right after the
 * participle, the name is the participle's agent. Only a name: "por la noche" says when.
 */
export function agentAfterParticiple(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
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
 * subject of the verb the clause has, or the object of the verb before it.
 */
export function englishReducedRelative(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
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
    // "Israel intercepted two rockets fired by Hamas": after a verb with no object the parser may
    // hang the participle on it as a "dep" with the object as its subject; the noun is the
    // verb's object, which the participle describes.
    const before = arc.head;
    if (
      arc.rel === 'dep' &&
      before < subject.dependent &&
      tokens[before - 1]?.pos === 'VERB' &&
      !dependencies.some((d) => d.head === before && d.rel === 'obj')
    )
      return {
        ...sentence,
        dependencies: dependencies.map((d) => {
          if (d.dependent === subject.dependent) return { ...d, head: before, rel: 'obj' };
          if (d.dependent === participle.index)
            return { ...d, head: subject.dependent, rel: 'acl' };
          return d;
        }),
      };
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
export function germanRecipientBeforeParticiple(
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
