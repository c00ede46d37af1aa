import { StoreUnavailableError } from '../domain/errors';
import type { Extractor } from '../ingest/extractor';
import type { GraphStore } from '../store/graph-store';
import { loadSeedIfEmpty } from './load-seed';
import type { Logger } from './logger';

/** How often a service started before its store asks again. */
const RETRY_MS = 2_000;

/**
 * Loads the seed into an empty store as soon as the store answers: before
 * serving when it answers at start-up, otherwise in the background, asking
 * again every RETRY_MS. A service started before its database thus serves
 * at once (not ready, STORE_UNAVAILABLE) and, without a restart, applies
 * the schema (on its first statement) and fills itself once the database
 * is up. Returns what stops the background attempts.
 */
export async function seedWhenReachable(
  store: GraphStore,
  seedDir: string,
  log: Logger,
  extractor: Extractor,
): Promise<() => void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = async (): Promise<boolean> => {
    try {
      const seeded = await loadSeedIfEmpty(store, seedDir, log, extractor);
      if (seeded > 0)
        log.info('seed loaded into an empty store', { articles: seeded, from: seedDir });
      return true;
    } catch (error) {
      if (error instanceof StoreUnavailableError) return false;
      throw error;
    }
  };
  const later = () => {
    timer = setTimeout(() => {
      attempt().then(
        (done) => {
          if (!done && !stopped) later();
        },
        (error: unknown) => {
          if (!stopped) log.error('loading the seed failed', { error: String(error) });
        },
      );
    }, RETRY_MS);
    // The HTTP server keeps the process alive; a service that failed to start must not be.
    timer.unref();
  };
  if (!(await attempt())) {
    log.warn('the store does not answer: serving, not ready; schema and seed follow once it does', {
      retryMs: RETRY_MS,
    });
    later();
  }
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
