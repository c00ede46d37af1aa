/** Repairs of lists whose later items the parser hangs on the verb. */

import type { AnalysisSentence, Dependency } from '../../nlp/analysis';
import { foldedWord } from './tree-edits';

/**
 * "opère au Nigeria, au Tchad et au Cameroun": the parser may read a list whose items repeat
 * their preposition as phrases of the verb, the last one with the rest of the list as its
 * conjuncts. An oblique right after another, set off by a comma only, under the same preposition,
 * is one more item of the first one's list if it closes the list ("… et au Cameroun") or another
 * such item after it does ("au Nigeria, au Tchad, au Cameroun et au Niger"); "à Koursk, à la
 * demande de Moscou" closes none.
 */
export function listedObliques(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const markerOf = (phrase: number) =>
    dependencies.find((d) => d.head === phrase && d.rel === 'case')?.dependent;
  const markedAs = (phrase: number, other: number) => {
    const [marker, otherMarker] = [markerOf(phrase), markerOf(other)];
    return (
      marker !== undefined &&
      otherMarker !== undefined &&
      foldedWord(sentence, marker) === foldedWord(sentence, otherMarker)
    );
  };
  // A phrase's words, without the commas the parser may hang on it.
  const words = (phrase: number) =>
    dependencies.filter((d) => d.head === phrase && d.rel !== 'punct').map((d) => d.dependent);
  const firstOf = (phrase: number): number => Math.min(phrase, ...words(phrase).map(firstOf));
  const lastOf = (phrase: number): number => Math.max(phrase, ...words(phrase).map(lastOf));
  const name = (phrase: number) => tokens[phrase - 1]?.pos === 'PROPN';
  // The name phrase right after `earlier`, under its head and its preposition, after a comma.
  const nextItem = (earlier: Dependency) =>
    dependencies.find(
      (d) =>
        d.head === earlier.head &&
        d.rel === 'obl' &&
        name(d.dependent) &&
        tokens[firstOf(d.dependent) - 2]?.word === ',' &&
        firstOf(d.dependent) - 2 === lastOf(earlier.dependent) &&
        markedAs(d.dependent, earlier.dependent),
    );
  const closesList = (phrase: Dependency): boolean => {
    const closes = dependencies.some(
      (d) =>
        d.head === phrase.dependent &&
        d.rel === 'conj' &&
        dependencies.some((c) => c.head === d.dependent && c.rel === 'cc'),
    );
    const next = nextItem(phrase);
    return closes || (next !== undefined && closesList(next));
  };
  for (const earlier of dependencies) {
    if (earlier.rel !== 'obl' || !name(earlier.dependent)) continue;
    const later = nextItem(earlier);
    if (later === undefined || !closesList(later)) continue;
    // The later item and its conjuncts join the earlier one's list; then the next item may.
    return listedObliques({
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === later.dependent) return { ...d, head: earlier.dependent, rel: 'conj' };
        if (d.head === later.dependent && d.rel === 'conj')
          return { ...d, head: earlier.dependent };
        return d;
      }),
    });
  }
  return sentence;
}

/**
 * "las provincias tailandesas de Surin, Ubon Ratchathani y Buriram": the parser may hang the
 * second name of a list on the verb, with the rest of the list as its conjuncts. A bare name
 * (no preposition of its own) right after a name and a comma, that closes a list ("… y Buriram"),
 * is one more item of that name's list, unless it is a clause's subject ("selon Reuters, Smith et
 * Jones ont dit") or the list's later items have prepositions of their own.
 */
export function bareNameAfterName(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const name = (token: number) => tokens[token - 1]?.pos === 'PROPN';
  const children = (token: number) => dependencies.filter((d) => d.head === token);
  const lastOf = (phrase: number): number =>
    Math.max(
      phrase,
      ...children(phrase)
        .filter((d) => d.rel !== 'punct' && d.rel !== 'conj')
        .map((d) => lastOf(d.dependent)),
    );
  for (const later of dependencies) {
    if (!name(later.dependent) || !/^(?:obl|obj|nmod|dep|appos)/u.test(later.rel)) continue;
    const own = children(later.dependent);
    const conjuncts = own.filter((d) => d.rel === 'conj').map((d) => d.dependent);
    // "… de la RDC, Félix Tshisekedi, et du Rwanda, Paul Kagame": an item with a preposition of
    // its own starts another phrase, not this list.
    const marked = (t: number) => children(t).some((d) => d.rel === 'case');
    if (marked(later.dependent) || conjuncts.some(marked)) continue;
    const closes = conjuncts.some((c) => children(c).some((d) => d.rel === 'cc'));
    const comma = later.dependent - 1;
    const earlier = comma - 1;
    if (!closes || tokens[comma - 1]?.word !== ',' || later.head === earlier) continue;
    // The earlier name is the whole phrase before the comma: its last word, or a flat name's.
    const head = dependencies.find((d) => d.dependent === earlier);
    const first = head && /^flat/u.test(head.rel) ? head.head : earlier;
    if (!name(first) || lastOf(first) !== earlier || first === later.head) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === later.dependent) return { ...d, head: first, rel: 'conj' };
        if (d.head === later.dependent && d.rel === 'conj') return { ...d, head: first };
        return d;
      }),
    };
  }
  return sentence;
}
