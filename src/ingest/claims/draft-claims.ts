import type { Entity } from '../../domain/entity';
import type { Span } from '../../domain/mention';
import { predicateDefinition } from '../../domain/predicates';
import type { QuantityPhrase } from '../normalize/find-quantities';
import { findQuantities } from '../normalize/find-quantities';
import type { ModalityMarkers } from '../normalize/modality-markers';
import { modalityOf, readMarkers } from '../normalize/modality-markers';
import type { TimeExpression } from '../normalize/resolve-times';
import { resolveTimes } from '../normalize/resolve-times';
import { quantityBefore, timeFor } from './attach-qualifiers';
import type { ClaimDraft, Proposal } from './claim-draft';
import { STRUCTURAL_PREDICATES } from './claim-rules';
import { segmentAt } from './clause-segments';
import type { Frame } from './frame';
import type { SentenceView } from './sentence-view';
import { foldedSlice } from './sentence-view';

/** Who says a sentence's claims, and how. */
export interface Voice {
  readonly speakers: readonly Entity[];
  readonly reporter: Entity | null;
  readonly frame: Frame;
  readonly segments: readonly Span[];
  readonly previous: readonly ClaimDraft[];
}

/** True when the subject and object fit the predicate's domain and range. */
export function fitsVocabulary(proposal: Proposal): boolean {
  const definition = predicateDefinition(proposal.predicate);
  if (!definition.domain.includes(proposal.subject.kind)) return false;
  if (proposal.object === null) return definition.range.length === 0;
  return (
    definition.range.includes(proposal.object.kind) && proposal.object.id !== proposal.subject.id
  );
}

/**
 * Turns a sentence's proposals into claim drafts: structural ones are the
 * article's own (ASSERTED, no speaker); the others get one draft per
 * speaker, the reporter, the channel, the modality of frame and clause, and
 * their time and quantity.
 */
export function draftClaims(
  view: SentenceView,
  proposals: readonly Proposal[],
  voice: Voice,
  publishedAt: string,
): ClaimDraft[] {
  // Dates and numbers are parsed only for sentences that state something (chrono is the costly part).
  let parsed: { times: TimeExpression[]; quantities: QuantityPhrase[] } | null = null;
  const qualifiers = () =>
    (parsed ??= {
      times: resolveTimes(view.text, view.sentence.span.start, view.language, publishedAt),
      quantities: findQuantities(view.text, view.sentence.span.start),
    });
  const drafts: ClaimDraft[] = [];
  const markerCache = new Map<string, ModalityMarkers>();
  for (const proposal of proposals) {
    const base = {
      subject: proposal.subject,
      predicate: proposal.predicate,
      object: proposal.object,
      value: proposal.value ?? null,
      item: proposal.item ?? null,
      location: proposal.location ?? null,
      sentence: view.index,
      trigger: proposal.trigger,
      confidence: proposal.confidence,
      weak: proposal.weak === true,
    };
    if (STRUCTURAL_PREDICATES.has(proposal.predicate)) {
      drafts.push({
        ...base,
        quantity: null,
        time: null,
        modality: 'ASSERTED',
        attributedTo: null,
        reportedBy: null,
        channel: null,
        structural: true,
      });
      continue;
    }
    const segment = segmentAt(voice.segments, proposal.trigger.start) ?? view.sentence.span;
    const key = `${segment.start}:${proposal.trigger.start}`;
    const markers =
      markerCache.get(key) ??
      readMarkers(
        foldedSlice(view, segment),
        foldedSlice(view, { start: segment.start, end: proposal.trigger.start }),
        view.folded,
      );
    markerCache.set(key, markers);
    const inherited = proposal.inheritModality
      ? voice.previous.filter((d) => !d.structural).pop()?.modality
      : undefined;
    const modality =
      proposal.modality ??
      inherited ??
      modalityOf(
        voice.frame.modality,
        markers,
        voice.frame.verbal || voice.frame.pronoun,
        proposal.predicate !== 'STATED_NO_COMMENT',
      );
    const shared = {
      ...base,
      quantity: proposal.quantityAnchor
        ? quantityBefore(view, proposal.quantityAnchor, qualifiers().quantities)
        : null,
      time: timeFor(qualifiers().times, segment, voice.frame.content, view),
      modality,
      reportedBy: voice.reporter,
      channel: voice.speakers.length > 0 ? voice.frame.channel : null,
      structural: false,
    };
    // "X said ..., but declined to comment": a no-comment is the article's statement about X, not X's.
    const selfSilent =
      proposal.predicate === 'STATED_NO_COMMENT' &&
      voice.speakers.some((s) => s.id === proposal.subject.id);
    const speakers = voice.speakers.length > 0 && !selfSilent ? voice.speakers : [null];
    if (proposal.fromSpeaker === true && voice.speakers.length > 1) {
      const ok = voice.speakers.filter(
        (s) =>
          predicateDefinition(proposal.predicate).domain.includes(s.kind) &&
          s.id !== proposal.object?.id,
      );
      for (const speaker of ok) drafts.push({ ...shared, subject: speaker, attributedTo: speaker });
      continue;
    }
    for (const speaker of speakers) drafts.push({ ...shared, attributedTo: speaker });
  }
  return drafts;
}
