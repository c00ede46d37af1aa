/** Repairs of the two sides of "between" and what follows them. */

import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../../nlp/analysis';
import { foldForMatch } from '../../text/fold-for-match';
import { LOCATIVE } from '../lexicon/case-markers';
import { BETWEEN } from '../lexicon/predicate-triggers';
import { hasStem } from '../lexicon/stems';
import { arcsByDependent, foldedWord, reheaded } from './tree-edits';

/**
 * "un tiroteo entre pandilleros de la Mara Salvatrucha y agentes de la Policía": the parser joins
 * the second side, and what names it, to the first side's name. A common noun joined to the name
 * inside a "between" phrase is the other side, a conjunct of the first side's noun.
 */
export function sideAfterBetweenName(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = arcsByDependent(dependencies);
  const word = (index: number) => tokens[index - 1];
  for (const arc of dependencies) {
    const side = word(arc.head);
    const name = word(arc.dependent);
    if (arc.rel !== 'conj' || name?.pos !== 'NOUN' || side?.pos !== 'PROPN') continue;
    const owner = arcOf.get(side.index);
    if (!owner?.rel.startsWith('nmod') || word(owner.head)?.pos !== 'NOUN') continue;
    const between = dependencies.some(
      (d) =>
        d.head === owner.head &&
        d.rel === 'case' &&
        hasStem(foldForMatch(word(d.dependent)!.word), BETWEEN[language]),
    );
    if (!between) continue;
    // What the parser hung on the name after the other side is that side's ("de la Policía").
    return {
      ...sentence,
      dependencies: dependencies.map((d) =>
        d === arc
          ? { ...d, head: owner.head }
          : d.head === side.index && d.dependent > name.index && d.rel.startsWith('nmod')
            ? { ...d, head: name.index }
            : d,
      ),
    };
  }
  return sentence;
}

/** The arcs joining a second side to the first after "between" ("between the army and the RSF"). */
function secondSidesOfBetween(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): Dependency[] {
  const { dependencies } = sentence;
  return dependencies.filter(
    (arc) =>
      arc.rel === 'conj' &&
      arc.dependent > arc.head &&
      dependencies.some(
        (d) =>
          d.head === arc.head &&
          d.rel === 'case' &&
          hasStem(foldedWord(sentence, d.dependent), BETWEEN[language]),
      ),
  );
}

/**
 * "between the SSC and troops from the government of Somaliland": the parser may hang what follows
 * the second side on the first. Between two sides, a phrase after the second is the second's.
 */
export function modifierOfSecondSide(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { dependencies } = sentence;
  const sideOf = new Map<number, number>();
  for (const arc of secondSidesOfBetween(sentence, language)) {
    for (const d of dependencies)
      if (d.head === arc.head && d.rel.startsWith('nmod') && d.dependent > arc.dependent)
        sideOf.set(d.dependent, arc.dependent);
  }
  return reheaded(sentence, sideOf);
}

/**
 * "Clashes between Philippine troops and the Maute Group in Marawi", "fighting broke out between
 * the army and the rebels in Kidal": the parser hangs the place on the second side; it is where
 * the fighting the "between" phrase belongs to took place. A named place marked "in" after the
 * second side goes to that event.
 */
export function placeAfterBetweenSides(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = (index: number) => dependencies.find((d) => d.dependent === index);
  const moved = new Map<number, Dependency>();
  for (const arc of secondSidesOfBetween(sentence, language)) {
    const event = arcOf(arc.head);
    if (event === undefined || event.head === 0) continue;
    const eventIsNoun = tokens[event.head - 1]?.pos === 'NOUN';
    for (const d of dependencies) {
      if (d.head !== arc.dependent || !d.rel.startsWith('nmod') || d.dependent < arc.dependent)
        continue;
      const marked = dependencies.some(
        (c) =>
          c.head === d.dependent &&
          c.rel === 'case' &&
          hasStem(foldedWord(sentence, c.dependent), LOCATIVE[language]),
      );
      if (marked && tokens[d.dependent - 1]?.ner === 'LOCATION')
        moved.set(d.dependent, { ...d, head: event.head, rel: eventIsNoun ? 'nmod' : 'obl' });
    }
  }
  if (moved.size === 0) return sentence;
  return {
    ...sentence,
    dependencies: dependencies.map((d) => moved.get(d.dependent) ?? d),
  };
}
