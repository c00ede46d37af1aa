import type { AnnotatedArticle } from '../../src/domain/annotation';
import type { ArticleBatch } from '../../src/domain/article-batch';
import { newChangeStamp } from '../../src/domain/change';
import { ConflictError, InvalidInputError, NotFoundError } from '../../src/domain/errors';
import { entityId } from '../../src/domain/ids';
import { claimMovedTo } from '../../src/domain/merge';
import { claimEntityIds } from '../../src/domain/retraction';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import { RulesExtractor } from '../../src/ingest/rules-extractor';
import type { GraphStore } from '../../src/store/graph-store';
import { FIRST, SECOND } from '../support/fixtures';
import {
  FOURTH,
  FREEDONIA,
  LATER,
  OSTERLICH,
  REPUBLIC,
  SYLVANIA,
  THIRD,
} from '../support/merge-fixtures';
import { inClaimOrder } from '../support/claim-order';
import { expectKindStatsCounted, expectStatsCounted } from './stats-oracle';
import { timelinesOfEveryClaim } from './timeline-oracle';

const ARMY = entityId('ARMED_FORCE', 'Sylvanian Army');

/** Everything stored, relations included: what "exactly what was there" means. */
async function everything(store: GraphStore) {
  const relations = await store.exportPage('relations', null, 1000);
  return { ...(await store.dump()), relations };
}

const ALL = { first: 100, offset: 0 };

