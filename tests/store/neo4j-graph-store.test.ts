import type { AnnotatedArticle } from '../../src/domain/annotation';
import { newChangeStamp } from '../../src/domain/change';
import { StoreUnavailableError, VocabularyError } from '../../src/domain/errors';
import { entityId } from '../../src/domain/ids';
import { nameHead } from '../../src/domain/name-key';
import { PREDICATES } from '../../src/domain/predicates';
import type { Predicate } from '../../src/domain/predicates';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { ClaimFilter } from '../../src/store/graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { schemaRuleName, schemaStatements } from '../../src/store/neo4j/neo4j-migrations';
import { escapeLucene, luceneQuery } from '../../src/store/neo4j/neo4j-search-text';
import {
  CLAIM_KEYS_UPGRADE,
  CLAIM_PERIODS_UPGRADE,
  DEGREES_UPGRADE,
  ENTITY_CLAIM_COUNTS_UPGRADE,
  ENTITY_PREDICATE_CLAIM_COUNTS_UPGRADE,
  CONTESTED_PREDICATE_CLAIM_COUNTS_UPGRADE,
  EVIDENCE_UPGRADE,
  NAME_HEADS_UPGRADE,
  RELATION_RANKS_UPGRADE,
  STRENGTH_KEYS_UPGRADE,
} from '../../src/store/neo4j/neo4j-store-upgrades';
import {
  relationshipType,
  relationTypes,
  STRUCTURE_TYPES,
} from '../../src/store/neo4j/neo4j-vocabulary';
import { FIRST, SECOND } from '../support/fixtures';
import { FOURTH, REPUBLIC, SYLVANIA, THIRD } from '../support/merge-fixtures';
import { describeWithNeo4j } from '../support/neo4j';
import { INGESTED, stamped, twoSpeakersInOneSentence } from './evidence.contract';
import { defineGraphStoreContract } from './graph-store.contract';
import { expectKindStatsCounted, expectStatsCounted } from './stats-oracle';
import { timelinesOfEveryClaim } from './timeline-oracle';
import { place, walkArticle } from '../support/walk-graph';
import type { WalkEdge } from '../support/walk-graph';
import {
  claimOrderArticles,
  ORDER_HUB,
  ORDERED_FILTERS,
  ORDERED_ROLES,
} from '../support/claim-order';

const ALL = { first: 100, offset: 0 };

