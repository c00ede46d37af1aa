import { newChangeStamp } from '../../src/domain/change';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { ClaimFilter, GraphStore } from '../../src/store/graph-store';
import { FIRST, SECOND } from '../support/fixtures';
import { FOURTH, FREEDONIA, REPUBLIC, THIRD } from '../support/merge-fixtures';
import { matchingClaims } from './stats-oracle';

const ALL = { first: 100, offset: 0 };

/** A day of THIRD's, the days after it (FOURTH's), the days up to FOURTH's. */
const periodsOf = (entityId: string): ClaimFilter[] => [
  { entityId, from: '2025-03-07', to: '2025-03-07' },
  { entityId, from: '2025-03-08' },
  { entityId, to: '2025-03-08' },
];

/**
 * Lists each filter's claims and checks them against the claims of the
 * store's dump that the filter matches, in the order of the entity's whole
 * list; returns the claims listed.
 */
async function expectRecounted(
  store: GraphStore,
  filters: readonly ClaimFilter[],
): Promise<string[][]> {
  const dump = await store.dump();
  const lists: string[][] = [];
  for (const filter of filters) {
    const matching = new Set(matchingClaims(dump, filter).map((claim) => claim.id));
    const whole = await store.claims({ entityId: filter.entityId! }, ALL);
    const { items, totalCount } = await store.claims(filter, ALL);
    const listed = items.map((claim) => claim.id);
    expect({ filter, listed, totalCount }).toEqual({
      filter,
      listed: whole.items.map((claim) => claim.id).filter((id) => matching.has(id)),
      totalCount: matching.size,
    });
    lists.push(listed);
  }
  return lists;
}

/**
 * An entity's claims in a period (issue 12 item 6): the Neo4j store reads
 * them from each role's index of the claims' kept periods, which every
 * write keeps (schema/neo4j/025), the SQLite store from its period indexes
 * (schema/sqlite/025).
 */
export function defineClaimsInPeriodContract(current: () => GraphStore): void {
  describe("an entity's claims in a period", () => {
    let store: GraphStore;
    const stamp = (reason: string) => newChangeStamp('Ada', reason);

    beforeEach(async () => {
      store = current();
      await store.upsertArticles([FIRST, SECOND, THIRD, FOURTH].map(annotatedArticleToBatch));
    });

    test('are those a recount finds in every role, the place and the item too, through a merge, a verdict WRONG then CORRECT, and an unmerge', async () => {
      const dump = await store.dump();
      const [day, after] = await expectRecounted(store, periodsOf(REPUBLIC));
      const roleOf = (ids: string[], role: 'locationId' | 'itemId') =>
        dump.claims.some((claim) => ids.includes(claim.id) && claim[role] === REPUBLIC);
      expect([roleOf(day!, 'locationId'), roleOf(after!, 'itemId')]).toEqual([true, true]);

      const merge = await store.mergeEntities(FREEDONIA, REPUBLIC, stamp('one country'));
      const [merged] = await expectRecounted(store, periodsOf(FREEDONIA));
      expect(merged).toEqual(expect.arrayContaining(day!));
      await store.reviewClaim(day![0]!, 'WRONG', stamp('misread'));
      const [judged] = await expectRecounted(store, periodsOf(FREEDONIA));
      expect(judged).toEqual(merged!.filter((id) => id !== day![0]));
      // Judged right after all, the claim is listed again where it was: its period was kept.
      await store.reviewClaim(day![0]!, 'CORRECT', stamp('read again'));
      expect((await expectRecounted(store, periodsOf(FREEDONIA)))[0]).toEqual(merged);

      await store.unmergeEntities(merge.mergeId, stamp('two countries'));
      await expectRecounted(store, periodsOf(REPUBLIC));
    });

    test('follow an article written again with a new date to its new day', async () => {
      const march = { entityId: REPUBLIC, from: '2025-03-08', to: '2025-03-31' };
      const may = { entityId: REPUBLIC, from: '2025-05-01' };
      const [inMarch, inMay] = await expectRecounted(store, [march, may]);
      expect([inMarch!.length, inMay!.length]).toEqual([1, 0]);
      const moved = { ...FOURTH, article: { ...FOURTH.article, publishedAt: '2025-05-02' } };
      await store.upsertArticle(annotatedArticleToBatch(moved));
      const [nowInMarch, nowInMay] = await expectRecounted(store, [march, may]);
      expect([nowInMarch, nowInMay]).toEqual([[], inMarch]);
    });
  });
}
