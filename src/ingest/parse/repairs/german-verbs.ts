/** Repairs of German verbs and their auxiliaries: perfect, passive, future, headline. */

import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { foldForMatch } from '../../text/fold-for-match';
import { FUTURE_AUXILIARIES } from '../lexicon/modality-words';
import { hasStem } from '../lexicon/stems';
import { foldedWord, withRewrittenArcs } from './tree-edits';

function rootArc(dependencies: readonly Dependency[]): Dependency | undefined {
  return dependencies.find((d) => d.head === 0 && d.rel === 'root');
}

/**
 * "Das pakistanische Militär hat … mindestens 145 Kämpfer der Separatistengruppe … getötet": the
 * parser may make the auxiliary the root and set the participle at the end beside it, its
 * object with it, and a genitive after that object the participle's passive subject. The
 * participle is the verb: the auxiliary and its dependents go under it, and a passive subject
 * after its object, in a clause that has a subject, is the genitive of that object.
 */
export function germanAuxiliaryRoot(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const root = rootArc(dependencies);
  const auxiliary = root === undefined ? undefined : tokens[root.dependent - 1];
  if (!auxiliary || auxiliary.pos !== 'AUX' || !GERMAN_AUXILIARY.test(foldForMatch(auxiliary.word)))
    return sentence;
  // A participle with a subject of its own ("Die EU hat neue Strafmaßnahmen … beschlossen") is
  // read by the rules as it stands (clause-roles, `underAuxiliary`), unless the auxiliary has one
  // too: "Das Militär hat die russischen Angriffe zurückgeschlagen", where the parser takes the
  // participle for an adjective and its object for its subject.
  const auxiliarySubject = dependencies.some(
    (x) => x.head === auxiliary.index && x.rel === 'nsubj',
  );
  const participle = dependencies.find(
    (d) =>
      d.head === auxiliary.index &&
      /^(?:parataxis|conj|xcomp|dep)$/u.test(d.rel) &&
      d.dependent > auxiliary.index &&
      isGermanParticiple(tokens[d.dependent - 1]) &&
      (auxiliarySubject || !dependencies.some((x) => x.head === d.dependent && x.rel === 'nsubj')),
  );
  if (participle === undefined) return sentence;
  const verb = participle.dependent;
  const moved = dependencies.map((d): Dependency => {
    if (d === root) return { ...d, head: verb, rel: 'aux' };
    if (d === participle) return { ...d, head: 0, rel: 'root' };
    if (auxiliarySubject && d.head === verb && d.rel === 'nsubj') return { ...d, rel: 'obj' };
    return d.head === auxiliary.index && d.rel !== 'punct' ? { ...d, head: verb } : d;
  });
  const subject = moved.some((d) => d.head === verb && d.rel === 'nsubj');
  const object = moved.find((d) => d.head === verb && d.rel === 'obj');
  return {
    ...sentence,
    dependencies: moved.map((d) =>
      subject &&
      object !== undefined &&
      d.head === verb &&
      d.rel === 'nsubj:pass' &&
      d.dependent > object.dependent
        ? { ...d, head: object.dependent, rel: 'nmod' }
        : d,
    ),
  };
}

/** German auxiliaries of the perfect and the passive. */
const GERMAN_AUXILIARY =
  /^(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden)$/u;

/** A past participle: a verb, or a word the tagger took for an adjective with the "ge-" form. */
function isGermanParticiple(token: AnalysisSentence['tokens'][number] | undefined): boolean {
  if (token === undefined) return false;
  return (
    token.pos === 'VERB' ||
    (token.pos === 'ADJ' && /^\p{L}*ge\p{L}+(?:t|en)$/u.test(foldForMatch(token.word)))
  );
}

/** The German perfect's auxiliary "haben"; a passive takes "werden" (or "sein" for its state). */
const GERMAN_HABEN = /^(?:hat|haben|hatte|hatten|habe|hast|habt)$/u;
const GERMAN_WERDEN = /^(?:wird|werden|wurde|wurden|worden|wirst|wurdest)$/u;

/**
 * "werden … einmarschieren", "wird … schicken": the German parser calls every "werden" the
 * passive's, so the verb's own form tells the future. An infinitive ends in "-ern", "-eln"
 * ("erobern", whose participle is "erobert") or "-en" with no "ge" of a participle at its start or
 * after a particle ("geschickt", "angegriffen"); one in "-en" opening with an inseparable prefix
 * ("beschossen", "vertrieben", "überfallen") may be a participle and is left passive, unless the
 * parser gave it two subjects or objects with no preposition: a passive has one ("Die Stadt wird
 * beschossen"), the future of a verb with an object two ("Die Türkei wird die PKK bekämpfen").
 * Any verb with a passive's agent ("von Russland überfallen") is passive.
 */
function germanInfinitive(sentence: AnalysisSentence, verb: number): boolean {
  const { dependencies } = sentence;
  const agent = dependencies.some(
    (o) =>
      o.head === verb &&
      /^obl(?::agent)?$/u.test(o.rel) &&
      dependencies.some(
        (c) =>
          c.head === o.dependent &&
          c.rel === 'case' &&
          /^(?:von|durch)$/u.test(foldedWord(sentence, c.dependent)),
      ),
  );
  if (agent) return false;
  const word = foldedWord(sentence, verb);
  if (/(?:ieren|[^i]e[rl]n)$/u.test(word)) return true;
  if (!/[^i]en$/u.test(word)) return false;
  const bare = dependencies.filter(
    (d) =>
      d.head === verb &&
      /^(?:nsubj:pass|obj)$/u.test(d.rel) &&
      /^(?:NOUN|PROPN|PRON)$/u.test(sentence.tokens[d.dependent - 1]?.pos ?? '') &&
      !dependencies.some((c) => c.head === d.dependent && c.rel === 'case'),
  );
  return !PARTICIPLE_OPENING.test(word) || bare.length > 1;
}

