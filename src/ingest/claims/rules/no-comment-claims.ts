import type { Span } from '../../../domain/mention';
import type { LinkedMention } from '../../linked-mention';
import { appositions } from '../appositions';
import type { Proposal } from '../claim-draft';
import { segmentAt } from '../clause-segments';
import { findSpeakers } from '../find-speakers';
import type { ClaimRule } from '../rule-context';
import { subjectOf } from '../roles';
import type { SentenceView } from '../sentence-view';
import { cuesIn, foldedSlice, textSlice } from '../sentence-view';
import { triggerCues } from '../trigger-cues';

/** What may stand between the cue and its topic: adverbs, and "the reports about", "a request for comment on". */
const LEAD_IN =
  /^\s*(?:(?:officiellement|publiquement|immediatement|encore|davantage|plus|publicly|immediately|officially|yet|further)\s+)*(?:(?:aux?|a|to|sur|about|on|regarding|concerning|concernant)\s+(?:(?:les?|la|l'|des|the|a|an)\s*)?(?:informations?|rapports?|reports?|questions?|demandes?|requests?|annonce)?(?:\s+(?:de|for)\s+(?:commentaires?|comment))?\s*)?(?:(?:concernant|sur|a propos de|au sujet de|about|on|regarding|concerning)\s+)?/u;
const DETERMINER = /^(?:les|la|le|l'|l’|des|du|the|a|an)\s*/iu;
const SPEAKERS = ['COUNTRY', 'ORGANIZATION', 'PERSON', 'ARMED_FORCE'] as const;

/**
 * STATED_NO_COMMENT: "Moscou et Pyongyang n'ont pas réagi aux informations
 * concernant les pertes...", "The Kremlin declined to comment on...", "le
 * NIS n'a pas souhaité donner davantage de détails sur ses sources". The
 * subjects are the names right before the cue (coordinated), else the
 * clause's; the topic, when named, is the value, and what it mentions is not
 * claimed (nobody asserts it here).
 */
export const noCommentClaims: ClaimRule = (context) => {
  const { view, content, segments } = context;
  const proposals: Proposal[] = [];
  const apposed = appositions(view);
  let previousTopic: Span | null = null;
  for (const hit of cuesIn(view, triggerCues('STATED_NO_COMMENT'), content)) {
    const segment = segmentAt(segments, hit.span.start)!;
    const adjacent = findSpeakers(view, hit.span, apposed)
      .mentions.filter((m) => m.span.start >= content.start)
      .sort((a, b) => a.span.start - b.span.start);
    const fallback = subjectOf(context, SPEAKERS, segment, hit.span.start);
    const subjects: readonly LinkedMention[] =
      adjacent.length > 0 ? adjacent : fallback ? [fallback] : [];
    // "X n'a pas commenté T, et Y n'a pas réagi": Y's silence is on T too.
    const topic: Span | null = topicAfter(view, hit.span.end) ?? previousTopic;
    previousTopic = topic;
    for (const subject of subjects) {
      proposals.push({
        subject: subject.entity,
        predicate: 'STATED_NO_COMMENT',
        object: null,
        value: topic ? textSlice(view, topic).replace(DETERMINER, '') : null,
        trigger: hit.span,
        confidence: 0.8,
        quotes: topic,
      });
    }
  }
  return proposals;
};

function topicAfter(view: SentenceView, from: number): Span | null {
  const end = view.sentence.span.end;
  const after = foldedSlice(view, { start: from, end });
  const lead = LEAD_IN.exec(after)?.[0] ?? '';
  const rest = after.slice(lead.length);
  const stop = rest.search(
    /[.;!?»”"]|,\s*(?:selon|according|a declare|said|et|and|mais|but)(?!\p{L})|\s(?:et|and|mais|but)\s/u,
  );
  const length = stop < 0 ? rest.length : stop;
  const start = from + lead.length;
  const text = rest.slice(0, length).trimEnd();
  return text.length > 1 ? { start, end: start + text.length } : null;
}
