import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * @neo4j/graphql served as its manual serves it, Apollo Server under
 * express, on a free loopback port: what the throughput clients call, over
 * HTTP like kg. Each request runs in one transaction of the driver the
 * schema was built with, stopped by Neo4j past `capMs` as kg's requests are.
 */
export async function startNeo4jGraphqlServer(
  schema: GraphQLSchema,
  capMs: number,
): Promise<{ url: string; stop(): Promise<void> }> {
  const apollo = new ApolloServer<Neo4jGraphQLContext>({ schema });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: () => Promise.resolve({ transaction: { timeout: capMs } }),
    }),
  );
  const http = createServer(app);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      const closed = new Promise<void>((resolve, reject) =>
        http.close((error) => (error ? reject(error) : resolve())),
      );
      // The clients' kept-alive connections would hold the close for the keep-alive timeout.
      http.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
