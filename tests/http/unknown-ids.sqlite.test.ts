import { openMemorySqlite } from '../support/sqlite';
import { defineUnknownIdsSuite } from './unknown-ids.suite';

defineUnknownIdsSuite('SQLite', openMemorySqlite);
