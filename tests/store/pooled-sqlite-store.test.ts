import { openSqliteOnWorkers } from '../support/sqlite';
import { defineGraphStoreContract } from './graph-store.contract';

/** The store as the server runs it: the same contract, through worker threads. */
defineGraphStoreContract('SQLite on worker threads', () => openSqliteOnWorkers());
