import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type {
  ClaimFilter,
  ClaimRole,
  RelationFilter,
  TimeOrder,
} from '../../src/store/graph-store';
import { claims, claimsOfEntities, claimsOfRelations } from '../../src/store/neo4j/neo4j-claims';
import type { Runner } from '../../src/store/neo4j/neo4j-cypher';
import { relations } from '../../src/store/neo4j/neo4j-relations';
import { sourcesOfRelations } from '../../src/store/neo4j/neo4j-sources';
import { filteredStats } from '../../src/store/neo4j/neo4j-filtered-stats';
import { kindStats } from '../../src/store/neo4j/neo4j-kind-stats';
import { stats } from '../../src/store/neo4j/neo4j-stats';
import { timeline } from '../../src/store/neo4j/neo4j-timeline';
import { neighborhood, paths } from '../../src/store/neo4j/neo4j-traversal';
import { ALL_RELATIONS } from '../../src/store/neo4j/neo4j-vocabulary';
import { FIRST, SECOND } from '../support/fixtures';
import { STATS_FILTERS } from './stats-filter-shapes';
import { kindsAlone } from '../../src/store/stats-filter';
import { describeWithNeo4j } from '../support/neo4j';
import { TIMELINE_AXES } from './timeline-oracle';

/**
 * Issue 12: every claim filter and every page of an entity's claims starts
 * from an index, never from every claim. The store's own statements are
 * explained (Cypher Manual, "Execution plans"): a plan holding AllNodesScan,
 * or NodeByLabelScan of :Claim, reads every claim.
 */
const ENTITY = 'country:russie';
const PAGE = { first: 20, offset: 0 };

const CLAIM_FILTERS: readonly [string, ClaimFilter][] = [
  ['subject', { subjectId: ENTITY }],
  ['object', { objectId: ENTITY }],
  ['speaker', { attributedToId: ENTITY }],
  ['relay', { reportedById: ENTITY }],
  ['article', { articleId: 'article:x' }],
  ['item', { itemId: ENTITY }],
  ['location', { locationId: ENTITY }],
  ['any role', { entityId: ENTITY }],
  ['predicate', { predicates: ['SUPPLIES'] }],
  ['predicate and modality', { predicates: ['SUPPLIES'], modalities: ['DENIED'] }],
  ['modality', { modalities: ['DENIED'] }],
  ['sentence words', { text: 'missiles' }],
  ['any role in a period', { entityId: ENTITY, from: '2024-01-01', to: '2024-12-31' }],
  ['predicate of a publisher', { predicates: ['SUPPLIES'], publisher: 'Le Monde' }],
];

const RELATION_FILTERS: readonly [string, RelationFilter][] = [
  ['subject', { subjectId: ENTITY }],
  ['object', { objectId: ENTITY }],
  ['either end', { entityId: ENTITY }],
  ['predicate', { predicates: ['SUPPLIES'] }],
  ['modality of a claim', { claimModalities: ['DENIED'] }],
];

interface PlanNode {
  readonly operatorType: string;
  readonly arguments: Record<string, unknown>;
  readonly children: readonly PlanNode[];
}

/** Every operator of a plan, with its details (the pattern it reads). */
function operators(plan: PlanNode): string[] {
  const details = typeof plan.arguments['Details'] === 'string' ? plan.arguments['Details'] : '';
  return [`${plan.operatorType.split('@')[0]} ${details}`, ...plan.children.flatMap(operators)];
}

/** As `operators`, each followed by the order its rows come in, as the planner knows it. */
function operatorsInOrder(plan: PlanNode): string[] {
  const order = typeof plan.arguments['Order'] === 'string' ? plan.arguments['Order'] : 'none';
  const [self] = operators({ ...plan, children: [] });
  return [`${self!} | order ${order}`, ...plan.children.flatMap(operatorsInOrder)];
}

/** The operators of every statement the read runs, explained rather than run. */
async function explained(
  driver: Driver,
  read: (runner: Runner) => Promise<unknown>,
  describePlan: (plan: PlanNode) => string[] = operators,
): Promise<string[]> {
  const found: string[] = [];
  const session = driver.session();
  try {
    const runner = {
      run: async (text: string, params: Record<string, unknown>) => {
        const result = await session.run(`EXPLAIN ${text}`, params);
        found.push(...describePlan(result.summary.plan as unknown as PlanNode));
        return result;
      },
    } as unknown as Pick<ManagedTransaction, 'run'>;
    await read(runner);
  } finally {
    await session.close();
  }
  expect(found.length).toBeGreaterThan(0);
  return found;
}

const readsEveryClaim = (operator: string) =>
  operator.startsWith('AllNodesScan') || /^NodeByLabelScan .*:Claim\b/.test(operator);

/** Scans of relationships, or an expansion of every entity's relations. */
const readsEveryRelation = (operator: string) =>
  /^(\w*RelationshipTypeScan|\w*AllRelationshipsScan|Expand\(All\))/.test(operator);

