import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteOnWorkers } from '../support/sqlite';
import { defineSubscriptionsSuite } from './subscriptions.suite';

let dataDir = '';

defineSubscriptionsSuite('SQLite', {
  openStore: () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kg-live-'));
    // The file `kg serve` opens in its data folder.
    return openSqliteOnWorkers(join(dataDir, 'kg.sqlite'));
  },
  replicaEnv: () => ({ KG_DATA_DIR: dataDir }),
});
