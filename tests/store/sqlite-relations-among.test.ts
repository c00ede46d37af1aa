import type Database from 'better-sqlite3';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { relationsAmong } from '../../src/store/sqlite/sqlite-relations-among';
import type { RelationRow } from '../../src/store/sqlite/sqlite-rows';
import { place, walkArticle } from '../support/walk-graph';
import type { WalkEdge } from '../support/walk-graph';

/**
 * The relations among a neighbourhood's entities are read from each
 * entity's range down to a bound in sources when that finds enough of them,
 * and sought pair by pair otherwise (sqlite-relations-among.ts). Whichever
 * way, the answer is the strongest of all the relations among them, in
 * order, and `cut` says whether more were left.
 */
const PLACES = ['Ringland', 'Northland', 'Southland', 'Eastland', 'Westland', 'Farland'];
const PREDICATES = ['SUPPLIES', 'SANCTIONS', 'AT_WAR_WITH'] as const;

/** Each place related to the next ones in turn, by a predicate and a number of claims of its own. */
const EDGES: WalkEdge[] = PLACES.flatMap((from, i) =>
  PLACES.slice(i + 1).map((to, j) => ({
    from,
    predicate: PREDICATES[(i + j) % PREDICATES.length]!,
    to,
    claims: 1 + ((i * 7 + j * 3) % 4),
  })),
);

describe('SQLite relations among a neighbourhood', () => {
  let store: SqliteGraphStore;
  let db: Database.Database;
  const traced: string[] = [];

  beforeAll(async () => {
    store = new SqliteGraphStore(':memory:', { trace: (sql) => traced.push(sql) });
    await store.migrate();
    // A second and a third publisher give some relations two and three independent sources.
    for (const [publisher, edges] of [
      ['Morning Herald', EDGES],
      ['Evening Star', EDGES.filter((_, i) => i % 2 === 0)],
      ['Noon Courier', EDGES.filter((_, i) => i % 3 === 0)],
    ] as const) {
      await store.upsertArticle(annotatedArticleToBatch(walkArticle(publisher, edges)));
    }
    db = (store as unknown as { db: Database.Database }).db;
  });

  afterAll(() => store.close());

  /** Every relation with both ends among `ids`, strongest first, read without any index. */
  function everyRelationAmong(ids: readonly string[]): RelationRow[] {
    const list = JSON.stringify(ids);
    return db
      .prepare<[string, string], RelationRow>(
        `SELECT * FROM relations NOT INDEXED
         WHERE subject_id IN (SELECT value FROM json_each(?))
           AND object_id IN (SELECT value FROM json_each(?))
         ORDER BY independent_sources DESC, claim_count DESC, id`,
      )
      .all(list, list);
  }

  const readRanges = () => traced.some((sql) => sql.includes('relations_out_by_strength'));
  const soughtPairs = () => traced.some((sql) => sql.includes('relations_between'));

  test.each([
    ['every place', PLACES],
    ['four places', PLACES.slice(1, 5)],
    ['two places', [PLACES[0]!, PLACES[5]!]],
  ])(
    'among %s, the strongest in order whatever the bound, and cut when more were left',
    (_n, names) => {
      const ids = names.map(place);
      const every = everyRelationAmong(ids);
      expect(every.length).toBeGreaterThan(0);
      for (let most = 0; most <= every.length + 1; most += 1) {
        const { rows, cut } = relationsAmong(db, ids, undefined, most);
        expect(rows).toEqual(every.slice(0, most));
        expect(cut).toBe(every.length > most);
      }
    },
  );

  test('a few of the strongest are read from the ranges, all of them from the pairs', () => {
    const ids = PLACES.map(place);
    const every = everyRelationAmong(ids);
    traced.length = 0;
    expect(relationsAmong(db, ids, undefined, 2).rows).toEqual(every.slice(0, 2));
    expect(readRanges()).toBe(true);
    expect(soughtPairs()).toBe(false);

    traced.length = 0;
    expect(relationsAmong(db, ids, undefined, every.length).rows).toEqual(every);
    expect(soughtPairs()).toBe(true);
  });

  test("the walk's predicates alone", () => {
    const ids = PLACES.map(place);
    const supplies = everyRelationAmong(ids).filter((row) => row.predicate === 'SUPPLIES');
    for (const most of [1, 2, supplies.length]) {
      expect(relationsAmong(db, ids, ['SUPPLIES'], most).rows).toEqual(supplies.slice(0, most));
    }
  });
});
