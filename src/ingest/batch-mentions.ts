import type { Claim } from '../domain/claim';
import { mentionId } from '../domain/ids';
import type { Mention, Span } from '../domain/mention';
import type { LinkedMention } from './linked-mention';

/** The stored mentions of linked ones, one per entity and offset. */
export function batchMentions(
  articleId: string,
  linked: readonly LinkedMention[],
  sentenceSpan: (sentence: number) => Span,
): Mention[] {
  const mentions = linked.map((m) => ({
    id: mentionId(articleId, m.entity.id, m.span.start),
    articleId,
    entityId: m.entity.id,
    surface: m.surface,
    span: m.span,
    sentenceSpan: sentenceSpan(m.sentence),
  }));
  return [...new Map(mentions.map((m) => [m.id, m])).values()];
}

/** Every entity a batch names: its mentions' and its claims' (in any role). */
export function namedEntityIds(
  mentions: readonly Mention[],
  claims: readonly Claim[],
): Set<string> {
  const ids = claims.flatMap((c) => [
    c.subjectId,
    c.objectId,
    c.locationId,
    c.itemId,
    c.attributedToId,
    c.reportedById,
  ]);
  return new Set([
    ...mentions.map((m) => m.entityId),
    ...ids.filter((id): id is string => id !== null),
  ]);
}
