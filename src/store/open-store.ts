import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoreConfig } from './store-config';
import type { GraphStore } from './graph-store';
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
    case 'neo4j':
      throw new Error('invariant: the Neo4j store is not built yet');
  }
}
