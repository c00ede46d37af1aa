import type { ArticleBatch } from '../../src/domain/article-batch';
import { newChangeStamp } from '../../src/domain/change';
import type { Claim } from '../../src/domain/claim';
import { NotFoundError } from '../../src/domain/errors';
import type { ClaimReview } from '../../src/domain/review';
import { entityId } from '../../src/domain/ids';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { GraphStore } from '../../src/store/graph-store';
import { nameHead } from '../../src/domain/name-key';
import { FIRST, SECOND } from '../support/fixtures';
import { expectKindStatsCounted } from './stats-oracle';

const ALL = { first: 100, offset: 0 };
const FREEDONIA = entityId('COUNTRY', 'Freedonia');
const SYLVANIA = entityId('COUNTRY', 'Sylvania');
const FIREFLY = entityId('PERSON', 'Rufus Firefly');
const ARMY = entityId('ARMED_FORCE', 'Sylvanian Army');
const OSTERLICH = entityId('COUNTRY', 'Osterlich');
const FUEL = entityId('COMMODITY', 'fuel');

/** SECOND as an extractor unsure of Osterlich and fuel might have written it. */
function secondWithCandidates(): ArticleBatch {
  const batch = second();
  const unsure = new Set([OSTERLICH, FUEL]);
  return {
    ...batch,
    entities: batch.entities.map((e) => (unsure.has(e.id) ? { ...e, candidate: true } : e)),
  };
}

/** SECOND, stored at a fixed time so that two writes of it compare equal. */
function second(keep: (claim: Claim) => boolean = () => true): ArticleBatch {
  const batch = annotatedArticleToBatch(SECOND);
  return {
    ...batch,
    article: { ...batch.article, ingestedAt: '2026-01-02T10:00:00.000Z' },
    claims: batch.claims.filter(keep),
  };
}

const isSanction = (claim: Claim) => claim.predicate === 'SANCTIONS';
/** The second of the two claims of the army's deployment: its relation keeps the first. */
const isSecondDeployment = (claim: Claim) =>
  claim.predicate === 'DEPLOYED_TO' && claim.attributedToId === FREEDONIA;

/** Every answer a judged claim must leave: lists, relations with their sources, stats, timeline, walks. */
async function answers(store: GraphStore) {
  const relations = (await store.relations({}, ALL)).items;
  return {
    relations,
    sources: await store.sourcesOfRelations(
      relations.map((r) => r.id),
      { first: 10, claimsEach: 10 },
    ),
    claims: (await store.claims({}, ALL)).items,
    bySubject: await store.claimsOfEntities(
      [
        { entityId: FREEDONIA, role: 'SUBJECT' },
        { entityId: ARMY, role: 'SUBJECT' },
        { entityId: FIREFLY, role: 'SPEAKER' },
      ],
      ALL,
    ),
    ofRelations: await store.claimsOfRelations(
      relations.map((r) => r.id),
      ALL,
    ),
    stats: await store.stats(10),
    filteredStats: await store.stats(10, { entityId: SYLVANIA }),
    timeline: await store.timeline(
      {},
      { bucket: 'DAY', by: 'PREDICATE', time: 'PUBLISHED', first: 50 },
    ),
    neighborhood: await store.neighborhood(FIREFLY, { depth: 2, limit: 20, attribution: true }),
    paths: await store.paths(FREEDONIA, SYLVANIA, { maxHops: 2, first: 10, attribution: true }),
    dump: await store.dump(),
  };
}

