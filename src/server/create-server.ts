import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphContext } from '../graphql/context';
import { formatError } from '../graphql/errors';
import type { OperatorLimits } from '../graphql/limits';
import { DEFAULT_OPERATOR_LIMITS, LIMITS } from '../graphql/limits';
import { createLoaders } from '../graphql/loaders';
import { buildGraphSchema } from '../graphql/schema';
import type { Extractor } from '../ingest/extractor';
import type { GraphStore } from '../store/graph-store';
import { withDeadline } from '../store/request-deadline';
import { depthLimit } from './depth-limit';
import { isEditorRequest } from './editor-key';
import { EXAMPLE_OPERATIONS } from './example-operations';
import { graphiqlPage } from './graphiql/graphiql-page';
import { WEB_PAGE_LINKS, webPages } from './web/web-pages';
import { healthRoutes } from './health';
import { jsonErrorHandler } from './http-errors';
import { ServerLifecycle } from './lifecycle';
import type { Logger } from './logger';
import { queryBudgetGate } from './query-budget-gate';
import { queryBudgetPlugin } from './query-budget-plugin';
import { currentRequestId, requestScope } from './request-context';
import { requestStore } from './request-store';

const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
const DEFAULT_MAX_IN_FLIGHT = 64;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export interface KgServerOptions {
  readonly store: GraphStore;
  /** Turns the text of `ingestArticle` into claims. */
  readonly extractor: Extractor;
  readonly editorKey: string;
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
}

export interface RunningServer {
  readonly url: string;
  readonly httpServer: Server;
  /** Stops accepting, lets requests in flight finish within the grace period, cancels the rest. */
  stop(): Promise<void>;
}

/**
 * The HTTP adapter: express for routing and body parsing, Apollo for
 * GraphQL, the offline IDE on GET /graphql for browsers, the explorer and the dashboard,
 * health probes.
 */
export async function startKgServer(options: KgServerOptions): Promise<RunningServer> {
  const { store, log } = options;
  const limits = options.limits ?? DEFAULT_OPERATOR_LIMITS;
  const app = express();
  const httpServer = createServer(app);
  const lifecycle = new ServerLifecycle(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  const schema = await buildGraphSchema();
  const budgetGate = queryBudgetGate(schema, limits.queryBudget);
  const apollo = new ApolloServer<GraphContext>({
    schema,
    introspection: true,
    // "Did you mean" suggestions would reveal the schema to error readers.
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: { maxTokens: LIMITS.queryTokens },
    validationRules: [depthLimit(LIMITS.queryDepth)],
    formatError: (formatted, error) => formatError(formatted, error, log, currentRequestId()),
    // Apollo's own handler re-raises the signal (exit 143) and may skip closing the store: the
    // composition root owns SIGTERM and SIGINT and calls stop().
    stopOnTerminationSignals: false,
    // A persisted query arrives without its text, past the query budget's gate, and could be
    // registered with small pages then replayed with large ones: the service does not offer them.
    persistedQueries: false,
    plugins: [
      queryBudgetPlugin({
        maxResponseBytes: limits.maxResponseBytes,
        cancelled: lifecycle.cancelled,
      }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(lifecycle.track());
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
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
    budgetGate.handler,
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        Promise.resolve({
          store: requestStore(store, res),
          extractor: options.extractor,
          loaders: createLoaders(requestStore(store, res)),
          requestId: currentRequestId() ?? randomUUID(),
          isEditor: isEditorRequest(req.headers.authorization, options.editorKey),
          maxArticleBytes: limits.maxArticleBytes,
          costEstimate: budgetGate.estimateOf(req) ?? null,
        }),
    }),
  );
  app.use(jsonErrorHandler(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/graphql`;
  log.info('kg is serving', { url });
  return {
    url,
    httpServer,
    stop: async () => {
      await lifecycle.stop(httpServer, options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS, log);
      await apollo.stop();
    },
  };
}
