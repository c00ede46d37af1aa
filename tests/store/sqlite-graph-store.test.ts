import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nameHead } from '../../src/domain/name-key';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { FIRST } from '../support/fixtures';
import { defineGraphStoreContract } from './graph-store.contract';
import { openMemorySqlite } from '../support/sqlite';

defineGraphStoreContract('SqliteGraphStore', openMemorySqlite);

describe('SqliteGraphStore on a file', () => {
  test('keeps its content across a reopen and does not migrate twice', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kg-sqlite-'));
    try {
      const file = join(folder, 'kg.sqlite');
      const first = new SqliteGraphStore(file);
      await first.migrate();
      await first.upsertArticle(annotatedArticleToBatch(FIRST));
      const before = await first.dump();
      await first.close();
      const second = new SqliteGraphStore(file);
      await second.migrate();
      expect(await second.dump()).toEqual(before);
      await second.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('gives name heads to the names of a database written before they existed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kg-sqlite-'));
    try {
      const file = join(folder, 'kg.sqlite');
      const old = new Database(file);
      for (const migration of ['001_initial.sql', '002_entity_candidate.sql'])
        old.exec(readFileSync(join(__dirname, '../../schema/sqlite', migration), 'utf8'));
      old.pragma('user_version = 2');
      old.exec(`INSERT INTO entities (id, kind, name) VALUES ('country:north-korea', 'COUNTRY', 'North Korea');
        INSERT INTO entity_names (entity_id, type, lang, text, folded) VALUES
          ('country:north-korea', 'name', 'und', 'North Korea', 'north korea'),
          ('country:north-korea', 'alias', 'fr', 'Corée du Nord', 'coree du nord')`);
      old.close();
      const store = new SqliteGraphStore(file);
      await store.migrate();
      const found = await store.entitiesByNameHeads([nameHead('COREE-DU-NORD')]);
      expect(found.map((e) => e.id)).toEqual(['country:north-korea']);
      await store.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