/** A participle's "ge", alone or after a separable particle, or an inseparable prefix. */
const PARTICIPLE_OPENING =
  /^(?:(?:an|ab|auf|aus|bei|ein|fest|her|hin|los|mit|nach|vor|weg|zu|zuruck|zusammen)?ge|be|ver|er|zer|ent|emp|miss|uber|unter|um|durch|wider|hinter)/u;

/**
 * A German clause the parser read as a passive that is active: the perfect, with "haben" and no
 * "werden" ("Ein Selbstmordanschlag der TTP hat im Nordwesten Pakistans neun Soldaten getötet",
 * "hatte die russische Luftwaffe Rebellen angegriffen"), or the future, "werden" with an infinitive
 * ("Russland wird Truppen nach Belarus schicken", where the parser made the state an oblique and
 * the troops the passive's subject). Such a noun with a preposition ("lokalen Behörden zufolge")
 * is an oblique; a name in "-s" right after a noun of the clause is that noun's genitive ("im
 * Nordwesten Pakistans"). Of the others, the objects and, in the future, a bare oblique before
 * "werden", the first is the subject unless the clause has one, as German puts the subject before
 * the object when nothing else marks them; the rest are objects. The auxiliaries are the active's.
 */
export function germanActiveNotPassive(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const rewritten = new Map<Dependency, Dependency>();
  for (const verb of new Set(
    dependencies.filter((d) => d.rel === 'nsubj:pass' || d.rel === 'aux:pass').map((d) => d.head),
  )) {
    const children = dependencies.filter((d) => d.head === verb);
    const isNoun = (d: Dependency) => /^(?:NOUN|PROPN)$/u.test(tokens[d.dependent - 1]?.pos ?? '');
    const hasCase = (d: Dependency) =>
      dependencies.some((x) => x.head === d.dependent && x.rel === 'case');
    // The parser may call "hat" a passive auxiliary, and a noun too ("Nordwesten Pakistans").
    const auxiliaries = children.filter((d) => /^aux(?::pass)?$/u.test(d.rel) && !isNoun(d));
    const words = auxiliaries.map((d) => foldedWord(sentence, d.dependent));
    const perfect =
      children.some((d) => d.rel === 'nsubj:pass') &&
      words.some((w) => GERMAN_HABEN.test(w)) &&
      !words.some((w) => GERMAN_WERDEN.test(w));
    const future = auxiliaries.find(
      (d) =>
        d.rel === 'aux:pass' &&
        hasStem(foldedWord(sentence, d.dependent), FUTURE_AUXILIARIES.de) &&
        germanInfinitive(sentence, verb),
    );
    if (!perfect && future === undefined) continue;
    for (const d of auxiliaries) if (d.rel !== 'aux') rewritten.set(d, { ...d, rel: 'aux' });
    const nouns = children.filter(isNoun);
    const arguments_: Dependency[] = [];
    for (const d of children) {
      if (d.rel === 'obj') arguments_.push(d);
      if (future && d.rel === 'obl:arg' && d.dependent < future.dependent && !hasCase(d))
        arguments_.push(d);
      if (d.rel !== 'nsubj:pass' && !(d.rel === 'aux:pass' && isNoun(d))) continue;
      const owner = nouns.find((n) => n.dependent === d.dependent - 1 && n.rel !== 'nsubj:pass');
      if (hasCase(d)) rewritten.set(d, { ...d, rel: 'obl' });
      else if (
        owner &&
        tokens[d.dependent - 1]?.pos === 'PROPN' &&
        /s$/u.test(foldedWord(sentence, d.dependent))
      )
        rewritten.set(d, { ...d, head: owner.dependent, rel: 'nmod' });
      else arguments_.push(d);
    }
    const hasSubject = children.some((d) => d.rel === 'nsubj');
    arguments_
      .sort((a, b) => a.dependent - b.dependent)
      .forEach((d, i) => rewritten.set(d, { ...d, rel: i === 0 && !hasSubject ? 'nsubj' : 'obj' }));
  }
  return withRewrittenArcs(sentence, rewritten);
}

/**
 * "Zwölf Soldaten bei Angriff im Niger getötet": a German headline states a passive without its
 * auxiliary, and the parser may leave the noun before the participle a bare dependent. With no
 * subject or auxiliary of its own, the root participle's noun before it is its passive subject.
 */
export function germanHeadlineSubject(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const root = rootArc(dependencies);
  if (root === undefined || tokens[root.dependent - 1]?.pos !== 'VERB') return sentence;
  const children = dependencies.filter((d) => d.head === root.dependent);
  if (children.some((d) => /^(?:aux|nsubj|cop)/u.test(d.rel))) return sentence;
  const noun = children.find(
    (d) =>
      d.rel === 'dep' &&
      d.dependent < root.dependent &&
      /^(?:NOUN|PROPN)$/u.test(tokens[d.dependent - 1]?.pos ?? ''),
  );
  if (noun === undefined) return sentence;
  return {
    ...sentence,
    dependencies: dependencies.map((d) => (d === noun ? { ...d, rel: 'nsubj:pass' } : d)),
  };
}
