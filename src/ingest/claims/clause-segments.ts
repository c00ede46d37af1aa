import type { Span } from '../../domain/mention';
import type { SentenceView } from './sentence-view';
import { foldedSlice } from './sentence-view';

/**
 * Where one clause ends and another begins inside a sentence's content: a
 * relative or subordinate clause (", où", ", qui", "que", ", which", "that"),
 * a semicolon, "mais", "but". Rules look for a trigger's subject and object
 * in its own clause, so "la région de Koursk, où la Russie tente..." does
 * not make Russia the subject of the losses.
 */
const BOUNDARY =
  /,\s*(?:où|ou|qui|which|where|while|alors que|tandis que|lorsque|when)(?!\p{L})|;|(?<!\p{L})(?:mais|but|que|qu'|that)(?!\p{L})/gu;

export function clauseSegments(view: SentenceView, content: Span): Span[] {
  const text = foldedSlice(view, content);
  const cuts = [0];
  for (const match of text.matchAll(BOUNDARY)) {
    if (match.index > 0) cuts.push(match.index);
  }
  cuts.push(text.length);
  const segments: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    if (cuts[i + 1]! > cuts[i]!) {
      segments.push({ start: content.start + cuts[i]!, end: content.start + cuts[i + 1]! });
    }
  }
  return segments;
}

export function segmentAt(segments: readonly Span[], position: number): Span | undefined {
  return (
    segments.find((s) => s.start <= position && position < s.end) ?? segments[segments.length - 1]
  );
}
