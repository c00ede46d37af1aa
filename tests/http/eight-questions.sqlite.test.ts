import { defineEightQuestionsSuite } from './eight-questions.suite';
import { openSqliteOnWorkers } from '../support/sqlite';

defineEightQuestionsSuite('SQLite', openSqliteOnWorkers);
