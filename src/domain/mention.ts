/** A character range in an article's text: `start` inclusive, `end` exclusive, in UTF-16 units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** An entity named in an article, with the surface form as written. */
export interface Mention {
  readonly id: string;
  readonly articleId: string;
  readonly entityId: string;
  readonly surface: string;
  readonly span: Span;
  /** Span of the sentence holding the mention. */
  readonly sentenceSpan: Span;
}
