import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { ClaimFilter, ClaimRole, RelationFilter } from '../../src/store/graph-store';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { relationsAmong } from '../../src/store/sqlite/sqlite-relations-among';
import { FIRST, SECOND } from '../support/fixtures';
import { STATS_FILTERS } from './stats-filter-shapes';

/**
 * Issue 12: every claim and relation filter, and every page of an entity's
 * claims, reads the claims through an index. Each store call's statements
 * are traced, then explained (SQLite manual, "EXPLAIN QUERY PLAN"): a
 * `SCAN` of the claims (or relations) table is a full scan.
 */
const ENTITY = 'country:russie';

const CLAIM_FILTERS: readonly [string, ClaimFilter][] = [
  ['subject', { subjectId: ENTITY }],
  ['object', { objectId: ENTITY }],
  ['speaker', { attributedToId: ENTITY }],
  ['relay', { reportedById: ENTITY }],
  ['article', { articleId: 'article:x' }],
  ['item', { itemId: ENTITY }],
  ['location', { locationId: ENTITY }],
  ['any role', { entityId: ENTITY }],
  ['any role and predicate', { entityId: ENTITY, predicates: ['SUPPLIES'] }],
  ['any role and modality', { entityId: ENTITY, modalities: ['DENIED'] }],
  ['predicate', { predicates: ['SUPPLIES'] }],
  ['predicate and modality', { predicates: ['SUPPLIES'], modalities: ['DENIED'] }],
  ['modality', { modalities: ['DENIED'] }],
  ['sentence words', { text: 'missiles' }],
  ['any role in a period', { entityId: ENTITY, from: '2024-01-01', to: '2024-12-31' }],
  ['predicate of a publisher', { predicates: ['SUPPLIES'], publisher: 'Le Monde' }],
  ['contested relation', { contested: true }],
];

const RELATION_FILTERS: readonly [string, RelationFilter][] = [
  ['nothing (most claims first)', {}],
  ['subject', { subjectId: ENTITY }],
  ['object', { objectId: ENTITY }],
  ['either end', { entityId: ENTITY }],
  ['predicate', { predicates: ['SUPPLIES'] }],
  ['modality', { modalities: ['DENIED'] }],
  ['modality of a claim', { claimModalities: ['DENIED'] }],
  ['contested', { contested: true }],
];