describeWithNeo4j('Neo4j query plans (issue 12)', (neo4jForTests) => {
  let driver: Driver;

  // An emptied graph runs every migration again first: on the shared cores, while Neo4j was still
  // warming up, that alone took over the default 30 s once.
  beforeAll(async () => {
    const store = await neo4jForTests.openEmptyStore();
    await store.upsertArticles([annotatedArticleToBatch(FIRST), annotatedArticleToBatch(SECOND)]);
    await store.close();
    const { uri, user, password } = neo4jForTests.target;
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  }, 120_000);

  afterAll(() => driver.close());

  const plansOf = (read: (runner: Runner) => Promise<unknown>) => explained(driver, read);

  test.each(CLAIM_FILTERS)('claims filtered by %s start from an index', async (_name, filter) => {
    const plan = await plansOf((runner) => claims(runner, filter, PAGE));
    expect(plan.filter(readsEveryClaim)).toEqual([]);
  });

  test('the sources of many relations and their first claims are read in one statement, each by its index', async () => {
    const plan = await plansOf((runner) =>
      sourcesOfRelations(runner, ['relation:a', 'relation:b'], { first: 10, claimsEach: 3 }),
    );
    expect(plan.some((op) => /^NodeIndexSeek .*:SourceSummary\(relationId\)/.test(op))).toBe(true);
    // Explained, the statement answers no row: the claims are sought in it or not at all.
    expect(plan.some((op) => /^NodeUniqueIndexSeek .*:Claim\(id\)/.test(op))).toBe(true);
    expect(plan.filter(readsEveryClaim)).toEqual([]);
  });

  test('stats filtered by kinds alone sum the counts kept per kind and seek the connected entities of each kind, reading no claim, article or relation', async () => {
    const plan = await plansOf((runner) =>
      kindStats(runner, ['PERSON', 'ARMED_FORCE'], 10).catch(() => null),
    );
    expect(plan.filter((op) => /:(Claim|Article)\b/.test(op))).toEqual([]);
    expect(plan.filter(readsEveryRelation)).toEqual([]);
    expect(plan.filter((op) => /^NodeByLabelScan .*:Entity\b/.test(op))).toEqual([]);
    for (const label of ['ClaimKindCount', 'RelationKindCount', 'ArticleKindCount'])
      expect(plan.some((op) => new RegExp(`^NodeByLabelScan .*:${label}\\b`).test(op))).toBe(true);
    // The planner may seek the kind through entity_kind or entity_kind_degree_rank, as its statistics
    // of the graph at hand favour: either reads only the kind's entities.
    expect(plan.some((op) => /^NodeIndexSeek .*:Entity\(kind[,)]/.test(op))).toBe(true);
  });

  // Kinds alone are read from the counts kept per kind (the test above), never from the claims.
  test.each(STATS_FILTERS.filter(([, filter]) => kindsAlone(filter) === null))(
    'stats filtered by %s start from an index, scanning no claim, entity or article',
    async (_name, filter) => {
      // Explained, not run: the statement answers no row for stats to read.
      const plan = await plansOf((runner) => filteredStats(runner, filter, 10).catch(() => null));
      expect(
        plan.filter(
          (op) => readsEveryClaim(op) || /^NodeByLabelScan .*:(Entity|Article)\b/.test(op),
        ),
      ).toEqual([]);
    },
  );

  test.each(RELATION_FILTERS)(
    'relations filtered by %s read no claim and no node scan',
    async (_name, filter) => {
      // Explained, not run: a statement answers no row for the page to read.
      const plan = await plansOf((runner) => relations(runner, filter, PAGE).catch(() => null));
      expect(plan.filter(readsEveryClaim)).toEqual([]);
    },
  );

  test('relations holding claims of some modalities start from those claims, seeking each relation by its id', async () => {
    const plan = await plansOf((runner) =>
      relations(runner, { claimModalities: ['DENIED'] }, PAGE).catch(() => null),
    );
    expect(plan.some((op) => /^NodeIndexSeek .*:Claim\(modality\)/.test(op))).toBe(true);
    expect(plan.some((op) => /^DirectedRelationshipUniqueIndexSeek/.test(op))).toBe(true);
    expect(
      plan.filter((op) => /^(\w*RelationshipTypeScan|\w*AllRelationshipsScan)/.test(op)),
    ).toEqual([]);
  });

  test('contested relations start from the denying index of every relation type, not from every relation', async () => {
    const plan = await plansOf((runner) => relations(runner, { contested: true }, PAGE));
    const seeks = plan.filter((op) => op.startsWith('DirectedRelationshipIndexSeekByRange'));
    // One seek per relation type (migration 015): a type without its index would be scanned.
    expect(seeks.length).toBe(ALL_RELATIONS.split('|').length);
    expect(
      plan.filter(
        (op) =>
          readsEveryClaim(op) ||
          /^(NodeByLabelScan|\w*RelationshipTypeScan|\w*AllRelationshipsScan)/.test(op),
      ),
    ).toEqual([]);
  });

  test.each([
    ['alone', { contested: true }],
    ['and a predicate', { contested: false, predicates: ['SUPPLIES'] }],
  ] as [string, ClaimFilter][])(
    'claims contested or not, %s, test the flag each claim keeps, reading no relation',
    async (_name, filter) => {
      const plan = await plansOf((runner) => claims(runner, filter, PAGE));
      expect(plan.filter((op) => /Relationship\w*(Scan|Seek)/.test(op))).toEqual([]);
      expect(plan.some((op) => /contested = \$contested/.test(op))).toBe(true);
      expect(plan.filter(readsEveryClaim)).toEqual([]);
    },
  );

  test('relations filtered by modality alone seek the modality index of every relation type, not every relation', async () => {
    // Explained, not run: the statement answers no row for the page to read.
    const plan = await plansOf((runner) =>
      relations(runner, { modalities: ['DENIED', 'ALLEGED'] }, PAGE).catch(() => null),
    );
    const seeks = plan.filter((op) => /^DirectedRelationshipIndexSeek.*\(modality\)/.test(op));
    // One seek per relation type (migration 017): a type without its index would be scanned.
    expect(seeks.length).toBe(ALL_RELATIONS.split('|').length);
    expect(plan.filter(readsEveryRelation)).toEqual([]);
  });

  test.each([
    ['of every type', {}],
    ['of two predicates', { predicates: ['SUPPLIES', 'AT_WAR_WITH'] }],
  ] as [string, RelationFilter][])(
    'the relations with the most claims %s come from the claim rank index of each relation type, sorting no relation',
    async (_name, filter) => {
      // Explained, not run: the statement answers no row for the page to read.
      const plan = await plansOf((runner) => relations(runner, filter, PAGE).catch(() => null));
      const types = filter.predicates?.length ?? ALL_RELATIONS.split('|').length;
      // Operators come parent first: what stands right above each index scan.
      const aboveScans = plan.flatMap((op, i) =>
        /^DirectedRelationshipIndexScan .*\[r:\w+\(claimRank\)\]/.test(op) ? [plan[i - 1]] : [],
      );
      // Each type is read in index order and cut at the page's end, none sorted whole.
      expect(aboveScans).toEqual(Array(types).fill(expect.stringMatching(/^Limit /)));
      expect(plan.filter(readsEveryRelation)).toEqual([]);
      expect(plan.some((op) => op.startsWith('RelationshipCountFromCountStore'))).toBe(true);
    },
  );

  test.each(TIMELINE_AXES)(
    'the timeline of every claim on the %s axis sums the counts kept per day, reading no claim or article',
    async (time) => {
      const plan = await plansOf((runner) =>
        timeline(runner, {}, { bucket: 'WEEK', by: 'SPEAKER', time, first: 100 }),
      );
      expect(plan.filter((op) => /:(Claim|Article)\b/.test(op))).toEqual([]);
      expect(plan.some((op) => /^NodeByLabelScan .*:ClaimDayCount\b/.test(op))).toBe(true);
    },
  );

  test("a timeline of one predicate seeks that predicate's counts per day, reading no claim or article", async () => {
    const plan = await plansOf((runner) =>
      timeline(
        runner,
        { predicates: ['DEPLOYED_TO'] },
        { bucket: 'MONTH', by: 'NONE', time: 'PUBLISHED', first: 100 },
      ),
    );
    expect(plan.filter((op) => /:(Claim|Article)\b/.test(op))).toEqual([]);
    expect(plan.some((op) => /^NodeIndexSeek .*:ClaimDayCount\(predicate\)/.test(op))).toBe(true);
  });

  test('stats of the whole graph count claims and articles from the counts Neo4j keeps and the counts per kind, reading no claim or article, nor their indexes', async () => {
    // Explained, not run: the statement answers no row for stats to read.
    const plan = await plansOf((runner) => stats(runner, 10).catch(() => null));
    const readsClaimsOrArticles = plan.filter((op) => /:(Claim|Article)\b/.test(op));
    expect(readsClaimsOrArticles.filter((op) => !op.startsWith('NodeCountFromCountStore'))).toEqual(
      [],
    );
    expect(plan.some((op) => /^NodeCountFromCountStore .*:Claim\b/.test(op))).toBe(true);
    for (const label of ['ClaimKindCount', 'ArticleKindCount'])
      expect(plan.some((op) => new RegExp(`^NodeByLabelScan .*:${label}\\b`).test(op))).toBe(true);
  });

  test('stats of the whole graph rank the most connected entities by their kept degree, reading no relation', async () => {
    const plan = await plansOf((runner) => stats(runner, 10).catch(() => null));
    expect(plan.filter(readsEveryRelation)).toEqual([]);
    // Operators come parent first: the index is read in order and cut, not sorted.
    const aboveScan = plan.findIndex((op) => /^NodeIndexScan .*e:Entity\(degreeRank\)/.test(op));
    expect(plan[aboveScan - 1]).toMatch(/^Limit /);
  });

  test('stats of the whole graph count entities per kind from an index, reading no entity node', async () => {
    const plan = await plansOf((runner) => stats(runner, 10).catch(() => null));
    expect(plan.filter((op) => /^NodeByLabelScan .*:Entity\b/.test(op))).toEqual([]);
    expect(plan.some((op) => /^NodeIndexSeek .*:Entity\(kind\)/.test(op))).toBe(true);
  });

  test.each([1, 2, 4])(
    'paths within %i hops: one statement, the direct relations read from both ends, one search per length group',
    async (maxHops) => {
      const plan = await plansOf((runner) =>
        paths(runner, ENTITY, 'country:x', { maxHops, first: 10 }),
      );
      // The ends joined directly: from both ends at once, never every relation of one end.
      expect(plan.filter((op) => op.startsWith('Expand(Into)'))).toHaveLength(1);
      expect(plan.filter(readsEveryRelation)).toEqual([]);
      // One search per number of groups, each run only when the paths held are too few;
      // with one hop, the direct relations are all there is.
      const searches = plan.filter((op) => op.startsWith('StatefulShortestPath'));
      expect(searches).toHaveLength(maxHops > 1 ? maxHops : 0);
      searches.forEach((op, i) => expect(op).toContain(`SHORTEST ${i + 1} GROUPS`));
    },
  );

  test("a neighbourhood's hop keeps each entity's strongest edge by one aggregation and the first by a Top, sorting no edge", async () => {
    const plan = await plansOf((runner) => neighborhood(runner, ENTITY, { depth: 2, limit: 50 }));
    expect(plan.filter((op) => op.startsWith('Sort '))).toEqual([]);
    // Two hops, and the relations among the entities reached: their candidates, then the answer's.
    expect(plan.filter((op) => op.startsWith('Top '))).toHaveLength(4);
    expect(plan.filter((op) => op.includes('min(key)'))).toHaveLength(2);
    expect(plan.filter((op) => /^Top `r\.strengthRank` ASC/.test(op))).toHaveLength(2);
  });

  test("the relations among a neighbourhood's entities are read from an entity of many relations by its start keys, a few strongest then up to the weakest the answer can keep, per predicate", async () => {
    const predicates = ['SUPPLIES', 'SANCTIONS'] as const;
    const plan = await plansOf((runner) =>
      neighborhood(runner, ENTITY, { depth: 2, limit: 50, predicates }),
    );
    const fromStart = plan.filter(
      (op) =>
        op.startsWith('DirectedRelationshipIndexSeekByRange') &&
        op.includes('(startStrengthKey)]->(') &&
        op.includes('s.id'),
    );
    for (const type of predicates) {
      const ofType = fromStart.filter((op) => op.includes(`[r:${type}(startStrengthKey)]`));
      expect(ofType.filter((op) => op.includes('STARTS WITH s.id'))).toHaveLength(1);
      expect(
        ofType.filter((op) => /> s\.id .* AND startStrengthKey <= .*s\.id.*\bweakest$/.test(op)),
      ).toHaveLength(1);
    }
    expect(plan.filter((op) => op.startsWith('Limit $firstStrongest'))).toHaveLength(2);
  });

  test("a neighbourhood's hop reads an entity of many relations strongest first, by one seek per predicate and end, each stopping at the hop's limit", async () => {
    const plan = await plansOf((runner) =>
      neighborhood(runner, ENTITY, { depth: 2, limit: 50, predicates: ['SUPPLIES', 'SANCTIONS'] }),
    );
    const seeks = plan.filter(
      (op) => op.startsWith('DirectedRelationshipIndexSeekByRange') && op.includes('u.id'),
    );
    // Two hops, two predicates, two ends: each a prefix of the key, so read in the key's order.
    expect(seeks).toHaveLength(8);
    for (const end of ['start', 'end'])
      for (const type of ['SUPPLIES', 'SANCTIONS'])
        expect(
          seeks.filter(
            (op) =>
              op.includes(`[r:${type}(${end}StrengthKey)]->(`) &&
              op.includes(`WHERE ${end}StrengthKey STARTS WITH u.id`),
          ),
        ).toHaveLength(2);
    // Read in the index's order and cut there: nothing sorts, and nothing tops what a seek gave.
    expect(plan.filter((op) => op.startsWith('Limit $limit + 1'))).toHaveLength(8);
    expect(plan.filter((op) => op.startsWith('Sort '))).toEqual([]);
  });

  claimPagesReadInIndexOrder(() => driver);
  entityClaimPagesReadInIndexOrder(() => driver);
  relationClaimPagesReadInIndexOrder(() => driver);
  entityClaimsInPeriodReadFromPeriodIndexes(() => driver);
  claimListsReadInIndexOrder(() => driver);
});

