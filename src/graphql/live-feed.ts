import type { Article } from '../domain/article';
import type { Claim } from '../domain/claim';
import type { ClaimFilter } from '../store/graph-store';

/**
 * What subscriptions read: the writes to the store, whichever replica made
 * them, as the server follows them (src/server/live/store-follower.ts).
 * An article version is an article as one write stored it (a changed
 * re-ingest is a new version; an unchanged one writes nothing).
 */
export interface LiveFeed {
  /**
   * The claims matching `filter` of every article version stored after
   * `since` (ISO 8601 UTC; the moment of the call when absent), each once,
   * in ingestion order then article order. Throws InvalidInputError when
   * `since` reaches further back than the feed replays, or when the
   * server holds as many subscriptions as it allows.
   */
  claims(filter: ClaimFilter, since: string | undefined): AsyncIterableIterator<Claim>;
  /** Every article version stored after `since`, each once, in ingestion order; throws as `claims`. */
  articles(since: string | undefined): AsyncIterableIterator<Article>;
}
