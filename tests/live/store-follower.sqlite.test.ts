import { openSqliteOnWorkers } from '../support/sqlite';
import { defineStoreFollowerSuite } from './store-follower.suite';

defineStoreFollowerSuite('SQLite', () => openSqliteOnWorkers());
