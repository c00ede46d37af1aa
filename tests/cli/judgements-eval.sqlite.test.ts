import { defineJudgementsEvalSuite } from './judgements-eval.suite';
import { openMemorySqlite } from '../support/sqlite';

defineJudgementsEvalSuite('SQLite', openMemorySqlite);
