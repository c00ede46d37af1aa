/** Repair of a German object country the parser runs on into the subject's name before it. */

import { countryGazetteer } from '../../gazetteer/country-entries';
import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { phraseKey } from '../../text/tokenize';

let countryNames: ReadonlySet<string> | null = null;

/** Every country's names, keyed as phrases are matched ("Israel", "Demokratische Republik Kongo"). */
function countryNameKeys(): ReadonlySet<string> {
  if (countryNames === null) {
    const { entries, shared } = countryGazetteer();
    countryNames = new Set(
      [...entries, ...shared].filter((e) => e.role === 'name').map((e) => phraseKey(e.text)),
    );
  }
  return countryNames;
}

/**
 * "Am Montag griffen die Huthis Israel an", "Daraufhin hat Aserbaidschan Armenien angegriffen",
 * "Zuvor hatte die Ukraine Russland mit Drohnen angegriffen", "dass die Hamas Israel angegriffen
 * habe": with subject and object side by
 * side in the middle field, the German parser may read the two names as one and leave the verb
 * without its object. A country's name, written whole after another name that the two do not
 * make a country's name with, starts a phrase of its own: when the name before it is the verb's
 * only bare noun phrase, the first is the subject, as German sets it first, and the country the
 * object.
 */
export function germanCountryAfterName(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const key = (from: number, to: number) =>
    phraseKey(
      tokens
        .slice(from - 1, to)
        .map((t) => t.word)
        .join(' '),
    );
  const rewritten = new Map<Dependency, Dependency>();
  for (const country of dependencies) {
    const name = arcOf.get(country.head);
    if (country.rel !== 'flat' || name === undefined || country.head !== country.dependent - 1)
      continue;
    if (
      tokens[country.dependent - 1]?.pos !== 'PROPN' ||
      tokens[name.dependent - 1]?.pos !== 'PROPN'
    )
      continue;
    if (!countryNameKeys().has(key(country.dependent, country.dependent))) continue;
    // "Republik Kongo", "Papua-Neuguinea": the two names are one country's.
    const names = countryNameKeys();
    if (names.has(key(name.dependent, country.dependent))) continue;
    if (names.has(key(name.dependent - 1, country.dependent))) continue;
    if (dependencies.some((d) => d.head === name.dependent && d.rel === 'flat' && d !== country))
      continue;
    const verb = name.head;
    if (!/^(?:nsubj|obj|obl:arg)$/u.test(name.rel) || tokens[verb - 1]?.pos !== 'VERB') continue;
    const children = dependencies.filter((d) => d.head === verb);
    if (children.some((d) => /^(?:aux:pass|nsubj:pass|cop)$/u.test(d.rel))) continue;
    const core = children.filter(
      (d) =>
        /^(?:nsubj|obj|obl:arg|iobj)$/u.test(d.rel) &&
        !dependencies.some((c) => c.head === d.dependent && c.rel === 'case'),
    );
    if (core.length !== 1) continue;
    // In the middle field: after the finite verb, or in a clause that ends with its verbs, after
    // the conjunction that opens it ("dass die Hamas Israel angegriffen habe").
    const finite = children.find((d) => d.rel === 'aux' && d.dependent < verb)?.dependent ?? verb;
    const opening = children.find((d) => d.rel === 'mark' && d.dependent < name.dependent);
    if (name.dependent < finite && opening === undefined) continue;
    rewritten.set(name, { ...name, rel: 'nsubj' });
    rewritten.set(country, { ...country, head: verb, rel: 'obj' });
  }
  if (rewritten.size === 0) return sentence;
  return { ...sentence, dependencies: dependencies.map((d) => rewritten.get(d) ?? d) };
}