/** mergeEntities and unmergeEntities (issue 10, item 2): part of the GraphStore contract. */
export function defineMergeContract(current: () => GraphStore): void {
  describe('merging entities', () => {
    let store: GraphStore;
    const stamp = (reason = 'one country, two names') => newChangeStamp('Ada', reason);

    beforeEach(async () => {
      store = current();
      await store.upsertArticles([FIRST, SECOND, THIRD, FOURTH].map(annotatedArticleToBatch));
    });

    test('mergeEntities() then unmergeEntities() gives back exactly the graph there was', async () => {
      const before = await everything(store);
      // The fixture is what the promise is about: the duplicate in every role, in several articles.
      const named = before.claims.filter((c) => claimEntityIds(c).includes(REPUBLIC));
      expect(new Set(named.map((c) => c.articleId)).size).toBe(2);
      expect(named.some((c) => c.subjectId === REPUBLIC)).toBe(true);
      expect(named.some((c) => c.objectId === REPUBLIC)).toBe(true);
      expect(named.some((c) => c.attributedToId === REPUBLIC)).toBe(true);
      expect(named.some((c) => c.reportedById === REPUBLIC)).toBe(true);
      expect(named.some((c) => c.locationId === REPUBLIC)).toBe(true);
      expect(named.some((c) => c.itemId === REPUBLIC)).toBe(true);

      const merge = await store.mergeEntities(FREEDONIA, REPUBLIC, stamp());
      expect(await everything(store)).not.toEqual(before);
      const undone = await store.unmergeEntities(merge.mergeId, stamp('not the same after all'));
      expect(undone.unmerged).toBe(true);
      expect(await everything(store)).toEqual(before);
      expect(await store.survivorIds([REPUBLIC])).toEqual([REPUBLIC]);
      expect(await store.mergedFrom([FREEDONIA])).toEqual([[]]);
      const [found] = (await store.findEntities({ text: 'RoF' }, ALL)).items;
      expect(found?.id).toBe(REPUBLIC);
    });

    test("the timeline of every claim follows a merge and its undoing: the duplicate's words move to the survivor", async () => {
      const speakers = async () => {
        const { answered, counted } = await timelinesOfEveryClaim(store);
        expect(answered).toEqual(counted);
        return new Set(answered['EVENT by SPEAKER']!.map((bucket) => bucket.key));
      };
      expect(await speakers()).toContain(REPUBLIC);
      const merge = await store.mergeEntities(FREEDONIA, REPUBLIC, stamp());
      expect(await speakers()).not.toContain(REPUBLIC);
      await store.unmergeEntities(merge.mergeId, stamp('not the same after all'));
      expect(await speakers()).toContain(REPUBLIC);
    });

    test('stats of the whole graph follow a merge and its undoing', async () => {
      const expectCounted = () => expectStatsCounted(store);
      const before = await expectCounted();
      const merge = await store.mergeEntities(FREEDONIA, REPUBLIC, stamp());
      const merged = await expectCounted();
      expect(merged.entities).toBe(before.entities - 1);
      expect(merged.mostConnected.map((m) => m.entity.id)).not.toContain(REPUBLIC);
      await store.unmergeEntities(merge.mergeId, stamp('not the same after all'));
      expect(await expectCounted()).toEqual(before);
    });

    test('stats narrowed to kinds alone follow merges, of one kind or two, and their undoing', async () => {
      await expectKindStatsCounted(store);
      const merge = await store.mergeEntities(FREEDONIA, REPUBLIC, stamp());
      await expectKindStatsCounted(store);
      // An army merged into a country: its claims' ends change kind.
      const army = await store.mergeEntities(SYLVANIA, ARMY, stamp('the army is the state'));
      await expectKindStatsCounted(store);
      await store.unmergeEntities(army.mergeId, stamp('not the same after all'));
      await expectKindStatsCounted(store);
      await store.unmergeEntities(merge.mergeId, stamp('not the same after all'));
      await expectKindStatsCounted(store);
    }, 120_000);

    test("an entity's claims in each role follow a merge and its undoing, in claim order, with their totals", async () => {
      const roles = ['SUBJECT', 'OBJECT', 'SPEAKER', 'REPORTER'] as const;
      const field = {
        SUBJECT: 'subjectId',
        OBJECT: 'objectId',
        SPEAKER: 'attributedToId',
        REPORTER: 'reportedById',
      } as const;
      const requests = [FREEDONIA, REPUBLIC].flatMap((id) =>
        roles.map((role) => ({ entityId: id, role })),
      );
      // Each page as the stored claims say it should be: those naming the entity in the role.
      const expectPagesFollowClaims = async () => {
        const { claims } = await store.dump();
        const pages = await store.claimsOfEntities(requests, ALL);
        const expected = await Promise.all(
          requests.map(async ({ entityId, role }) => {
            const items = await inClaimOrder(
              store,
              claims.filter((c) => c[field[role]] === entityId),
            );
            return { items, totalCount: items.length };
          }),
        );
        expect(pages).toEqual(expected);
        return pages;
      };
      const before = await expectPagesFollowClaims();
      expect(before.filter((page) => page.totalCount > 0).length).toBeGreaterThanOrEqual(5);
      const merge = await store.mergeEntities(FREEDONIA, REPUBLIC, stamp());
      const merged = await expectPagesFollowClaims();
      expect(merged.slice(roles.length).every((page) => page.totalCount === 0)).toBe(true);
      await store.unmergeEntities(merge.mergeId, stamp('not the same after all'));
      expect(await expectPagesFollowClaims()).toEqual(before);
    });

    test('mergeEntities() moves every claim, mention and name to the survivor and rebuilds the relations', async () => {
      const before = await everything(store);
      const result = await store.mergeEntities(FREEDONIA, REPUBLIC, stamp());
      expect(result).toMatchObject({ merged: true, intoId: FREEDONIA });
      const after = await everything(store);

      expect(after.entities.map((e) => e.id)).not.toContain(REPUBLIC);
      expect(after.claims).toEqual(before.claims.map((c) => claimMovedTo(c, REPUBLIC, FREEDONIA)));
      expect(after.mentions).toEqual(
        before.mentions.map((m) => (m.entityId === REPUBLIC ? { ...m, entityId: FREEDONIA } : m)),
      );
      const [survivor] = await store.getEntities([FREEDONIA]);
      expect(survivor?.aliases).toEqual(
        expect.arrayContaining([
          { lang: 'und', text: 'Republic of Freedonia' },
          { lang: 'fr', text: 'République de Freedonie' },
          { lang: 'en', text: 'RoF' },
        ]),
      );
      // Relations the two stated separately are one now, with both claims.
      const sanctions = after.relations.filter(
        (r) => r.predicate === 'SANCTIONS' && r.objectId === SYLVANIA,
      );
      expect(sanctions).toHaveLength(1);
      expect(sanctions[0]).toMatchObject({ subjectId: FREEDONIA, claimCount: 2 });
      const located = after.relations.filter((r) => r.predicate === 'LOCATED_IN');
      expect(located).toHaveLength(1);
      expect(located[0]).toMatchObject({ objectId: FREEDONIA, claimCount: 2 });
      expect(
        after.relations.filter((r) => r.subjectId === REPUBLIC || r.objectId === REPUBLIC),
      ).toEqual([]);
      expect(after.relations.map((r) => r.id)).toEqual(
        (await store.relations({}, { first: 1000, offset: 0 })).items.map((r) => r.id).sort(),
      );
      const [found] = (await store.findEntities({ text: 'Republic of Freedonia' }, ALL)).items;
      expect(found?.id).toBe(FREEDONIA);
    });

    test('the old id resolves to the survivor, which lists it in mergedFrom', async () => {
      await store.mergeEntities(FREEDONIA, REPUBLIC, stamp());
      expect(await store.getEntities([REPUBLIC])).toEqual([null]);
      expect(await store.survivorIds([REPUBLIC, FREEDONIA, 'country:nowhere'])).toEqual([
        FREEDONIA,
        FREEDONIA,
        'country:nowhere',
      ]);
      expect(await store.mergedFrom([FREEDONIA, SYLVANIA])).toEqual([[REPUBLIC], []]);
    });

    test('the merge is in the history, under its id and both entities, with what it moved', async () => {
      const { mergeId, change } = await store.mergeEntities(FREEDONIA, REPUBLIC, stamp());
      expect(change).toMatchObject({
        editor: 'Ada',
        action: 'MERGE_ENTITIES',
        reason: 'one country, two names',
        after: { mergeId, intoId: FREEDONIA, fromId: REPUBLIC },
      });
      expect(change.before).toMatchObject({
        from: { id: REPUBLIC, name: 'Republic of Freedonia' },
      });
      for (const id of [mergeId, FREEDONIA, REPUBLIC]) {
        expect((await store.history(id, ALL)).items.map((c) => c.id)).toContain(change.id);
      }
      const undone = await store.unmergeEntities(mergeId, stamp('wrong'));
      expect(undone.change).toMatchObject({ action: 'UNMERGE_ENTITIES', reason: 'wrong' });
      expect((await store.history(mergeId, ALL)).items.map((c) => c.action)).toEqual([
        'MERGE_ENTITIES',
        'UNMERGE_ENTITIES',
      ]);
    });

    test('mergeEntities() twice, either way round, is one merge', async () => {
      const first = await store.mergeEntities(FREEDONIA, REPUBLIC, stamp());
      const merged = await everything(store);
      for (const [into, from] of [
        [FREEDONIA, REPUBLIC],
        [REPUBLIC, FREEDONIA],
      ] as const) {
        const again = await store.mergeEntities(into, from, stamp());
        expect(again).toEqual({ ...first, merged: false });
      }
      expect(await everything(store)).toEqual(merged);
      expect((await store.history(first.mergeId, ALL)).totalCount).toBe(1);
    });

    test('unmergeEntities() twice is one unmerge', async () => {
      const { mergeId } = await store.mergeEntities(FREEDONIA, REPUBLIC, stamp());
      const first = await store.unmergeEntities(mergeId, stamp());
      const restored = await everything(store);
      expect(await store.unmergeEntities(mergeId, stamp())).toEqual({ ...first, unmerged: false });
      expect(await everything(store)).toEqual(restored);
    });

    test('merging an entity into itself, or unknown ids, are refused and change nothing', async () => {
      const before = await everything(store);
      await expect(store.mergeEntities(FREEDONIA, FREEDONIA, stamp())).rejects.toBeInstanceOf(
        InvalidInputError,
      );
      await expect(
        store.mergeEntities(FREEDONIA, 'country:nowhere', stamp()),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        store.mergeEntities('country:nowhere', FREEDONIA, stamp()),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.unmergeEntities('merge:nowhere', stamp())).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect(await everything(store)).toEqual(before);
    });

    test('merges chain: an id merged into a merged entity resolves to the last survivor', async () => {
      const inner = await store.mergeEntities(FREEDONIA, REPUBLIC, stamp());
      const outer = await store.mergeEntities(SYLVANIA, FREEDONIA, stamp());
      expect(await store.survivorIds([REPUBLIC, FREEDONIA])).toEqual([SYLVANIA, SYLVANIA]);
      expect(await store.mergedFrom([SYLVANIA])).toEqual([[FREEDONIA, REPUBLIC].sort()]);
      // The old id of an old id names the same merge.
      expect((await store.mergeEntities(SYLVANIA, REPUBLIC, stamp())).mergeId).toBe(inner.mergeId);
      await expect(store.unmergeEntities(inner.mergeId, stamp())).rejects.toBeInstanceOf(
        ConflictError,
      );
      await store.unmergeEntities(outer.mergeId, stamp());
      await store.unmergeEntities(inner.mergeId, stamp());
      expect(await store.survivorIds([REPUBLIC, FREEDONIA])).toEqual([REPUBLIC, FREEDONIA]);
    });

    test('an article written after the merge that names the merged entity is written on the survivor', async () => {
      await store.mergeEntities(FREEDONIA, REPUBLIC, stamp());
      const later: ArticleBatch = annotatedArticleToBatch(LATER);
      await store.upsertArticle(later);
      expect(await store.getEntities([REPUBLIC])).toEqual([null]);
      const claims = (await store.claims({ articleId: later.article.id }, ALL)).items;
      expect(claims.map((c) => [c.subjectId, c.predicate, c.objectId])).toEqual([
        [FREEDONIA, 'AT_WAR_WITH', OSTERLICH],
      ]);
      const mentions = (await store.mentionsOfArticles([later.article.id]))[0]!;
      expect(mentions.map((m) => m.entityId).sort()).toEqual([FREEDONIA, OSTERLICH].sort());
      const [war] = (
        await store.relations({ predicates: ['AT_WAR_WITH'], objectId: OSTERLICH }, ALL)
      ).items;
      expect(war).toMatchObject({ subjectId: FREEDONIA, objectId: OSTERLICH, claimCount: 1 });
    });

    test('ingesting a new article that names the merged entity puts its claims on the survivor', async () => {
      const extractor = new RulesExtractor();
      const ingest = async (text: string) => {
        const article = { text, title: text, language: 'en', publishedAt: '2025-03-10' };
        const { candidateEntityIds, ...batch } = await extractor.extract(article, store);
        void candidateEntityIds;
        await store.upsertArticle(batch);
        return batch.article.id;
      };
      await ingest('Russia supplied artillery shells to the Zorblandian Army, the Kremlin said.');
      const made = entityId('ARMED_FORCE', 'Zorblandian Army');
      expect((await store.getEntities([made]))[0]?.candidate).toBe(true);
      await store.mergeEntities(ARMY, made, stamp());

      const later = await ingest('Russia supplied fuel to the Zorblandian Army on Monday.');
      expect(await store.getEntities([made])).toEqual([null]);
      const claims = (await store.claims({ articleId: later }, ALL)).items;
      expect(claims.map((c) => [c.subjectId, c.predicate, c.objectId])).toEqual([
        [entityId('COUNTRY', 'Russia'), 'SUPPLIES', ARMY],
      ]);
      const mentions = (await store.mentionsOfArticles([later]))[0]!;
      expect(
        mentions.filter((m) => m.surface === 'Zorblandian Army').map((m) => m.entityId),
      ).toEqual([ARMY]);
    });
    test('ingests racing a merge of an entity they name never re-create it: every claim and mention lands on the survivor', async () => {
      const race = async (round: number) => {
        const [duplicate, survivor] = raceEntities(round);
        await store.upsertArticle(annotatedArticleToBatch(namingBoth(round, 0)));
        const ingest = (n: number) =>
          store.upsertArticle(annotatedArticleToBatch(namingBoth(round, n)));
        // Ingests start before, beside and after the merge, so some read while it runs.
        const half = RACE_INGESTS / 2;
        await Promise.all([
          ...Array.from({ length: half }, (_, i) => ingest(i + 1)),
          store.mergeEntities(survivor, duplicate, stamp()),
          ...Array.from({ length: half }, (_, i) => ingest(half + i + 1)),
        ]);
      };
      const rounds = Array.from({ length: RACE_ROUNDS }, (_, i) => i + 1);
      for (const round of rounds) await race(round);

      const dump = await store.dump();
      for (const round of rounds) {
        const [duplicate, survivor] = raceEntities(round);
        expect(dump.entities.map((e) => e.id)).not.toContain(duplicate);
        expect(dump.claims.filter((c) => claimEntityIds(c).includes(duplicate))).toEqual([]);
        expect(dump.mentions.filter((m) => m.entityId === duplicate)).toEqual([]);
        expect(await store.survivorIds([duplicate])).toEqual([survivor]);
        const survivorClaims = dump.claims.filter((c) => claimEntityIds(c).includes(survivor));
        expect(survivorClaims).toHaveLength(2 * (RACE_INGESTS + 1));
      }
    }, 120_000);
  });
}

