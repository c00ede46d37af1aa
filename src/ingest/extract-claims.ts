import type { Claim } from '../domain/claim';
import type { Entity } from '../domain/entity';
import { claimId } from '../domain/ids';
import type { Span } from '../domain/mention';
import type { ClaimDraft, Proposal } from './claims/claim-draft';
import { CONTENT_RULES, NAMING_RULES } from './claims/claim-rules';
import { clauseSegments } from './claims/clause-segments';
import { draftClaims, fitsVocabulary } from './claims/draft-claims';
import { effectiveFrames } from './claims/effective-frames';
import { readFrame } from './claims/frame';
import { quoteBlocks } from './claims/quote-blocks';
import type { DiscourseMemory } from './claims/rule-context';
import { sentenceViews } from './claims/sentence-view';
import type { LinkedMention } from './linked-mention';
import { saysUnverified } from './normalize/modality-markers';
import { resolveTimes } from './normalize/resolve-times';
import type { Sentence } from './split-sentences';

export interface ClaimSettings {
  readonly articleId: string;
  readonly language: string;
  readonly publishedAt: string;
  /** Recorded on every claim ("rules-v1"). */
  readonly extractor: string;
}

interface Memory extends DiscourseMemory {
  lastLossSubject: Entity | null;
  readonly fightsFor: Map<string, Entity>;
  lastRelay: Entity | null;
  lastSpeakers: LinkedMention[];
}

/**
 * Stage 4: claims, sentence by sentence, with what the article said before
 * (who spoke last, which agency relays, whose losses, who fights for whom).
 * Every claim carries its sentence and span; the predicate vocabulary's
 * domain and range are checked, so nothing ill-typed comes out.
 */
export function extractClaims(
  sentences: readonly Sentence[],
  mentions: readonly LinkedMention[],
  settings: ClaimSettings,
): Claim[] {
  const views = sentenceViews(sentences, mentions, settings.language);
  const frames = effectiveFrames(views, views.map(readFrame), quoteBlocks(sentences));
  const memory: Memory = {
    lastLossSubject: null,
    fightsFor: new Map(),
    salientEvent: salientEvent(mentions),
    lastRelay: null,
    lastSpeakers: [],
  };
  const drafts: ClaimDraft[][] = [];
  for (const view of views) {
    const frame = frames[view.index]!;
    const speakerMentions =
      frame.speakers.length > 0 ? frame.speakers : frame.pronoun ? memory.lastSpeakers : [];
    const speakers = speakerMentions.map((m) => m.entity);
    const reporter = frame.reporters[0]?.entity ?? (frame.theReport ? memory.lastRelay : null);
    const segments = clauseSegments(view, frame.content);
    const context = { view, content: frame.content, segments, memory, speakers: speakerMentions };
    const proposals = [
      ...NAMING_RULES.flatMap((rule) => rule({ ...context, content: view.sentence.span })),
      ...CONTENT_RULES.flatMap((rule) => rule(context)),
    ];
    const previous = drafts[view.index - 1] ?? [];
    const own = draftClaims(
      view,
      keep(proposals),
      { speakers, reporter, frame, segments, previous },
      settings.publishedAt,
    );
    const eventful = own.filter((d) => !d.structural);
    if (eventful.length === 0 && frame.reporters.length > 0 && frame.backReference) {
      const time =
        resolveTimes(view.text, view.sentence.span.start, view.language, settings.publishedAt)[0]
          ?.range ?? null;
      for (const draft of previous.filter((d) => !d.structural)) {
        draft.reportedBy ??= frame.reporters[0]!.entity;
        draft.time ??= time;
      }
    }
    if (eventful.length === 0 && saysUnverified(view.folded)) {
      for (const draft of previous.filter((d) => !d.structural && d.modality !== 'DENIED'))
        draft.modality = 'ALLEGED';
    }
    remember(
      memory,
      own,
      speakerMentions,
      frame.reporters.map((m) => m.entity),
    );
    drafts.push(own);
  }
  return toClaims(dedupe(drafts.flat()), sentences, settings);
}

/** Proposals that fit the vocabulary, minus those inside a no-comment's topic. */
function keep(proposals: readonly Proposal[]): Proposal[] {
  const quoted = proposals.map((p) => p.quotes).filter((q): q is Span => q != null);
  return proposals.filter(
    (p) =>
      fitsVocabulary(p) &&
      !quoted.some((q) => q.start <= p.trigger.start && p.trigger.end <= q.end),
  );
}

function remember(
  memory: Memory,
  drafts: readonly ClaimDraft[],
  speakers: readonly LinkedMention[],
  reporters: readonly Entity[],
): void {
  for (const draft of drafts) {
    if (draft.predicate === 'SUFFERED_LOSSES_IN') memory.lastLossSubject = draft.subject;
    if (draft.predicate === 'FIGHTS_FOR' && draft.object)
      memory.fightsFor.set(draft.subject.id, draft.object);
  }
  if (speakers.length > 0) memory.lastSpeakers = [...speakers];
  if (reporters[0]) memory.lastRelay = reporters[0];
}

/** The event the article names most: losses with no place are losses in it. */
function salientEvent(mentions: readonly LinkedMention[]): Entity | null {
  const counts = new Map<string, { entity: Entity; count: number }>();
  for (const mention of mentions.filter((m) => m.entity.kind === 'EVENT')) {
    const entry = counts.get(mention.entity.id) ?? { entity: mention.entity, count: 0 };
    entry.count += 1;
    counts.set(mention.entity.id, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.entity ?? null;
}

/**
 * One claim per subject, predicate, object and speaker in a sentence;
 * background facts once per article, from their strongest evidence (the
 * first strong one, else the first weak one).
 */
function dedupe(drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const what = (d: ClaimDraft) =>
    `${d.subject.id}|${d.predicate}|${d.object?.id ?? d.value ?? ''}|${d.item?.id ?? ''}`;
  const strong = new Set(drafts.filter((d) => d.structural && !d.weak).map(what));
  const seen = new Set<string>();
  return drafts.filter((draft) => {
    if (draft.structural && draft.weak && strong.has(what(draft))) return false;
    const key = draft.structural
      ? what(draft)
      : `${what(draft)}|${draft.attributedTo?.id ?? ''}|${draft.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toClaims(
  drafts: readonly ClaimDraft[],
  sentences: readonly Sentence[],
  settings: ClaimSettings,
): Claim[] {
  return drafts.map((draft) => {
    const sentence = sentences[draft.sentence]!;
    return {
      id: claimId({
        articleId: settings.articleId,
        subjectId: draft.subject.id,
        predicate: draft.predicate,
        objectId: draft.object?.id ?? null,
        objectValue: draft.value,
        attributedToId: draft.attributedTo?.id ?? null,
        itemId: draft.item?.id ?? null,
        sentenceStart: sentence.span.start,
      }),
      articleId: settings.articleId,
      subjectId: draft.subject.id,
      predicate: draft.predicate,
      objectId: draft.object?.id ?? null,
      objectValue: draft.value,
      quantity: draft.quantity,
      time: draft.time,
      locationId: draft.location?.id ?? null,
      itemId: draft.item?.id ?? null,
      modality: draft.modality,
      attributedToId: draft.attributedTo?.id ?? null,
      reportedById: draft.reportedBy?.id ?? null,
      sentence: sentence.text,
      sentenceSpan: sentence.span,
      channel: draft.channel,
      extractor: settings.extractor,
      confidence: draft.confidence,
    };
  });
}
