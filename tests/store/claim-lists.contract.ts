import { newChangeStamp } from '../../src/domain/change';
import type { Claim } from '../../src/domain/claim';
import { entityId } from '../../src/domain/ids';
import { relationIdOf } from '../../src/domain/relation';
import type { ClaimFilter, GraphDump, GraphStore } from '../../src/store/graph-store';
import { INGESTED, stamped } from './evidence.contract';
import { matchingClaims } from './stats-oracle';

const ALL = { first: 100, offset: 0 };
const SYLVANIA = entityId('COUNTRY', 'Sylvania');
const ARMY = entityId('ARMED_FORCE', 'Sylvanian Army');
const OSTERLICH = entityId('COUNTRY', 'Osterlich');

/**
 * The filters the Neo4j store reads in the list's order from an index
 * (issue 12 item 6): every claim, an entity in any role, contested or not
 * (alone or with other fields), a period alone (closed, open at either end),
 * the articles stored after a time (within a day, at a day's start, before
 * every article, on the last one's day), an entity in any role with some
 * predicates (as object, speaker, subject; two at once), contested or not
 * with some predicates.
 */
const filtersOf = (entity: string): ClaimFilter[] => [
  {},
  { entityId: entity },
  { entityId: ARMY },
  { contested: true },
  { contested: false },
  { from: '2025-03-05', to: '2025-03-07' },
  { from: '2025-03-08' },
  { to: '2025-03-05' },
  { ingestedAfter: '2026-01-01T08:30:00.000Z' },
  { contested: true, predicates: ['DEPLOYED_TO'] },
  { contested: false, entityId: entity },
  // Stored after a day's start (a day alone), before every article, on the last article's day.
  { ingestedAfter: '2026-01-02' },
  { ingestedAfter: '2025-12-31T23:00:00.000Z' },
  { ingestedAfter: '2026-01-03T07:00:00.000Z' },
  // Once merged with Osterlich, Sylvania supplies itself: the claim is listed and counted once.
  { entityId: entity, predicates: ['SUPPLIES'] },
  { entityId: entity, predicates: ['DEPLOYED_TO'] },
  { entityId: entity, predicates: ['SANCTIONS', 'PART_OF'] },
  { entityId: ARMY, predicates: ['DEPLOYED_TO'] },
  { contested: true, predicates: ['DEPLOYED_TO', 'SANCTIONS'] },
  { contested: false, predicates: ['DEPLOYED_TO', 'SUPPLIES'] },
];

/** The order of every claim list: the article's publication, its id, the sentence's start, the claim's id. */
function inListOrder(dump: GraphDump, claims: readonly Claim[]): string[] {
  const publishedAt = new Map(dump.articles.map((a) => [a.id, a.publishedAt]));
  const key = (c: Claim) => [
    publishedAt.get(c.articleId)!,
    c.articleId,
    String(1e10 + c.sentenceSpan.start),
    c.id,
  ];
  return [...claims]
    .map((claim) => ({ id: claim.id, key: key(claim) }))
    .sort((x, y) => {
      const i = x.key.findIndex((part, k) => part !== y.key[k]);
      return i < 0 ? 0 : x.key[i]! < y.key[i]! ? -1 : 1;
    })
    .map(({ id }) => id);
}

/** The claims of the store's dump (none judged WRONG) a filter lists, in the list's order. */
async function recounted(store: GraphStore, filter: ClaimFilter): Promise<string[]> {
  const dump = await store.dump();
  const contested = new Set(
    (await store.relations({ contested: true }, ALL)).items.map((relation) => relation.id),
  );
  const { contested: wanted, ingestedAfter, ...rest } = filter;
  const ingestedAt = new Map(dump.articles.map((a) => [a.id, a.ingestedAt ?? '']));
  const matching = matchingClaims(dump, rest).filter(
    (claim) =>
      (wanted === undefined || contested.has(relationIdOf(claim)) === wanted) &&
      (ingestedAfter === undefined || ingestedAt.get(claim.articleId)! > ingestedAfter),
  );
  return inListOrder(dump, matching);
}

/**
 * Lists each filter's claims, whole and two at a time from every offset,
 * and checks them and their total against `expected` (by default a recount
 * of the dump); returns the lists.
 */
async function expectListed(
  store: GraphStore,
  filters: readonly ClaimFilter[],
  expected: (filter: ClaimFilter, i: number) => Promise<string[]> = (filter) =>
    recounted(store, filter),
): Promise<string[][]> {
  const lists: string[][] = [];
  for (const [i, filter] of filters.entries()) {
    const ids = await expected(filter, i);
    const { items, totalCount } = await store.claims(filter, ALL);
    const paged: string[] = [];
    for (let offset = 0; offset < ids.length; offset += 2) {
      const page = await store.claims(filter, { first: 2, offset });
      expect({ filter, offset, total: page.totalCount }).toEqual({
        filter,
        offset,
        total: ids.length,
      });
      paged.push(...page.items.map((claim) => claim.id));
    }
    const listed = items.map((claim) => claim.id);
    expect({ filter, listed, paged, totalCount }).toEqual({
      filter,
      listed: ids,
      paged: ids,
      totalCount: ids.length,
    });
    lists.push(listed);
  }
  return lists;
}

/**
 * Claim lists anchored on no entity of one role nor predicate (issue 12
 * item 6): the Neo4j store reads them in the order of every list from
 * ordered indexes and counts them from kept counts (schema/neo4j/026), so
 * they are checked against a recount through every write that moves their
 * claims or counts.
 */
