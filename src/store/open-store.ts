import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoreConfig } from './store-config';
import type { GraphStore } from './graph-store';
import { Neo4jGraphStore } from './neo4j/neo4j-graph-store';
import { SqliteGraphStore } from './sqlite/sqlite-graph-store';

/** The only place that names the adapters: opens and migrates the configured store. */
export async function openStore(config: StoreConfig): Promise<GraphStore> {
  switch (config.kind) {
    case 'sqlite': {
      if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
      const store = new SqliteGraphStore(config.file);
      await store.migrate();
      return store;
    }
    case 'neo4j': {
      const { uri, user, password, database } = config;
      const store = new Neo4jGraphStore({ uri, user, password, database });
      try {
        await store.migrate();
      } catch (error) {
        // The driver holds sockets and timers: a store that cannot start must not keep the process alive.
        await store.close();
        throw error;
      }
      return store;
    }
  }
}
