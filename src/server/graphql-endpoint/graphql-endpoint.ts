import type { Editor } from '../../domain/access-key';
import type { Deadline } from '../../store/request-deadline';

/**
 * A GraphQL-over-HTTP request as the endpoint needs it: plain data, so
 * that it can cross to a worker thread. `body` is the parsed JSON body.
 */
export interface GraphqlHttpRequest {
  readonly method: string;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: readonly (readonly [string, string])[];
  /** The URL's query string, with its "?", or "". */
  readonly search: string;
  readonly body: unknown;
  readonly requestId: string;
  /** When the request's store work must stop; undefined for none. */
  readonly deadline: Deadline | undefined;
  /**
   * Who sent it, when the access gate already looked the key up (closed
   * reads); undefined when it did not, and the endpoint looks it up.
   */
  readonly sender: Editor | undefined;
}

/** The whole answer, encoded: the thread that writes it to the socket has nothing left to do. */
export interface GraphqlHttpAnswer {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array;
}

/**
 * Where GraphQL operations run: in the request thread (ApolloEndpoint) or
 * in a pool of worker threads (GraphqlWorkerPool), behind the same HTTP route.
 */
export interface GraphqlEndpoint {
  answer(request: GraphqlHttpRequest): Promise<GraphqlHttpAnswer>;
  /** After shutdown's grace period: resolvers still to run stop with SHUTTING_DOWN. */
  cancel(): void;
  /** Ends the endpoint once no request is in flight any more (or none is waited for). */
  stop(): Promise<void>;
}
