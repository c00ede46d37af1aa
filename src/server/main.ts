import { defaultExtractors } from '../ingest/extractor-registry';
import { openStore } from '../store/open-store';
import type { ServerConfig } from './config';
import { startKgServer } from './create-server';
import type { RunningServer } from './create-server';
import { loadEditorKey } from './editor-key';
import { loadSeedIfEmpty } from './load-seed';
import { createLogger } from './logger';

/** The composition root: configuration in, a serving kg out. */
export async function runServer(
  config: ServerConfig,
): Promise<RunningServer & { close(): Promise<void> }> {
  const log = createLogger(config.logLevel);
  const store = await openStore(config.store);
  try {
    const extractor = defaultExtractors().create(config.extractor);
    const seeded = await loadSeedIfEmpty(store, config.seedDir, log, extractor);
    if (seeded > 0)
      log.info('seed loaded into an empty store', { articles: seeded, from: config.seedDir });
    const editorKey = loadEditorKey(config.editorKey, config.dataDir, log);
    const server = await startKgServer({
      store,
      extractor,
      editorKey,
      log,
      host: config.host,
      port: config.port,
      limits: config.limits,
      shutdownGraceMs: config.shutdownGraceMs,
    });
    return {
      ...server,
      close: async () => {
        await server.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