describeWithNeo4j('Neo4jGraphStore on a real Neo4j', (neo4j) => {
  defineGraphStoreContract('Neo4jGraphStore', () => neo4j.openEmptyStore());

  describe('Neo4j specifics', () => {
    let store: Neo4jGraphStore;
    beforeEach(async () => {
      store = await neo4j.openEmptyStore();
    });
    afterEach(() => store.close());

    /** What `read` answers from a store opened anew on the same graph: a start, with its upgrades. */
    const afterStart = async <T>(read: (reader: Neo4jGraphStore) => Promise<T>): Promise<T> => {
      const started = new Neo4jGraphStore(neo4j.target);
      try {
        return await read(started);
      } finally {
        await started.close();
      }
    };

    /** What a graph written before `names` existed lacks: their records. */
    const forgetUpgrades = (...names: string[]) =>
      neo4j.query('MATCH (u:StoreUpgrade) WHERE u.name IN $names DELETE u', { names });

    const schema = async () =>
      (await neo4j.query('SHOW CONSTRAINTS YIELD name RETURN name')).length +
      (await neo4j.query('SHOW INDEXES YIELD name, state WHERE state = "ONLINE" RETURN name'))
        .length;

    test('re-running migrate() creates nothing more and keeps the data', async () => {
      await store.upsertArticle(annotatedArticleToBatch(FIRST));
      const before = await schema();
      await store.migrate();
      await store.migrate();
      expect(await schema()).toBe(before);
      expect((await store.stats(0)).claims).toBe(FIRST.claims.length);
    });

    test('migrate() drops an index a later migration drops (claim_period, 029) from a graph started before', async () => {
      const indexNames = async () =>
        (await neo4j.query('SHOW INDEXES YIELD name RETURN name')).map((row) => row['name']);
      expect(await indexNames()).not.toContain('claim_period');
      await neo4j.query(
        'CREATE INDEX claim_period IF NOT EXISTS FOR (c:Claim) ON (c.periodEnd, c.periodStart, c.publishedOrder)',
      );
      await store.migrate();
      expect(await indexNames()).not.toContain('claim_period');
      expect(await indexNames()).toContain('claim_long_period');
    });

    test('migrate() gives name heads to the entities stored before they existed', async () => {
      await store.upsertArticle(annotatedArticleToBatch(FIRST));
      await neo4j.query('MATCH (n:EntityName) DETACH DELETE n');
      await neo4j.query('MATCH (e:Entity) REMOVE e.nameHeads');
      await forgetUpgrades(NAME_HEADS_UPGRADE);
      const freedonia = [nameHead('freedonie')];
      expect(await store.entitiesByNameHeads(freedonia)).toEqual([]);
      await store.migrate();
      const found = await store.entitiesByNameHeads(freedonia);
      expect(found.map((e) => e.id)).toEqual([entityId('COUNTRY', 'Freedonia')]);
      await store.migrate();
      expect(await neo4j.query('MATCH (n:EntityName) RETURN n.head AS head')).toHaveLength(
        (await neo4j.query('MATCH (e:Entity) UNWIND e.nameHeads AS head RETURN head')).length,
      );
    });

    test('a graph written before issue 9 gets ingestion times, sentence words and relation stances on the next start', async () => {
      await store.upsertArticle(annotatedArticleToBatch(FIRST));
      await store.upsertArticle(annotatedArticleToBatch(SECOND));
      const expected = await store.relations({}, ALL);
      // What the store wrote before: none of the properties issue 9 added.
      await neo4j.query('MATCH (a:Article) REMOVE a.ingestedAt');
      await neo4j.query('MATCH (c:Claim) REMOVE c.sentenceWords');
      await neo4j.query(
        'MATCH ()-[r]->() WHERE r.claimCount IS NOT NULL REMOVE r.modalityCounts, r.supporting, r.denying, r.independentSources',
      );
      await forgetUpgrades(EVIDENCE_UPGRADE);
      const before = new Date().toISOString();
      const upgraded = new Neo4jGraphStore(neo4j.target);
      try {
        expect(await upgraded.relations({}, ALL)).toEqual(expected);
        const articles = await upgraded.listArticles(ALL);
        expect(articles.items.every((a) => a.ingestedAt! >= before)).toBe(true);
        expect((await upgraded.claims({ text: 'fuel' }, ALL)).totalCount).toBe(2);
      } finally {
        await upgraded.close();
      }
    });

    test('a graph written before counts were kept gets its degrees and claims per day on the next start', async () => {
      await store.upsertArticle(annotatedArticleToBatch(FIRST));
      await store.upsertArticle(annotatedArticleToBatch(SECOND));
      const ranked = await store.relations({}, { first: 100, offset: 0 });
      // What the store wrote before migration 016: no degree, no count per day, no claim rank.
      await neo4j.query('MATCH (e:Entity) REMOVE e.degree');
      await neo4j.query('MATCH (d:ClaimDayCount) DELETE d');
      await neo4j.query('MATCH ()-[r]->() WHERE r.claimRank IS NOT NULL REMOVE r.claimRank');
      await forgetUpgrades(DEGREES_UPGRADE, RELATION_RANKS_UPGRADE);
      const upgraded = new Neo4jGraphStore(neo4j.target);
      try {
        const stats = await expectStatsCounted(upgraded);
        expect(stats.mostConnected.length).toBeGreaterThan(0);
        const { answered, counted } = await timelinesOfEveryClaim(upgraded);
        expect(answered).toEqual(counted);
        expect(answered['EVENT by NONE']!.length).toBeGreaterThan(0);
        expect(await upgraded.relations({}, { first: 100, offset: 0 })).toEqual(ranked);
      } finally {
        await upgraded.close();
      }
    });

    const ofEntities = (ids: readonly string[]) =>
      ids.flatMap((id) => [
        { entityId: id },
        ...PREDICATES.map((predicate) => ({ entityId: id, predicates: [predicate] })),
      ]);
    const contestedOrNot = () =>
      [true, false].flatMap((contested) =>
        PREDICATES.map((predicate) => ({ contested, predicates: [predicate] })),
      );
    test.each([
      ['each entity', 'EntityClaimCount', ENTITY_CLAIM_COUNTS_UPGRADE, ofEntities],
      [
        "each entity's predicates",
        'EntityPredicateClaimCount',
        ENTITY_PREDICATE_CLAIM_COUNTS_UPGRADE,
        ofEntities,
      ],
      [
        'contested relations per predicate',
        'ContestedPredicateClaimCount',
        CONTESTED_PREDICATE_CLAIM_COUNTS_UPGRADE,
        contestedOrNot,
      ],
    ])(
      'a graph written before the claims of %s were counted gets the counts on the next start',
      async (_name, label, upgrade, filtersOf) => {
        await store.upsertArticles([FIRST, SECOND, THIRD, FOURTH].map(annotatedArticleToBatch));
        // And a contested relation (evidence.contract's FOURTH denies what THIRD reports).
        for (const [article, at] of INGESTED) await store.upsertArticle(stamped(article, at));
        const ids = (await store.dump()).entities.map((entity) => entity.id);
        const filters: ClaimFilter[] = filtersOf(ids);
        const totals = async (of: Neo4jGraphStore) => {
          const found: number[] = [];
          for (const filter of filters) found.push((await of.claims(filter, ALL)).totalCount);
          return found;
        };
        const counted = await totals(store);
        expect(counted.filter((n) => n > 0).length).toBeGreaterThan(1);
        // What the store wrote before migration 026 (per entity), 031 (per entity and predicate)
        // or 032 (contested per predicate).
        await neo4j.query(`MATCH (d:${label}) DELETE d`);
        await forgetUpgrades(upgrade);
        const upgraded = new Neo4jGraphStore(neo4j.target);
        try {
          expect(await totals(upgraded)).toEqual(counted);
        } finally {
          await upgraded.close();
        }
      },
    );

    test('a graph written before claims were counted per day of storage (or loaded from CSV without them) gets the counts and the days on the next start', async () => {
      await store.upsertArticles([FIRST, SECOND, THIRD, FOURTH].map(annotatedArticleToBatch));
      // Before every article, on the day they were stored (this one), after them.
      const today = new Date().toISOString().slice(0, 10);
      const times = ['2000-01-01T00:00:00.000Z', `${today}T00:00:00.000Z`, '2999-01-01'];
      const read = (reader: Neo4jGraphStore) =>
        Promise.all(times.map((ingestedAfter) => reader.claims({ ingestedAfter }, ALL)));
      const expected = await read(store);
      expect(expected.map((page) => page.totalCount > 0)).toEqual([true, true, false]);
      // What a store wrote before migration 030: no count per day of storage, no article's day.
      await neo4j.query('MATCH (d:ClaimIngestedDayCount) DELETE d');
      await neo4j.query('MATCH (a:Article) REMOVE a.ingestedDay');
      expect(await afterStart(read)).toEqual(expected);
    });

    test('a start whose claims per day disagree with its claims, some counts missing and some wrong, counts them all again', async () => {
      await store.upsertArticle(annotatedArticleToBatch(FIRST));
      await store.upsertArticle(annotatedArticleToBatch(SECOND));
      const expected = await neo4j.query(
        'MATCH (d:ClaimDayCount) RETURN d.key AS key, d.n AS n ORDER BY key',
      );
      // The counts the start deletes before it creates them again (their key is unique): a
      // count it left would make the creation fail.
      await neo4j.query('MATCH (d:ClaimDayCount) WITH d ORDER BY d.key LIMIT 2 DELETE d');
      await neo4j.query(
        'MATCH (d:ClaimDayCount) WITH d ORDER BY d.key LIMIT 1 SET d.n = d.n + 100',
      );
      const restarted = new Neo4jGraphStore(neo4j.target);
      try {
        await restarted.migrate();
        const { answered, counted } = await timelinesOfEveryClaim(restarted);
        expect(answered).toEqual(counted);
      } finally {
        await restarted.close();
      }
      expect(
        await neo4j.query('MATCH (d:ClaimDayCount) RETURN d.key AS key, d.n AS n ORDER BY key'),
      ).toEqual(expected);
    });

    test('a graph written before strength ranks were kept gets them on the next start, and its neighbourhoods rank as before', async () => {
      // Stored strongest first, and Neo4j reads a node's newest relationships first: without
      // ranks a hop would keep the weakest.
      const edges: WalkEdge[] = ['Strongland', 'Midland', 'Weakland'].map((to, i) => ({
        from: 'Hubland',
        predicate: 'SUPPLIES',
        to,
        claims: 3 - i,
      }));
      await store.upsertArticle(annotatedArticleToBatch(walkArticle('Morning Herald', edges)));
      const centre = place('Hubland');
      const expected = await store.neighborhood(centre, { depth: 2, limit: 2 });
      expect(expected!.entities.map((e) => e.id)).toEqual([centre, place('Strongland')]);
      await neo4j.query('MATCH ()-[r]->() WHERE r.strengthRank IS NOT NULL REMOVE r.strengthRank');
      await forgetUpgrades(RELATION_RANKS_UPGRADE);
      const upgraded = new Neo4jGraphStore(neo4j.target);
      try {
        expect(await upgraded.neighborhood(centre, { depth: 2, limit: 2 })).toEqual(expected);
      } finally {
        await upgraded.close();
      }
    });

    test('claims stored before their place in article-date order was kept get it on the next start, and page as before', async () => {
      for (const article of claimOrderArticles())
        await store.upsertArticle(annotatedArticleToBatch(article));
      const read = (reader: Neo4jGraphStore) =>
        Promise.all([
          ...ORDERED_FILTERS.map(([, filter]) => reader.claims(filter, { first: 3, offset: 2 })),
          reader.claimsOfEntities(
            ORDERED_ROLES.map((role) => ({ entityId: ORDER_HUB, role })),
            { first: 3, offset: 2 },
          ),
          reader.claims({ subjectId: ORDER_HUB }, ALL),
        ]);
      const expected = await read(store);
      // What a store wrote before the order was kept: no order, and no record of the upgrade.
      await neo4j.query('MATCH (c:Claim) REMOVE c.publishedOrder');
      await neo4j.query('MATCH (u:StoreUpgrade {name: $name}) DELETE u', {
        name: CLAIM_KEYS_UPGRADE,
      });
      expect(await afterStart(read)).toEqual(expected);
      const [{ missing }] = (await neo4j.query(
        'MATCH (c:Claim) WHERE c.publishedOrder IS NULL RETURN count(c) AS missing',
      )) as [{ missing: number }];
      expect(missing).toBe(0);
    });

    test("claims stored before the entity of each role was kept beside its relationship get it on the next start, and an entity's pages read as before", async () => {
      for (const article of claimOrderArticles())
        await store.upsertArticle(annotatedArticleToBatch(article));
      const hubClaims = await store.claims({ subjectId: ORDER_HUB }, ALL);
      // A claim judged WRONG (:RejectedClaim) is given its roles' ids too.
      await store.reviewClaim(hubClaims.items[1]!.id, 'WRONG', newChangeStamp('Ada', 'misread'));
      const requests = ORDERED_ROLES.map((role) => ({ entityId: ORDER_HUB, role }));
      const read = (reader: Neo4jGraphStore) =>
        Promise.all([
          reader.claimsOfEntities(requests, { first: 3, offset: 2 }),
          reader.claimsOfEntities(requests, ALL),
          reader.claimsOfEntities(requests, ALL, { includeRejected: true }),
        ]);
      const expected = await read(store);
      expect(expected[1][0]!.totalCount).toBe(hubClaims.totalCount - 1);
      expect(expected[2][0]!.totalCount).toBe(hubClaims.totalCount);
      // What a store wrote before the roles' ids were kept: none, and no record of the upgrade.
      await neo4j.query(
        'MATCH (c:Claim|RejectedClaim) REMOVE c.subjectId, c.objectId, c.attributedToId, c.reportedById',
      );
      await neo4j.query('MATCH (u:StoreUpgrade {name: $name}) DELETE u', {
        name: CLAIM_KEYS_UPGRADE,
      });
      expect(await afterStart(read)).toEqual(expected);
      const [{ missing }] = (await neo4j.query(
        `MATCH (c:Claim|RejectedClaim)-[:HAS_SUBJECT]->(s:Entity), (c)-[:HAS_OBJECT]->(o:Entity)
         WHERE c.subjectId IS NULL OR c.subjectId <> s.id OR c.objectId IS NULL OR c.objectId <> o.id
         RETURN count(c) AS missing`,
      )) as [{ missing: number }];
      expect(missing).toBe(0);
    });

    test("claims stored before their period and their place's and item's ids were kept get them on the next start, and an entity's claims in a period read as before", async () => {
      await store.upsertArticles([FIRST, SECOND, THIRD, FOURTH].map(annotatedArticleToBatch));
      const periods = [
        { entityId: REPUBLIC, from: '2025-03-07', to: '2025-03-07' },
        { entityId: REPUBLIC, from: '2025-03-08' },
        { entityId: SYLVANIA, to: '2025-03-05' },
      ];
      const read = (reader: Neo4jGraphStore) =>
        Promise.all(periods.map((filter) => reader.claims(filter, ALL)));
      const expected = await read(store);
      expect(expected.map((page) => page.totalCount > 0)).toEqual([true, true, true]);
      // What a store wrote before periods were kept: none, no place or item id, no record.
      await neo4j.query(
        'MATCH (c:Claim|RejectedClaim) REMOVE c.periodStart, c.periodEnd, c.longPeriodEnd, c.locationId, c.itemId',
      );
      await forgetUpgrades(CLAIM_PERIODS_UPGRADE);
      expect(await afterStart(read)).toEqual(expected);
      const [{ missing }] = (await neo4j.query(
        `MATCH (c:Claim)-[:STATED_IN]->(a:Article)
         WHERE c.periodEnd <> coalesce(c.timeTo, c.timeFrom, left(a.publishedAt, 10)) OR c.periodEnd IS NULL
           OR EXISTS { (c)-[:AT_LOCATION]->(e) WHERE c.locationId IS NULL OR c.locationId <> e.id }
           OR EXISTS { (c)-[:ABOUT_ITEM]->(e) WHERE c.itemId IS NULL OR c.itemId <> e.id }
         RETURN count(c) AS missing`,
      )) as [{ missing: number }];
      expect(missing).toBe(0);
    });

    test('a start on a graph whose claims were given their keys reads no claim to look for any without', async () => {
      await store.upsertArticle(annotatedArticleToBatch(FIRST));
      // Recorded as done when the store opened the graph: a claim stripped of its keys now,
      // which no write of the store leaves so, is not looked for by a later start.
      await neo4j.query('MATCH (c:Claim) REMOVE c.publishedOrder, c.subjectId');
      await afterStart((reader) => reader.stats(0));
      const [{ keyless }] = (await neo4j.query(
        'MATCH (c:Claim) WHERE c.publishedOrder IS NULL AND c.subjectId IS NULL RETURN count(c) AS keyless',
      )) as [{ keyless: number }];
      expect(keyless).toBe(FIRST.claims.length);
    });

    /**
     * Each one-time upgrade of a start: what a graph written before it lacks
     * (`strip`), and how many of the things it gives that property lack it.
     */
    const UPGRADES: readonly {
      readonly name: string;
      readonly what: string;
      readonly strip: string;
      readonly lacking: string;
    }[] = [
      {
        name: NAME_HEADS_UPGRADE,
        what: "entities' name heads",
        strip: 'MATCH (e:Entity) REMOVE e.nameHeads',
        lacking: 'MATCH (e:Entity) WHERE e.nameHeads IS NULL RETURN count(e) AS n',
      },
      {
        name: DEGREES_UPGRADE,
        what: "entities' degrees",
        strip: 'MATCH (e:Entity) REMOVE e.degree, e.degreeRank',
        lacking: 'MATCH (e:Entity) WHERE e.degree IS NULL RETURN count(e) AS n',
      },
      {
        name: RELATION_RANKS_UPGRADE,
        what: "relations' ranks",
        strip: 'MATCH ()-[r]->() WHERE r.claimRank IS NOT NULL REMOVE r.claimRank, r.strengthRank',
        lacking:
          'MATCH ()-[r]->() WHERE r.claimCount IS NOT NULL AND (r.claimRank IS NULL OR r.strengthRank IS NULL) RETURN count(r) AS n',
      },
      {
        name: STRENGTH_KEYS_UPGRADE,
        what: "relations' strength keys",
        strip:
          'MATCH ()-[r]->() WHERE r.startStrengthKey IS NOT NULL REMOVE r.startStrengthKey, r.endStrengthKey',
        lacking:
          'MATCH (:Entity)-[r]->(:Entity) WHERE r.claimCount IS NOT NULL AND (r.startStrengthKey IS NULL OR r.endStrengthKey IS NULL) RETURN count(r) AS n',
      },
      {
        name: CLAIM_PERIODS_UPGRADE,
        what: "claims' periods",
        strip: 'MATCH (c:Claim) REMOVE c.periodEnd',
        lacking: 'MATCH (c:Claim) WHERE c.periodEnd IS NULL RETURN count(c) AS n',
      },
      {
        name: EVIDENCE_UPGRADE,
        what: "claims' sentence words",
        strip: 'MATCH (c:Claim) REMOVE c.sentenceWords',
        lacking: 'MATCH (c:Claim) WHERE c.sentenceWords IS NULL RETURN count(c) AS n',
      },
      {
        name: EVIDENCE_UPGRADE,
        what: "articles' ingestion times",
        strip: 'MATCH (a:Article) REMOVE a.ingestedAt',
        lacking: 'MATCH (a:Article) WHERE a.ingestedAt IS NULL RETURN count(a) AS n',
      },
      {
        name: EVIDENCE_UPGRADE,
        what: "relations' source counts",
        strip: 'MATCH ()-[r]->() WHERE r.claimCount IS NOT NULL REMOVE r.sourceCount',
        lacking:
          'MATCH ()-[r]->() WHERE r.claimCount IS NOT NULL AND r.sourceCount IS NULL RETURN count(r) AS n',
      },
    ];

    const lacking = async (statement: string) =>
      ((await neo4j.query(statement)) as [{ n: number }])[0].n;

    const recorded = async (name: string) =>
      (await neo4j.query('MATCH (u:StoreUpgrade {name: $name}) RETURN u', { name })).length;

    test.each(UPGRADES)(
      'a graph without the record $name gets $what on the next start, which records it',
      async ({ name, strip, lacking: statement }) => {
        await store.upsertArticles([FIRST, SECOND].map(annotatedArticleToBatch));
        await neo4j.query(strip);
        await forgetUpgrades(name);
        expect(await lacking(statement)).toBeGreaterThan(0);
        await afterStart((reader) => reader.stats(0));
        expect(await lacking(statement)).toBe(0);
        expect(await recorded(name)).toBe(1);
      },
    );

    test.each(UPGRADES)(
      'a start on a graph recorded as upgraded ($name) does not look for $what to give',
      async ({ name, strip, lacking: statement }) => {
        await store.upsertArticles([FIRST, SECOND].map(annotatedArticleToBatch));
        expect(await recorded(name)).toBe(1);
        // Stripped after the record, which no write of the store leaves so: a later start
        // reads the record, not the graph, and leaves them stripped.
        await neo4j.query(strip);
        const stripped = await lacking(statement);
        expect(stripped).toBeGreaterThan(0);
        await afterStart((reader) => reader.stats(0));
        expect(await lacking(statement)).toBe(stripped);
      },
    );

    test('a graph counted before two speakers of one sentence were two sources is recounted on the next start, once', async () => {
      await store.upsertArticle(
        annotatedArticleToBatch(twoSpeakersInOneSentence('Evening Post', 'PARIS —')),
      );
      // What the store counted before: the sentence as one story.
      await neo4j.query('MATCH ()-[r:DEPLOYED_TO]->() SET r.independentSources = 1');
      await neo4j.query('MATCH (u:StoreUpgrade) DELETE u');
      const deployed = async (reader: Neo4jGraphStore) =>
        (await reader.relations({ predicates: ['DEPLOYED_TO'] }, ALL)).items[0]!.independentSources;
      const upgraded = new Neo4jGraphStore(neo4j.target);
      try {
        expect(await deployed(upgraded)).toBe(2);
      } finally {
        await upgraded.close();
      }
      // Recorded as done: a later start leaves the counts alone.
      await neo4j.query('MATCH ()-[r:DEPLOYED_TO]->() SET r.independentSources = 1');
      const later = new Neo4jGraphStore(neo4j.target);
      try {
        expect(await deployed(later)).toBe(1);
      } finally {
        await later.close();
      }
    });

    test('a graph written before the counts per kind gets them on the next start', async () => {
      await store.upsertArticles([FIRST, SECOND].map(annotatedArticleToBatch));
      // What the store wrote before migration 018: no count per kind.
      await neo4j.query('MATCH (d:ClaimKindCount|RelationKindCount|ArticleKindCount) DELETE d');
      const upgraded = new Neo4jGraphStore(neo4j.target);
      try {
        expect((await upgraded.stats(5, { kinds: ['COUNTRY'] })).claims).toBeGreaterThan(0);
        await expectKindStatsCounted(upgraded);
      } finally {
        await upgraded.close();
      }
    }, 60_000);

    test('a graph counted before articles without claims were counted per kind gets them on the next start', async () => {
      await store.upsertArticles([FIRST, SECOND].map(annotatedArticleToBatch));
      const quiet = { ...SECOND.article, text: `${SECOND.article.text} Nothing more.` };
      await store.upsertArticle(annotatedArticleToBatch({ ...SECOND, article: quiet, claims: [] }));
      // What the store counted before: articles with claims only.
      await neo4j.query('MATCH (d:ArticleKindCount) WHERE size(d.kinds) = 0 DELETE d');
      const upgraded = new Neo4jGraphStore(neo4j.target);
      try {
        await expectStatsCounted(upgraded);
        await expectKindStatsCounted(upgraded);
      } finally {
        await upgraded.close();
      }
    }, 60_000);

    test('a claim whose predicate is not in the vocabulary is refused before any Cypher runs', async () => {
      const batch = annotatedArticleToBatch(FIRST);
      const forged = {
        ...batch,
        claims: [{ ...batch.claims[0]!, predicate: 'KNOWS`]->() DETACH DELETE (x' as Predicate }],
      };
      await expect(store.upsertArticle(forged)).rejects.toBeInstanceOf(VocabularyError);
      expect((await store.stats(0)).articles).toBe(0);
      await expect(
        store.relations({ predicates: ['KNOWS' as Predicate] }, ALL),
      ).rejects.toBeInstanceOf(VocabularyError);
    });

    test('search syntax in the text never reaches Lucene as syntax', async () => {
      await store.upsertArticle(annotatedArticleToBatch(FIRST));
      await store.upsertArticle(annotatedArticleToBatch(SECOND));
      const names = async (text: string) =>
        (await store.findEntities({ text }, ALL)).items.map((e) => e.name);
      expect(await names('"sylvania" OR *')).toEqual([]);
      expect(await names('a:b~')).toEqual([]);
      expect(await names('sylvania~2')).toEqual([]);
      expect(await names('Sylvan*')).toEqual(['Sylvania', 'Sylvanian Army']);
      expect(await names('marsh AND province')).toEqual([]);
      expect(await names('marsh province')).toEqual(['Marsh Province']);
      for (const text of ['(', ')', '\\', '/', '[a TO z]', '{', 'x^2', '&&', '||', '!', '-', '+']) {
        await expect(store.findEntities({ text }, ALL)).resolves.toMatchObject({ totalCount: 0 });
      }
    });

    test('every word must stand in one name: words spread over two names do not match', async () => {
      await store.upsertArticle(annotatedArticleToBatch(FIRST));
      // Freedonia's names are "Freedonia", "Freedonie" and "Freedonian".
      expect((await store.findEntities({ text: 'freedonia freedonie' }, ALL)).totalCount).toBe(0);
    });

    test('a value relation ends on a :Value node that walks never cross', async () => {
      const quiet = (name: string): AnnotatedArticle => ({
        article: {
          title: `${name} is quiet`,
          language: 'en',
          publishedAt: '2025-04-01',
          text: `${name} has not commented on the border.`,
        },
        entities: [{ ref: 'x', kind: 'COUNTRY', name, mentions: [name] }],
        claims: [
          {
            subject: 'x',
            predicate: 'STATED_NO_COMMENT',
            value: 'the border',
            modality: 'ASSERTED',
            sentence: `${name} has not commented on the border.`,
          },
        ],
      });
      await store.upsertArticle(annotatedArticleToBatch(quiet('Freedonia')));
      await store.upsertArticle(annotatedArticleToBatch(quiet('Sylvania')));
      const values = await neo4j.query(
        'MATCH (:Entity)-[r:STATED_NO_COMMENT]->(v:Value) RETURN v.key AS key, count(r) AS n',
      );
      expect(values).toEqual([{ key: 'the border', n: 2 }]);
      const around = await store.neighborhood(entityId('COUNTRY', 'Freedonia'), {
        depth: 3,
        limit: 10,
      });
      expect(around!.entities.map((e) => e.name)).toEqual(['Freedonia']);
      expect(
        await store.paths(entityId('COUNTRY', 'Freedonia'), entityId('COUNTRY', 'Sylvania'), {
          maxHops: 3,
          first: 5,
        }),
      ).toEqual([]);
    });

    test('a relation left without claims is deleted, with its :Value node', async () => {
      await store.upsertArticle(annotatedArticleToBatch(SECOND));
      await store.upsertArticle(
        annotatedArticleToBatch({ ...SECOND, claims: SECOND.claims.slice(0, 1) }),
      );
      expect((await store.stats(0)).relations).toBe(1);
      expect(await neo4j.query('MATCH (v:Value) RETURN v')).toEqual([]);
    });

    test("a relation between entities keeps each end's id before its strength rank; one to a value keeps neither", async () => {
      await store.upsertArticles([FIRST, SECOND].map(annotatedArticleToBatch));
      const rows = (await neo4j.query(`MATCH (s)-[r]->(o) WHERE r.claimCount IS NOT NULL
RETURN s.id AS s, o.id AS o, o:Entity AS toEntity, r.strengthRank AS rank,
  [r.startStrengthKey, r.endStrengthKey] AS keys`)) as {
        s: string;
        o: string | null;
        toEntity: boolean;
        rank: string;
        keys: (string | null)[];
      }[];
      expect(new Set(rows.map((row) => row.toEntity))).toEqual(new Set([true, false]));
      for (const row of rows)
        expect(row.keys).toEqual(
          row.toEntity ? [`${row.s} ${row.rank}`, `${row.o} ${row.rank}`] : [null, null],
        );
    });
  });
});