/**
 * Pages of every claim, of an entity in any role, and of contested relations
 * or of the others read each index they start from in the order of every
 * claim list (`publishedOrder`, migrations 021, 022, 023, 026) and stop at
 * the page's end; a Filter may test each claim as it is read. The general
 * match read every claim (or every claim of the entity) and sorted them.
 * Their totals come from counts Neo4j or the store keeps.
 */
function claimListsReadInIndexOrder(driverOf: () => Driver): void {
  const ROLES = ['subjectId', 'objectId', 'attributedToId', 'reportedById', 'locationId', 'itemId'];
  test.each([
    ['every claim', {}, [':Claim(publishedOrder)']],
    [
      'every claim, those judged WRONG too',
      { includeRejected: true },
      [':Claim(publishedOrder)', ':RejectedClaim(publishedOrder)'],
    ],
    [
      'an entity in any role',
      { entityId: ENTITY },
      ROLES.map((p) => `:Claim(${p}, publishedOrder)`),
    ],
    [
      'an entity in any role, of two predicates',
      { entityId: ENTITY, predicates: ['SUPPLIES', 'AT_WAR_WITH'] },
      ROLES.map((p) => `:Claim(${p}, predicate, publishedOrder)`),
    ],
    ['the contested relations', { contested: true }, [':Claim(contested, publishedOrder)']],
    [
      'the relations not contested, of two predicates',
      { contested: false, predicates: ['SUPPLIES', 'AT_WAR_WITH'] },
      [':Claim(contested, predicate, publishedOrder)'],
    ],
    ['the relations not contested', { contested: false }, [':Claim(contested, publishedOrder)']],
    [
      'the relations not contested, those judged WRONG too',
      { contested: false, includeRejected: true },
      [':Claim(contested, publishedOrder)', ':RejectedClaim(contested, publishedOrder)'],
    ],
  ] as [string, ClaimFilter, string[]][])(
    'a page of the claims of %s reads each index in its order and stops at the page end, sorting no match',
    async (_name, filter, indexes) => {
      const plan = await explained(
        driverOf(),
        (runner) => claims(runner, filter, PAGE),
        operatorsInOrder,
      );
      for (const index of indexes) {
        // Operators come parent first: what cuts each read, above the tests of each claim read.
        // The page's read is the one cut (a total may count a few entries of the same index).
        const cuts = plan.flatMap((op, at) =>
          /^NodeIndex(Seek|Scan)\w* /.test(op) && op.includes(index)
            ? [plan.slice(0, at).findLast((above) => !above.startsWith('Filter '))]
            : [],
        );
        const cut = cuts.find((op) => op?.startsWith('Limit ')) ?? cuts[0];
        expect({ index, cut }).toEqual({
          index,
          cut: expect.stringMatching(
            /^Limit \$offset \+ \$first \| order (c\.\w+ ASC, )*c\.publishedOrder ASC$/,
          ),
        });
      }
      expect(plan.filter((op) => op.startsWith('Sort '))).toEqual([]);
      expect(plan.filter(readsEveryClaim)).toEqual([]);
    },
  );

  test.each([false, true])(
    'a page of the claims of articles stored after a time (includeRejected %s) reads each day of storage in article_ingested_day_order, not every article after the time, sorting no claim; its total the kept counts per day',
    async (includeRejected) => {
      const plan = await explained(driverOf(), (runner) =>
        claims(runner, { ingestedAfter: '2026-01-01T00:00:00.000Z', includeRejected }, PAGE),
      );
      const daySeeks = plan.filter((op) =>
        /^NodeIndexSeek .*:Article\(ingestedDay, publishedAt, id\) WHERE ingestedDay = /.test(op),
      );
      // The day's first article, the few days' first articles, and the time's own day counted.
      expect(daySeeks).toHaveLength(3);
      expect(plan.filter((op) => op.includes(':Article(ingestedAt)'))).toEqual([]);
      expect(plan.some((op) => /:ClaimIngestedDayCount\(key\) WHERE key > /.test(op))).toBe(true);
      expect(plan.filter((op) => op.startsWith('Sort '))).toEqual([]);
      expect(plan.filter(readsEveryClaim)).toEqual([]);
    },
  );

  test.each([true, false])(
    'the total of the claims of relations contested (%s), of some predicates or not, is the count kept, reading no relation',
    async (contested) => {
      const plan = await explained(driverOf(), (runner) => claims(runner, { contested }, PAGE));
      expect(plan.some((op) => /^NodeUniqueIndexSeek .*:ContestedClaimCount\(key\)/.test(op))).toBe(
        true,
      );
      const ofPredicates = await explained(driverOf(), (runner) =>
        claims(runner, { contested, predicates: ['SUPPLIES'] }, PAGE),
      );
      expect(ofPredicates.some((op) => /:ContestedPredicateClaimCount\(key\)/.test(op))).toBe(true);
      expect(ofPredicates.filter((op) => /Relationship\w*(Scan|Seek)/.test(op))).toEqual([]);
      expect(plan.filter((op) => /Relationship\w*(Scan|Seek)/.test(op))).toEqual([]);
    },
  );

  test('the totals of every claim and of an entity in any role (of a predicate or not) are counts kept, reading no claim', async () => {
    const every = await explained(driverOf(), (runner) => claims(runner, {}, PAGE));
    expect(every.some((op) => /^NodeCountFromCountStore .*:Claim\b/.test(op))).toBe(true);
    const ofEntity = await explained(driverOf(), (runner) =>
      claims(runner, { entityId: ENTITY }, PAGE),
    );
    expect(ofEntity.some((op) => /^NodeUniqueIndexSeek .*:EntityClaimCount\(key\)/.test(op))).toBe(
      true,
    );
    expect(
      ofEntity.filter((op) => /^(Expand|NodeUniqueIndexSeek .*:Entity\(id\))/.test(op)),
    ).toEqual([expect.stringMatching(/^Expand\(All\) .*STATED_IN/)]);
    const ofPredicate = await explained(driverOf(), (runner) =>
      claims(runner, { entityId: ENTITY, predicates: ['SUPPLIES'] }, PAGE),
    );
    expect(
      ofPredicate.some((op) => /^NodeUniqueIndexSeek .*:EntityPredicateClaimCount\(key\)/.test(op)),
    ).toBe(true);
    expect(
      ofPredicate.filter((op) => /^(Expand|NodeUniqueIndexSeek .*:Entity\(id\))/.test(op)),
    ).toEqual([expect.stringMatching(/^Expand\(All\) .*STATED_IN/)]);
  });

  test.each([
    ['a quarter', { from: '2024-01-01', to: '2024-03-31' }],
    ['the days from one', { from: '2024-01-01' }],
    ['the days up to one', { to: '2024-03-31' }],
  ] as [string, ClaimFilter][])(
    'the claims of %s are counted from the counts per start of a period, and a page read per start in claim order up to a bound, not read whole',
    async (_name, period) => {
      const plan = await explained(
        driverOf(),
        (runner) => claims(runner, period, PAGE),
        operatorsInOrder,
      );
      // The starts within the period, sought in their counts' key (migration 028): for the total
      // and the page.
      expect(
        plan.filter((op) => /^Node\w*IndexSeekByRange .*:ClaimPeriodCount\(key\)/.test(op)),
      ).toHaveLength(2);
      // Per start, its first claim, then its first up to the bound, each seek cut where it is.
      const seeks = plan.flatMap((op, at) =>
        /^NodeIndexSeek\w* /.test(op) && op.includes(':Claim(periodStart, publishedOrder)')
          ? [plan.slice(0, at).findLast((above) => !above.startsWith('Filter '))]
          : [],
      );
      expect(seeks).toEqual([
        expect.stringMatching(/^Limit 1 \| order c\.periodStart ASC, c\.publishedOrder ASC$/),
        expect.stringMatching(
          /^Limit \$offset \+ \$first \| order c\.periodStart ASC, c\.publishedOrder ASC$/,
        ),
      ]);
      // Claims starting before the period and lasting into it: sought, counted and listed.
      expect(
        plan.filter(
          (op) => /^NodeIndexSeek/.test(op) && op.includes(':Claim(longPeriodEnd, periodStart)'),
        ),
      ).toHaveLength(period.from === undefined ? 0 : 2);
      expect(plan.filter((op) => op.includes(':Claim(periodEnd, periodStart'))).toEqual([]);
      expect(plan.filter((op) => op.startsWith('Sort '))).toEqual([]);
      expect(plan.filter(readsEveryClaim)).toEqual([]);
    },
  );
}

