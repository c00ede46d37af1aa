import express from 'express';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OperatorLimits } from '../graphql/limits';
import { DEFAULT_OPERATOR_LIMITS } from '../graphql/limits';
import type { Extractor } from '../ingest/extractor';
import type { GraphStore } from '../store/graph-store';
import { withDeadline } from '../store/request-deadline';
import { accessGate } from './access-gate';
import { EXAMPLE_OPERATIONS } from './example-operations';
import { startApolloEndpoint } from './graphql-endpoint/apollo-endpoint';
import type { GraphqlEndpoint } from './graphql-endpoint/graphql-endpoint';
import { graphqlRoute } from './graphql-endpoint/graphql-route';
import { GraphqlWorkerPool } from './graphql-endpoint/graphql-worker-pool';
import type { GraphqlWorkerSetup } from './graphql-endpoint/worker-messages';
import { graphiqlPage } from './graphiql/graphiql-page';
import { WEB_PAGE_LINKS, webPages } from './web/web-pages';
import { buildGraphSchema } from '../graphql/schema';
import { healthRoutes } from './health';
import type { LiveSettings } from './live/live-settings';
import { liveSettings } from './live/live-settings';
import { notifyingWrites } from './live/notifying-store';
import { StoreFollower } from './live/store-follower';
import { serveSubscriptions } from './live/subscription-server';
import { jsonErrorHandler } from './http-errors';
import { ServerLifecycle } from './lifecycle';
import type { Logger } from './logger';
import { requestScope } from './request-context';

const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
const DEFAULT_MAX_IN_FLIGHT = 64;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export interface KgServerOptions {
  readonly store: GraphStore;
  /** Turns the text of `ingestArticle` into claims. */
  readonly extractor: Extractor;
  readonly editorKey: string;
  /** A shared key for reading (KG_READ_KEY); with it, reads need a key. */
  readonly readKey?: string;
  /** Reads need a reader or editor key; false (anyone reads) unless `readKey` is given. */
  readonly closedReads?: boolean;
  readonly log: Logger;
  readonly host: string;
  readonly port: number;
  /** The defaults when absent. */
  readonly limits?: OperatorLimits;
  /** How long stop() lets requests in flight finish before cancelling them; 10 s when absent. */
  readonly shutdownGraceMs?: number;
  /** Requests served at once; beyond, 503 with Retry-After. 64 when absent. */
  readonly maxInFlight?: number;
  /** How long a request's store work may run before it stops with TIMEOUT; 30 s when absent. */
  readonly requestTimeoutMs?: number;
  /**
   * GraphQL in worker threads, each with its own Neo4j driver (KG_GRAPHQL_WORKERS); in the
   * request thread, over `store`, when absent.
   */
  readonly graphqlWorkers?: {
    readonly count: number;
    readonly setup: Omit<GraphqlWorkerSetup, 'editorKey' | 'limits'>;
  };
  /** Subscriptions: how the store is followed, and how many may be open; defaults when absent. */
  readonly live?: Partial<LiveSettings>;
}

export interface RunningServer {
  readonly url: string;
  readonly httpServer: Server;
  /**
   * Ends subscriptions and closes their sockets, stops accepting, lets
   * requests in flight finish within the grace period, cancels the rest.
   */
  stop(): Promise<void>;
}

/**
 * The HTTP adapter: express for routing and body parsing, Apollo for
 * GraphQL (in this thread or in worker threads), the offline IDE on GET
 * /graphql for browsers, the explorer and the dashboard, health probes;
 * subscriptions over WebSocket on the same port and path.
 */
export async function startKgServer(options: KgServerOptions): Promise<RunningServer> {
  const { log } = options;
  const limits = options.limits ?? DEFAULT_OPERATOR_LIMITS;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const live = liveSettings(options.live, requestTimeoutMs);
  const follower = new StoreFollower(
    options.store,
    { ...live, readTimeoutMs: requestTimeoutMs },
    log,
  );
  // This replica's own writes wake the follower; other replicas' arrive by its poll.
  const store = notifyingWrites(options.store, () => follower.wake());
  const app = express();
  const httpServer = createServer(app);
  const lifecycle = new ServerLifecycle(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  const { editorKey, readKey, extractor } = options;
  const endpoint: GraphqlEndpoint = options.graphqlWorkers
    ? await GraphqlWorkerPool.start(
        { ...options.graphqlWorkers.setup, editorKey, readKey, limits },
        options.graphqlWorkers.count,
        log,
      )
    : await startApolloEndpoint({ store, extractor, editorKey, readKey, log, limits });
  const access = accessGate(
    { editorKey, readKey, closedReads: options.closedReads ?? readKey !== undefined },
    store,
  );
  lifecycle.cancelled.addEventListener('abort', () => endpoint.cancel());

  app.disable('x-powered-by');
  app.use(lifecycle.track());
  app.use((req, res, next) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    // The deadline follows the request into every store call it makes (request-deadline.ts).
    requestScope.run({ requestId }, () => withDeadline(requestTimeoutMs, next));
  });
  app.use(healthRoutes(store, log));
  app.use(webPages());
  app.get(
    '/graphql',
    graphiqlPage({
      endpoint: '/graphql',
      title: 'kg — news knowledge graph',
      examples: EXAMPLE_OPERATIONS,
      links: WEB_PAGE_LINKS,
    }),
  );
  app.use(
    '/graphql',
    // Large enough for an article with its annotations; the resolvers bound the rest.
    express.json({ limit: '2mb' }),
    access.handler,
    graphqlRoute(endpoint),
  );
  app.use(jsonErrorHandler(log));

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    // Worker threads would keep the process alive.
    await endpoint.stop();
    throw error;
  }
  const subscriptions = serveSubscriptions({
    httpServer,
    path: '/graphql',
    schema: await buildGraphSchema(),
    store,
    extractor: options.extractor,
    feed: follower,
    access: { editorKey, readKey, closedReads: options.closedReads ?? readKey !== undefined },
    log,
    queryBudget: limits.queryBudget,
    maxArticleBytes: limits.maxArticleBytes,
    maxSubscriptions: live.maxSubscriptions,
    maxSubscriptionsPerConnection: live.maxSubscriptionsPerConnection,
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/graphql`;
  log.info('kg is serving', { url });
  return {
    url,
    httpServer,
    stop: async () => {
      // Subscriptions never finish on their own: they end first, and their clients reconnect elsewhere.
      await follower.stop();
      await subscriptions.close();
      await lifecycle.stop(httpServer, options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS, log);
      await endpoint.stop();
    },
  };
}
