import { defineGraphmlSuite } from './graph-exports.suite';
import { openMemorySqlite } from '../support/sqlite';

defineGraphmlSuite('SQLite', openMemorySqlite);