/**
 * Pages of claims of some predicates (and modalities) read each in the order
 * of its composite index (migration 021) and stop at the page's end. The
 * planner would choose between that index and claim_predicate by its
 * statistics of the graph at hand, and on a small graph it sorts; the store
 * names the index in a hint (neo4j-claims-in-order.ts), and these tests run
 * on two graphs whose statistics differ: the two test articles, and a
 * database emptied of them.
 */
function claimPagesReadInIndexOrder(driverOf: () => Driver): void {
  test.each([
    ['one predicate', { predicates: ['SUPPLIES'] }, ['predicate']],
    ['two predicates', { predicates: ['SUPPLIES', 'SANCTIONS'] }, ['predicate']],
    [
      'predicates and modalities',
      { predicates: ['SUPPLIES', 'SANCTIONS'], modalities: ['DENIED', 'ALLEGED'] },
      ['predicate', 'modality'],
    ],
    ['modalities alone', { modalities: ['DENIED', 'ALLEGED'] }, ['predicate', 'modality']],
  ] as [string, ClaimFilter, string[]][])(
    'a page of claims of %s reads each in the order the index keeps and stops at the page end, sorting no match; its total is summed from the counts per kind',
    async (_name, filter, leading) => {
      const plan = await explained(
        driverOf(),
        (runner) => claims(runner, filter, PAGE),
        operatorsInOrder,
      );
      const index = `:Claim(${[...leading, 'publishedOrder'].join(', ')})`;
      // Operators come parent first: what stands right above each seek of the ordered index.
      const aboveSeeks = plan.flatMap((op, i) =>
        op.startsWith('NodeIndexSeek') && op.includes(index) ? [plan[i - 1]] : [],
      );
      // The page's seek, the only one, is cut as it reads, in the index's order (equal leading
      // properties, then the kept order), where a page sorted by a Top or Sort would read every
      // match first; the total reads no index entry of a matching claim.
      const inIndexOrder = [...leading, 'publishedOrder'].map((p) => `c.${p} ASC`).join(', ');
      expect(aboveSeeks).toEqual([`Limit $offset + $first | order ${inIndexOrder}`]);
      expect(plan.some((op) => /^NodeByLabelScan .*:ClaimKindCount\b/.test(op))).toBe(true);
      expect(plan.filter((op) => op.startsWith('Sort '))).toEqual([]);
      expect(plan.filter(readsEveryClaim)).toEqual([]);
    },
  );
}

