import type { Entity } from '../../domain/entity';
import type { TimeRange } from '../../domain/claim';
import { reportingFamily } from './attribution';
import { argumentsOf } from './argument';
import type { ReadClaim } from './read-claims';
import type { SentenceReading } from './sentence-reading';

const DEMONSTRATIVES = new Set([
  'ces',
  'cette',
  'ce',
  'these',
  'this',
  'those',
  'diese',
  'dieser',
  'dieses',
  'esta',
  'estas',
  'este',
  'estos',
  'esa',
  'esas',
]);

/**
 * What one sentence says of the claims of others, as two explicit rules:
 *
 * 1. An outlet that reports "this information" ("L'agence AP a rapporté que
 *    ces informations proviennent de…", "AP reported these figures") relays
 *    the claims of the sentence before, on its date.
 * 2. "Selon le rapport", "according to the report" (a definite report with
 *    no author) is the report of the last outlet the article named.
 */
export function carryReports(
  readings: readonly SentenceReading[],
  read: ReadClaim[],
  times: readonly (TimeRange | null)[],
): void {
  let lastOutlet: Entity | null = null;
  for (const reading of readings) {
    const index = reading.graph.sentence.index;
    const own = read.filter((c) => c.sentence === index && !c.proposal.structural);
    for (const claim of own) {
      if (claim.attribution.unnamedReport && claim.reportedBy === null)
        claim.reportedBy = lastOutlet;
    }
    const relay = anaphoricRelay(reading);
    if (relay && own.length === 0) {
      const time = times[index] ?? null;
      for (const claim of read.filter((c) => c.sentence === index - 1 && !c.proposal.structural)) {
        claim.reportedBy ??= relay;
        claim.time ??= time;
      }
    }
    lastOutlet = relay ?? outletNamed(reading, own) ?? lastOutlet;
  }
}

/** The outlet of "X a rapporté que ces informations…": a media subject and a demonstrative in the content. */
function anaphoricRelay(reading: SentenceReading): Entity | null {
  const { graph } = reading;
  for (let verb = 1; verb <= graph.size; verb += 1) {
    if (!reportingFamily(reading, verb)) continue;
    const subject = graph.children(verb, 'nsubj')[0];
    const outlet =
      subject === undefined
        ? undefined
        : argumentsOf(reading, subject).find((a) => reading.gazetteer.isMedia(a.entity.id));
    if (!outlet) continue;
    const content = graph.children(verb, 'ccomp', 'obj').flatMap((c) => graph.subtree(c));
    if (content.some((t) => DEMONSTRATIVES.has(graph.folded(t)) && graph.is(t, 'det')))
      return outlet.entity;
  }
  return null;
}

function outletNamed(reading: SentenceReading, own: readonly ReadClaim[]): Entity | null {
  return own.find((c) => c.reportedBy)?.reportedBy ?? null;
}
