import { defineExportImportSuite } from './export-import.suite';
import { openMemorySqlite } from '../support/sqlite';

defineExportImportSuite('SQLite', openMemorySqlite);
