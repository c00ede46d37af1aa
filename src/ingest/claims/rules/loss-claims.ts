import type { Entity } from '../../../domain/entity';
import type { Proposal } from '../claim-draft';
import { segmentAt } from '../clause-segments';
import { compileCues } from '../cue';
import type { ClaimRule } from '../rule-context';
import {
  ACTORS,
  clauseSubject,
  firstAfter,
  isAgent,
  lastBefore,
  mentionsFor,
  textBefore,
} from '../roles';
import { cuesIn, foldedSlice } from '../sentence-view';
import { triggerCues } from '../trigger-cues';

/** Verbs whose "par X" / "by X" is the enemy: X is at war with the victims. */
const KILLING = new Set([
  'tue',
  'tues',
  'tuee',
  'tuees',
  'abattu',
  'abattus',
  'elimine',
  'elimines',
  'killed',
  'blesse',
  'blesses',
  'wounded',
]);
const IN_PLACE = /(?<!\p{L})(?:en|au|aux|dans|in|inside)\s*(?:(?:la|le|l'|the)\s*)?$/u;
const NATIONALITY_ADJACENT = compileCues(['pertes', 'losses', 'casualties']);
/** "ces pertes", "these losses": losses already reported, not new ones. */
const DEMONSTRATIVE = /(?<!\p{L})(?:ces|cette|ce|these|those|such)\s*$/u;
/**
 * "les pertes subies par X signifient que...", "these losses show that...":
 * the losses are the premise of another claim, not stated here.
 */
const PREMISE =
  /^[^,;]{0,80}?(?<!\p{L})(?:signifient|signifie|montrent|montre|prouvent|prouve|demontrent|demontre|illustrent|illustre|show|shows|showed|mean|means|meant|prove|proves|demonstrate|demonstrates|indicate|indicates)\s+(?:que|qu'|that)(?!\p{L})/u;

/**
 * SUFFERED_LOSSES_IN: a loss word ("pertes", "tués", "disparu", "killed")
 * with the armed force of its clause (or the one whose losses were last
 * reported, for "Les pertes se sont produites..."), and the place of its
 * clause, else the event the sentence names, else the article's main event.
 * "abattus par X" also makes the victims AT_WAR_WITH X.
 */
export const lossClaims: ClaimRule = ({ view, content, segments, memory }) => {
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  for (const hit of cuesIn(view, triggerCues('SUFFERED_LOSSES_IN'), content)) {
    const segment = segmentAt(segments, hit.span.start)!;
    const before = foldedSlice(view, {
      start: Math.max(content.start, hit.span.start - 8),
      end: hit.span.start,
    });
    const after = foldedSlice(view, { start: hit.span.end, end: content.end });
    if (DEMONSTRATIVE.test(before) || PREMISE.test(after)) continue;
    const forces = { kinds: ['ARMED_FORCE'] as const, within: segment };
    const force =
      clauseSubject(view, forces, hit.span.start) ?? firstAfter(view, forces, hit.span.end);
    const nationality = NATIONALITY_ADJACENT.texts.includes(hit.cue)
      ? (firstAfter(
          view,
          { kinds: ['COUNTRY'], within: { start: hit.span.end, end: hit.span.end + 18 } },
          hit.span.end,
        ) ??
        lastBefore(
          view,
          { kinds: ['COUNTRY'], within: { start: hit.span.start - 18, end: hit.span.start } },
          hit.span.start,
        ))
      : null;
    const subject: Entity | null = force?.entity ?? nationality?.entity ?? memory.lastLossSubject;
    if (!subject || seen.has(`${subject.id}@${segment.start}`)) continue;
    seen.add(`${subject.id}@${segment.start}`);
    const place =
      firstAfter(view, { kinds: ['LOCATION'], within: segment }, hit.span.end) ??
      mentionsFor(view, { kinds: ['LOCATION'], within: segment })[0] ??
      mentionsFor(view, { kinds: ['EVENT'], within: content, nested: true })[0] ??
      firstAfter(view, { kinds: ['COUNTRY'], within: segment, not: [subject.id] }, hit.span.end);
    const placeOk =
      place && (place.entity.kind !== 'COUNTRY' || IN_PLACE.test(textBefore(view, place)));
    const object = placeOk ? place.entity : memory.salientEvent;
    if (!object) continue;
    proposals.push({
      subject,
      predicate: 'SUFFERED_LOSSES_IN',
      object,
      trigger: hit.span,
      quantityAnchor: force?.span ?? null,
      confidence: force ? 0.8 : 0.6,
    });
    const agent = KILLING.has(foldedSlice(view, hit.span))
      ? firstAfter(view, { kinds: ACTORS, within: segment, not: [subject.id] }, hit.span.end)
      : null;
    if (force && agent && isAgent(view, agent) && agent.country?.id !== force.country?.id) {
      const location =
        mentionsFor(view, { kinds: ['LOCATION'], within: segment })[0]?.entity ?? null;
      proposals.push({
        subject,
        predicate: 'AT_WAR_WITH',
        object: agent.entity,
        location,
        trigger: hit.span,
        confidence: 0.7,
      });
    }
  }
  return proposals;
};