describe('Neo4jGraphStore without a server', () => {
  test('requests fail fast with StoreUnavailableError when Neo4j is down', async () => {
    // Nothing listens on port 1: the connection is refused at once.
    const store = new Neo4jGraphStore({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'none',
      database: undefined,
    });
    try {
      const started = Date.now();
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.getEntities(['country:freedonia'])).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
      // Measured, not asserted tightly: the retries end after maxTransactionRetryTime.
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await store.close();
    }
  });
});

describe('the Neo4j vocabulary guard', () => {
  test('only predicates of the vocabulary become relationship types', () => {
    for (const predicate of PREDICATES) expect(relationshipType(predicate)).toBe(predicate);
    for (const value of [
      'KNOWS',
      'part_of',
      '',
      'PART_OF`]-() DETACH DELETE (n',
      'PART_OF|KNOWS',
    ]) {
      expect(() => relationshipType(value)).toThrow(VocabularyError);
      expect(() => relationTypes([value])).toThrow(VocabularyError);
    }
  });

  test('type expressions hold back-quoted vocabulary names only, in one order, the whole vocabulary by default', () => {
    expect(relationTypes(['SUPPLIES', 'PART_OF', 'SUPPLIES'])).toBe('`PART_OF`|`SUPPLIES`');
    // One text per set of predicates, however a client orders them: one cached plan.
    expect(relationTypes(['SUPPLIES', 'PART_OF'])).toBe(relationTypes(['PART_OF', 'SUPPLIES']));
    expect(relationTypes()).toBe(
      [...PREDICATES]
        .sort()
        .map((p) => `\`${p}\``)
        .join('|'),
    );
    expect(relationTypes([])).toBe(relationTypes());
  });

  test('provenance relationship types are never predicates', () => {
    for (const type of STRUCTURE_TYPES) expect(PREDICATES).not.toContain(type);
  });

  test('schema/neo4j constrains the relation id of every predicate and indexes its strength keys', () => {
    const statements = schemaStatements();
    for (const predicate of PREDICATES) {
      expect(statements.some((s) => s.includes(`()-[r:${predicate}]-()`))).toBe(true);
    }
    // And indexes both strength keys of each (neo4j-strength-keys.ts).
    for (const predicate of PREDICATES)
      for (const key of ['startStrengthKey', 'endStrengthKey'])
        expect(statements.some((s) => s.includes(`()-[r:${predicate}]-() ON (r.${key})`))).toBe(
          true,
        );
    // Each names its rule, which migrate() looks up before creating it.
    expect(new Set(statements.map(schemaRuleName)).size).toBe(statements.length);
  });
});

describe('Lucene escaping', () => {
  test('escapes every character of the Lucene query syntax', () => {
    expect(escapeLucene('a:b~')).toBe('a\\:b\\~');
    expect(escapeLucene('"x" OR *')).toBe('\\"x\\" OR \\*');
    expect(escapeLucene('+-!(){}[]^"~*?:\\/&|')).toBe(
      '\\+\\-\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/\\&\\|',
    );
  });

  test('requires every word as a word prefix', () => {
    expect(luceneQuery(['province', 'des'])).toBe('+province* +des*');
  });
});
