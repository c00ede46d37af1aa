/** The source document. Its id derives from its normalised text. */
export interface Article {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly language: string;
  /** ISO 8601 date or date-time, as the publisher gives it. */
  readonly publishedAt: string;
  readonly text: string;
}
