import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nameHead } from '../../src/domain/name-key';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { ClaimFilter } from '../../src/store/graph-store';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { FIRST, SECOND } from '../support/fixtures';
import { twoSpeakersInOneSentence } from './evidence.contract';
import { defineGraphStoreContract } from './graph-store.contract';
import { openMemorySqlite } from '../support/sqlite';
import { expectEntityTotalsCounted, expectKindStatsCounted } from './stats-oracle';

defineGraphStoreContract('SqliteGraphStore', openMemorySqlite);

/** The indexes of each role's claims by predicate (migration 027). */
const ROLE_PREDICATE_INDEXES = ['subject', 'object', 'location', 'item', 'speaker', 'reporter'].map(
  (role) => `claims_by_${role}_predicate`,
);

/** Undoes migration 028 (each entity's claims counted), for a database of an older version. */
const BEFORE_028 = `${['counted', 'uncounted', 'recounted']
  .map((trigger) => `DROP TRIGGER claim_entities_${trigger};`)
  .join(' ')} DROP TABLE entity_claim_counts;`;

/** Undoes migrations 028 and 027, for a database of an older version. */
const BEFORE_027 = `${BEFORE_028} ${ROLE_PREDICATE_INDEXES.map((index) => `DROP INDEX ${index};`).join(' ')}`;

/** Undoes migrations 027 and 026 (the claims' day in claims_by_predicate). */
const BEFORE_026 = `${BEFORE_027} DROP INDEX claims_by_predicate; CREATE INDEX claims_by_predicate ON claims (predicate, modality);`;

/** Undoes migrations 026 and 025 (claims keep their article's day, period indexes). */
const BEFORE_025 = `${BEFORE_026} ${['subject', 'object', 'location', 'item', 'speaker', 'reporter']
  .map((role) => `DROP INDEX claims_by_${role}_period;`)
  .join(' ')} ALTER TABLE claims DROP COLUMN published_day`;

