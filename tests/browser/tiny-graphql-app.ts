import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { graphiqlPage, type GraphiqlPageOptions } from '../../src/server/graphiql/graphiql-page';

export interface RunningApp {
  /** Absolute URL of the GraphQL endpoint, which also serves GraphiQL. */
  readonly url: string;
  close(): Promise<void>;
}

const typeDefs = 'type Query { hello(name: String): String! }';
const resolvers = {
  Query: {
    hello: (_parent: unknown, args: { name?: string | null }) => `Hello, ${args.name ?? 'world'}!`,
  },
};

/** Stands in for the kg server: the GraphiQL handler in front of Apollo on one path. */
export async function startTinyGraphqlApp(page: GraphiqlPageOptions): Promise<RunningApp> {
  const apollo = new ApolloServer({
    typeDefs,
    resolvers,
    // Apollo's own landing page would load Sandbox from a CDN if a request ever slipped through.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const app = express();
  app.use(page.endpoint, graphiqlPage(page), express.json(), expressMiddleware(apollo));
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}${page.endpoint}`,
    close: async () => {
      const closed = new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      });
      // Chromium keeps connections alive; close() alone would wait for them.
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