export function defineClaimListsContract(current: () => GraphStore): void {
  describe('claim lists of every claim, an entity in any role, contested or not, a period, stored after a time', () => {
    let store: GraphStore;
    const stamp = (reason: string) => newChangeStamp('Ada', reason);

    beforeEach(async () => {
      store = current();
      for (const [article, at] of INGESTED) await store.upsertArticle(stamped(article, at));
    });

    test('are those a recount finds, page by page with their totals, through a verdict WRONG (listed again with those judged WRONG), a merge and an unmerge', async () => {
      const before = await expectListed(store, filtersOf(SYLVANIA));
      expect(before.every((list) => list.length > 0)).toBe(true);
      // A claim supporting the contested relation, which stays contested without it.
      const { items: contested } = await store.claims({ contested: true }, ALL);
      const supporting = contested.find((claim) => claim.modality !== 'DENIED')!;
      await store.reviewClaim(supporting.id, 'WRONG', stamp('misread'));
      const after = await expectListed(store, filtersOf(SYLVANIA));
      expect(after[3]).toEqual(before[3]!.filter((id) => id !== supporting.id));
      // With the claims judged WRONG, every claim, the contested or not and those stored after a
      // time are listed as before.
      const judged = [0, 3, 4, 8];
      await expectListed(
        store,
        judged.map((i) => ({ ...filtersOf(SYLVANIA)[i], includeRejected: true })),
        (_filter, i) => Promise.resolve(before[judged[i]!]!),
      );

      // Osterlich said to supply Sylvania, once merged, names Sylvania in two roles: listed once.
      const merge = await store.mergeEntities(SYLVANIA, OSTERLICH, stamp('one country'));
      await expectListed(store, filtersOf(SYLVANIA));
      await store.unmergeEntities(merge.mergeId, stamp('two countries'));
      await expectListed(store, [...filtersOf(SYLVANIA), { entityId: OSTERLICH }]);
    }, 120_000);

    test('follow a relation no longer contested once its denying claims are judged WRONG, and contested again once judged CORRECT', async () => {
      const every = await recounted(store, {});
      const { items: contested } = await store.claims({ contested: true }, ALL);
      const denying = contested.filter((claim) => claim.modality === 'DENIED');
      expect(denying.length).toBeGreaterThan(0);
      for (const claim of denying) await store.reviewClaim(claim.id, 'WRONG', stamp('misread'));
      await expectListed(store, filtersOf(SYLVANIA));
      // No relation is contested now, the judged claims' included: every claim is of the others.
      expect((await store.claims({ contested: true }, ALL)).totalCount).toBe(0);
      await expectListed(
        store,
        [
          { contested: true, includeRejected: true },
          { contested: false, includeRejected: true },
        ],
        (_filter, i) => Promise.resolve(i === 0 ? [] : every),
      );
      for (const claim of denying) await store.reviewClaim(claim.id, 'CORRECT', stamp('checked'));
      await expectListed(store, filtersOf(SYLVANIA));
      const again = await store.claims({ contested: true }, ALL);
      expect(again.items.map((claim) => claim.id)).toEqual(contested.map((claim) => claim.id));
    }, 120_000);

    test('follow a claim lasting from before a period into it, and one no longer lasting', async () => {
      const [first, firstAt] = INGESTED[0];
      const lasting = (to: string) => ({
        ...first,
        claims: first.claims.map((claim, i) =>
          i === 0 ? { ...claim, time: { from: '2025-02-20', to } } : claim,
        ),
      });
      await store.upsertArticle(stamped(lasting('2025-03-09'), firstAt));
      const periods = filtersOf(SYLVANIA).slice(5, 8);
      const [within, after] = await expectListed(store, periods);
      await store.upsertArticle(stamped(lasting('2025-02-21'), firstAt));
      const [shorter, shorterAfter] = await expectListed(store, periods);
      expect([within!.length - shorter!.length, after!.length - shorterAfter!.length]).toEqual([
        1, 1,
      ]);
    }, 120_000);

    test('follow an article written again with a claim fewer, and one retracted', async () => {
      const [third, thirdAt] = INGESTED[2];
      const [fourth, fourthAt] = INGESTED[3];
      const fewer = { ...third, claims: third.claims.slice(1) };
      await store.upsertArticle(stamped(fewer, thirdAt));
      await expectListed(store, filtersOf(SYLVANIA));
      await store.retractArticle(stamped(fourth, fourthAt).article.id, stamp('withdrawn'));
      await expectListed(store, filtersOf(SYLVANIA));
    }, 120_000);

    test('follow an article written again on a later day, its claims stored then', async () => {
      const [first] = INGESTED[0];
      const later = '2026-01-03T09:00:00.000Z';
      const stored = { ...first, claims: first.claims.slice(1) };
      await store.upsertArticle(stamped(stored, later));
      const dump = await store.dump();
      const firstId = stamped(first, later).article.id;
      expect(dump.articles.find((a) => a.id === firstId)?.ingestedAt).toBe(later);
      const [afterItsDay] = await expectListed(store, [
        { ingestedAfter: '2026-01-03T08:30:00.000Z' },
        ...filtersOf(SYLVANIA),
      ]);
      expect(afterItsDay!.length).toBe(stored.claims.length);
    }, 120_000);
  });
}