describeWithNeo4j(
  'Neo4j query plans of claim pages on a graph emptied of claims (issue 12)',
  (neo4jForTests) => {
    let driver: Driver;

    beforeAll(async () => {
      // The test articles written, then deleted: the statistics of an emptied graph.
      let store = await neo4jForTests.openEmptyStore();
      await store.upsertArticles([annotatedArticleToBatch(FIRST), annotatedArticleToBatch(SECOND)]);
      await store.close();
      store = await neo4jForTests.openEmptyStore();
      await store.close();
      const { uri, user, password } = neo4jForTests.target;
      driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    });

    afterAll(() => driver.close());

    claimPagesReadInIndexOrder(() => driver);
    entityClaimPagesReadInIndexOrder(() => driver);
    relationClaimPagesReadInIndexOrder(() => driver);
    entityClaimsInPeriodReadFromPeriodIndexes(() => driver);
    claimListsReadInIndexOrder(() => driver);
  },
);

/**
 * An entity's claims in a period are sought in each role's period indexes
 * (migration 025, neo4j-claims-in-period.ts), in either order: following the
 * entity's role relationships read every one of its claims and its article.
 * The seeks are named in hints, so the plan is the same on any graph.
 */
function entityClaimsInPeriodReadFromPeriodIndexes(driverOf: () => Driver): void {
  const PROPERTIES = [
    'subjectId',
    'objectId',
    'locationId',
    'itemId',
    'attributedToId',
    'reportedById',
  ];
  test.each([
    ['a quarter', 'PUBLISHED_ASC', { from: '2024-01-01', to: '2024-03-31' }],
    ['a quarter', 'PUBLISHED_DESC', { from: '2024-01-01', to: '2024-03-31' }],
    ['the days from one', 'PUBLISHED_ASC', { from: '2024-01-01' }],
    ['the days up to one', 'PUBLISHED_ASC', { to: '2024-03-31' }],
  ] as [string, TimeOrder, ClaimFilter][])(
    "an entity's claims in %s, listed %s, are sought in each role's period indexes, not read from its relationships",
    async (_name, order, period) => {
      const plan = await explained(driverOf(), (runner) =>
        claims(runner, { entityId: ENTITY, ...period }, PAGE, order),
      );
      for (const property of PROPERTIES) {
        const indexes = [
          `:Claim(${property}, periodEnd, periodStart, publishedOrder)`,
          ...(period.to === undefined ? [] : [`:Claim(${property}, longPeriodEnd, periodStart)`]),
        ];
        for (const index of indexes)
          expect({
            index,
            sought: plan.some((op) => /^NodeIndexSeek /.test(op) && op.includes(index)),
          }).toEqual({ index, sought: true });
      }
      expect(plan.filter((op) => /^NodeUniqueIndexSeek .*:Entity\(id\)/.test(op))).toEqual([]);
      expect(plan.filter((op) => /^Expand.*HAS_SUBJECT/.test(op))).toEqual([]);
      expect(plan.filter(readsEveryClaim)).toEqual([]);
    },
  );
}

