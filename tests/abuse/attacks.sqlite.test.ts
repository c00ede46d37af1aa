import { openMemorySqlite } from '../support/sqlite';
import { defineAttackSuite } from './attacks.suite';

defineAttackSuite('SQLite', openMemorySqlite);
