import type { Modality } from './modality';
import type { Span } from './mention';
import type { Predicate } from './predicates';

export interface Quantity {
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string;
}

/** An inclusive range of ISO dates; a single day has `from === to`. Either end may be open. */
export interface TimeRange {
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * The unit of evidence: what an article says, who says it, how sure, and the
 * exact sentence it stands in.
 */
export interface Claim {
  readonly id: string;
  readonly articleId: string;
  readonly subjectId: string;
  readonly predicate: Predicate;
  readonly objectId: string | null;
  readonly objectValue: string | null;
  readonly quantity: Quantity | null;
  readonly time: TimeRange | null;
  readonly locationId: string | null;
  readonly itemId: string | null;
  readonly modality: Modality;
  /** Who says it (GUR, Pat Ryder). */
  readonly attributedToId: string | null;
  /** Who relays it (the Associated Press). */
  readonly reportedById: string | null;
  readonly sentence: string;
  readonly sentenceSpan: Span;
  /** Channel the speaker used ("Telegram"), when the text names it. */
  readonly channel: string | null;
  readonly extractor: string;
  readonly confidence: number;
}