describe('SQLite query plans (issue 12)', () => {
  let folder: string;
  let store: SqliteGraphStore;
  let explainer: Database.Database;
  let traced: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kg-plans-'));
    const file = join(folder, 'kg.sqlite');
    store = new SqliteGraphStore(file, { trace: (sql) => traced.push(sql) });
    await store.migrate();
    await store.upsertArticles([annotatedArticleToBatch(FIRST), annotatedArticleToBatch(SECOND)]);
    explainer = new Database(file, { readonly: true });
  });

  afterAll(async () => {
    explainer.close();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** The plan lines of every SELECT the call ran (or of those `only` picks). */
  async function plansOf(
    call: () => Promise<unknown>,
    only: (sql: string) => boolean = () => true,
  ): Promise<string[]> {
    traced = [];
    await call();
    const selects = traced.filter((sql) => /^\s*(WITH|SELECT)\b/i.test(sql) && only(sql));
    expect(selects.length).toBeGreaterThan(0);
    return selects.flatMap((sql) =>
      explainer
        .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => row.detail),
    );
  }

  const fullScan = (table: string, alias: string) =>
    new RegExp(`^SCAN (${table}|${alias})\\b(?! USING (COVERING )?INDEX)`);

  test.each(CLAIM_FILTERS)('claims filtered by %s read an index', async (_name, filter) => {
    const plans = await plansOf(() => store.claims(filter, { first: 20, offset: 0 }));
    expect(plans.filter((line) => fullScan('claims', 'c').test(line))).toEqual([]);
  });

  // A hub's claims in a quarter: each role's period index holds the claim's period after the
  // entity (migration 025) and answers the whole condition, so that the hub's claims outside the
  // period are never read. As an OR over the roles, each claim and its article were read.
  test("an entity's claims in a period are read from each role's index of the period alone", async () => {
    const plans = await plansOf(() =>
      store.claims(
        { entityId: ENTITY, from: '2024-01-01', to: '2024-12-31' },
        { first: 20, offset: 0 },
      ),
    );
    for (const index of [
      'claims_by_subject_period',
      'claims_by_object_period',
      'claims_by_location_period',
      'claims_by_item_period',
      'claims_by_speaker_period',
      'claims_by_reporter_period',
    ])
      expect(plans).toContainEqual(
        expect.stringMatching(new RegExp(`^SEARCH claims USING COVERING INDEX ${index} \\(`)),
      );
    expect(plans.filter((line) => /MULTI-INDEX OR/.test(line))).toEqual([]);
    // The entity alone keeps the narrower one-column indexes: counting a hub's claims on the
    // period ones took twice as long.
    const alone = await plansOf(() => store.claims({ entityId: ENTITY }, { first: 20, offset: 0 }));
    expect(alone.filter((line) => /_period\b/.test(line))).toEqual([]);
  });

  // "The SANCTIONS claims about Russia" at a million claims: the hub's 41,882 claims as subject, or
  // the predicate's 71,569, were read row by row for 574 matches. Each role's index of the
  // predicate holds the predicate, the modality and the day after the entity (migration 027).
  test.each([
    [
      'in one role',
      {
        objectId: 'country:sylvania',
        predicates: ['SUPPLIES', 'PART_OF', 'SANCTIONS'],
        modalities: ['ALLEGED', 'INTENDED'],
      },
      ['claims_by_object_predicate'],
    ],
    [
      'in any role',
      {
        entityId: 'country:freedonia',
        predicates: ['SUPPLIES', 'DEPLOYED_TO', 'PART_OF', 'SANCTIONS'],
      },
      ['subject', 'object', 'location', 'item', 'speaker', 'reporter'].map(
        (role) => `claims_by_${role}_predicate`,
      ),
    ],
  ] as const)(
    "an entity's claims of some predicates %s are read from the roles' indexes of the predicate alone, and paged as the whole list",
    async (_name, filter: ClaimFilter, indexes) => {
      const plans = await plansOf(() => store.claims(filter, { first: 1, offset: 0 }));
      for (const index of indexes)
        expect(plans).toContainEqual(
          expect.stringMatching(new RegExp(`^SEARCH claims USING COVERING INDEX ${index} \\(`)),
        );
      // Neither the entity's claims alone nor the predicate's are read, nor an OR over the roles.
      const wider =
        /INDEX claims_by_(subject|object|location|item|speaker|reporter|predicate) |MULTI-INDEX OR/;
      expect(plans.filter((line) => wider.test(line))).toEqual([]);
      for (const order of ['PUBLISHED_ASC', 'PUBLISHED_DESC', 'INGESTED_ASC'] as const) {
        const whole = await store.claims(filter, { first: 100, offset: 0 }, order);
        expect(whole.items.length).toBe(whole.totalCount);
        expect(whole.totalCount).toBeGreaterThan(1);
        const paged = [];
        for (let offset = 0; offset < whole.items.length; offset += 1)
          paged.push(...(await store.claims(filter, { first: 1, offset }, order)).items);
        expect(paged).toEqual(whole.items);
      }
    },
  );

  test('an entity alone keeps the narrower one-column indexes', async () => {
    for (const filter of [
      { entityId: ENTITY },
      { subjectId: ENTITY },
      { attributedToId: ENTITY },
    ]) {
      const plans = await plansOf(() => store.claims(filter, { first: 20, offset: 0 }));
      expect(plans.filter((line) => /_(period|predicate)\b/.test(line))).toEqual([]);
    }
  });

  // A predicate and a modality at a million claims: 5,722 matches, each read with its article and
  // sorted for a page of 20. Migration 026 keeps each claim's day in the predicate's index.
  test("a page of some predicates' claims is sorted from the matches of its first days, read with their days from the predicate's index alone", async () => {
    const filter: ClaimFilter = {
      predicates: ['DEPLOYED_TO', 'PART_OF'],
      modalities: ['CONFIRMED', 'ASSERTED'],
    };
    const plans = await plansOf(
      () => store.claims(filter, { first: 1, offset: 0 }),
      (sql) => /\bpublished_day\b/.test(sql),
    );
    expect(plans).toContainEqual(
      expect.stringMatching(
        /^SEARCH claims USING COVERING INDEX claims_by_predicate \(predicate=\? AND modality=\?\)/,
      ),
    );
    expect(plans).toContain('SEARCH c USING INTEGER PRIMARY KEY (rowid=?)');
    // Page by page, in either order, as the whole list gives them.
    for (const order of ['PUBLISHED_ASC', 'PUBLISHED_DESC'] as const) {
      const whole = (await store.claims(filter, { first: 100, offset: 0 }, order)).items;
      expect(new Set(whole.map((claim) => claim.articleId)).size).toBe(2);
      const paged = [];
      for (let offset = 0; offset < whole.length; offset += 1)
        paged.push(...(await store.claims(filter, { first: 1, offset }, order)).items);
      expect(paged).toEqual(whole);
    }
  });

  test.each(RELATION_FILTERS)('relations filtered by %s read an index', async (_name, filter) => {
    const plans = await plansOf(() => store.relations(filter, { first: 20, offset: 0 }));
    expect(plans.filter((line) => fullScan('relations', 'r').test(line))).toEqual([]);
  });

  test('the timeline of every claim groups the counts kept per day, not the claims', async () => {
    const plans = await plansOf(() =>
      store.timeline({}, { bucket: 'DAY', by: 'MODALITY', time: 'EVENT', first: 100 }),
    );
    expect(plans.some((line) => /\bclaim_day_counts\b/.test(line))).toBe(true);
    expect(plans.filter((line) => /^(SCAN|SEARCH) (claims|c)\b/.test(line))).toEqual([]);
  });

  test("a timeline of one predicate seeks that predicate's counts per day, not the claims", async () => {
    const plans = await plansOf(() =>
      store.timeline(
        { predicates: ['DEPLOYED_TO'] },
        { bucket: 'MONTH', by: 'NONE', time: 'PUBLISHED', first: 100 },
      ),
    );
    expect(plans.some((line) => /\bclaim_day_counts_by_predicate\b/.test(line))).toBe(true);
    expect(plans.filter((line) => /^(SCAN|SEARCH) (claims|c)\b/.test(line))).toEqual([]);
  });

  test.each(['SUBJECT', 'OBJECT', 'SPEAKER', 'REPORTER'] as ClaimRole[])(
    "a page of an entity's claims as %s reads an index",
    async (role) => {
      const plans = await plansOf(() =>
        store.claimsOfEntities(
          [
            { entityId: ENTITY, role },
            { entityId: 'country:ukraine', role },
          ],
          { first: 20, offset: 0 },
        ),
      );
      expect(plans.filter((line) => fullScan('claims', 'c').test(line))).toEqual([]);
    },
  );

  test('stats of the whole graph read the counts kept, not the claims or relations', async () => {
    const plans = await plansOf(() => store.stats(10));
    expect(plans.some((line) => /\bclaim_counts\b/.test(line))).toBe(true);
    expect(plans.some((line) => /\bentity_degrees_ranked\b/.test(line))).toBe(true);
    expect(plans.filter((line) => /^(SCAN|SEARCH) (claims|relations)\b/.test(line))).toEqual([]);
  });

  test.each(STATS_FILTERS)(
    'stats filtered by %s read the claims and their entities through indexes',
    async (_name, filter) => {
      const plans = await plansOf(() => store.stats(10, filter));
      // Whatever their alias in the statement: `SCAN <alias>` of a table is a full scan.
      const scanned = plans.flatMap((line) => /^SCAN (\w+)(?! USING)/.exec(line)?.[1] ?? []);
      expect(scanned.filter((alias) => /^(claims|c|o|t|entities|e|k)$/.test(alias))).toEqual([]);
    },
  );

  test('stats filtered by kinds alone read the counts kept per kind, not the claims or relations', async () => {
    const plans = await plansOf(() => store.stats(10, { kinds: ['PERSON', 'ARMED_FORCE'] }));
    for (const kept of ['claim_kind_counts', 'relation_kind_counts', 'article_kinds'])
      expect(plans.some((line) => new RegExp(`\\b${kept}\\b`).test(line))).toBe(true);
    expect(plans.filter((line) => /^(SCAN|SEARCH) (claims|relations|c|r)\b/.test(line))).toEqual(
      [],
    );
  });

  test("stats filtered by kinds in a period read each claim once, from the kinds' entities", async () => {
    const plans = await plansOf(() =>
      store.stats(10, { kinds: ['PERSON', 'ARMED_FORCE'], from: '2024-01-01' }),
    );
    // An OR of the two ends reads both indexes, then tests both lists again on every claim.
    expect(plans.filter((line) => /MULTI-INDEX OR/.test(line))).toEqual([]);
    expect(plans.some((line) => /^SEARCH c USING INTEGER PRIMARY KEY/.test(line))).toBe(true);
  });

  const isCount = (sql: string) =>
    /^\s*(WITH\b[\s\S]*)?SELECT\s+(g\.idx AS idx, (\(SELECT )?)?count\(\*\)/i.test(sql);

  /**
   * Filters of predicates and modalities alone, and of an entity in any role
   * with or without them: their total is kept (the test below).
   */
  const KEPT_TOTALS =
    /^(predicate|modality|predicate and modality|any role|any role and (predicate|modality))$/;

  // A publisher reads the article of each match.
  test.each(CLAIM_FILTERS.filter(([name]) => !/publisher/.test(name) && !KEPT_TOTALS.test(name)))(
    'the total of claims filtered by %s counts index entries, not claim rows',
    async (_name, filter) => {
      const plans = await plansOf(() => store.claims(filter, { first: 20, offset: 0 }), isCount);
      expect(
        plans.filter((line) =>
          /^(SCAN|SEARCH) c\b(?!.*COVERING|.*claims_judged_wrong| USING INTEGER PRIMARY KEY)/.test(
            line,
          ),
        ),
      ).toEqual([]);
    },
  );

  // A common predicate's total counted on its index read every entry: 71,569 for SANCTIONS at a
  // million claims, 2 to 5 ms of its page's 3 to 4. A hub's in any role, counted on the six role
  // indexes, read every entry of each: 117,356 claims, about 20 ms (migration 028).
  test.each(CLAIM_FILTERS.filter(([name]) => KEPT_TOTALS.test(name)))(
    'the total of claims filtered by %s alone is read from the counts kept per entity, predicate and modality',
    async (_name, filter) => {
      const kept = filter.entityId === undefined ? 'claim_counts' : 'entity_claim_counts';
      const plans = await plansOf(
        () => store.claims(filter, { first: 20, offset: 0 }),
        (sql) =>
          new RegExp(`^\\s*SELECT coalesce\\(sum\\(n\\), 0\\) AS n FROM ${kept}\\b`, 'i').test(sql),
      );
      expect(plans.some((line) => new RegExp(`\\b${kept}\\b`).test(line))).toBe(true);
      traced = [];
      await store.claims(filter, { first: 20, offset: 0 });
      expect(traced.filter(isCount)).toEqual([]);
    },
  );

  test("the total of an entity's claims counts index entries, not claim rows", async () => {
    const plans = await plansOf(
      () =>
        store.claimsOfEntities([{ entityId: ENTITY, role: 'SUBJECT' }], { first: 20, offset: 0 }),
      isCount,
    );
    expect(
      plans.filter((line) =>
        /^(SCAN|SEARCH) c\b(?!.*COVERING| USING INTEGER PRIMARY KEY)/.test(line),
      ),
    ).toEqual([]);
    // Each entity counted on its own: one count grouped over all of them sorts a hub's entries.
    expect(plans).not.toContain('USE TEMP B-TREE FOR GROUP BY');
  });

  // A hub has tens of thousands of relations at a million claims: its page of
  // twenty is read in order from each end's index (migration 021), its total
  // is the degree the store keeps.
  test("an entity's relations are read in order from each end, never sorted whole", async () => {
    const plans = await plansOf(() =>
      store.relationsOfEntities([ENTITY], { direction: 'BOTH' }, { first: 20, offset: 0 }),
    );
    expect(plans).toContain('SEARCH r USING INDEX relations_out_by_claims (subject_id=?)');
    expect(plans).toContain('SEARCH r USING INDEX relations_in_by_claims (object_id=?)');
    expect(plans.filter((line) => /TEMP B-TREE|MULTI-INDEX OR/.test(line))).toEqual([]);
    expect(plans.some((line) => /\bentity_degrees\b/.test(line))).toBe(true);
    expect(plans.filter((line) => fullScan('relations', 'r').test(line))).toEqual([]);
  });

  test('relations holding claims of some modalities read their ids from an index alone', async () => {
    const plans = await plansOf(() =>
      store.relations({ claimModalities: ['DENIED'] }, { first: 20, offset: 0 }),
    );
    expect(plans.some((line) => /COVERING INDEX claims_by_modality_relation\b/.test(line))).toBe(
      true,
    );
  });

  // Two hubs joined directly: their paths of one hop come from one seek per
  // direction, and neither hub's whole range of relations is read.
  test('paths between two entities joined directly seek the pair, reading neither range', async () => {
    const { items } = await store.relations({}, { first: 1, offset: 0 });
    const joined = items[0]!;
    const plans = await plansOf(() =>
      store.paths(joined.subjectId, joined.objectId!, { maxHops: 3, first: 1 }),
    );
    expect(
      plans.some((line) => /INDEX relations_between \(subject_id=\? AND object_id=\?/.test(line)),
    ).toBe(true);
    expect(plans.filter((line) => /relations_(out|in)_by_strength/.test(line))).toEqual([]);
  });

  // The fixture is small: a page of one claim of all nine is a long list
  // (sqlite-claim-pages.ts walkWindow); the same statement walks any filter.
  test('a short page of a long claim list walks the articles in order, sorting no more than within one', async () => {
    const plans = await plansOf(
      () => store.claims({}, { first: 1, offset: 0 }),
      (sql) => !isCount(sql),
    );
    expect(plans).toContain('SCAN articles USING COVERING INDEX articles_by_date_ascending');
    expect(plans).toContain('SEARCH c USING INDEX claims_by_article (article_id=?)');
    expect(plans).not.toContain('USE TEMP B-TREE FOR ORDER BY');
  });

  // A hub's strongest neighbours are hubs: the relations among a neighbourhood's entities are
  // read from each one's range down to a bound in sources (migration 009) when that finds enough
  // of them, else sought pair by pair (migration 017); never by reading each entity's whole range.
  test("a neighbourhood's relations are sought by pair of its entities, or read from their ranges down to a bound", async () => {
    const wholeRanges = (line: string) =>
      fullScan('relations', 'r').test(line) || /INDEX relations_by_(subject|object)\b/.test(line);
    const around = await store.neighborhood('country:sylvania', { depth: 2, limit: 50 });
    const ids = around!.entities.map((entity) => entity.id);
    const db = (store as unknown as { db: Database.Database }).db;

    const paired = await plansOf(() => Promise.resolve(relationsAmong(db, ids, undefined, 200)));
    expect(
      paired.some((line) => /INDEX relations_between \(subject_id=\? AND object_id=\?/.test(line)),
    ).toBe(true);
    expect(paired.filter(wholeRanges)).toEqual([]);

    const bounded = await plansOf(() => Promise.resolve(relationsAmong(db, ids, undefined, 1)));
    expect(bounded).toContain(
      'SEARCH r USING COVERING INDEX relations_out_by_strength (subject_id=? AND independent_sources>?)',
    );
    expect(bounded).toContain('SEARCH relations USING INTEGER PRIMARY KEY (rowid=?)');
    expect(bounded.filter(wholeRanges)).toEqual([]);
  });

  test('a statement is prepared once, whatever the values', async () => {
    const prepared = new Set<unknown>();
    const db = (store as unknown as { db: Database.Database }).db;
    const original = db.prepare.bind(db);
    const spy = jest.spyOn(db, 'prepare').mockImplementation((sql: string) => {
      prepared.add(sql);
      return original(sql);
    });
    try {
      await store.claims({ subjectId: ENTITY }, { first: 20, offset: 0 });
      await store.claims({ subjectId: 'country:ukraine' }, { first: 5, offset: 5 });
      expect(prepared.size).toBe(0);
    } finally {
      spy.mockRestore();
    }
  });
  // Last: it adds articles. Thirty more articles name the same entities: a short page of the
  // most named one is a long list (sqlite-claim-pages.ts walkWindow).
  test("a short page of a hub's mentions walks the articles in order, giving the sorted page", async () => {
    await store.upsertArticles(
      Array.from({ length: 30 }, (_, i) =>
        annotatedArticleToBatch({
          ...FIRST,
          article: {
            ...FIRST.article,
            url: `https://example.org/copy-${i}`,
            // An article's id is its text's.
            text: `${FIRST.article.text}\nCopy ${i}.`,
            publishedAt: `2025-04-${String(30 - i).padStart(2, '0')}`,
          },
        }),
      ),
    );
    const { entity_id: hub } = explainer
      .prepare<[], { entity_id: string }>(
        'SELECT entity_id FROM mentions GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT 1',
      )
      .get()!;
    const plans = await plansOf(
      () => store.mentionsOfEntities([hub], { first: 2, offset: 3 }),
      (sql) => !isCount(sql),
    );
    expect(plans).toContain('SCAN articles USING COVERING INDEX articles_by_date_ascending');
    expect(plans).toContain('SEARCH m USING INDEX mentions_by_article (article_id=?)');
    const sorted = explainer
      .prepare<[string], { id: string }>(
        `SELECT m.id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?
         ORDER BY a.published_at, a.id, m.span_start, m.id`,
      )
      .all(hub)
      .map((row) => row.id);
    const [walked] = await store.mentionsOfEntities([hub], { first: 2, offset: 3 });
    expect(walked!.items.map((m) => m.id)).toEqual(sorted.slice(3, 5));
    expect(walked!.totalCount).toBe(sorted.length);
  });

  // After the thirty articles above, an entity's claims of some predicates are a long list. Ordered
  // by ingestion, it is walked: the entity's claims, named by rowid, are tested on each article's
  // claims, not sought among them one rowid at a time (at a million claims, 12,210 rowids sought
  // for each of 1,311 articles took 1.3 s).
  test("a short page of an entity's claims of some predicates by ingestion walks the articles, testing each claim", async () => {
    const filter: ClaimFilter = {
      entityId: 'armed_force:sylvanian-army',
      predicates: ['DEPLOYED_TO', 'PART_OF'],
    };
    const page = () => store.claims(filter, { first: 1, offset: 2 }, 'INGESTED_DESC');
    const plans = await plansOf(page, (sql) => !isCount(sql));
    expect(plans).toContain('SEARCH c USING INDEX claims_by_article (article_id=?)');
    expect(plans.filter((line) => /\(article_id=\? AND rowid=\?\)/.test(line))).toEqual([]);
    const whole = await store.claims(filter, { first: 100, offset: 0 }, 'INGESTED_DESC');
    expect(whole.totalCount).toBeGreaterThan(30);
    expect((await page()).items).toEqual(whole.items.slice(2, 3));
  });

  // By publication, the page is bounded by the days of the first entries of each range of each
  // role's index of the predicate (migration 027), one range per role, predicate and modality, and
  // sorted from the claims up to that day: reading the rowids of every match to walk the articles
  // took 6-15 ms for the hub's 12,210 SANCTIONS claims in any role at a million claims.
  test.each([
    ['some predicates', { predicates: ['DEPLOYED_TO', 'PART_OF'] }],
    ['some modalities', { modalities: ['ASSERTED', 'CONFIRMED', 'REPORTED', 'ALLEGED'] }],
  ] as const)(
    "a short page of an entity's claims of %s by publication reads the first days of each role's ranges, not every match",
    async (_name, narrowing) => {
      const filter: ClaimFilter = { entityId: 'armed_force:sylvanian-army', ...narrowing };
      for (const order of ['PUBLISHED_ASC', 'PUBLISHED_DESC'] as const) {
        const page = () => store.claims(filter, { first: 1, offset: 2 }, order);
        const plans = await plansOf(page, (sql) => !isCount(sql));
        // Oldest first, the page's claims are those up to a day (newest first, from a day, which
        // the plan shows as it shows the partial index's own condition, published_day IS NOT NULL).
        if (order === 'PUBLISHED_ASC')
          expect(plans).toContain(
            'SEARCH claims USING COVERING INDEX claims_by_subject_predicate (subject_id=? AND predicate=? AND modality=? AND published_day>? AND published_day<?)',
          );
        // No range read whole: every seek of a role's index names the predicate, the modality and
        // a bound on the day.
        const seeks = plans.filter((line) => /INDEX claims_by_\w+_predicate\b/.test(line));
        expect(seeks.length).toBeGreaterThanOrEqual(12);
        expect(seeks.filter((line) => !/modality=\? AND published_day[<>]/.test(line))).toEqual([]);
        expect(plans.filter((line) => /claims_by_article|MULTI-INDEX OR/.test(line))).toEqual([]);
        const whole = await store.claims(filter, { first: 100, offset: 0 }, order);
        expect(whole.totalCount).toBeGreaterThan(30);
        expect((await page()).items).toEqual(whole.items.slice(2, 3));
      }
    },
  );
});
