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
  /**
   * When the store wrote this version of the article and its claims: an ISO
   * 8601 UTC date-time. Stores always return it; a writer may set it (an
   * import keeping the original time) or leave it out, and the store then
   * stamps the time of the write. Not part of the content: writing the same
   * batch again with another time changes nothing.
   */
  readonly ingestedAt?: string;
}
