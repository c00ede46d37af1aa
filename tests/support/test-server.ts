import { newAccessKey } from '../../src/domain/access-key';
import { resolve } from 'node:path';
import { loadSeedIfEmpty } from '../../src/server/load-seed';
import type { KgServerOptions } from '../../src/server/create-server';
import { startKgServer } from '../../src/server/create-server';
import type { OperatorLimits } from '../../src/graphql/limits';
import type { LiveSettings } from '../../src/server/live/live-settings';
import type { Logger } from '../../src/server/logger';
import type { GraphStore } from '../../src/store/graph-store';
import { testExtractor } from './nlp';

export const SEED_DIR = resolve(__dirname, '../../seed');
export const TEST_EDITOR_KEY = 'test-editor-key-0123456789';

export interface LogLine {
  readonly level: string;
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

/** A logger that keeps what it is told, for tests to read. */
export function memoryLogger(): Logger & { readonly lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      lines.push({ level, message, fields });
    };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface TestServer {
  readonly url: string;
  readonly store: GraphStore;
  readonly log: ReturnType<typeof memoryLogger>;
  close(): Promise<void>;
}

/** A real server on a free loopback port over the given store, seeded like a first start. */
export async function startTestServer(
  store: GraphStore,
  options: {
    seed?: boolean;
    limits?: OperatorLimits;
    requestTimeoutMs?: number;
    graphqlWorkers?: KgServerOptions['graphqlWorkers'];
    readKey?: string;
    closedReads?: boolean;
    live?: Partial<LiveSettings>;
  } = {},
): Promise<TestServer> {
  const log = memoryLogger();
  const extractor = await testExtractor();
  if (options.seed ?? true) await loadSeedIfEmpty(store, SEED_DIR, log, extractor);
  const server = await startKgServer({
    store,
    extractor,
    editorKey: TEST_EDITOR_KEY,
    log,
    host: '127.0.0.1',
    port: 0,
    limits: options.limits,
    requestTimeoutMs: options.requestTimeoutMs,
    graphqlWorkers: options.graphqlWorkers,
    readKey: options.readKey,
    closedReads: options.closedReads,
    live: options.live,
  });
  return {
    url: server.url,
    store,
    log,
    close: async () => {
      await server.stop();
      await store.close();
    },
  };
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T;
  readonly errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One real HTTP POST, as any client would send it. */
export async function postGraphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** The code of a response's first error (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, …). */
export const errorCode = (response: GraphqlResponse) => response.errors?.[0]?.extensions?.['code'];

/** The headers that send an access key, as `postGraphql`'s last argument. */
export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** When the test keys were created. */
export const KEYS_CREATED_AT = new Date('2026-01-02T00:00:00.000Z');

/**
 * Stores an editor key held by "Ada Analyst" and a reader key held by
 * "Reader Bot", as `kg keys create` would, and returns the keys to send.
 */
export async function editorAndReaderKeys(
  store: GraphStore,
): Promise<{ editorKey: string; readerKey: string }> {
  const editor = newAccessKey('Ada Analyst', 'EDITOR', KEYS_CREATED_AT);
  const reader = newAccessKey('Reader Bot', 'READER', KEYS_CREATED_AT);
  for (const key of [editor, reader]) await store.createAccessKey(key.stored);
  return { editorKey: editor.key, readerKey: reader.key };
}
