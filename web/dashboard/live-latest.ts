import { createClient } from 'graphql-ws';
import { GRAPHQL_PATH, errorMessage } from '../shared/graphql';

/** What the latest-claims widget subscribes to: any article stored, through any replica. */
export const ARTICLE_INGESTED = `subscription LatestArticles($since: String) {
  articleIngested(ingestedAfter: $since) { id }
}`;

/** How the widget is kept current: live, or polled once live updates failed. */
export interface LatestFeed {
  readonly mode: 'live' | 'polling';
  /** Why live updates stopped, when polling. */
  readonly reason: string;
}

/** The service's clock, from an answer's Date header: subscriptions compare ingestion times by it. */
async function serverTime(): Promise<Date> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  const date = new Date(response.headers.get('date') ?? '');
  return Number.isNaN(date.getTime()) ? new Date() : date;
}

function socketUrl(): string {
  const url = new URL(GRAPHQL_PATH, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * Redraws the widget whenever an article is stored, over the articleIngested
 * subscription (graphql-ws), and once right after subscribing. The
 * subscription starts a second before the service's clock said "now", so
 * that an article stored while it was being set up is not missed (a
 * redraw too many costs nothing). When the socket cannot be kept (no
 * WebSocket, a proxy that drops it, the server refusing), it falls back
 * to redrawing every `pollMs`, not while the tab is hidden. Redraws
 * never overlap: events during one make one more.
 */
export function followLatest(redraw: () => Promise<void>, pollMs: number): LatestFeed {
  const feed = { mode: 'live' as LatestFeed['mode'], reason: '' };
  let drawing = false;
  let again = false;
  const update = (): void => {
    if (drawing) {
      again = true;
      return;
    }
    drawing = true;
    void redraw().finally(() => {
      drawing = false;
      if (again) {
        again = false;
        update();
      }
    });
  };
  const poll = (): void => {
    setTimeout(() => {
      if (!document.hidden) update();
      poll();
    }, pollMs);
  };
  const fallBack = (reason: string): void => {
    if (feed.mode === 'polling') return;
    feed.mode = 'polling';
    feed.reason = reason;
    update();
    poll();
  };
  void serverTime().then(
    (now) => {
      const client = createClient({ url: socketUrl(), retryAttempts: 3 });
      client.subscribe(
        {
          query: ARTICLE_INGESTED,
          variables: { since: new Date(now.getTime() - 1_000).toISOString() },
        },
        {
          next: update,
          error: (error) =>
            fallBack(
              Array.isArray(error)
                ? ((error as { message: string }[])[0]?.message ?? 'the service refused it')
                : 'the connection was lost',
            ),
          complete: () => fallBack('the service ended the subscription'),
        },
      );
      update();
    },
    (error: unknown) => fallBack(errorMessage(error)),
  );
  return feed;
}
