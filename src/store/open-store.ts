import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreUnavailableError } from '../domain/errors';
import type { StoreConfig } from './store-config';
import type { GraphStore } from './graph-store';
import type * as Neo4jStoreModule from './neo4j/neo4j-graph-store';
import { SqliteGraphStore } from './sqlite/sqlite-graph-store';
import { openPooledSqlite } from './sqlite/workers/pooled-sqlite-store';

/**
 * The only place that names the adapters: opens and migrates the configured
 * store. A Neo4j that does not answer yet is not an error: the store is
 * returned, and answers STORE_UNAVAILABLE until Neo4j is up.
 */
export async function openStore(
  config: StoreConfig,
  options: {
    /**
     * SQLite in the calling process, without worker processes: for a command
     * that only writes, one call after another (kg import), which has no
     * event loop to keep free and gains nothing from readers, while a pool would
     * start its processes and copy every batch to its writer.
     */
    readonly inProcess?: boolean;
    /** Told, a line at a time, what an opening does that takes long (Neo4j: a stopped bulk load finished). */
    readonly progress?: (line: string) => void;
  } = {},
): Promise<GraphStore> {
  switch (config.kind) {
    case 'sqlite': {
      if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
      // Worker processes run SQLite's synchronous work, so that the event loop stays free.
      const store = options.inProcess
        ? new SqliteGraphStore(config.file, { loader: true })
        : await openPooledSqlite(config.file, { readers: config.readers });
      try {
        await store.migrate();
      } catch (error) {
        await store.close();
        throw error;
      }
      return store;
    }
    case 'neo4j': {
      const { uri, user, password, database } = config;
      // Loaded only for a Neo4j store: the driver took about 0.7 s of every `kg import` into SQLite.
      // A require, not import(), as kg-main.ts loads commands (Jest's CommonJS runtime).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Neo4jGraphStore } = require('./neo4j/neo4j-graph-store') as typeof Neo4jStoreModule;
      const store = new Neo4jGraphStore({
        uri,
        user,
        password,
        database,
        progress: options.progress,
      });
      try {
        await store.migrate();
      } catch (error) {
        // Neo4j may start after the service: the store applies its schema once Neo4j answers.
        if (error instanceof StoreUnavailableError) return store;
        // The driver holds sockets and timers: a store that cannot start must not keep the process alive.
        await store.close();
        throw error;
      }
      return store;
    }
  }
}
