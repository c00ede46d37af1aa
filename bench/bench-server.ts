import { defaultExtractors } from '../src/ingest/extractor-registry';
import { createLanguageAnalyser } from '../src/ingest/nlp/create-language-analyser';
import { readConfig } from '../src/server/config';
import { startKgServer } from '../src/server/create-server';
import { createLogger } from '../src/server/logger';
import type { GraphStore } from '../src/store/graph-store';

/**
 * The real kg HTTP server over `store`, silent, on a free loopback port: what a bench's clients call.
 * `requestTimeoutMs` stops a request's store work as KG_REQUEST_TIMEOUT_MS does (the server's default otherwise).
 */
export function startBenchServer(
  store: GraphStore,
  requestTimeoutMs?: number,
): ReturnType<typeof startKgServer> {
  return startKgServer({
    store,
    extractor: defaultExtractors(createLanguageAnalyser(readConfig().nlp)).create(),
    editorKey: 'bench',
    log: createLogger('silent'),
    host: '127.0.0.1',
    port: 0,
    requestTimeoutMs,
  });
}
