import type { LinkedMention } from '../../linked-mention';
import type { Proposal } from '../claim-draft';
import { segmentAt } from '../clause-segments';
import type { ClaimRule } from '../rule-context';
import { coordinated, mentionsFor, sameSide, subjectOf } from '../roles';
import { cuesIn, foldedSlice } from '../sentence-view';
import { triggerCues } from '../trigger-cues';

/** From the sanctions to their target: "contre la Corée du Nord", "on North Korean Defence Minister No Kwang Chol". */
const TARGET =
  /^[\s»”"]*(?:\(\s*\p{L}+\s*\)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:contre|visant|a l'encontre de|sur|a|au|aux|against|on|targeting|onto|to)\s*(?:(?:la|le|les|l'|the|des)\s*)?(?:[\p{L}'-]+\s+){0,4}$/u;
const SANCTIONERS = ['COUNTRY', 'ORGANIZATION'] as const;
const TARGETS = ['COUNTRY', 'ORGANIZATION', 'PERSON'] as const;
const OWNER = /^\s*(?:de la|de l'|du|des|de|of the|of)\s*$/u;

/**
 * SANCTIONS: the countries or organisations of the clause (coordinated:
 * "les États-Unis et l'UE") sanction the actor the sanctions target
 * ("contre", "against", "on"), or else the other actor the clause names
 * ("réagiront à cette action de la Corée du Nord par des sanctions").
 */
export const sanctionClaims: ClaimRule = (context) => {
  const { view, content, segments } = context;
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  for (const hit of cuesIn(view, triggerCues('SANCTIONS'), content)) {
    const segment = segmentAt(segments, hit.span.start)!;
    // "un nouveau train de sanctions de l'Union européenne contre...": the sanctions' owner imposes them.
    const owner = mentionsFor(view, {
      kinds: SANCTIONERS,
      within: { start: hit.span.end, end: segment.end },
    }).find((m) => OWNER.test(foldedSlice(view, { start: hit.span.end, end: m.span.start })));
    const first = owner ?? subjectOf(context, SANCTIONERS, segment, hit.span.start);
    if (!first) continue;
    const subjects =
      first.sentence === view.index && !owner
        ? coordinated(view, first, { kinds: SANCTIONERS, within: segment })
        : [first];
    const others = { kinds: TARGETS, within: segment, not: subjects.map((s) => s.entity.id) };
    // A nationality is not a target: sanctions on "Russian companies" name no one (they are not claimed).
    const named = (m: LinkedMention) => m.via !== 'demonym' && m !== owner;
    const after = mentionsFor(view, {
      ...others,
      within: { start: hit.span.end, end: segment.end },
    }).filter(named);
    const verb = /^sanction(?:ner|ne|nes|ed|ing)$/u.test(foldedSlice(view, hit.span));
    const target =
      after.find((m) =>
        TARGET.test(foldedSlice(view, { start: (owner ?? hit).span.end, end: m.span.start })),
      ) ??
      (verb ? after[0] : undefined) ??
      mentionsFor(view, {
        ...others,
        within: {
          start: Math.max(segment.start, subjects[subjects.length - 1]!.span.end),
          end: hit.span.start,
        },
      })
        .filter(named)
        .pop();
    if (!target) continue;
    // "sur Pyongyang et Moscou": every coordinated target.
    const targets = coordinated(view, target, others).filter(named);
    for (const subject of subjects) {
      for (const object of targets) {
        const key = `${subject.entity.id}>${object.entity.id}`;
        if (seen.has(key) || sameSide(subject, object)) continue;
        seen.add(key);
        proposals.push({
          subject: subject.entity,
          predicate: 'SANCTIONS',
          object: object.entity,
          trigger: hit.span,
          confidence: 0.7,
          fromSpeaker: context.speakers.includes(subject),
        });
      }
    }
  }
  return proposals;
};
