import type { OperatorLimits } from '../../graphql/limits';
import type { LanguageAnalyserSettings } from '../../ingest/nlp/create-language-analyser';
import type { StoreConfig } from '../../store/store-config';
import type { Logger } from '../logger';
import type { GraphqlHttpAnswer, GraphqlHttpRequest } from './graphql-endpoint';

/** What a GraphQL worker thread needs to open its own store and endpoint (plain data). */
export interface GraphqlWorkerSetup {
  /** Each thread opens its own: on Neo4j, a driver of its own. */
  readonly store: Extract<StoreConfig, { kind: 'neo4j' }>;
  /** The registered extractor's name (KG_EXTRACTOR); the default when undefined. */
  readonly extractor: string | undefined;
  readonly nlp: LanguageAnalyserSettings;
  readonly editorKey: string;
  /** KG_READ_KEY: a shared key that reads and changes nothing. */
  readonly readKey?: string;
  readonly limits: OperatorLimits;
}

export type ToWorker =
  | { readonly type: 'request'; readonly id: number; readonly request: GraphqlHttpRequest }
  | { readonly type: 'cancel' }
  | { readonly type: 'stop' };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'answer'; readonly id: number; readonly answer: GraphqlHttpAnswer }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  /** The thread's log lines go to the server's logger. */
  | {
      readonly type: 'log';
      readonly level: keyof Logger;
      readonly message: string;
      readonly fields: Record<string, unknown>;
    }
  | { readonly type: 'stopped' };
