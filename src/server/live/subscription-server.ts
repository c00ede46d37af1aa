import type { ExecutionArgs, GraphQLSchema } from 'graphql';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import type { GraphContext } from '../../graphql/context';
import { checkOperation } from '../../graphql/cost/check-operation';
import { formatError } from '../../graphql/errors';
import type { Extractor } from '../../ingest/extractor';
import { LIMITS } from '../../graphql/limits';
import type { LiveFeed } from '../../graphql/live-feed';
import { createLoaders } from '../../graphql/loaders';
import type { GraphStore } from '../../store/graph-store';
import { depthLimit } from '../depth-limit';
import type { AccessSettings } from '../access-gate';
import { identify } from '../access-gate';
import type { Logger } from '../logger';

/** How long closing sockets get to finish their closing handshake before they are cut. */
const CLOSE_WAIT_MS = 1_000;
/** WebSocket close code 1013, "Try Again Later" (RFC 6455 registry). */
const TRY_AGAIN_LATER = 1013;

export interface SubscriptionServerOptions {
  readonly httpServer: Server;
  readonly path: string;
  readonly schema: GraphQLSchema;
  readonly store: GraphStore;
  readonly extractor: Extractor;
  readonly feed: LiveFeed & { readonly size: number };
  /** Who may subscribe: as for queries, the keys identify the sender, and closed reads need one. */
  readonly access: AccessSettings;
  readonly log: Logger;
  readonly queryBudget: number;
  readonly maxArticleBytes: number;
  /** Most open sockets, and most subscriptions over all of them (the feed counts those). */
  readonly maxSubscriptions: number;
  readonly maxSubscriptionsPerConnection: number;
}

export interface SubscriptionServer {
  /** Ends every subscription, closes every socket (1001, going away), stops accepting. */
  close(): Promise<void>;
}

function refusal(message: string, code: string): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code } })];
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol,
 * subprotocol "graphql-transport-ws") on the HTTP server's own port and
 * path, as Apollo Server documents it. Each operation passes what an HTTP
 * request passes: the token cap, the document shape and query budget, the
 * depth limit, and the editor key (sent as `authorization` in the
 * connection parameters or on the upgrade request) for what needs it.
 * Only subscriptions are served here: queries and mutations go over HTTP,
 * where admission control and deadlines apply.
 */
export function serveSubscriptions(options: SubscriptionServerOptions): SubscriptionServer {
  const { schema, log, feed } = options;
  const sockets = new WebSocketServer({ server: options.httpServer, path: options.path });
  sockets.on('connection', (socket) => {
    if (sockets.clients.size > options.maxSubscriptions) {
      socket.close(TRY_AGAIN_LATER, 'Too many connections (KG_MAX_SUBSCRIPTIONS)');
    }
  });
  const rules = [...specifiedRules, depthLimit(LIMITS.queryDepth)];
  const server = useServer(
    {
      schema,
      onSubscribe: async (ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        // graphql-ws has already reserved this operation's entry.
        if (Object.keys(ctx.subscriptions).length > options.maxSubscriptionsPerConnection) {
          return refusal(
            `This connection holds ${options.maxSubscriptionsPerConnection} subscriptions, its limit (KG_MAX_SUBSCRIPTIONS_PER_CONNECTION); complete one or open another connection.`,
            'BAD_USER_INPUT',
          );
        }
        const check = checkOperation(schema, payload, options.queryBudget);
        if ('refusal' in check) return [check.refusal];
        let document;
        try {
          document = parse(payload.query, { maxTokens: LIMITS.queryTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
          return refusal(
            'Only subscriptions are served over WebSocket; send queries and mutations with HTTP POST to /graphql.',
            'BAD_REQUEST',
          );
        }
        const params = ctx.connectionParams ?? {};
        const authorization =
          typeof params['authorization'] === 'string'
            ? params['authorization']
            : ctx.extra.request.headers.authorization;
        const editor = await identify(authorization, options.access, options.store);
        if (options.access.closedReads && editor === null) {
          return refusal(
            'Reads need a key here: send a reader or editor key as the authorization connection parameter.',
            'UNAUTHENTICATED',
          );
        }
        const contextValue: GraphContext = {
          store: options.store,
          extractor: options.extractor,
          loaders: createLoaders(options.store),
          requestId: `${randomUUID()}:${id}`,
          editor,
          maxArticleBytes: options.maxArticleBytes,
          costEstimate: check.estimate,
          live: feed,
        };
        return {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          contextValue,
        };
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors) return;
        const requestId = (args.contextValue as GraphContext).requestId;
        return {
          ...result,
          errors: result.errors.map((error) => formatError(error.toJSON(), error, log, requestId)),
        };
      },
    },
    sockets,
  );
  return {
    close: async () => {
      const disposed = server.dispose();
      // A client that does not answer the closing handshake is cut, so that stopping never waits on it.
      await Promise.race([
        disposed,
        new Promise((done) => setTimeout(done, CLOSE_WAIT_MS).unref()),
      ]);
      for (const socket of sockets.clients) socket.terminate();
      await disposed;
    },
  };
}
