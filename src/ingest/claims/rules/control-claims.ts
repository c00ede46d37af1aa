import type { Proposal } from '../claim-draft';
import { segmentAt } from '../clause-segments';
import type { ClaimRule } from '../rule-context';
import { ACTORS, firstAfter, lastBefore, subjectOf } from '../roles';
import { cuesIn, foldedSlice } from '../sentence-view';
import { triggerCues } from '../trigger-cues';

/** Cues whose controller comes after and whose place comes before: "une zone sous contrôle ukrainien". */
const PASSIVE =
  /^(?:sous|controlee? par|tenue? par|occupee? par|under|controlled by|held by|occupied by)/u;
/** A participle whose agent comes a few words later: "Kidal était contrôlée depuis 2014 par la CMA". */
const PARTICIPLE = /^(?:controlee|controlees|controles|controlled)$/u;
const AGENT_LATER = /^(?:\s+[\p{L}\p{N}'-]+){0,4}?\s+(?:par|by)\s/u;

/**
 * CONTROLS: who holds a place. Passive forms ("sous contrôle ukrainien",
 * "controlled by Russia") take the place before and the controller after;
 * "under Ukrainian control" the controller between; active forms ("X a pris
 * le contrôle de Y", "X controls Y") the controller before and the place after.
 */
export const controlClaims: ClaimRule = (context) => {
  const { view, content, segments } = context;
  const proposals: Proposal[] = [];
  for (const hit of cuesIn(view, triggerCues('CONTROLS'), content)) {
    const cue = foldedSlice(view, hit.span);
    const segment = segmentAt(segments, hit.span.start)!;
    const places = { kinds: ['LOCATION'] as const, within: content };
    let controller;
    let place;
    if (cue === 'control') {
      const under = /(?<!\p{L})under\s+(?:the\s+)?(?:\p{L}+\s+){1,3}$/u.exec(
        foldedSlice(view, {
          start: Math.max(content.start, hit.span.start - 40),
          end: hit.span.start,
        }),
      );
      if (!under) continue;
      controller = firstAfter(
        view,
        { kinds: ACTORS, within: content },
        hit.span.start - under[0].length,
      );
      place = lastBefore(view, places, hit.span.start - under[0].length);
    } else if (
      PASSIVE.test(cue) ||
      (PARTICIPLE.test(cue) &&
        AGENT_LATER.test(foldedSlice(view, { start: hit.span.end, end: content.end })))
    ) {
      controller = firstAfter(
        view,
        { kinds: ACTORS, within: { start: hit.span.end, end: hit.span.end + 60 } },
        hit.span.end,
      );
      place = lastBefore(view, places, hit.span.start);
    } else {
      // "où elle contrôle la majeure partie du territoire": the place the relative clause hangs on.
      controller = subjectOf(context, ACTORS, segment, hit.span.start);
      place =
        firstAfter(view, { ...places, within: segment }, hit.span.end) ??
        lastBefore(view, places, segment.start);
    }
    if (
      !controller ||
      !place ||
      (controller.sentence === view.index && controller.span.start > hit.span.end + 40)
    )
      continue;
    proposals.push({
      subject: controller.entity,
      predicate: 'CONTROLS',
      object: place.entity,
      trigger: hit.span,
      confidence: 0.7,
    });
  }
  return proposals;
};
