/** Repairs of a German object the parser runs on into the subject before it, in the middle field. */

import { countryGazetteer } from '../../gazetteer/country-entries';
import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { foldForMatch } from '../../text/fold-for-match';
import { ARMY_NOUNS, PERSONNEL } from '../lexicon/nouns';
import { ARMED_GROUP_NOUNS } from '../lexicon/predicate-triggers';
import { hasStem } from '../lexicon/stems';
import { phraseKey } from '../../text/tokenize';
import { arcsByDependent, withRewrittenArcs } from './tree-edits';

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
 * make a country's name with, starts a phrase of its own: when the name before it, or the noun
 * whose genitive or apposition it is, is the verb's only bare noun phrase, that phrase is the subject, as German
 * sets it first, and the country the object.
 */
export function germanCountryAfterName(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
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
    // The name may be the genitive of the subject's noun, or name it: "haben Kämpfer der Hamas
    // Israel angegriffen", "hat die Miliz Hisbollah Israel angegriffen".
    const owner = /^(?:nmod|appos)$/u.test(name.rel) ? arcOf.get(name.head) : undefined;
    const subject = owner !== undefined && owner.dependent < name.dependent ? owner : name;
    if (!onlyArgumentInMiddleField(sentence, subject)) continue;
    rewritten.set(subject, { ...subject, rel: 'nsubj' });
    rewritten.set(country, { ...country, head: subject.head, rel: 'obj' });
  }
  return withRewrittenArcs(sentence, rewritten);
}

/**
 * "Im Norden hat die ukrainische Armee Cherson zurückerobert": the parser may take a place written
 * right after a force's noun for that force's name, in apposition. A force is not named after a
 * place (its country comes as an adjective or a genitive, "die malische Armee", "die Soldaten
 * Malis"): when the force is the verb's only bare noun phrase, it is the subject and the place,
 * as the tagger names it, the object. A group may be named after its noun ("die Miliz Hisbollah").
 */
export function germanPlaceAfterForce(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
  const rewritten = new Map<Dependency, Dependency>();
  for (const place of dependencies) {
    const force = arcOf.get(place.head);
    if (place.rel !== 'appos' || force === undefined || place.head !== place.dependent - 1)
      continue;
    const name = tokens[place.dependent - 1];
    if (name?.pos !== 'PROPN' || name.ner !== 'LOCATION') continue;
    const noun = foldForMatch(tokens[force.dependent - 1]?.word ?? '');
    if (![PERSONNEL, ARMY_NOUNS, ARMED_GROUP_NOUNS].some((stems) => hasStem(noun, stems.de)))
      continue;
    if (!onlyArgumentInMiddleField(sentence, force)) continue;
    rewritten.set(force, { ...force, rel: 'nsubj' });
    rewritten.set(place, { ...place, head: force.head, rel: 'obj' });
  }
  return withRewrittenArcs(sentence, rewritten);
}

/**
 * True when `argument` is the only bare noun phrase (subject, object or argument with no
 * preposition) of an active verb, and stands in its middle field: after the finite verb, or in a
 * clause that ends with its verbs, after the conjunction that opens it ("dass die Hamas Israel
 * angegriffen habe").
 */
function onlyArgumentInMiddleField(sentence: AnalysisSentence, argument: Dependency): boolean {
  const { tokens, dependencies } = sentence;
  const verb = argument.head;
  if (!/^(?:nsubj|obj|obl:arg)$/u.test(argument.rel) || tokens[verb - 1]?.pos !== 'VERB')
    return false;
  const children = dependencies.filter((d) => d.head === verb);
  if (children.some((d) => /^(?:aux:pass|nsubj:pass|cop)$/u.test(d.rel))) return false;
  const core = children.filter(
    (d) =>
      /^(?:nsubj|obj|obl:arg|iobj)$/u.test(d.rel) &&
      !dependencies.some((c) => c.head === d.dependent && c.rel === 'case'),
  );
  if (core.length !== 1) return false;
  const finite = children.find((d) => d.rel === 'aux' && d.dependent < verb)?.dependent ?? verb;
  const opening = children.find((d) => d.rel === 'mark' && d.dependent < argument.dependent);
  return argument.dependent > finite || opening !== undefined;
}
