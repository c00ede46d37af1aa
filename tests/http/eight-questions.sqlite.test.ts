import { defineEightQuestionsSuite } from './eight-questions.suite';
import { openMemorySqlite } from '../support/sqlite';

defineEightQuestionsSuite('SQLite', openMemorySqlite);
