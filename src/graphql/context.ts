import type { Extractor } from '../ingest/extractor';
import type { GraphStore } from '../store/graph-store';
import type { Loaders } from './loaders';

/** What every resolver receives; built once per request by the server. */
export interface GraphContext {
  readonly store: GraphStore;
  readonly extractor: Extractor;
  readonly loaders: Loaders;
  readonly requestId: string;
  /** True when the request carried the editor key. */
  readonly isEditor: boolean;
}
