import { openSqliteOnWorkers } from '../support/sqlite';
import { defineAttackSuite } from './attacks.suite';

defineAttackSuite('SQLite', openSqliteOnWorkers);
