import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { InvalidInputError } from '../domain/errors';
import type { OperatorLimits } from '../graphql/limits';
import { DEFAULT_OPERATOR_LIMITS } from '../graphql/limits';
import type { LanguageAnalyserSettings } from '../ingest/nlp/create-language-analyser';
import type { StoreConfig } from '../store/store-config';
import type { LiveSettings } from './live/live-settings';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly seedDir: string;
  /** From KG_EDITOR_KEY; when absent the key lives in `<dataDir>/editor-key`. */
  readonly editorKey: string | undefined;
  /** KG_READ_KEY: a shared key for reading; setting it closes reads. */
  readonly readKey: string | undefined;
  /**
   * KG_READ_ACCESS: `open` (anyone reads, the default) or `key` (reads need a
   * reader or editor key); `key` by default when KG_READ_KEY is set.
   */
  readonly closedReads: boolean;
  readonly store: StoreConfig;
  /** Which registered extractor turns text into claims (KG_EXTRACTOR); parse-v1 (CoreNLP) by default. */
  readonly extractor: string | undefined;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** KG_QUERY_BUDGET, KG_MAX_RESPONSE_BYTES, KG_MAX_ARTICLE_BYTES. */
  readonly limits: OperatorLimits;
  /** How long in-flight requests may run after SIGTERM before they are cancelled (KG_SHUTDOWN_GRACE_MS). */
  readonly shutdownGraceMs: number;
  /** Requests served at once; beyond, 503 with Retry-After (KG_MAX_IN_FLIGHT). */
  readonly maxInFlight: number;
  /** How long a request's store work may run before it is stopped with TIMEOUT (KG_REQUEST_TIMEOUT_MS). */
  readonly requestTimeoutMs: number;
  /**
   * Worker threads running GraphQL over Neo4j, each with its own driver (KG_GRAPHQL_WORKERS; 0:
   * in the request thread). SQLite ignores it: its store work already runs in worker processes.
   */
  readonly graphqlWorkers: number;
  /**
   * Subscriptions (KG_LIVE_POLL_MS, KG_LIVE_SETTLE_MS, KG_MAX_SUBSCRIPTIONS,
   * KG_MAX_SUBSCRIPTIONS_PER_CONNECTION); absent ones take live-settings.ts defaults.
   */
  readonly live: Partial<LiveSettings>;
  /** The Stanford CoreNLP server (KG_NLP_URL, KG_NLP_TIMEOUT_MS); analyses cached in `<dataDir>/nlp-cache`. */
  readonly nlp: LanguageAnalyserSettings;
}

const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** One per core, 2 to 4: the request thread only routes, the workers do the rest. */
const DEFAULT_GRAPHQL_WORKERS = Math.min(4, Math.max(2, availableParallelism()));
const DEFAULT_MAX_IN_FLIGHT = 64;
/**
 * Far above any query within the default budget (milliseconds on the
 * shipped graph), yet short enough that a runaway query frees its store
 * thread or transaction soon; an ingest whose analysis is slow is answered
 * TIMEOUT and succeeds when sent again, its analysis being cached.
 */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new InvalidInputError(
      `${name} must be a whole number ${min === 0 ? 'from 0 up' : `above ${min - 1}`}; got "${text}".`,
    );
  }
  return value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return wholeNumber(env, name, fallback, 1);
}

/** A setting whose default lives with its user: undefined when not set. */
function optionalPositiveInteger(env: NodeJS.ProcessEnv, name: string): number | undefined {
  return env[name] ? positiveInteger(env, name, 0) : undefined;
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** The project's own server (npm run nlp:start, on KG_NLP_PORT) unless KG_NLP_URL names another. */
const DEFAULT_NLP_PORT = 9000;

/** Long enough for a long article on a busy server; a dead server fails at once. */
const DEFAULT_NLP_TIMEOUT_MS = 60_000;

function httpUrl(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const text = env[name] || fallback;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    // Reported below.
  }
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new InvalidInputError(`${name} must be an http(s) URL; got "${text}".`);
  }
  return text;
}

function closedReads(env: NodeJS.ProcessEnv): boolean {
  const access = env.KG_READ_ACCESS || (env.KG_READ_KEY ? 'key' : 'open');
  if (access !== 'open' && access !== 'key') {
    throw new InvalidInputError(`KG_READ_ACCESS must be open or key; got "${access}".`);
  }
  return access === 'key';
}

/** The only reader of the environment: every setting, its default, and its check. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const dataDir = resolve(env.KG_DATA_DIR ?? 'data');
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidInputError(`PORT must be a port number from 0 to 65535; got "${env.PORT}".`);
  }
  const logLevel = env.KG_LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new InvalidInputError(
      `KG_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}".`,
    );
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    seedDir: resolve(env.KG_SEED_DIR ?? 'seed'),
    editorKey: env.KG_EDITOR_KEY || undefined,
    readKey: env.KG_READ_KEY || undefined,
    closedReads: closedReads(env),
    store: env.NEO4J_URI
      ? {
          kind: 'neo4j',
          uri: env.NEO4J_URI,
          user: env.NEO4J_USER ?? 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE || undefined,
        }
      : {
          kind: 'sqlite',
          file: resolve(dataDir, 'kg.sqlite'),
          // Absent: the pool's own default, from the machine's cores.
          readers: env.KG_SQLITE_READERS ? positiveInteger(env, 'KG_SQLITE_READERS', 0) : undefined,
        },
    logLevel: logLevel as ServerConfig['logLevel'],
    extractor: env.KG_EXTRACTOR || undefined,
    limits: {
      queryBudget: positiveInteger(env, 'KG_QUERY_BUDGET', DEFAULT_OPERATOR_LIMITS.queryBudget),
      maxResponseBytes: positiveInteger(
        env,
        'KG_MAX_RESPONSE_BYTES',
        DEFAULT_OPERATOR_LIMITS.maxResponseBytes,
      ),
      maxArticleBytes: positiveInteger(
        env,
        'KG_MAX_ARTICLE_BYTES',
        DEFAULT_OPERATOR_LIMITS.maxArticleBytes,
      ),
    },
    shutdownGraceMs: positiveInteger(env, 'KG_SHUTDOWN_GRACE_MS', DEFAULT_SHUTDOWN_GRACE_MS),
    maxInFlight: positiveInteger(env, 'KG_MAX_IN_FLIGHT', DEFAULT_MAX_IN_FLIGHT),
    requestTimeoutMs: positiveInteger(env, 'KG_REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS),
    graphqlWorkers: wholeNumber(env, 'KG_GRAPHQL_WORKERS', DEFAULT_GRAPHQL_WORKERS, 0),
    live: {
      pollMs: optionalPositiveInteger(env, 'KG_LIVE_POLL_MS'),
      settleMs: optionalPositiveInteger(env, 'KG_LIVE_SETTLE_MS'),
      maxSubscriptions: optionalPositiveInteger(env, 'KG_MAX_SUBSCRIPTIONS'),
      maxSubscriptionsPerConnection: optionalPositiveInteger(
        env,
        'KG_MAX_SUBSCRIPTIONS_PER_CONNECTION',
      ),
    },
    nlp: {
      url: httpUrl(
        env,
        'KG_NLP_URL',
        `http://127.0.0.1:${positiveInteger(env, 'KG_NLP_PORT', DEFAULT_NLP_PORT)}`,
      ),
      timeoutMs: positiveInteger(env, 'KG_NLP_TIMEOUT_MS', DEFAULT_NLP_TIMEOUT_MS),
      cacheDir: resolve(dataDir, 'nlp-cache'),
    },
  };
}