/** A database file in a folder of its own, removed after `body`, whatever it does. */
async function withDatabaseFile(body: (file: string) => Promise<void>): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'kg-sqlite-'));
  try {
    await body(join(folder, 'kg.sqlite'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The store on `file`, migrated to the newest version. */
async function migratedStore(file: string): Promise<SqliteGraphStore> {
  const store = new SqliteGraphStore(file);
  await store.migrate();
  return store;
}

describe('SqliteGraphStore on a file', () => {
  test('keeps its content across a reopen and does not migrate twice', async () => {
    await withDatabaseFile(async (file) => {
      const first = await migratedStore(file);
      await first.upsertArticle(annotatedArticleToBatch(FIRST));
      const before = await first.dump();
      await first.close();
      const second = await migratedStore(file);
      expect(await second.dump()).toEqual(before);
      await second.close();
    });
  });

  test('gives name heads to the names of a database written before they existed', async () => {
    await withDatabaseFile(async (file) => {
      const old = new Database(file);
      for (const migration of ['001_initial.sql', '002_entity_candidate.sql'])
        old.exec(readFileSync(join(__dirname, '../../schema/sqlite', migration), 'utf8'));
      old.pragma('user_version = 2');
      old.exec(`INSERT INTO entities (id, kind, name) VALUES ('country:north-korea', 'COUNTRY', 'North Korea');
        INSERT INTO entity_names (entity_id, type, lang, text, folded) VALUES
          ('country:north-korea', 'name', 'und', 'North Korea', 'north korea'),
          ('country:north-korea', 'alias', 'fr', 'Corée du Nord', 'coree du nord')`);
      old.close();
      const store = await migratedStore(file);
      const found = await store.entitiesByNameHeads([nameHead('COREE-DU-NORD')]);
      expect(found.map((e) => e.id)).toEqual(['country:north-korea']);
      await store.close();
    });
  });
});

describe('SqliteGraphStore upgrading a database written before issue 9', () => {
  test('migration 004 stamps articles, indexes sentences and rebuilds relations with their stance', async () => {
    await withDatabaseFile(async (file) => {
      // A version-2 database holding one article, as the store wrote it then.
      const old = new Database(file);
      for (const name of ['001_initial.sql', '002_entity_candidate.sql']) {
        old.exec(readFileSync(join(__dirname, '../../schema/sqlite', name), 'utf8'));
      }
      old.pragma('user_version = 2');
      old.exec(`
        INSERT INTO articles VALUES ('article:old', 'Old', NULL, 'Old Times', 'en', '2024-01-02', 'Sylvania denied supplying fuel.', 'h');
        INSERT INTO entities VALUES ('country:sylvania', 'COUNTRY', 'Sylvania', 0), ('country:osterlich', 'COUNTRY', 'Osterlich', 0);
        INSERT INTO claims (id, article_id, relation_id, subject_id, predicate, object_id, modality, attributed_to_id,
          sentence, sentence_start, sentence_end, extractor, confidence)
        VALUES ('claim:old', 'article:old', 'relation:old', 'country:sylvania', 'SUPPLIES', 'country:osterlich', 'DENIED',
          'country:sylvania', 'Sylvania denied supplying fuel.', 0, 31, 'hand-annotation', 1);
        INSERT INTO relations VALUES ('relation:old', 'country:sylvania', 'SUPPLIES', 'country:osterlich', NULL, 1,
          '2024-01-02', '2024-01-02', 'DENIED');`);
      old.close();
      const before = new Date().toISOString();
      const store = await migratedStore(file);
      const [article] = await store.getArticles(['article:old']);
      expect(article!.ingestedAt! >= before).toBe(true);
      expect((await store.getRelations(['relation:old']))[0]).toMatchObject({
        claimsByModality: [{ key: 'DENIED', count: 1 }],
        supporting: 0,
        denying: 1,
        independentSources: 1,
      });
      expect((await store.claims({ text: 'supplying' }, { first: 5, offset: 0 })).totalCount).toBe(
        1,
      );
      await store.close();
    });
  });
});

describe('SqliteGraphStore upgrading a database written before the counts per kind', () => {
  test('migration 020 counts the claims, relations and articles of each kind already stored', async () => {
    await withDatabaseFile(async (file) => {
      const written = await migratedStore(file);
      await written.upsertArticles([FIRST, SECOND].map(annotatedArticleToBatch));
      await written.close();
      // The database as version 19 left it: no counts per kind, no triggers keeping them.
      const old = new Database(file);
      for (const trigger of old
        .prepare<[], { name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (sql LIKE '%kind_counts%' OR sql LIKE '%article_kinds%')",
        )
        .all())
        old.exec(`DROP TRIGGER ${trigger.name}`);
      old.exec(
        'DROP TABLE claim_kind_counts; DROP TABLE relation_kind_counts; DROP TABLE article_kinds',
      );
      // Nor what later migrations add, which upgrading to 19 + 1 and on writes again.
      old.exec(
        'DROP INDEX relations_out_by_claims; DROP INDEX relations_in_by_claims; DROP INDEX claims_by_modality_relation; DROP INDEX claim_day_counts_by_predicate',
      );
      old.exec(BEFORE_025);
      old.pragma('user_version = 19');
      old.close();
      const store = await migratedStore(file);
      try {
        expect((await store.stats(5, { kinds: ['COUNTRY'] })).claims).toBeGreaterThan(0);
        await expectKindStatsCounted(store);
      } finally {
        await store.close();
      }
    });
  });
});

describe('SqliteGraphStore upgrading a database counted before two speakers of one sentence were two sources', () => {
  test('migration 022 recounts the relations whose claims share a sentence with different speakers', async () => {
    await withDatabaseFile(async (file) => {
      const written = await migratedStore(file);
      await written.upsertArticles(
        [FIRST, twoSpeakersInOneSentence('Evening Post', 'PARIS —')].map(annotatedArticleToBatch),
      );
      const expected = await written.relations({}, { first: 100, offset: 0 });
      await written.close();
      // The database as version 21 counted it: the sentence as one story.
      const old = new Database(file);
      old.exec("UPDATE relations SET independent_sources = 1 WHERE predicate = 'DEPLOYED_TO'");
      old.exec('DROP INDEX claims_by_modality_relation; DROP INDEX claim_day_counts_by_predicate');
      old.exec(BEFORE_025);
      old.pragma('user_version = 21');
      old.close();
      const store = await migratedStore(file);
      try {
        expect(await store.relations({}, { first: 100, offset: 0 })).toEqual(expected);
        expect(expected.items.some((r) => r.independentSources === 2)).toBe(true);
      } finally {
        await store.close();
      }
    });
  });
});

/**
 * Writes FIRST and SECOND into a store on `file` and lists them with `listed`,
 * takes the database back to `version` by `undo`, then opens it again, which
 * upgrades it, and lists again. Returns both lists and what `read` finds in
 * the upgraded file.
 */
async function acrossUpgrade<T, R>(
  file: string,
  undo: string,
  version: number,
  listed: (store: SqliteGraphStore) => Promise<T>,
  read: (upgraded: Database.Database) => R,
): Promise<{ before: T; after: T; read: R }> {
  const written = await migratedStore(file);
  await written.upsertArticles([FIRST, SECOND].map(annotatedArticleToBatch));
  const before = await listed(written);
  await written.close();
  const old = new Database(file);
  old.exec(undo);
  old.pragma(`user_version = ${version}`);
  old.close();
  const store = await migratedStore(file);
  let after: T;
  try {
    after = await listed(store);
  } finally {
    await store.close();
  }
  const upgraded = new Database(file, { readonly: true });
  try {
    return { before, after, read: read(upgraded) };
  } finally {
    upgraded.close();
  }
}

describe("SqliteGraphStore upgrading a database whose predicate index did not hold the claims' day", () => {
  test("migration 026 puts the day in claims_by_predicate, and a predicate's claims read the same, page by page", async () => {
    await withDatabaseFile(async (file) => {
      const filter: ClaimFilter = {
        predicates: ['DEPLOYED_TO', 'PART_OF'],
        modalities: ['CONFIRMED', 'ASSERTED'],
      };
      const { before, after, read } = await acrossUpgrade(
        file,
        BEFORE_026,
        25,
        (store) =>
          Promise.all([0, 1, 2, 3].map((offset) => store.claims(filter, { first: 1, offset }))),
        (upgraded) =>
          upgraded
            .prepare<[], { name: string }>(
              "SELECT name FROM pragma_index_info('claims_by_predicate') ORDER BY seqno",
            )
            .all()
            .map((column) => column.name),
      );
      expect(after).toEqual(before);
      expect(before.every((page) => page.items.length === 1)).toBe(true);
      expect(read).toEqual(['predicate', 'modality', 'published_day']);
    });
  });
});

describe("SqliteGraphStore upgrading a database without each role's index of the predicate", () => {
  test("migration 027 indexes each role's claims by predicate, and an entity's claims of some predicates read the same", async () => {
    await withDatabaseFile(async (file) => {
      const predicates: ClaimFilter['predicates'] = [
        'SUPPLIES',
        'DEPLOYED_TO',
        'PART_OF',
        'SANCTIONS',
      ];
      const filters: ClaimFilter[] = [
        { entityId: 'country:freedonia', predicates },
        { subjectId: 'country:freedonia', predicates, modalities: ['INTENDED'] },
        { attributedToId: 'country:freedonia', predicates },
      ];
      const { before, after, read } = await acrossUpgrade(
        file,
        BEFORE_027,
        26,
        (store) =>
          Promise.all(filters.map((filter) => store.claims(filter, { first: 100, offset: 0 }))),
        (upgraded) =>
          upgraded
            .prepare<[], { name: string }>(
              "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'claims_by_%_predicate'",
            )
            .all()
            .map((index) => index.name),
      );
      expect(after).toEqual(before);
      expect(before.every((page) => page.totalCount > 0)).toBe(true);
      expect(read.sort()).toEqual([...ROLE_PREDICATE_INDEXES].sort());
    });
  });
});

describe("SqliteGraphStore upgrading a database without each entity's claims counted", () => {
  test("migration 028 counts each entity's claims already stored, and their totals read the same", async () => {
    await withDatabaseFile(async (file) => {
      const { before, after, read } = await acrossUpgrade(
        file,
        BEFORE_028,
        27,
        (store) => store.claims({ entityId: 'country:freedonia' }, { first: 1, offset: 0 }),
        (upgraded) =>
          upgraded
            .prepare<[], { n: number }>('SELECT count(*) AS n FROM entity_claim_counts')
            .get()!.n,
      );
      expect(after).toEqual(before);
      expect(before.totalCount).toBeGreaterThan(1);
      expect(read).toBeGreaterThan(0);
      const store = await migratedStore(file);
      try {
        await expectEntityTotalsCounted(store);
      } finally {
        await store.close();
      }
    });
  });
});

describe('SqliteGraphStore upgrading a database whose claims did not keep their article day', () => {
  test("migration 025 gives each claim its article's day, and an entity's claims in a period stay the same", async () => {
    await withDatabaseFile(async (file) => {
      const entityId = 'armed_force:sylvanian-army';
      const periods = [{ from: '2025-03-01', to: '2025-03-01' }, { from: '2025-03-02' }, {}];
      const { before, after, read } = await acrossUpgrade(
        file,
        BEFORE_025,
        24,
        (store) =>
          Promise.all(
            periods.map((period) =>
              store.claims({ entityId, ...period }, { first: 100, offset: 0 }),
            ),
          ),
        (upgraded) =>
          upgraded
            .prepare<[], { n: number }>(
              `SELECT count(*) AS n FROM claims c JOIN articles a ON a.id = c.article_id
               WHERE c.published_day IS NOT substr(a.published_at, 1, 10)`,
            )
            .get()!.n,
      );
      expect(after).toEqual(before);
      expect(before[0]!.totalCount).toBeGreaterThan(0);
      expect(before[0]!.totalCount).toBeLessThan(before[2]!.totalCount);
      expect(read).toBe(0);
    });
  });
});
