import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphContext } from '../../graphql/context';
import { formatError } from '../../graphql/errors';
import type { OperatorLimits } from '../../graphql/limits';
import { LIMITS } from '../../graphql/limits';
import { createLoaders } from '../../graphql/loaders';
import { buildGraphSchema } from '../../graphql/schema';
import type { Extractor } from '../../ingest/extractor';
import type { GraphStore, RequestScope } from '../../store/graph-store';
import { depthLimit } from '../depth-limit';
import { identify } from '../access-gate';
import { jsonErrorBody } from '../http-errors';
import type { Logger } from '../logger';
import { queryBudgetGate } from '../query-budget-gate';
import { queryBudgetPlugin } from '../query-budget-plugin';
import { currentRequestId } from '../request-context';
import type { GraphqlEndpoint, GraphqlHttpAnswer, GraphqlHttpRequest } from './graphql-endpoint';

export interface ApolloEndpointOptions {
  readonly store: GraphStore;
  readonly extractor: Extractor;
  readonly editorKey: string;
  /** KG_READ_KEY: a shared key that reads and changes nothing. */
  readonly readKey?: string;
  readonly log: Logger;
  readonly limits: OperatorLimits;
}

const encoder = new TextEncoder();

/** What Apollo's cache-control plugin answered for a schema without cache hints: never cache. */
const noStore: ApolloServerPlugin<GraphContext> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    }),
};

function jsonAnswer(status: number, body: unknown): GraphqlHttpAnswer {
  return {
    status,
    headers: [['content-type', 'application/json; charset=utf-8']],
    body: encoder.encode(JSON.stringify(body)),
  };
}

/** Apollo's answer as one encoded body (the schema has no @defer, so chunks are a formality). */
async function encoded(
  body:
    | { kind: 'complete'; string: string }
    | { kind: 'chunked'; asyncIterator: AsyncIterableIterator<string> },
): Promise<Uint8Array> {
  if (body.kind === 'complete') return encoder.encode(body.string);
  let text = '';
  for await (const chunk of body.asyncIterator) text += chunk;
  return encoder.encode(text);
}

/**
 * GraphQL in the thread that calls it: the query budget's gate, then
 * Apollo, over one store. A request's reads go through one request scope
 * of the store (on Neo4j, one session and one read transaction), ended once its answer is made.
 */
export async function startApolloEndpoint(
  options: ApolloEndpointOptions,
): Promise<GraphqlEndpoint> {
  const { store, log, limits } = options;
  const cancel = new AbortController();
  const schema = await buildGraphSchema();
  const gate = queryBudgetGate(schema, limits.queryBudget);
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
      queryBudgetPlugin({ maxResponseBytes: limits.maxResponseBytes, cancelled: cancel.signal }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin computes a cache policy on every field resolved
      // (84 KB of a claim page's 619 KB allocated per request, heap sampling) to find what
      // the schema, which declares no cache hints, always makes it: no-store. The answer
      // keeps the header it set.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
    ],
  });
  await apollo.start();

  return {
    answer: async (request: GraphqlHttpRequest) => {
      const verdict = gate(request);
      if ('refusal' in verdict) {
        const { code, message, extensions } = verdict.refusal;
        return jsonAnswer(400, jsonErrorBody(code, message, extensions, request.requestId));
      }
      const headers = new HeaderMap();
      for (const [name, value] of request.headers) headers.set(name, value);
      let scope: RequestScope | undefined;
      try {
        const response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: request.method,
            headers,
            search: request.search,
            body: request.body,
          },
          context: async () => {
            scope = store.requestScope();
            // Who sends it: as the access gate found (closed reads), else the configured keys,
            // else a stored key looked up by its hash; one lookup per request at most.
            const editor =
              request.sender ??
              (await identify(
                headers.get('authorization'),
                { editorKey: options.editorKey, readKey: options.readKey, closedReads: false },
                scope.store,
              ));
            return {
              store: scope.store,
              extractor: options.extractor,
              loaders: createLoaders(scope.store),
              requestId: request.requestId,
              editor,
              maxArticleBytes: limits.maxArticleBytes,
              costEstimate: verdict.estimate ?? null,
              live: null,
            };
          },
        });
        return {
          status: response.status ?? 200,
          headers: [...response.headers],
          body: await encoded(response.body),
        };
      } finally {
        // Not awaited: closing the session need not delay the answer.
        void scope?.end();
      }
    },
    cancel: () => cancel.abort(),
    stop: () => apollo.stop(),
  };
}
