import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphContext } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { LIMITS } from '../graphql/limits';
import { createLoaders } from '../graphql/loaders';
import { buildGraphSchema } from '../graphql/schema';
import type { Extractor } from '../ingest/extractor';
import type { GraphStore } from '../store/graph-store';
import { depthLimit } from './depth-limit';
import { isEditorRequest } from './editor-key';
import { EXAMPLE_OPERATIONS } from './example-operations';
import { graphiqlPage } from './graphiql/graphiql-page';
import { healthRoutes } from './health';
import type { Logger } from './logger';
import { currentRequestId, requestScope } from './request-context';

export interface KgServerOptions {
  readonly store: GraphStore;
  /** Turns the text of `ingestArticle` into claims. */
  readonly extractor: Extractor;
  readonly editorKey: string;
  readonly log: Logger;
  readonly host: string;
  readonly port: number;
}

export interface RunningServer {
  readonly url: string;
  readonly httpServer: Server;
  stop(): Promise<void>;
}

/**
 * The HTTP adapter: express for routing and body parsing, Apollo for
 * GraphQL, the offline IDE on GET /graphql for browsers, health probes.
 */
export async function startKgServer(options: KgServerOptions): Promise<RunningServer> {
  const { store, log } = options;
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<GraphContext>({
    schema: await buildGraphSchema(),
    introspection: true,
    // "Did you mean" suggestions would reveal the schema to error readers.
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: { maxTokens: LIMITS.queryTokens },
    validationRules: [depthLimit(LIMITS.queryDepth)],
    formatError: (formatted, error) => formatError(formatted, error, log, currentRequestId()),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    requestScope.run({ requestId }, next);
  });
  app.use(healthRoutes(store));
  app.get(
    '/graphql',
    graphiqlPage({
      endpoint: '/graphql',
      title: 'kg — news knowledge graph',
      examples: EXAMPLE_OPERATIONS,
    }),
  );
  app.use(
    '/graphql',
    // Large enough for an article with its annotations; the resolvers bound the rest.
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        Promise.resolve({
          store,
          extractor: options.extractor,
          loaders: createLoaders(store),
          requestId: currentRequestId() ?? randomUUID(),
          isEditor: isEditorRequest(req.headers.authorization, options.editorKey),
        }),
    }),
  );

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
    stop: () => apollo.stop(),
  };
}
