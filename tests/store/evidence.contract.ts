import type { AnnotatedArticle } from '../../src/domain/annotation';
import { newChangeStamp } from '../../src/domain/change';
import { InvalidInputError } from '../../src/domain/errors';
import type { ClaimSource } from '../../src/domain/evidence';
import {
  claimSource,
  countIndependentSources,
  sentenceKey,
  sourceKeyOf,
} from '../../src/domain/evidence';
import { entityId } from '../../src/domain/ids';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { GraphStore, TimelineRequest } from '../../src/store/graph-store';
import { FIRST, SECOND } from '../support/fixtures';
import {
  everyFilterShape,
  expectFilteredStatsCounted,
  expectKindStatsCounted,
  expectStatsCounted,
  matchingClaims,
} from './stats-oracle';
import { timelinesOfEveryClaim } from './timeline-oracle';

const ALL = { first: 100, offset: 0 };
const SYLVANIA = entityId('COUNTRY', 'Sylvania');
const FREEDONIA = entityId('COUNTRY', 'Freedonia');
const ARMY = entityId('ARMED_FORCE', 'Sylvanian Army');
const MARSH = entityId('LOCATION', 'Marsh Province');
const MOD = entityId('ORGANIZATION', 'Freedonia Ministry of Defence');
const COURIER = entityId('ORGANIZATION', 'Daily Courier');
const FIREFLY = entityId('PERSON', 'Rufus Firefly');

const ARMY_AND_MARSH = [
  { ref: 'army', kind: 'ARMED_FORCE', name: 'Sylvanian Army' },
  { ref: 'marsh', kind: 'LOCATION', name: 'Marsh Province' },
] as const;

/** A wire sentence with neither speaker nor relay: its source is the publisher. */
const WIRE = 'Sylvanian Army units were seen in the Marsh Province.';

/** The first outlet to print the wire story. */
export const THIRD: AnnotatedArticle = {
  article: {
    title: 'Units seen in the marshes',
    language: 'en',
    publishedAt: '2025-03-06',
    publisher: 'Evening Post',
    text: WIRE,
  },
  entities: [...ARMY_AND_MARSH],
  claims: [
    {
      subject: 'army',
      predicate: 'DEPLOYED_TO',
      object: 'marsh',
      modality: 'ASSERTED',
      sentence: WIRE,
    },
  ],
};

/** Another outlet prints the same story in capitals, and Sylvania denies it. */
export const FOURTH: AnnotatedArticle = {
  article: {
    title: 'Sylvania denies',
    language: 'en',
    publishedAt: '2025-03-10',
    publisher: 'Morning Star',
    text: 'SYLVANIAN ARMY units were seen in the Marsh Province!\nSylvania denied that its army is in the Marsh Province.',
  },
  entities: [...ARMY_AND_MARSH, { ref: 'sylvania', kind: 'COUNTRY', name: 'Sylvania' }],
  claims: [
    {
      subject: 'army',
      predicate: 'DEPLOYED_TO',
      object: 'marsh',
      modality: 'ASSERTED',
      sentence: 'SYLVANIAN ARMY units were seen in the Marsh Province!',
    },
    {
      subject: 'army',
      predicate: 'DEPLOYED_TO',
      object: 'marsh',
      modality: 'DENIED',
      attributedTo: 'sylvania',
      location: 'marsh',
      sentence: 'Sylvania denied that its army is in the Marsh Province.',
    },
  ],
};

/**
 * One sentence naming two speakers, printed by `publisher` after its
 * dateline: two independent sources in every copy.
 */
export function twoSpeakersInOneSentence(publisher: string, dateline: string): AnnotatedArticle {
  const sentence =
    'The Freedonia Ministry of Defence and Rufus Firefly confirmed that Sylvanian soldiers are in the Reed Valley.';
  return {
    article: {
      title: `Soldiers confirmed (${publisher})`,
      language: 'en',
      publishedAt: '2025-04-01',
      publisher,
      text: `${dateline} ${sentence}`,
    },
    entities: [
      { ref: 'army', kind: 'ARMED_FORCE', name: 'Sylvanian Army' },
      { ref: 'valley', kind: 'LOCATION', name: 'Reed Valley' },
      { ref: 'mod', kind: 'ORGANIZATION', name: 'Freedonia Ministry of Defence' },
      { ref: 'firefly', kind: 'PERSON', name: 'Rufus Firefly' },
    ],
    claims: ['mod', 'firefly'].map((speaker) => ({
      subject: 'army',
      predicate: 'DEPLOYED_TO' as const,
      object: 'valley',
      modality: 'CONFIRMED' as const,
      attributedTo: speaker,
      sentence,
    })),
  };
}

