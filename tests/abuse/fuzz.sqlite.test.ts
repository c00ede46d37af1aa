import { openMemorySqlite } from '../support/sqlite';
import { defineFuzzSuite } from './fuzz.suite';

defineFuzzSuite('SQLite', openMemorySqlite, 2000);