/**
 * Pages of an entity's claims in one role, whether nested under the entity
 * or asked as claims filtered by that role alone, read the entity's claims
 * in the order of the role's composite index (migration 022) and stop at the
 * page's end; a hub's page that followed the entity's role relationships
 * would read every one of its claims to keep the page by a Top. The seek is
 * named in a hint (neo4j-claims-in-order.ts `ofEntityInOrder`), without
 * which the planner of a small graph follows the relationships; the total
 * is the entity's count of the role's relationships, less its claims judged
 * WRONG.
 */
function entityClaimPagesReadInIndexOrder(driverOf: () => Driver): void {
  const ROLES: readonly [ClaimRole, string, string][] = [
    ['SUBJECT', 'subjectId', 'HAS_SUBJECT'],
    ['OBJECT', 'objectId', 'HAS_OBJECT'],
    ['SPEAKER', 'attributedToId', 'ATTRIBUTED_TO'],
    ['REPORTER', 'reportedById', 'REPORTED_BY'],
  ];
  // The same list asked two ways: nested under the entity, and as claims filtered by the role alone.
  const READS = {
    'Entity.claims': (
      runner: Runner,
      role: ClaimRole,
      _property: string,
      includeRejected: boolean,
    ) => claimsOfEntities(runner, [{ entityId: ENTITY, role }], PAGE, { includeRejected }),
    'claims filtered by the role': (
      runner: Runner,
      _role: ClaimRole,
      property: string,
      includeRejected: boolean,
    ) => claims(runner, { [property]: ENTITY, includeRejected }, PAGE),
  } as const;
  test.each(
    Object.keys(READS).flatMap((read) =>
      ROLES.flatMap(([role, property, type]) => [
        [read as keyof typeof READS, role, 'without', property, type, false] as const,
        [read as keyof typeof READS, role, 'with', property, type, true] as const,
      ]),
    ),
  )(
    "%s: a page of an entity's claims as %s, %s those judged WRONG, seeks the role's ordered index and stops at the page end, sorting none of the entity's claims",
    async (read, role, _with, property, type, includeRejected) => {
      const plan = await explained(
        driverOf(),
        (runner) => READS[read](runner, role, property, includeRejected),
        operatorsInOrder,
      );
      const labels = includeRejected ? ['Claim', 'RejectedClaim'] : ['Claim'];
      const inIndexOrder = `c.${property} ASC, c.publishedOrder ASC`;
      for (const label of labels) {
        const index = `:${label}(${property}, publishedOrder)`;
        // Operators come parent first: what stands right above each seek of the ordered index.
        const aboveSeeks = plan.flatMap((op, i) =>
          op.startsWith('NodeIndexSeek') && op.includes(index) ? [plan[i - 1]] : [],
        );
        // The page's seek is cut as it reads, in the index's order; a page kept by a Top
        // or a Sort would read every claim of the entity first.
        expect(aboveSeeks).toContainEqual(`Limit $offset + $first | order ${inIndexOrder}`);
      }
      // No claim is reached from the entity: neither the page nor the total follows the
      // role's relationships to the claims (the projection reads each claim's own roles).
      expect(plan.filter((op) => op.startsWith('Expand') && op.includes(']-(c)'))).toEqual([]);
      expect(plan.filter((op) => op.includes(`:${type}`) && /Expand|Scan/.test(op))).toEqual([]);
      // The total: the entity's count of the role's relationships, kept by Neo4j.
      expect(plan.some((op) => op.includes(`getDegree((e)<-[:${type}]-())`))).toBe(true);
      expect(plan.filter((op) => op.startsWith('Sort '))).toEqual([]);
      expect(plan.filter(readsEveryClaim)).toEqual([]);
    },
  );
}

