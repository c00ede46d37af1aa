import type { Entity } from '../../domain/entity';
import { argumentOf, argumentsOf } from './argument';
import { ADDRESSEE, GERMAN_DATIVE_ARTICLE } from './lexicon/case-markers';
import { CITE_VERBS, GERMAN_CITING_NOUN } from './lexicon/verbs';
import type { SentenceReading } from './sentence-reading';

/*
 * Outlets in a report: the one a speaker tells, which relays what is said, and the body an
 * outlet cites, which says it (attribution.ts decides who speaks and who relays with these).
 */

/**
 * Who an outlet's report cites, and who cites when the parser hangs the outlet on "citing"
 * rather than on the reporting verb: "Interfax, citing the defence ministry, reported…", "…,
 * Interfax reported, citing the ministry", "informó Interfax citando al Ministerio", "Interfax
 * quoted the ministry as saying…". What is cited speaks; the outlet citing it relays, also when
 * what it cites names nobody ("citing sources").
 */
export function citationOf(
  reading: SentenceReading,
  verb: number,
): { readonly citer: number | null; readonly cited: readonly Entity[]; readonly citing: boolean } {
  const { graph } = reading;
  const subject = graph.children(verb, 'nsubj')[0];
  const citing = [
    ...graph.children(verb, 'advcl', 'xcomp', 'dep', 'acl', 'conj', 'parataxis'),
    ...(subject === undefined ? [] : graph.children(subject, 'acl', 'amod')),
    // "quoted the ministry as saying": the reporting verb hangs on "quoted".
    ...(graph.is(verb, 'advcl', 'xcomp') ? [graph.head(verb)] : []),
  ].filter((c) => reading.isVerb(c) && reading.has(c, CITE_VERBS));
  // "reported, citing sources": the parser may make "citing" a modifier of what is cited;
  // German cites with a noun, "unter Berufung auf das Ministerium".
  const citedObjects = [
    ...graph
      .children(verb, 'obj')
      .filter((o) => graph.children(o, 'amod', 'acl').some((m) => reading.has(m, CITE_VERBS))),
    ...germanCitation(reading, verb),
  ];
  if (citing.length === 0 && citedObjects.length === 0)
    return { citer: null, cited: [], citing: false };
  const cited = [...citing.flatMap((c) => graph.children(c, 'obj', 'iobj', 'obl')), ...citedObjects]
    .flatMap((o) => argumentOf(reading, o, true)?.entity ?? [])
    .filter((e) => e.kind !== 'LOCATION');
  const citer = citing.map((c) => graph.children(c, 'nsubj')[0]).find((s) => s !== undefined);
  return { citer: citer ?? null, cited, citing: true };
}

/** "unter Berufung auf das Ministerium": what it names, on the noun or, as parsed, on the verb. */
function germanCitation(reading: SentenceReading, verb: number): number[] {
  const { graph } = reading;
  const obliques = graph.children(verb, 'obl');
  const citing = obliques.filter(
    (o) => reading.language === 'de' && graph.folded(o) === GERMAN_CITING_NOUN,
  );
  if (citing.length === 0) return [];
  return [
    ...citing.flatMap((o) => graph.children(o, 'nmod', 'obl')),
    ...obliques.filter((o) => graph.caseOf(o) === 'auf'),
  ];
}

/**
 * The outlet a reporting verb's speaker tells, which relays what is said: "officials told
 * Reuters", "ont indiqué à l'AFP", "dijeron a Reuters", "sagten der BBC". The German parser may
 * take the outlet told for the subject beside the real one ("Militärkreise sagten der
 * Nachrichtenagentur Reuters", "Beamte haben der BBC mitgeteilt"), so a subject naming an outlet
 * counts as told when another nominal of the clause stands before the verb.
 */
export function toldOutlet(
  reading: SentenceReading,
  verb: number,
): { readonly token: number; readonly outlet: Entity } | null {
  const { graph } = reading;
  const addressed = graph
    .children(verb, 'iobj', 'obj', 'obl', 'obl:arg')
    .filter((o) => o > verb && (graph.caseOf(o) === '' || reading.caseIs(o, ADDRESSEE)));
  const dativeSubjects =
    reading.language === 'de'
      ? graph
          .children(verb, 'nsubj')
          .filter(
            (s) =>
              otherSubject(reading, verb, s) !== null &&
              GERMAN_DATIVE_ARTICLE.test(firstWord(reading, s)),
          )
      : [];
  for (const token of [...addressed, ...dativeSubjects]) {
    const outlet = argumentsOf(reading, token, true).find((a) =>
      reading.gazetteer.isMedia(a.entity.id),
    );
    if (outlet) return { token, outlet: outlet.entity };
  }
  return null;
}

function firstWord(reading: SentenceReading, token: number): string {
  return reading.graph.folded(Math.min(...reading.graph.subtree(token)));
}

/**
 * A nominal of the clause before the verb, other than `not`, that may be its subject (the German
 * parser labels it anything: "Beamte haben der BBC mitgeteilt" may come with "Beamte" as object).
 */
export function otherSubject(reading: SentenceReading, verb: number, not: number): number | null {
  const { graph } = reading;
  return (
    graph
      .children(verb, 'nsubj', 'dep', 'obj')
      .find((c) => c !== not && c < verb && (reading.isNoun(c) || graph.pos(c) === 'PROPN')) ?? null
  );
}
