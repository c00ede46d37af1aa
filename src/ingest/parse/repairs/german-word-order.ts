/** Repairs of German subjects and objects the parser takes from word order it misreads. */

import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { foldedWord, withRewrittenArcs } from './tree-edits';

/** Determiners that rule a German noun phrase out as a subject: accusative, dative or genitive. */
const NOT_NOMINATIVE =
  /^(?:den|dem|des|einen|einem|eines|diesen|diesem|dieses|keinen|keinem|seinen|seinem|ihren|ihrem)$/u;

/** Relations the German parser gives a bare noun phrase of the clause, subject or object. */
const CORE = /^(?:nsubj|obj|obl:arg)$/u;

/**
 * "Am Montag hat Russland die Ukraine angegriffen", "Im Osten haben russische Truppen die Ukraine
 * angegriffen", "Der Iran hat Israel mit Drohnen angegriffen", "Die Ukraine hat Russland am Montag
 * angegriffen": names show no case, and after a fronted adverbial, or with a name first, the
 * parser may take the second of two bare noun phrases for the subject, the first for an object
 * or an argument, or both for subjects. German sets the subject before the object when nothing
 * else marks them: of the clause's two bare noun phrases, one after the finite verb labelled the
 * subject and one before it, opening the clause and not labelled the object, or after it too,
 * in the middle field, the first is the subject and the second the object, unless a determiner shows the
 * first is no nominative or it is a pronoun ("hat ihn die Armee getötet": pronouns come first).
 * A name first labelled the object is read as the subject by the rules already (clause-roles,
 * `swappedGermanRoles`).
 */
export function germanSubjectBeforeObject(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const pos = (token: number) => tokens[token - 1]?.pos ?? '';
  const hasCase = (token: number) => dependencies.some((d) => d.head === token && d.rel === 'case');
  const rewritten = new Map<Dependency, Dependency>();
  for (const verb of new Set(dependencies.filter((d) => d.rel === 'nsubj').map((d) => d.head))) {
    if (pos(verb) !== 'VERB') continue;
    const children = dependencies.filter((d) => d.head === verb);
    if (children.some((d) => /^(?:cop|aux:pass|nsubj:pass|expl)/u.test(d.rel))) continue;
    const finite = children.find((d) => d.rel === 'aux' && d.dependent < verb)?.dependent ?? verb;
    // Within the clause: before the participle, or anywhere after a finite main verb.
    const inClause = (token: number) => finite === verb || token < verb;
    const bare = children.filter(
      (d) =>
        CORE.test(d.rel) &&
        /^(?:NOUN|PROPN|PRON)$/u.test(pos(d.dependent)) &&
        !hasCase(d.dependent),
    );
    if (bare.length !== 2) continue;
    const [first, second] = bare.sort((a, b) => a.dependent - b.dependent) as [
      Dependency,
      Dependency,
    ];
    if (second.rel !== 'nsubj' || second.dependent < finite || !inClause(second.dependent))
      continue;
    if (pos(first.dependent) === 'PRON' || pos(second.dependent) === 'PRON') continue;
    const fronted =
      first.dependent < finite && first.rel !== 'obj' && opensClause(sentence, verb, first);
    const middle = first.dependent > finite;
    if (!fronted && !middle) continue;
    const article = dependencies.find((d) => d.head === first.dependent && d.rel === 'det');
    if (article !== undefined && NOT_NOMINATIVE.test(foldedWord(sentence, article.dependent)))
      continue;
    rewritten.set(first, { ...first, rel: 'nsubj' });
    rewritten.set(second, { ...second, rel: 'obj' });
  }
  return withRewrittenArcs(sentence, rewritten);
}

/** True when nothing of the verb's clause but punctuation stands before `argument`'s phrase. */
function opensClause(sentence: AnalysisSentence, verb: number, argument: Dependency): boolean {
  const { tokens, dependencies } = sentence;
  const start = (token: number) =>
    Math.min(token, ...dependencies.filter((d) => d.head === token).map((d) => d.dependent));
  const before = dependencies.filter(
    (d) =>
      d.head === verb &&
      d !== argument &&
      tokens[d.dependent - 1]?.pos !== 'PUNCT' &&
      start(d.dependent) < start(argument.dependent),
  );
  return before.length === 0;
}

/**
 * "Am Montag wurde die Ukraine von Russland angegriffen": the parser may hang a passive's agent
 * on the name before it, as if "von" made it that name's owner. A name has no owner in "von"
 * ("der Präsident von Frankreich" is a noun's), so in a passive with no agent of its own, a "von"
 * or "durch" phrase on its subject name, before the participle, is the agent.
 */
export function germanAgentOnSubjectName(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const marker = (token: number) =>
    dependencies.find((d) => d.head === token && d.rel === 'case')?.dependent;
  const agents = new Set<Dependency>();
  for (const subject of dependencies.filter((d) => d.rel === 'nsubj:pass')) {
    const verb = subject.head;
    if (tokens[subject.dependent - 1]?.pos !== 'PROPN') continue;
    const agented = dependencies.some(
      (d) =>
        d.head === verb &&
        (d.rel === 'obl:agent' ||
          (d.rel === 'obl' && AGENT_MARKER.test(foldedWord(sentence, marker(d.dependent) ?? 0)))),
    );
    if (agented) continue;
    const agent = dependencies.find(
      (d) =>
        d.head === subject.dependent &&
        d.rel === 'nmod' &&
        d.dependent > subject.dependent &&
        d.dependent < verb &&
        AGENT_MARKER.test(foldedWord(sentence, marker(d.dependent) ?? 0)),
    );
    if (agent !== undefined) agents.add(agent);
  }
  if (agents.size === 0) return sentence;
  return {
    ...sentence,
    dependencies: dependencies.map((d) =>
      agents.has(d)
        ? { ...d, head: dependencies.find((s) => s.dependent === d.head)!.head, rel: 'obl:agent' }
        : d,
    ),
  };
}

/** The prepositions of a German passive's agent. */
const AGENT_MARKER = /^(?:von|durch)$/u;
