import { openSqliteOnWorkers } from '../support/sqlite';
import { defineReviewSuite } from './review.suite';

defineReviewSuite('SQLite', () => openSqliteOnWorkers());