/** Ingestion times given by the writer, as an import keeping them does. */
export const INGESTED = [
  [FIRST, '2026-01-01T08:00:00.000Z'],
  [SECOND, '2026-01-01T09:00:00.000Z'],
  [THIRD, '2026-01-02T08:00:00.000Z'],
  [FOURTH, '2026-01-03T08:00:00.000Z'],
] as const;

export function stamped(article: AnnotatedArticle, ingestedAt: string) {
  const batch = annotatedArticleToBatch(article);
  return { ...batch, article: { ...batch.article, ingestedAt } };
}

/**
 * Stance, corroboration, timelines, filtered stats and "new since" (issue
 * 9): part of the GraphStore contract, run by defineGraphStoreContract.
 */
export function defineEvidenceContract(current: () => GraphStore): void {
  describe('evidence and dashboards', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      for (const [article, at] of INGESTED) await store.upsertArticle(stamped(article, at));
    });
    const deployed = async () =>
      (await store.relations({ predicates: ['DEPLOYED_TO'] }, ALL)).items[0]!;

    test('a page of a claim list is its slice of the whole list, in every order, totals leaving out what is judged WRONG', async () => {
      // Pages of one claim are walked through the articles where the store
      // walks (the SQLite store, sqlite-claim-pages.ts), of the whole list sorted.
      const [denial] = (await store.claims({ modalities: ['DENIED'] }, ALL)).items;
      await store.reviewClaim(denial!.id, 'WRONG', newChangeStamp('Ada', 'never said'));
      const pagesOfOne = async <T>(
        whole: { items: readonly T[]; totalCount: number },
        read: (page: { first: number; offset: number }) => Promise<{
          items: readonly T[];
          totalCount: number;
        }>,
      ) => {
        expect(whole.totalCount).toBe(whole.items.length);
        for (let offset = 0; offset <= whole.items.length; offset++)
          expect(await read({ first: 1, offset })).toEqual({
            items: whole.items.slice(offset, offset + 1),
            totalCount: whole.totalCount,
          });
      };
      const orders = ['PUBLISHED_ASC', 'PUBLISHED_DESC', 'INGESTED_ASC', 'INGESTED_DESC'] as const;
      const filters = [
        {},
        { predicates: ['DEPLOYED_TO' as const] },
        { entityId: SYLVANIA },
        { includeRejected: true },
      ];
      for (const order of orders)
        for (const filter of filters)
          await pagesOfOne(await store.claims(filter, ALL, order), (page) =>
            store.claims(filter, page, order),
          );
      const roles = [
        { entityId: ARMY, role: 'SUBJECT' as const },
        { entityId: MARSH, role: 'OBJECT' as const },
        { entityId: SYLVANIA, role: 'SUBJECT' as const },
      ];
      for (const options of [{}, { includeRejected: true }]) {
        const wholes = await store.claimsOfEntities(roles, ALL, options);
        for (const [i, whole] of wholes.entries())
          await pagesOfOne(
            whole,
            async (page) => (await store.claimsOfEntities(roles, page, options))[i]!,
          );
        const relation = (await deployed()).id;
        await pagesOfOne(
          (await store.claimsOfRelations([relation], ALL, options))[0]!,
          async (page) => (await store.claimsOfRelations([relation], page, options))[0]!,
        );
      }
    });

    test('a relation counts its claims by modality, supporting and denying, and independent sources', async () => {
      expect(await deployed()).toMatchObject({
        claimCount: 5,
        modality: 'CONFIRMED',
        claimsByModality: [
          { key: 'CONFIRMED', count: 1 },
          { key: 'ASSERTED', count: 3 },
          { key: 'DENIED', count: 1 },
        ],
        supporting: 4,
        denying: 1,
        // The two printings of the wire sentence are one story.
        independentSources: 4,
      });
      const [supplies] = (await store.relations({ predicates: ['SUPPLIES'] }, ALL)).items;
      expect(supplies).toMatchObject({ supporting: 1, denying: 0, independentSources: 1 });
    });

    test('two speakers named in one sentence are two independent sources, however many outlets print it', async () => {
      const located = async () =>
        (await store.relations({ objectId: entityId('LOCATION', 'Reed Valley') }, ALL)).items[0]!;
      await store.upsertArticle(
        stamped(twoSpeakersInOneSentence('Evening Post', 'PARIS —'), '2026-01-05T08:00:00.000Z'),
      );
      expect(await located()).toMatchObject({ claimCount: 2, independentSources: 2 });
      await store.upsertArticle(
        stamped(twoSpeakersInOneSentence('Morning Star', 'LONDON —'), '2026-01-05T09:00:00.000Z'),
      );
      expect(await located()).toMatchObject({ claimCount: 4, independentSources: 2 });
    });

    test('relations() filter on the modality of any of their claims, not judged WRONG', async () => {
      // The deployment's strongest claim confirms it: its denial is a weaker claim.
      expect((await store.relations({ modalities: ['DENIED'] }, ALL)).totalCount).toBe(0);
      const denied = await store.relations({ claimModalities: ['DENIED'] }, ALL);
      expect(denied.items.map((r) => [r.predicate, r.modality])).toEqual([
        ['DEPLOYED_TO', 'CONFIRMED'],
      ]);
      expect(denied.totalCount).toBe(1);
      const either = await store.relations({ claimModalities: ['DENIED', 'ALLEGED'] }, ALL);
      expect(either.items.map((r) => r.predicate).sort()).toEqual(['DEPLOYED_TO', 'SUPPLIES']);
      const [denial] = (await store.claims({ modalities: ['DENIED'] }, ALL)).items;
      await store.reviewClaim(denial!.id, 'WRONG', newChangeStamp('Ada', 'never said'));
      expect((await store.relations({ claimModalities: ['DENIED'] }, ALL)).totalCount).toBe(0);
    });

    test('relations() and claims() filter on contested', async () => {
      const contested = await store.relations({ contested: true }, ALL);
      expect(contested.items.map((r) => r.predicate)).toEqual(['DEPLOYED_TO']);
      const all = await store.relations({}, ALL);
      expect((await store.relations({ contested: false }, ALL)).totalCount).toBe(
        all.totalCount - 1,
      );
      const claims = await store.claims({ contested: true }, ALL);
      expect(claims.totalCount).toBe(5);
      expect(claims.items.every((c) => c.predicate === 'DEPLOYED_TO')).toBe(true);
      expect((await store.claims({ contested: true, text: 'denied' }, ALL)).totalCount).toBe(1);
      expect((await store.claims({ contested: false, text: 'denied' }, ALL)).totalCount).toBe(0);
    });

    test('sourcesOfRelations() lists distinct sources, most claims first, with their first claims', async () => {
      const relation = await deployed();
      const [sources, none] = await store.sourcesOfRelations([relation.id, 'relation:none'], {
        first: 10,
        claimsEach: 1,
      });
      expect(none).toEqual({ items: [], totalCount: 0 });
      expect(sources!.totalCount).toBe(5);
      expect(
        sources!.items.map((s) => [s.source.kind, s.source.entityId ?? s.source.publisher]),
      ).toEqual([
        ['PUBLISHER', 'Evening Post'],
        ['PUBLISHER', 'Morning Star'],
        ['SPEAKER', FREEDONIA],
        ['SPEAKER', SYLVANIA],
        ['SPEAKER', MOD],
      ]);
      const speaker = sources!.items[4]!;
      expect(speaker.claimCount).toBe(1);
      expect(speaker.claims.map((c) => [c.modality, c.reportedById])).toEqual([
        ['CONFIRMED', COURIER],
      ]);
      const [cut] = await store.sourcesOfRelations([relation.id], { first: 2, claimsEach: 0 });
      expect(cut!.items).toHaveLength(2);
      expect(cut!.items[0]!.claims).toEqual([]);
      expect(cut!.totalCount).toBe(5);
    });

    test('sourcesOfRelations() and independentSources, kept with the relations, equal a reading of their claims after ingest, re-ingest and retraction', async () => {
      const matchesClaims = async () => {
        const relations = (await store.relations({}, ALL)).items;
        const pages = await store.claimsOfRelations(
          relations.map((r) => r.id),
          ALL,
        );
        const articleIds = [...new Set(pages.flatMap((p) => p.items.map((c) => c.articleId)))];
        const articles = new Map(
          (await store.getArticles(articleIds)).map((a) => [a!.id, a!] as const),
        );
        const kept = await store.sourcesOfRelations(
          relations.map((r) => r.id),
          { first: 100, claimsEach: 2 },
        );
        relations.forEach((relation, i) => {
          // The read-time computation: every claim, in claim order, grouped by source.
          const claims = pages[i]!.items;
          const bySource = new Map<string, { source: ClaimSource; ids: string[] }>();
          for (const claim of claims) {
            const source = claimSource(claim, articles.get(claim.articleId)!);
            const entry = bySource.get(sourceKeyOf(source)) ?? { source, ids: [] };
            entry.ids.push(claim.id);
            bySource.set(sourceKeyOf(source), entry);
          }
          const keyOf = (s: ClaimSource) => s.entityId ?? s.publisher ?? s.articleId ?? '';
          const expected = [...bySource.values()]
            .sort(
              (a, b) =>
                b.ids.length - a.ids.length ||
                a.source.kind.localeCompare(b.source.kind) ||
                (keyOf(a.source) < keyOf(b.source) ? -1 : 1),
            )
            .map((s) => [s.source, s.ids.length, s.ids.slice(0, 2)]);
          expect(
            kept[i]!.items.map((s) => [s.source, s.claimCount, s.claims.map((c) => c.id)]),
          ).toEqual(expected);
          expect(kept[i]!.totalCount).toBe(expected.length);
          expect(relation.independentSources).toBe(
            countIndependentSources(
              claims.map((claim) => ({
                source: sourceKeyOf(claimSource(claim, articles.get(claim.articleId)!)),
                sentenceKey: sentenceKey(claim.sentence),
                speakerId: claim.attributedToId,
                agencyId: claim.reportedById,
              })),
            ),
          );
        });
        return relations.length;
      };
      expect(await matchesClaims()).toBeGreaterThan(1);
      // A re-ingest that changes who says it moves the claim to another source.
      const fourth = stamped(FOURTH, '2026-01-04T08:00:00.000Z');
      await store.upsertArticle({
        ...fourth,
        claims: fourth.claims.map((claim) => ({ ...claim, attributedToId: null })),
      });
      await matchesClaims();
      await store.retractArticle(fourth.article.id, newChangeStamp('Ada', 'withdrawn'));
      await matchesClaims();
      const [deployedSources] = await store.sourcesOfRelations([(await deployed()).id], {
        first: 10,
        claimsEach: 1,
      });
      expect(deployedSources!.items.map((s) => s.source.publisher)).not.toContain('Morning Star');
    });

    test('claims() filters by any role, item, location, publisher and ingestion time', async () => {
      const anyRole = await store.claims({ entityId: SYLVANIA }, ALL);
      expect(anyRole.totalCount).toBe(5);
      expect(
        (await store.claims({ entityId: COURIER }, ALL)).items.map((c) => c.reportedById),
      ).toEqual([COURIER]);
      expect((await store.claims({ itemId: entityId('COMMODITY', 'fuel') }, ALL)).totalCount).toBe(
        1,
      );
      expect((await store.claims({ locationId: MARSH }, ALL)).items.map((c) => c.modality)).toEqual(
        ['DENIED'],
      );
      expect((await store.claims({ publisher: 'Morning Star' }, ALL)).totalCount).toBe(2);
      const recent = await store.claims({ ingestedAfter: '2026-01-02T00:00:00.000Z' }, ALL);
      expect(recent.totalCount).toBe(3);
    });

    test('claims() searches sentences by words or word prefixes, ignoring case and accents', async () => {
      const marsh = await store.claims({ text: 'MARSH provín' }, ALL);
      expect(marsh.totalCount).toBe(9);
      expect(marsh.items.every((c) => /marsh province/i.test(c.sentence))).toBe(true);
      expect(
        (await store.claims({ text: 'denied marsh' }, ALL)).items.map((c) => c.modality),
      ).toEqual(['DENIED']);
      expect((await store.claims({ text: '?!' }, ALL)).totalCount).toBe(0);
      expect((await store.claims({ text: '"units" OR *' }, ALL)).totalCount).toBe(0);
      expect(
        (await store.claims({ text: 'units', publisher: 'Evening Post' }, ALL)).totalCount,
      ).toBe(1);
    });

    test('ingestedAt is kept from the writer, else stamped; an unchanged re-import keeps it', async () => {
      const [fourth] = (
        await store.listArticles({ first: 1, offset: 0 }, { order: 'INGESTED_DESC' })
      ).items;
      expect(fourth).toMatchObject({
        title: FOURTH.article.title,
        ingestedAt: '2026-01-03T08:00:00.000Z',
      });
      expect(await store.upsertArticle(stamped(FOURTH, '2027-01-01T00:00:00.000Z'))).toEqual({
        changed: false,
      });
      expect((await store.getArticles([fourth!.id]))[0]?.ingestedAt).toBe(
        '2026-01-03T08:00:00.000Z',
      );
      const before = Date.now();
      const changed = {
        ...FOURTH,
        article: { ...FOURTH.article, text: `${FOURTH.article.text}\nMore.` },
      };
      await store.upsertArticle(annotatedArticleToBatch(changed));
      const [latest] = (
        await store.listArticles({ first: 1, offset: 0 }, { order: 'INGESTED_DESC' })
      ).items;
      expect(latest!.title).toBe(FOURTH.article.title);
      expect(Date.parse(latest!.ingestedAt!)).toBeGreaterThanOrEqual(before);
      await expect(store.upsertArticle(stamped(THIRD, 'yesterday'))).rejects.toBeInstanceOf(
        InvalidInputError,
      );
    });

    test('articles and claims order by publication or ingestion, either way; articles filter on ingestedAfter', async () => {
      const titles = async (order: 'INGESTED_ASC' | 'PUBLISHED_ASC' | 'PUBLISHED_DESC') =>
        (await store.listArticles(ALL, { order })).items.map((a) => a.publishedAt);
      expect(await titles('INGESTED_ASC')).toEqual([
        '2025-03-02',
        '2025-03-05T09:30:00Z',
        '2025-03-06',
        '2025-03-10',
      ]);
      expect(await titles('PUBLISHED_DESC')).toEqual([
        '2025-03-10',
        '2025-03-06',
        '2025-03-05T09:30:00Z',
        '2025-03-02',
      ]);
      const since = await store.listArticles(ALL, { ingestedAfter: '2026-01-01T08:30:00.000Z' });
      expect(since.totalCount).toBe(3);
      const newest = await store.claims({}, { first: 2, offset: 0 }, 'INGESTED_DESC');
      // The newest article's claims, in the order of its text.
      expect(newest.items.map((c) => c.modality)).toEqual(['ASSERTED', 'DENIED']);
      const oldest = await store.claims({}, ALL, 'PUBLISHED_ASC');
      const latest = await store.claims({}, ALL, 'PUBLISHED_DESC');
      expect(latest.items.slice(0, 2).map((c) => c.id)).toEqual(
        oldest.items.slice(-2).map((c) => c.id),
      );
    });

    describe('timeline()', () => {
      const timeline = (request: Partial<TimelineRequest>, filter = {}) =>
        store.timeline(filter, {
          bucket: 'DAY',
          by: 'NONE',
          time: 'PUBLISHED',
          first: 100,
          ...request,
        });

      test('counts claims per ISO week and per month', async () => {
        expect((await timeline({ bucket: 'WEEK' })).buckets).toEqual([
          { start: '2025-02-24', key: null, count: 5 },
          { start: '2025-03-03', key: null, count: 5 },
          { start: '2025-03-10', key: null, count: 2 },
        ]);
        expect(await timeline({ bucket: 'MONTH' })).toEqual({
          buckets: [{ start: '2025-03-01', key: null, count: 12 }],
          truncated: false,
        });
      });

      test('places claims by event, publication or ingestion, split by a key, nulls first', async () => {
        const deployments = { predicates: ['DEPLOYED_TO' as const] };
        expect(
          (await timeline({ time: 'EVENT' }, deployments)).buckets.map((b) => [b.start, b.count]),
        ).toEqual([
          ['2025-03-01', 1],
          ['2025-03-05', 1],
          ['2025-03-06', 1],
          ['2025-03-10', 2],
        ]);
        expect(
          (await timeline({ by: 'SPEAKER' }, deployments)).buckets.map((b) => [b.start, b.key]),
        ).toEqual([
          ['2025-03-02', MOD],
          ['2025-03-05', FREEDONIA],
          ['2025-03-06', null],
          ['2025-03-10', null],
          ['2025-03-10', SYLVANIA],
        ]);
        expect((await timeline({ time: 'INGESTED', by: 'PUBLISHER' })).buckets).toEqual([
          { start: '2026-01-01', key: null, count: SECOND.claims.length },
          { start: '2026-01-01', key: 'Daily Courier', count: FIRST.claims.length },
          { start: '2026-01-02', key: 'Evening Post', count: 1 },
          { start: '2026-01-03', key: 'Morning Star', count: 2 },
        ]);
        const byModality = await timeline({ bucket: 'MONTH', by: 'MODALITY' });
        expect(byModality.buckets.find((b) => b.key === 'DENIED')?.count).toBe(1);
        expect(byModality.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(12);
      });

      test('the timeline of every claim, and of some predicates, modalities or a publisher, follows rewrites, verdicts and retractions', async () => {
        // The filters both stores answer from the counts they keep per day, and one they do not.
        const narrowed = {
          deployments: { predicates: ['DEPLOYED_TO' as const] },
          'denials and allegations': { modalities: ['DENIED' as const, 'ALLEGED' as const] },
          'Night Post': { publisher: 'Night Post' },
          'asserted deployments': {
            predicates: ['DEPLOYED_TO' as const],
            modalities: ['ASSERTED' as const],
          },
          'with those judged WRONG': {
            predicates: ['DEPLOYED_TO' as const],
            includeRejected: true,
          },
        };
        const expectCounted = async () => {
          const { answered, counted } = await timelinesOfEveryClaim(store, narrowed);
          expect(answered).toEqual(counted);
          return answered;
        };
        await expectCounted();
        // Written again, later, by another publisher: its claim moves on every axis.
        await store.upsertArticle(
          stamped(
            {
              ...THIRD,
              article: { ...THIRD.article, publishedAt: '2025-03-08', publisher: 'Night Post' },
            },
            '2026-01-04T08:00:00.000Z',
          ),
        );
        expect((await expectCounted())['PUBLISHED by PUBLISHER']).toContainEqual({
          start: '2025-03-08',
          key: 'Night Post',
          count: 1,
        });
        const [denial] = (await store.claims({ modalities: ['DENIED'] }, ALL)).items;
        await store.reviewClaim(denial!.id, 'WRONG', newChangeStamp('Ada', 'never said'));
        const judged = await expectCounted();
        expect(judged['EVENT by MODALITY']!.some((b) => b.key === 'DENIED')).toBe(false);
        await store.retractArticle(
          annotatedArticleToBatch(SECOND).article.id,
          newChangeStamp('Ada', 'withdrawn'),
        );
        const retracted = await expectCounted();
        expect(retracted['PUBLISHED by NONE']!.reduce((sum, b) => sum + b.count, 0)).toBe(
          12 - 1 - SECOND.claims.length,
        );
      });

      test('stats of the whole graph follow rewrites, verdicts, their undoing and retractions', async () => {
        const expectCounted = () => expectStatsCounted(store);
        const before = await expectCounted();
        await store.upsertArticle(
          stamped(
            {
              ...THIRD,
              article: { ...THIRD.article, publishedAt: '2025-03-08', publisher: 'Night Post' },
            },
            '2026-01-04T08:00:00.000Z',
          ),
        );
        expect((await expectCounted()).articlesByPublisher).toContainEqual({
          key: 'Night Post',
          count: 1,
        });
        const [denial] = (await store.claims({ modalities: ['DENIED'] }, ALL)).items;
        await store.reviewClaim(denial!.id, 'WRONG', newChangeStamp('Ada', 'never said'));
        const judged = await expectCounted();
        expect(judged.claims).toBe(before.claims - 1);
        expect(judged.claimsByModality.some((c) => c.key === 'DENIED')).toBe(false);
        await store.reviewClaim(denial!.id, 'CORRECT', newChangeStamp('Ada', 'said after all'));
        expect((await expectCounted()).claims).toBe(before.claims);
        await store.retractArticle(
          annotatedArticleToBatch(SECOND).article.id,
          newChangeStamp('Ada', 'withdrawn'),
        );
        const retracted = await expectCounted();
        expect(retracted.articles).toBe(before.articles - 1);
        expect(retracted.claims).toBe(before.claims - SECOND.claims.length);
      });

      test('articles without claims count per publisher in the whole graph, written so, rewritten so, or with their claims judged WRONG, until retracted', async () => {
        const expectCounted = () => expectStatsCounted(store);
        const quietGazette = { key: 'Quiet Gazette', count: 1 };
        const quiet: AnnotatedArticle = {
          ...THIRD,
          article: { ...THIRD.article, publisher: 'Quiet Gazette', text: `${WIRE} Nothing more.` },
          claims: [],
        };
        await store.upsertArticle(stamped(quiet, '2026-01-04T08:00:00.000Z'));
        expect((await expectCounted()).articlesByPublisher).toContainEqual(quietGazette);
        await store.upsertArticle(
          stamped({ ...quiet, claims: THIRD.claims }, '2026-01-04T09:00:00.000Z'),
        );
        expect((await expectCounted()).articlesByPublisher).toContainEqual(quietGazette);
        const [claim] = (await store.claims({ publisher: 'Quiet Gazette' }, ALL)).items;
        await store.reviewClaim(claim!.id, 'WRONG', newChangeStamp('Ada', 'never said'));
        expect((await expectCounted()).articlesByPublisher).toContainEqual(quietGazette);
        await store.upsertArticle(stamped(quiet, '2026-01-04T10:00:00.000Z'));
        expect((await expectCounted()).articlesByPublisher).toContainEqual(quietGazette);
        await store.retractArticle(
          annotatedArticleToBatch(quiet).article.id,
          newChangeStamp('Ada', 'withdrawn'),
        );
        expect((await expectCounted()).articlesByPublisher).not.toContainEqual(quietGazette);
      }, 60_000);

      test('stats narrowed to kinds alone follow rewrites, verdicts, their undoing and retractions', async () => {
        await expectKindStatsCounted(store);
        await store.upsertArticle(
          stamped(
            {
              ...THIRD,
              article: { ...THIRD.article, publishedAt: '2025-03-08', publisher: 'Night Post' },
            },
            '2026-01-04T08:00:00.000Z',
          ),
        );
        await expectKindStatsCounted(store);
        const [denial] = (await store.claims({ modalities: ['DENIED'] }, ALL)).items;
        await store.reviewClaim(denial!.id, 'WRONG', newChangeStamp('Ada', 'never said'));
        await expectKindStatsCounted(store);
        await store.reviewClaim(denial!.id, 'CORRECT', newChangeStamp('Ada', 'said after all'));
        await expectKindStatsCounted(store);
        await store.retractArticle(
          annotatedArticleToBatch(SECOND).article.id,
          newChangeStamp('Ada', 'withdrawn'),
        );
        await expectKindStatsCounted(store);
        // Some fifty stats and five dumps: on a busy Neo4j, more than jest's default 5 s.
      }, 120_000);

      test('stops at first and says so; nothing matching gives no buckets', async () => {
        const cut = await timeline({ by: 'MODALITY', first: 2 });
        expect(cut.buckets).toHaveLength(2);
        expect(cut.truncated).toBe(true);
        expect(await timeline({}, { subjectId: 'country:nowhere' })).toEqual({
          buckets: [],
          truncated: false,
        });
      });
    });

    describe('stats() with a filter', () => {
      test('narrows to predicates: claims, articles, relations and their ends', async () => {
        const stats = await store.stats(5, { predicates: ['DEPLOYED_TO'] });
        expect(stats).toMatchObject({ claims: 5, articles: 4, relations: 1, entities: 2 });
        expect(stats.mostConnected.map((m) => [m.entity.id, m.degree])).toEqual([
          [ARMY, 1],
          [MARSH, 1],
        ]);
        expect(stats.claimsByModality).toEqual([
          { key: 'ASSERTED', count: 3 },
          { key: 'CONFIRMED', count: 1 },
          { key: 'DENIED', count: 1 },
        ]);
      });

      test('counts articles per publisher, most first, those without one last; with a filter, the articles of matching claims', async () => {
        const perPublisher = (articles: readonly { publisher: string | null }[]) => {
          const counts = new Map<string | null, number>();
          for (const a of articles) counts.set(a.publisher, (counts.get(a.publisher) ?? 0) + 1);
          return [...counts]
            .map(([key, count]) => ({ key, count }))
            .sort(
              (a, b) =>
                b.count - a.count ||
                (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1),
            );
        };
        const unsigned = { ...THIRD.article, publisher: null, text: `${WIRE}\nNo byline.` };
        await store.upsertArticle(
          stamped({ ...THIRD, article: unsigned }, '2026-01-05T08:00:00.000Z'),
        );
        const all = (await store.listArticles(ALL)).items;
        expect(all.some((a) => a.publisher === null)).toBe(true);
        const stats = await store.stats(0);
        expect(stats.articlesByPublisher).toEqual(perPublisher(all));
        expect(stats.articlesByPublisher.map((p) => p.key)).toContain(null);
        const late = await store.stats(0, { from: '2025-03-06' });
        const lateClaims = (await store.claims({ from: '2025-03-06' }, ALL)).items;
        const lateArticles = await store.getArticles([
          ...new Set(lateClaims.map((c) => c.articleId)),
        ]);
        expect(late.articlesByPublisher).toEqual(perPublisher(lateArticles.map((a) => a!)));
        expect(late.articlesByPublisher.reduce((sum, p) => sum + p.count, 0)).toBe(late.articles);
      });

      test('narrows to an entity in any role, to a period and to kinds', async () => {
        const sylvania = await store.stats(5, { entityId: SYLVANIA });
        expect(sylvania.claims).toBe((await store.claims({ entityId: SYLVANIA }, ALL)).totalCount);
        const late = await store.stats(5, { from: '2025-03-06' });
        expect(late).toMatchObject({ claims: 3, articles: 2 });
        const people = await store.stats(5, { kinds: ['PERSON'] });
        expect(people).toMatchObject({
          claims: 1,
          entities: 1,
          entitiesByKind: [{ key: 'PERSON', count: 1 }],
        });
        expect(people.mostConnected.map((m) => m.entity.id)).toEqual([FIREFLY]);
        expect(await store.stats(5, { predicates: [] })).toEqual(await store.stats(5));
      });

      test('every filter shape counts what a recount of the matching claims gives, periods open at either end included', async () => {
        // Claims whose own time is open at one end, or spans the period's start.
        const sentence = 'Sylvania said its army left the Marsh Province.';
        await store.upsertArticle(
          stamped(
            {
              ...FOURTH,
              article: { ...FOURTH.article, publishedAt: '2025-03-12', text: sentence },
              claims: [
                ...[
                  { from: '2025-03-04', to: null },
                  { from: null, to: '2025-03-03' },
                  { from: '2025-02-01', to: '2025-03-04' },
                ].map((time, i) => ({
                  ...(
                    [
                      { subject: 'army', predicate: 'DEPLOYED_TO', object: 'marsh' },
                      { subject: 'marsh', predicate: 'LOCATED_IN', object: 'sylvania' },
                      { subject: 'army', predicate: 'FIGHTS_FOR', object: 'sylvania' },
                    ] as const
                  )[i]!,
                  modality: 'REPORTED' as const,
                  attributedTo: 'sylvania',
                  time,
                  sentence,
                })),
              ],
            },
            '2026-01-06T08:00:00.000Z',
          ),
        );
        await expectFilteredStatsCounted(store, [
          ...everyFilterShape({
            entityId: SYLVANIA,
            from: '2025-03-04',
            to: '2025-03-08',
            kinds: ['ARMED_FORCE', 'PERSON'],
            predicates: ['DEPLOYED_TO', 'SPOKESPERSON_OF'],
          }),
          { from: '2025-03-03' },
          { to: '2025-03-03' },
          { kinds: ['COUNTRY'] },
        ]);
        // An entity's claims in a period are listed as the stats count them: the SQLite store
        // reads them from each role's index of the period (migration 025).
        const dump = await store.dump();
        for (const filter of [
          { entityId: SYLVANIA, from: '2025-03-04', to: '2025-03-08' },
          { entityId: SYLVANIA, from: '2025-03-04' },
          { entityId: SYLVANIA, to: '2025-03-03' },
        ]) {
          const { items, totalCount } = await store.claims(filter, ALL);
          const expected = matchingClaims(dump, filter).map((claim) => claim.id);
          expect({ filter, listed: items.map((claim) => claim.id).sort(), totalCount }).toEqual({
            filter,
            listed: [...expected].sort(),
            totalCount: expected.length,
          });
          // Page by page, in either order, as the whole list gives them (the SQLite store sorts
          // a page of them from the matches of their first days only).
          for (const order of ['PUBLISHED_ASC', 'PUBLISHED_DESC'] as const) {
            const whole = (await store.claims(filter, ALL, order)).items.map((claim) => claim.id);
            const paged: string[] = [];
            for (let offset = 0; offset < whole.length; offset += 1)
              paged.push(
                ...(await store.claims(filter, { first: 1, offset }, order)).items.map(
                  (claim) => claim.id,
                ),
              );
            expect({ filter, order, paged }).toEqual({ filter, order, paged: whole });
          }
        }
        // Some thirty stats and one dump: on a busy Neo4j, more than jest's default 5 s.
      }, 120_000);
    });
  });
}
