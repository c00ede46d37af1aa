import type { Quantity, TimeRange } from '../../domain/claim';
import type { Span } from '../../domain/mention';
import type { QuantityPhrase } from '../normalize/find-quantities';
import { unitOf } from '../normalize/quantity-unit';
import type { TimeExpression } from '../normalize/resolve-times';
import type { SentenceView } from './sentence-view';
import { foldedSlice, textSlice } from './sentence-view';

const RIGHT_BEFORE = /^\s*(?:(?:de|d'|of)\s*)?$/u;
const UNIT_BETWEEN = /^\s*(?:(?:de|d'|of)\s*)?(\p{L}+)\s+(?:de|d'|of)\s*$/u;

/**
 * The quantity counting a mention: the number right before it ("10 000 à
 * 12 000 soldats nord-coréens", unit from the mention's noun) or before the
 * unit that counts it ("2 millions de barils de pétrole").
 */
export function quantityBefore(
  view: SentenceView,
  anchor: Span,
  phrases: readonly QuantityPhrase[],
): Quantity | null {
  for (const phrase of phrases) {
    if (phrase.span.end > anchor.start) continue;
    const between = foldedSlice(view, { start: phrase.span.end, end: anchor.start });
    if (RIGHT_BEFORE.test(between)) {
      return { min: phrase.min, max: phrase.max, unit: unitOf(textSlice(view, anchor)) };
    }
    const unit = UNIT_BETWEEN.exec(between);
    if (unit) return { min: phrase.min, max: phrase.max, unit: unitOf(unit[1]!) };
  }
  return null;
}

/**
 * The time a claim holds at: an expression of its own clause, else one
 * opening the quoted words ("que depuis une semaine, ..."), else one of the
 * frame ("a rapporté mardi", "Ces dernières semaines, des rapports...").
 */
export function timeFor(
  times: readonly TimeExpression[],
  segment: Span,
  content: Span,
  view: SentenceView,
): TimeRange | null {
  const inSegment = times.find((t) => segment.start <= t.span.start && t.span.end <= segment.end);
  if (inSegment) return inSegment.range;
  const firstComma = foldedSlice(view, content).indexOf(',');
  const leading = times.find(
    (t) =>
      t.span.start >= content.start && firstComma >= 0 && t.span.end <= content.start + firstComma,
  );
  if (leading) return leading.range;
  return (
    times.find((t) => t.span.end <= content.start || t.span.start >= content.end)?.range ?? null
  );
}
