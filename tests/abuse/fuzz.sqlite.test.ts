import { openSqliteOnWorkers } from '../support/sqlite';
import { defineFuzzSuite } from './fuzz.suite';

defineFuzzSuite('SQLite', openSqliteOnWorkers, 2000);
