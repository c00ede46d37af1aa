import type { Editor } from '../domain/access-key';
import type { Extractor } from '../ingest/extractor';
import type { GraphStore } from '../store/graph-store';
import type { CostEstimate } from './cost/estimate-cost';
import type { LiveFeed } from './live-feed';
import type { Loaders } from './loaders';

/** What every resolver receives; built once per request by the server. */
export interface GraphContext {
  readonly store: GraphStore;
  readonly extractor: Extractor;
  readonly loaders: Loaders;
  readonly requestId: string;
  /** Who sent the request: the holder of the key it carried; null without a valid key. */
  readonly editor: Editor | null;
  /** Largest article text the mutations accept, in UTF-8 bytes. */
  readonly maxArticleBytes: number;
  /** The query budget's estimate for this operation; null when there was none to make. */
  readonly costEstimate: CostEstimate | null;
  /** The store's new writes, for subscriptions; null over HTTP, which serves none. */
  readonly live: LiveFeed | null;
}