/** reviewClaim (issue 10, item 3): part of the GraphStore contract. */
export function defineReviewContract(current: () => GraphStore): void {
  describe('reviewing a claim', () => {
    let store: GraphStore;
    // A second apart: the history orders changes made in one millisecond by a random id.
    let seconds = 0;
    const stamp = (note: string | null = 'Firefly announced nothing of the kind') =>
      newChangeStamp('Ada', note, new Date(Date.UTC(2026, 0, 2) + 1000 * seconds++));

    beforeEach(async () => {
      store = current();
      await store.upsertArticle(annotatedArticleToBatch(FIRST));
    });

    test('a claim judged WRONG leaves every answer as if it had never been written; CORRECT brings it back', async () => {
      await store.upsertArticle(
        second((claim) => !isSanction(claim) && !isSecondDeployment(claim)),
      );
      const without = await answers(store);
      await store.upsertArticle(second());
      const withAll = await answers(store);
      const wrong = second().claims.filter((c) => isSanction(c) || isSecondDeployment(c));
      expect(wrong).toHaveLength(2);
      for (const claim of wrong) await store.reviewClaim(claim.id, 'WRONG', stamp());
      expect(await answers(store)).toEqual(without);
      for (const claim of wrong) await store.reviewClaim(claim.id, 'CORRECT', stamp('checked'));
      expect(await answers(store)).toEqual(withAll);
      // Four full readings of the graph: generous on a shared, busy machine.
    }, 120_000);

    test('includeRejected lists the claims judged WRONG, by any filter, text included', async () => {
      await store.upsertArticle(second());
      const sanction = second().claims.find(isSanction)!;
      await store.reviewClaim(sanction.id, 'WRONG', stamp());
      const ids = async (filter: Parameters<GraphStore['claims']>[0]) =>
        (await store.claims(filter, ALL)).items.map((c) => c.id);
      expect(await ids({ predicates: ['SANCTIONS'] })).toEqual([]);
      expect(await ids({ predicates: ['SANCTIONS'], includeRejected: true })).toEqual([
        sanction.id,
      ]);
      expect(await ids({ attributedToId: FIREFLY })).toEqual([]);
      expect(await ids({ attributedToId: FIREFLY, includeRejected: true })).toEqual([sanction.id]);
      expect(await ids({ text: 'sanctions' })).toEqual([]);
      expect(await ids({ text: 'sanctions', includeRejected: true })).toEqual([sanction.id]);
      expect((await store.claims({ includeRejected: true }, ALL)).totalCount).toBe(9);
      expect((await store.claims({}, ALL)).totalCount).toBe(8);
    });

    test("an entity's and a relation's claims, and claims filtered by one role, leave a claim judged WRONG out unless includeRejected asks for it", async () => {
      await store.upsertArticle(second());
      const deployment = second().claims.find(isSecondDeployment)!;
      await store.reviewClaim(deployment.id, 'WRONG', stamp());
      const requests = [
        { entityId: deployment.subjectId, role: 'SUBJECT' as const },
        { entityId: FREEDONIA, role: 'SPEAKER' as const },
      ];
      const [relation] = (
        await store.relations({ subjectId: deployment.subjectId, predicates: ['DEPLOYED_TO'] }, ALL)
      ).items;
      // The relation keeps its other claim, so it is still there to list its claims.
      expect(relation).toBeDefined();
      const lists = async (includeRejected?: boolean) => [
        ...(await store.claimsOfEntities(requests, ALL, { includeRejected })),
        ...(await store.claimsOfRelations([relation!.id], ALL, { includeRejected })),
        // The entities' lists asked as claims filtered by one role.
        await store.claims({ subjectId: deployment.subjectId, includeRejected }, ALL),
        await store.claims({ attributedToId: FREEDONIA, includeRejected }, ALL),
      ];
      const without = await lists();
      expect(await lists(false)).toEqual(without);
      const withRejected = await lists(true);
      expect(withRejected).toHaveLength(5);
      for (const [index, page] of withRejected.entries()) {
        const kept = without[index]!;
        expect(kept.items.map((c) => c.id)).not.toContain(deployment.id);
        expect(page.items.map((c) => c.id)).toContain(deployment.id);
        expect(page.totalCount).toBe(kept.totalCount + 1);
        expect(page.items.filter((c) => c.id !== deployment.id)).toEqual(kept.items);
      }
    });

    test('a merge moves a claim judged WRONG with the others, and it stays judged; unmerge moves it back', async () => {
      await store.upsertArticle(second());
      const sanction = second().claims.find(isSanction)!;
      expect(sanction.subjectId).toBe(FREEDONIA);
      await store.reviewClaim(sanction.id, 'WRONG', stamp());
      const sanctions = async (includeRejected: boolean) =>
        (await store.claims({ predicates: ['SANCTIONS'], includeRejected }, ALL)).items;
      const merge = await store.mergeEntities(OSTERLICH, FREEDONIA, stamp('one country'));
      expect((await sanctions(true)).map((c) => [c.id, c.subjectId])).toEqual([
        [sanction.id, OSTERLICH],
      ]);
      expect(await sanctions(false)).toEqual([]);
      await store.unmergeEntities(merge.mergeId, stamp('two countries after all'));
      expect((await sanctions(true)).map((c) => [c.id, c.subjectId])).toEqual([
        [sanction.id, FREEDONIA],
      ]);
      expect(await sanctions(false)).toEqual([]);
    });

    test('the verdict outlives writing the article again, with or without the claim in between', async () => {
      await store.upsertArticle(second());
      const sanction = second().claims.find(isSanction)!;
      await store.reviewClaim(sanction.id, 'WRONG', stamp());
      await store.upsertArticle(second((claim) => !isSanction(claim)));
      expect(await store.upsertArticle(second())).toEqual({ changed: true });
      expect((await store.claims({ predicates: ['SANCTIONS'] }, ALL)).totalCount).toBe(0);
      expect((await store.relations({ predicates: ['SANCTIONS'] }, ALL)).totalCount).toBe(0);
      expect(
        (await store.claims({ predicates: ['SANCTIONS'], includeRejected: true }, ALL)).items,
      ).toEqual([sanction]);
      const [review] = await store.claimReviews([sanction.id]);
      expect(review).toMatchObject({ claimId: sanction.id, verdict: 'WRONG', editor: 'Ada' });
    });

    test('the same verdict twice is one review; each change is in the history with before and after', async () => {
      await store.upsertArticle(second());
      const sanction = second().claims.find(isSanction)!;
      const first = await store.reviewClaim(sanction.id, 'WRONG', stamp());
      expect(first.changed).toBe(true);
      expect(first.review).toMatchObject({
        claimId: sanction.id,
        verdict: 'WRONG',
        note: 'Firefly announced nothing of the kind',
        editor: 'Ada',
      });
      expect(await store.reviewClaim(sanction.id, 'WRONG', stamp())).toEqual({
        changed: false,
        review: first.review,
      });
      await store.reviewClaim(sanction.id, 'CORRECT', stamp(null));
      const history = (await store.history(sanction.id, ALL)).items;
      expect(
        history.map(({ action, editor, reason, before, after, targetIds }) => ({
          action,
          editor,
          reason,
          before,
          after,
          targetIds,
        })),
      ).toEqual([
        {
          action: 'REVIEW_CLAIM',
          editor: 'Ada',
          reason: 'Firefly announced nothing of the kind',
          before: null,
          after: { verdict: 'WRONG', note: 'Firefly announced nothing of the kind' },
          targetIds: [sanction.id, sanction.articleId],
        },
        {
          action: 'REVIEW_CLAIM',
          editor: 'Ada',
          reason: null,
          before: { verdict: 'WRONG', note: 'Firefly announced nothing of the kind' },
          after: { verdict: 'CORRECT', note: null },
          targetIds: [sanction.id, sanction.articleId],
        },
      ]);
      expect((await store.history(sanction.articleId, ALL)).totalCount).toBe(2);
      expect(await store.claimReviews([sanction.id, 'claim:none'])).toEqual([
        expect.objectContaining({ verdict: 'CORRECT', note: null }),
        null,
      ]);
    });

    test("exportPage('reviewedClaims') pages through the judged claims by id, WRONG ones too, each with its verdict", async () => {
      await store.upsertArticle(second());
      expect(await store.exportPage('reviewedClaims', null, 10)).toEqual([]);
      const judged = second()
        .claims.filter((c) => isSanction(c) || isSecondDeployment(c))
        .concat(annotatedArticleToBatch(FIRST).claims[0]!);
      const verdicts = ['WRONG', 'CORRECT', 'WRONG'] as const;
      const reviews: ClaimReview[] = [];
      for (const [index, claim] of judged.entries())
        reviews.push((await store.reviewClaim(claim.id, verdicts[index]!, stamp())).review);
      const expected = judged
        .map((claim, index) => ({ id: claim.id, claim, review: reviews[index]! }))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      const first = await store.exportPage('reviewedClaims', null, 2);
      const rest = await store.exportPage('reviewedClaims', first.at(-1)!.id, 2);
      expect([...first, ...rest]).toEqual(expected);
      // A judgement whose claim is no longer stored has nothing to export.
      await store.retractArticle(judged[0]!.articleId, stamp('withdrawn'));
      expect(await store.exportPage('reviewedClaims', null, 10)).toEqual(
        expected.filter((item) => item.claim.articleId !== judged[0]!.articleId),
      );
    });

    test('reviewClaim() of an unknown or retracted claim is NotFoundError and records nothing', async () => {
      await expect(store.reviewClaim('claim:none', 'WRONG', stamp())).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await store.upsertArticle(second());
      const sanction = second().claims.find(isSanction)!;
      await store.retractArticle(sanction.articleId, stamp('withdrawn'));
      await expect(store.reviewClaim(sanction.id, 'WRONG', stamp())).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect(await store.claimReviews([sanction.id])).toEqual([null]);
    });
  });

  describe('reviewing an entity', () => {
    let store: GraphStore;
    const stamp = () => newChangeStamp('Ada', 'the republic, by its German name');
    const edit = {
      name: 'Republic of Osterlich',
      aliases: [{ lang: 'de', text: 'Österlich' }],
      accept: true,
    };

    beforeEach(async () => {
      store = current();
      await store.upsertArticle(secondWithCandidates());
    });

    test('reviewEntity() renames, adds aliases and accepts a candidate; the old name and each alias still find it', async () => {
      const result = await store.reviewEntity(OSTERLICH, edit, stamp());
      expect(result.changed).toBe(true);
      expect(result.entity).toMatchObject({
        id: OSTERLICH,
        name: 'Republic of Osterlich',
        kind: 'COUNTRY',
        candidate: false,
      });
      expect(result.entity.aliases).toContainEqual({ lang: 'de', text: 'Österlich' });
      expect((await store.getEntities([OSTERLICH]))[0]).toEqual(result.entity);
      for (const text of ['Österlich', 'Osterlich', 'Republic of Osterlich'])
        expect((await store.findEntities({ text }, ALL)).items.map((e) => e.id)).toContain(
          OSTERLICH,
        );
      // What ingestion links an article's names to.
      const linked = await store.entitiesByNameHeads([nameHead('Österlich')]);
      expect(linked.map((e) => e.id)).toContain(OSTERLICH);
    });

    test('writing the article again keeps the review: accepted stays accepted, the name and kind stay', async () => {
      await store.reviewEntity(OSTERLICH, edit, stamp());
      await store.reviewEntity(FUEL, { kind: 'EVENT' }, stamp());
      const unsure = secondWithCandidates();
      await store.upsertArticle({ ...unsure, claims: unsure.claims.filter((c) => !isSanction(c)) });
      await store.upsertArticle(secondWithCandidates());
      const [osterlich, fuel] = await store.getEntities([OSTERLICH, FUEL]);
      expect(osterlich).toMatchObject({ name: 'Republic of Osterlich', candidate: false });
      expect(fuel).toMatchObject({ kind: 'EVENT', candidate: true });
    });

    test("stats narrowed to kinds alone follow an entity's new kind, and its old one again", async () => {
      await expectKindStatsCounted(store);
      await store.reviewEntity(OSTERLICH, { kind: 'ORGANIZATION' }, stamp());
      await expectKindStatsCounted(store);
      expect((await store.stats(5, { kinds: ['ORGANIZATION'] })).mostConnected).toContainEqual(
        expect.objectContaining({ entity: expect.objectContaining({ id: OSTERLICH }) }),
      );
      await store.reviewEntity(OSTERLICH, { kind: 'COUNTRY' }, stamp());
      await expectKindStatsCounted(store);
    }, 60_000);

    test('the same review twice is one change, listed under the entity with each alias added', async () => {
      const first = await store.reviewEntity(OSTERLICH, edit, stamp());
      expect(await store.reviewEntity(OSTERLICH, edit, stamp())).toEqual({
        changed: false,
        entity: first.entity,
      });
      const history = (await store.history(OSTERLICH, ALL)).items;
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        action: 'REVIEW_ENTITY',
        editor: 'Ada',
        reason: 'the republic, by its German name',
        targetIds: [OSTERLICH],
        before: { name: 'Osterlich', kind: 'COUNTRY', candidate: true, aliases: [] },
        after: {
          name: 'Republic of Osterlich',
          candidate: false,
          addedAliases: [{ lang: 'de', text: 'Österlich' }],
        },
      });
      await expect(store.reviewEntity('country:nowhere', edit, stamp())).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });
  });
}
