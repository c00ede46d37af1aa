import { defaultExtractors } from '../ingest/extractor-registry';
import { createLanguageAnalyser } from '../ingest/nlp/create-language-analyser';
import { openStore } from '../store/open-store';
import type { ServerConfig } from './config';
import { startKgServer } from './create-server';
import type { RunningServer } from './create-server';
import { loadEditorKey } from './editor-key';
import { createLogger } from './logger';
import { seedWhenReachable } from './seed-when-reachable';

/** The composition root: configuration in, a serving kg out. */
export async function runServer(
  config: ServerConfig,
): Promise<RunningServer & { close(): Promise<void> }> {
  const log = createLogger(config.logLevel);
  const store = await openStore(config.store, { progress: (line) => log.info(line.trim()) });
  try {
    const extractor = defaultExtractors(createLanguageAnalyser(config.nlp)).create(
      config.extractor,
    );
    const stopSeeding = await seedWhenReachable(store, config.seedDir, log, extractor);
    const editorKey = loadEditorKey(config.editorKey, config.dataDir, log);
    const server = await startKgServer({
      store,
      extractor,
      editorKey,
      readKey: config.readKey,
      closedReads: config.closedReads,
      log,
      host: config.host,
      port: config.port,
      limits: config.limits,
      shutdownGraceMs: config.shutdownGraceMs,
      maxInFlight: config.maxInFlight,
      requestTimeoutMs: config.requestTimeoutMs,
      graphqlWorkers:
        config.store.kind === 'neo4j' && config.graphqlWorkers > 0
          ? {
              count: config.graphqlWorkers,
              setup: { store: config.store, extractor: config.extractor, nlp: config.nlp },
            }
          : undefined,
      live: config.live,
    });
    return {
      ...server,
      close: async () => {
        stopSeeding();
        await server.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
