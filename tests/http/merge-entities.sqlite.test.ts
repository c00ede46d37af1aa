import { openSqliteOnWorkers } from '../support/sqlite';
import { defineMergeEntitiesSuite } from './merge-entities.suite';

defineMergeEntitiesSuite('SQLite', () => openSqliteOnWorkers());
