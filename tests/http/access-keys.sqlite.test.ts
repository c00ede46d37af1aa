import { openSqliteOnWorkers } from '../support/sqlite';
import { defineAccessKeysSuite } from './access-keys.suite';

defineAccessKeysSuite('SQLite', () => openSqliteOnWorkers());