/**
 * Pages of a relation's claims read them in the order of the composite index
 * on the relation id and the kept order (migration 023) and stop at the
 * page's end, named in a hint as above; claim_relation_id gives them in no
 * order, so a page read from it sorts every claim of the relation.
 */
function relationClaimPagesReadInIndexOrder(driverOf: () => Driver): void {
  test.each([
    ['without', false],
    ['with', true],
  ] as const)(
    "a page of a relation's claims, %s those judged WRONG, seeks the relation's ordered index and stops at the page end, sorting none of its claims",
    async (_with, includeRejected) => {
      const plan = await explained(
        driverOf(),
        (runner) => claimsOfRelations(runner, ['relation:x'], PAGE, { includeRejected }),
        operatorsInOrder,
      );
      const labels = includeRejected ? ['Claim', 'RejectedClaim'] : ['Claim'];
      for (const label of labels) {
        const index = `:${label}(relationId, publishedOrder)`;
        // Operators come parent first: what stands right above each seek of the ordered index.
        const aboveSeeks = plan.flatMap((op, i) =>
          op.startsWith('NodeIndexSeek') && op.includes(index) ? [plan[i - 1]] : [],
        );
        expect(aboveSeeks).toContainEqual(
          'Limit $offset + $first | order c.relationId ASC, c.publishedOrder ASC',
        );
      }
      // Neither the page nor the total reads the claims in no order.
      expect(plan.filter((op) => op.includes(':Claim(relationId)'))).toEqual([]);
      expect(plan.filter((op) => op.startsWith('Sort '))).toEqual([]);
      expect(plan.filter(readsEveryClaim)).toEqual([]);
    },
  );
}