/** The race test's rounds, each on fresh entities: one run tries the race this often. */
const RACE_ROUNDS = 10;
const RACE_INGESTS = 8;

/** The names of the country a race round merges away and of its survivor. */
function raceNames(round: number): [string, string] {
  return [`Xland ${round}`, `Yland ${round}`];
}

/** The ids of the entity a race round merges away and of its survivor. */
function raceEntities(round: number): [string, string] {
  const [duplicate, survivor] = raceNames(round);
  return [entityId('COUNTRY', duplicate), entityId('COUNTRY', survivor)];
}

/** Article `n` of a race round: names the round's duplicate and its survivor, one claim each. */
function namingBoth(round: number, n: number): AnnotatedArticle {
  const [duplicate, survivor] = raceNames(round);
  const war = `${duplicate} is at war with Osterlich, report ${n} says.`;
  const sanctions = `${survivor} sanctions Osterlich.`;
  return {
    article: {
      title: `Report ${n} of round ${round}`,
      language: 'en',
      publishedAt: '2025-05-01',
      text: `${war}\n${sanctions}`,
    },
    entities: [
      { ref: 'duplicate', kind: 'COUNTRY', name: duplicate, mentions: [duplicate] },
      { ref: 'survivor', kind: 'COUNTRY', name: survivor, mentions: [survivor] },
      { ref: 'osterlich', kind: 'COUNTRY', name: 'Osterlich', mentions: ['Osterlich'] },
    ],
    claims: [
      {
        subject: 'duplicate',
        predicate: 'AT_WAR_WITH',
        object: 'osterlich',
        modality: 'ASSERTED',
        sentence: war,
      },
      {
        subject: 'survivor',
        predicate: 'SANCTIONS',
        object: 'osterlich',
        modality: 'ASSERTED',
        sentence: sanctions,
      },
    ],
  };
}
