import type { AnnotatedArticle } from '../../src/domain/annotation';
import { InvalidInputError, VocabularyError } from '../../src/domain/errors';
import { entityId } from '../../src/domain/ids';
import { nameHead, NAME_HEAD_WORDS } from '../../src/domain/name-key';
import type { Predicate } from '../../src/domain/predicates';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import { compareText } from '../../src/domain/entity';
import type { ExportItems, ExportKind, GraphStore, PageRequest } from '../../src/store/graph-store';
import { MAX_PAGE_END } from '../../src/store/page-bounds';
import { FIRST, SECOND } from '../support/fixtures';
import { defineCurationContract } from './curation.contract';
import { defineEvidenceContract } from './evidence.contract';
import { defineWalksContract } from './walks.contract';
import { relationOf } from '../support/walk-graph';
import {
  claimOrderArticles,
  inClaimOrder,
  ORDER_HUB,
  ORDERED_FILTERS,
  ORDERED_ROLES,
  pagesOf,
} from '../support/claim-order';
import { defineRetractionContract } from './retraction.contract';
import { defineMergeContract } from './merge.contract';
import { defineReviewContract } from './review.contract';
import { defineClaimListsContract } from './claim-lists.contract';
import { defineClaimsInPeriodContract } from './claims-in-period.contract';

const ALL = { first: 100, offset: 0 };
const FREEDONIA = entityId('COUNTRY', 'Freedonia');
const SYLVANIA = entityId('COUNTRY', 'Sylvania');
const OSTERLICH = entityId('COUNTRY', 'Osterlich');
const ARMY = entityId('ARMED_FORCE', 'Sylvanian Army');
const MARSH = entityId('LOCATION', 'Marsh Province');
const MOD = entityId('ORGANIZATION', 'Freedonia Ministry of Defence');
const FIREFLY = entityId('PERSON', 'Rufus Firefly');
const COURIER = entityId('ORGANIZATION', 'Daily Courier');

/**
 * The definition of a correct GraphStore. Each backend's test file calls it
 * once with a factory returning a fresh, empty, migrated store.
 */
export function defineGraphStoreContract(name: string, openStore: () => Promise<GraphStore>): void {
  describe(`${name} honours the GraphStore contract`, () => {
    let store: GraphStore;
    const load = async (...articles: AnnotatedArticle[]) => {
      for (const article of articles) await store.upsertArticle(annotatedArticleToBatch(article));
    };

    beforeEach(async () => {
      store = await openStore();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('writing', () => {
      test('migrate() twice is harmless', async () => {
        await store.migrate();
        await load(FIRST);
        await store.migrate();
        expect((await store.stats(5)).articles).toBe(1);
      });

      test('upsertArticle() twice with the same text changes nothing', async () => {
        const batch = annotatedArticleToBatch(FIRST);
        expect(await store.upsertArticle(batch)).toEqual({ changed: true });
        const before = await store.dump();
        expect(await store.upsertArticle(batch)).toEqual({ changed: false });
        expect(await store.dump()).toEqual(before);
      });

      test('concurrent upserts of one batch: none fails, exactly one reports a change', async () => {
        const batch = annotatedArticleToBatch(FIRST);
        const results = await Promise.all(
          Array.from({ length: 8 }, () => store.upsertArticle(batch)),
        );
        expect(results.filter((r) => r.changed)).toHaveLength(1);
        expect((await store.stats(0)).articles).toBe(1);
      });

      test('concurrent upserts of articles sharing entities: none fails, nothing is duplicated, each relation counts its claims', async () => {
        const renamed = (n: number): AnnotatedArticle => ({
          ...SECOND,
          article: { ...SECOND.article, text: `${SECOND.article.text}\nUpdate ${n}.` },
        });
        await Promise.all([FIRST, SECOND, renamed(1), renamed(2), renamed(3)].map((a) => load(a)));
        const stats = await store.stats(0);
        expect(stats).toMatchObject({ articles: 5, entities: 9 });
        const claimsPerRelation = await store.relations({}, ALL);
        const total = claimsPerRelation.items.reduce((sum, r) => sum + r.claimCount, 0);
        expect(total).toBe(stats.claims);
      });

      test('the dump holds exactly what was written', async () => {
        const batch = annotatedArticleToBatch(FIRST);
        await store.upsertArticle(batch);
        const dump = await store.dump();
        expect(dump.articles).toEqual([{ ...batch.article, ingestedAt: expect.any(String) }]);
        expect(dump.claims).toEqual([...batch.claims].sort((a, b) => (a.id < b.id ? -1 : 1)));
        expect(dump.mentions).toEqual([...batch.mentions].sort((a, b) => (a.id < b.id ? -1 : 1)));
        expect(dump.entities.map((e) => e.id)).toEqual(batch.entities.map((e) => e.id).sort());
      });

      test('re-importing an article with other annotations replaces its claims and relations', async () => {
        await load(FIRST);
        const fewer: AnnotatedArticle = { ...FIRST, claims: FIRST.claims.slice(2) };
        await load(fewer);
        const claims = await store.claims(
          { articleId: annotatedArticleToBatch(FIRST).article.id },
          ALL,
        );
        expect(claims.totalCount).toBe(FIRST.claims.length - 2);
        expect((await store.relations({ predicates: ['DEPLOYED_TO'] }, ALL)).totalCount).toBe(0);
      });

      test('upsertArticle() refuses, and writes nothing of, a batch outside the vocabulary or naming unknown entities', async () => {
        const batch = annotatedArticleToBatch(FIRST);
        const [claim] = batch.claims;
        const unknownPredicate = {
          ...batch,
          claims: [{ ...claim!, predicate: 'INVADED' as Predicate }],
        };
        await expect(store.upsertArticle(unknownPredicate)).rejects.toBeInstanceOf(VocabularyError);
        const unknownEntity = { ...batch, entities: batch.entities.filter((e) => e.id !== ARMY) };
        await expect(store.upsertArticle(unknownEntity)).rejects.toBeInstanceOf(InvalidInputError);
        expect(await store.dump()).toEqual({
          articles: [],
          entities: [],
          mentions: [],
          claims: [],
        });
      });

      test('an entity stays a candidate only until an article names it without doubt', async () => {
        const first = annotatedArticleToBatch(FIRST);
        const unsure = {
          ...first,
          entities: first.entities.map((e) => (e.id === MARSH ? { ...e, candidate: true } : e)),
        };
        await store.upsertArticle(unsure);
        const [marsh, freedonia] = await store.getEntities([MARSH, FREEDONIA]);
        expect([marsh?.candidate, freedonia?.candidate]).toEqual([true, false]);
        await store.upsertArticle(annotatedArticleToBatch(SECOND));
        expect((await store.getEntities([MARSH]))[0]?.candidate).toBe(false);
        const secondUnsure = annotatedArticleToBatch({
          ...SECOND,
          article: { ...SECOND.article, text: `${SECOND.article.text}\nAgain.` },
        });
        await store.upsertArticle({
          ...secondUnsure,
          entities: secondUnsure.entities.map((e) => ({ ...e, candidate: true })),
        });
        expect((await store.getEntities([MARSH]))[0]?.candidate).toBe(false);
      });

      test('an entity named by two articles keeps the labels and aliases of both', async () => {
        await load(FIRST, SECOND);
        const [sylvania] = await store.getEntities([SYLVANIA]);
        expect(sylvania?.labels).toEqual([{ lang: 'fr', text: 'Sylvanie' }]);
        expect(sylvania?.aliases).toEqual([
          { lang: 'en', text: 'SYL' },
          { lang: 'en', text: 'Sylvanian' },
        ]);
      });
    });

    describe('reading by id', () => {
      test('getEntities() answers in the order asked, null for unknown ids', async () => {
        await load(FIRST);
        const found = await store.getEntities([MARSH, 'country:nowhere', FREEDONIA]);
        expect(found.map((e) => e?.name ?? null)).toEqual(['Marsh Province', null, 'Freedonia']);
        expect(found[0]?.kind).toBe('LOCATION');
      });

      test('getArticles() and listArticles() return articles newest first', async () => {
        await load(FIRST, SECOND);
        const page = await store.listArticles(ALL);
        expect(page.totalCount).toBe(2);
        expect(page.items.map((a) => a.title)).toEqual([SECOND.article.title, FIRST.article.title]);
        const [missing, first] = await store.getArticles(['article:none', page.items[1]!.id]);
        expect(missing).toBeNull();
        expect(first?.publishedAt).toBe('2025-03-02');
        expect(first?.publisher).toBe('Daily Courier');
      });
    });

    describe('findEntities()', () => {
      beforeEach(() => load(FIRST, SECOND));
      const names = async (text: string, kinds?: ('COUNTRY' | 'ORGANIZATION')[]) =>
        (await store.findEntities({ text, kinds }, ALL)).items.map((e) => e.name);

      test('matches labels and aliases in any language, ignoring case and accents', async () => {
        expect(await names('freedonie')).toContain('Freedonia');
        expect(await names('PROVINCE DES MARAIS')).toEqual(['Marsh Province']);
        expect(await names('fmd')).toEqual(['Freedonia Ministry of Defence']);
        expect(await names('Sylvanié')).toContain('Sylvania');
      });

      test('puts an exact name before a prefix before a mere word match', async () => {
        expect((await names('sylvania'))[0]).toBe('Sylvania');
        expect(await names('sylvanian')).toEqual(['Sylvania', 'Sylvanian Army']);
        expect((await names('Freedonia'))[0]).toBe('Freedonia');
      });

      test('filters by kind and pages with a total', async () => {
        expect(await names('freedonia', ['ORGANIZATION'])).toEqual([
          'Freedonia Ministry of Defence',
        ]);
        const page = await store.findEntities({ text: 'freedonia' }, { first: 1, offset: 1 });
        expect(page.totalCount).toBe(2);
        expect(page.items).toHaveLength(1);
      });

      test('treats search syntax as plain text and finds nothing in punctuation', async () => {
        expect(await names('"sylvania" OR *')).toEqual([]);
        expect(await names('syl*')).toContain('Sylvania');
        expect(await names('  ?!  ')).toEqual([]);
        expect(await names('atlantis')).toEqual([]);
      });
    });

    describe('entitiesByNameHeads()', () => {
      beforeEach(() => load(FIRST, SECOND));
      const ids = async (...names: string[]) =>
        (await store.entitiesByNameHeads(names.map(nameHead))).map((e) => e.id);

      test('finds entities by any name, label or alias, folded as the gazetteer folds them, by id', async () => {
        expect(await ids('FREEDONIE')).toEqual([FREEDONIA]);
        expect(await ids('Province-des-Marais')).toEqual([MARSH]);
        expect(await ids('fmd', 'Rufus Firefly', 'Sylvanian')).toEqual(
          [FIREFLY, MOD, SYLVANIA].sort(),
        );
        expect(await ids('sylvanie', 'Sylvania', 'SYL')).toEqual([SYLVANIA]);
      });

      test('matches whole heads, never a word of a longer name', async () => {
        // "Freedonia Ministry of Defence" and "Sylvanian Army" start with these words.
        expect(await ids('Freedonia')).toEqual([FREEDONIA]);
        expect(await ids('Army', 'Ministry')).toEqual([]);
        expect(await ids('Marsh Province of')).toEqual([]);
      });

      test('finds a name longer than the head by its first words', async () => {
        const long = 'Ministry of Defence of the Republic of Freedonia';
        const batch = annotatedArticleToBatch(FIRST);
        await store.upsertArticle({
          ...batch,
          entities: batch.entities.map((e) =>
            e.id === MOD ? { ...e, aliases: [...e.aliases, { lang: 'en', text: long }] } : e,
          ),
        });
        expect(nameHead(long).split(' ')).toHaveLength(NAME_HEAD_WORDS);
        expect(await ids(long)).toEqual([MOD]);
        expect(await ids('Ministry of Defence of')).toEqual([MOD]);
      });

      test('returns whole entities, and nothing for no head, an empty one or an unknown one', async () => {
        expect(await store.entitiesByNameHeads([nameHead('Marsh Province')])).toEqual(
          await store.getEntities([MARSH]),
        );
        expect(await store.entitiesByNameHeads([])).toEqual([]);
        expect(await store.entitiesByNameHeads(['', nameHead('?!')])).toEqual([]);
        expect(await ids('Atlantis', 'the')).toEqual([]);
      });
    });

    describe('claims', () => {
      beforeEach(() => load(FIRST, SECOND));

      test('claims() filters by every field and orders by article date then position', async () => {
        const all = await store.claims({}, ALL);
        expect(all.totalCount).toBe(FIRST.claims.length + SECOND.claims.length);
        expect(all.items[all.items.length - 1]?.predicate).toBe('STATED_NO_COMMENT');
        const bySpeaker = await store.claims({ attributedToId: FIREFLY }, ALL);
        expect(bySpeaker.items.map((c) => c.predicate)).toEqual(['SANCTIONS']);
        expect(bySpeaker.items[0]?.modality).toBe('INTENDED');
        const reported = await store.claims({ reportedById: COURIER }, ALL);
        expect(reported.items[0]?.quantity).toEqual({ min: 2000, max: 3000, unit: 'soldier' });
        expect((await store.claims({ modalities: ['ALLEGED'] }, ALL)).items[0]?.itemId).toBe(
          entityId('COMMODITY', 'fuel'),
        );
        expect((await store.claims({ subjectId: ARMY, objectId: MARSH }, ALL)).totalCount).toBe(2);
        expect(
          (await store.claims({ predicates: ['PART_OF', 'LOCATED_IN'] }, ALL)).totalCount,
        ).toBe(3);
      });

      test('claims() filters by period: a claim’s time, else its article’s date', async () => {
        const onFirst = await store.claims({ from: '2025-03-01', to: '2025-03-01' }, ALL);
        expect(onFirst.items.map((c) => c.predicate)).toEqual(['DEPLOYED_TO']);
        const later = await store.claims({ from: '2025-03-04' }, ALL);
        expect(later.totalCount).toBe(SECOND.claims.length);
      });

      test('claims() pages without gaps or repeats', async () => {
        const all = await store.claims({}, ALL);
        const first = await store.claims({}, { first: 4, offset: 0 });
        const rest = await store.claims({}, { first: 100, offset: 4 });
        expect([...first.items, ...rest.items]).toEqual(all.items);
        expect(first.totalCount).toBe(all.totalCount);
      });

      test('a claim keeps its sentence, span, speaker, relay and channel', async () => {
        const [claim] = (await store.claims({ reportedById: COURIER }, ALL)).items;
        const [article] = await store.getArticles([claim!.articleId]);
        expect(article!.text.slice(claim!.sentenceSpan.start, claim!.sentenceSpan.end)).toBe(
          claim!.sentence,
        );
        expect(claim!.attributedToId).toBe(MOD);
        expect(claim!.time).toEqual({ from: '2025-03-01', to: '2025-03-01' });
        expect(claim!.extractor).toBe('hand-annotation');
      });

      test('claimsOfEntities() gives one page per entity and role', async () => {
        const pages = await store.claimsOfEntities(
          [
            { entityId: ARMY, role: 'SUBJECT' },
            { entityId: SYLVANIA, role: 'OBJECT' },
            { entityId: FREEDONIA, role: 'SPEAKER' },
            { entityId: COURIER, role: 'REPORTER' },
            { entityId: 'country:nowhere', role: 'SUBJECT' },
          ],
          { first: 1, offset: 0 },
        );
        expect(pages.map((p) => p.totalCount)).toEqual([3, 3, 2, 1, 0]);
        expect(pages.map((p) => p.items.length)).toEqual([1, 1, 1, 1, 0]);
        expect(pages[0]!.items[0]!.subjectId).toBe(ARMY);
      });
    });

    describe('claim order', () => {
      beforeEach(() => load(...claimOrderArticles()));

      test.each(ORDERED_FILTERS)(
        'claims() of %s page in article-date order, ties by article then position, with the same total on every page',
        async (_name, filter) => {
          const every = (await store.claims({}, ALL)).items;
          const expected = (await inClaimOrder(store, every)).filter(
            (c) =>
              filter.predicates!.includes(c.predicate) &&
              (filter.modalities === undefined || filter.modalities.includes(c.modality)),
          );
          expect(expected.length).toBeGreaterThan(4);
          const { items, totals } = await pagesOf(3, (page) => store.claims(filter, page));
          expect(items.map((c) => c.id)).toEqual(expected.map((c) => c.id));
          expect(new Set(totals)).toEqual(new Set([expected.length]));
        },
      );

      test.each([
        ['subject', 'subjectId'],
        ['object', 'objectId'],
      ] as const)(
        'claims() filtered by the hub as %s alone page in article-date order, with the same total on every page',
        async (_role, field) => {
          const every = await inClaimOrder(store, (await store.claims({}, ALL)).items);
          const expected = every.filter((c) => c[field] === ORDER_HUB);
          expect(expected.length).toBeGreaterThan(4);
          const { items, totals } = await pagesOf(4, (page) =>
            store.claims({ [field]: ORDER_HUB }, page),
          );
          expect(items.map((c) => c.id)).toEqual(expected.map((c) => c.id));
          expect(new Set(totals)).toEqual(new Set([expected.length]));
        },
      );

      test("claimsOfRelations() pages a relation's claims in article-date order, ties by article then position, with the same total on every page", async () => {
        const every = await inClaimOrder(store, (await store.claims({}, ALL)).items);
        const [relation] = (await store.relations({ subjectId: ORDER_HUB }, ALL)).items;
        const expected = every.filter(
          (c) =>
            c.subjectId === relation!.subjectId &&
            c.predicate === relation!.predicate &&
            c.objectId === relation!.objectId,
        );
        expect(expected.length).toBeGreaterThan(4);
        const { items, totals } = await pagesOf(3, async (page) => {
          const [claims] = await store.claimsOfRelations([relation!.id], page);
          return claims!;
        });
        expect(items.map((c) => c.id)).toEqual(expected.map((c) => c.id));
        expect(new Set(totals)).toEqual(new Set([expected.length]));
      });

      test('claimsOfEntities() pages each role asked in article-date order, ties by article then position', async () => {
        const every = await inClaimOrder(store, (await store.claims({}, ALL)).items);
        const expected = {
          SUBJECT: every.filter((c) => c.subjectId === ORDER_HUB),
          OBJECT: every.filter((c) => c.objectId === ORDER_HUB),
        };
        for (const role of ORDERED_ROLES) {
          const { items, totals } = await pagesOf(4, async (page) => {
            const pages = await store.claimsOfEntities(
              [
                { entityId: ORDER_HUB, role },
                { entityId: ORDER_HUB, role: role === 'SUBJECT' ? 'OBJECT' : 'SUBJECT' },
              ],
              page,
            );
            return pages[0]!;
          });
          expect(items.map((c) => c.id)).toEqual(expected[role].map((c) => c.id));
          expect(new Set(totals)).toEqual(new Set([expected[role].length]));
        }
      });
    });

    describe('relations', () => {
      beforeEach(() => load(FIRST, SECOND));

      test('a relation gathers every claim with its subject, predicate and object', async () => {
        const [deployed] = (await store.relations({ predicates: ['DEPLOYED_TO'] }, ALL)).items;
        expect(deployed).toMatchObject({
          subjectId: ARMY,
          objectId: MARSH,
          claimCount: 2,
          firstSeen: '2025-03-02',
          lastSeen: '2025-03-05',
          modality: 'CONFIRMED',
        });
        const [claims] = await store.claimsOfRelations([deployed!.id], ALL);
        expect(claims!.items.map((c) => c.modality)).toEqual(['CONFIRMED', 'ASSERTED']);
        expect(
          (await store.getRelations([deployed!.id, 'relation:none'])).map(
            (r) => r?.claimCount ?? null,
          ),
        ).toEqual([2, null]);
      });

      test('relations() orders by claim count and filters by either end', async () => {
        const all = await store.relations({}, ALL);
        expect(all.items[0]!.claimCount).toBe(2);
        const aroundSylvania = await store.relations({ entityId: SYLVANIA }, ALL);
        expect(aroundSylvania.items.map((r) => r.predicate).sort()).toEqual([
          'PART_OF',
          'SANCTIONS',
          'STATED_NO_COMMENT',
          'SUPPLIES',
        ]);
        const noComment = (await store.relations({ predicates: ['STATED_NO_COMMENT'] }, ALL))
          .items[0];
        expect(noComment).toMatchObject({ objectId: null, objectValue: 'the deployment' });
      });

      test('relations() without a filter pages the list most claims first, ties by id, with its total', async () => {
        const all = (await store.relations({}, ALL)).items;
        const ranked = [...all].sort(
          (x, y) => y.claimCount - x.claimCount || compareText(x.id, y.id),
        );
        expect(all).toEqual(ranked);
        for (const offset of [0, 1, 3, all.length - 1, all.length]) {
          const page = await store.relations({}, { first: 2, offset });
          expect(page).toEqual({ items: all.slice(offset, offset + 2), totalCount: all.length });
        }
        const twoKinds = (await store.relations({ predicates: ['SUPPLIES', 'PART_OF'] }, ALL))
          .items;
        expect(twoKinds).toEqual(
          ranked.filter((r) => r.predicate === 'SUPPLIES' || r.predicate === 'PART_OF'),
        );
      });

      test('relationsOfEntities() honours direction and predicates; degrees() counts relations', async () => {
        const [out, into, both] = await Promise.all([
          store.relationsOfEntities([SYLVANIA], { direction: 'OUT' }, ALL),
          store.relationsOfEntities([SYLVANIA], { direction: 'IN' }, ALL),
          store.relationsOfEntities(
            [SYLVANIA, MARSH],
            { direction: 'BOTH', predicates: ['LOCATED_IN'] },
            ALL,
          ),
        ]);
        expect(out[0]!.items.map((r) => r.predicate)).toEqual(['STATED_NO_COMMENT']);
        expect(into[0]!.totalCount).toBe(3);
        expect(both.map((p) => p.totalCount)).toEqual([0, 1]);
        const [unfiltered] = await store.relationsOfEntities(
          [SYLVANIA],
          { direction: 'BOTH', predicates: [] },
          ALL,
        );
        expect(unfiltered!.totalCount).toBe(4);
        expect(await store.degrees([SYLVANIA, MARSH, 'country:nowhere'])).toEqual([4, 2, 0]);
      });

      test('mentionsOfArticles() lists every mention of each article by position', async () => {
        const [first] = (await store.listArticles({ first: 1, offset: 1 })).items;
        const [mentions, none] = await store.mentionsOfArticles([first!.id, 'article:none']);
        expect(mentions!.map((m) => m.surface).slice(0, 4)).toEqual([
          'Freedonia',
          'Ministry of Defence',
          'Sylvanian Army',
          'Marsh Province',
        ]);
        expect(mentions!.every((m) => m.articleId === first!.id)).toBe(true);
        expect(none).toEqual([]);
      });

      test('mentionsOfEntities() lists where each entity is named', async () => {
        const [freedonia, sylvania] = await store.mentionsOfEntities([FREEDONIA, SYLVANIA], ALL);
        expect(freedonia!.items.map((m) => m.surface)).toEqual([
          'Freedonia',
          'Freedonia',
          'Freedonian',
          'Freedonia',
        ]);
        expect(sylvania!.totalCount).toBe(3);
        const [article] = await store.getArticles([freedonia!.items[0]!.articleId]);
        const mention = freedonia!.items[0]!;
        expect(article!.text.slice(mention.span.start, mention.span.end)).toBe('Freedonia');
      });
    });

    describe('traversal', () => {
      beforeEach(() => load(FIRST, SECOND));

      test('neighborhood() reaches entities within the depth, nearest first', async () => {
        const one = await store.neighborhood(OSTERLICH, { depth: 1, limit: 50 });
        expect(one!.entities.map((e) => e.id)).toEqual([OSTERLICH, SYLVANIA]);
        expect(one!.relations.map((r) => r.predicate)).toEqual(['SUPPLIES']);
        const two = await store.neighborhood(OSTERLICH, { depth: 2, limit: 50 });
        expect(two!.entities.map((e) => e.id).sort()).toEqual(
          [ARMY, FREEDONIA, OSTERLICH, SYLVANIA].sort(),
        );
        expect(two!.truncated).toBe(false);
      });

      test('neighborhood() stops at the limit and says so; null for an unknown centre', async () => {
        const cut = await store.neighborhood(OSTERLICH, { depth: 3, limit: 2 });
        expect(cut!.entities).toHaveLength(2);
        expect(cut!.truncated).toBe(true);
        expect(await store.neighborhood('country:nowhere', { depth: 1, limit: 5 })).toBeNull();
        const filtered = await store.neighborhood(SYLVANIA, {
          depth: 1,
          limit: 50,
          predicates: ['SANCTIONS'],
        });
        expect(filtered!.entities.map((e) => e.id)).toEqual([SYLVANIA, FREEDONIA]);
        const unfiltered = await store.neighborhood(OSTERLICH, {
          depth: 1,
          limit: 50,
          predicates: [],
        });
        expect(unfiltered!.relations.map((r) => r.predicate)).toEqual(['SUPPLIES']);
      });

      test('paths() returns simple paths, shortest first, each once', async () => {
        const paths = await store.paths(OSTERLICH, FREEDONIA, { maxHops: 4, first: 10 });
        const lengths = paths.map((p) => p.steps.length);
        expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
        expect(lengths[0]).toBe(2);
        expect(paths[0]!.steps.map((s) => [relationOf(s).predicate, s.forward])).toEqual([
          ['SUPPLIES', true],
          ['SANCTIONS', false],
        ]);
        const keys = paths.map((p) => p.steps.map((s) => relationOf(s).id).join());
        expect(new Set(keys).size).toBe(keys.length);
        for (const path of paths) {
          const visited = new Set<string>();
          let at = OSTERLICH;
          for (const step of path.steps) {
            visited.add(at);
            at = step.forward ? relationOf(step).objectId! : relationOf(step).subjectId;
            expect(visited.has(at)).toBe(false);
          }
          expect(at).toBe(FREEDONIA);
        }
      });

      test('paths() honours maxHops, predicates and first; empty when unconnected', async () => {
        expect(await store.paths(OSTERLICH, FREEDONIA, { maxHops: 1, first: 5 })).toEqual([]);
        const viaDeployment = await store.paths(OSTERLICH, MARSH, {
          maxHops: 3,
          first: 5,
          predicates: ['SUPPLIES', 'PART_OF', 'DEPLOYED_TO'],
        });
        expect(viaDeployment.map((p) => p.steps.map((s) => relationOf(s).predicate))).toEqual([
          ['SUPPLIES', 'PART_OF', 'DEPLOYED_TO'],
        ]);
        expect(await store.paths(OSTERLICH, FREEDONIA, { maxHops: 4, first: 1 })).toHaveLength(1);
        expect(await store.paths(OSTERLICH, 'country:nowhere', { maxHops: 3, first: 5 })).toEqual(
          [],
        );
      });
    });

    describe('paging bounds', () => {
      /** Every paged method, asked for one page. */
      const pagedReads = (page: PageRequest) => [
        () => store.listArticles(page),
        () => store.findEntities({ text: 'Freedonia' }, page),
        () => store.claims({}, page),
        () => store.claimsOfEntities([{ entityId: FREEDONIA, role: 'SUBJECT' }], page),
        () => store.claimsOfRelations(['no-such-relation'], page),
        () => store.relations({}, page),
        () => store.relationsOfEntities([FREEDONIA], { direction: 'BOTH' }, page),
        () => store.mentionsOfEntities([FREEDONIA], page),
      ];

      test('a page that is not whole, negative, or ends past MAX_PAGE_END is refused as bad input by every paged read', async () => {
        await load(FIRST);
        const absurd: PageRequest[] = [
          { first: 10, offset: 2 ** 31 },
          { first: 10, offset: Number.MAX_SAFE_INTEGER },
          { first: 10, offset: 2 ** 53 },
          { first: 10, offset: MAX_PAGE_END - 5 },
          { first: 10, offset: -1 },
          { first: 10, offset: 1.5 },
          { first: -1, offset: 0 },
          { first: Number.NaN, offset: 0 },
        ];
        for (const page of absurd) {
          for (const read of pagedReads(page)) {
            await expect(read()).rejects.toBeInstanceOf(InvalidInputError);
          }
        }
      });

      test('the last page within bounds answers no items and the true total', async () => {
        await load(FIRST);
        const last = { first: 10, offset: MAX_PAGE_END - 10 };
        expect(await store.claims({}, last)).toEqual({
          items: [],
          totalCount: FIRST.claims.length,
        });
        const searched = await store.findEntities({ text: 'Freedonia' }, last);
        expect(searched.items).toEqual([]);
        expect(searched.totalCount).toBeGreaterThan(0);
        for (const read of pagedReads(last)) await expect(read()).resolves.toBeDefined();
      });
    });

    describe('request scopes', () => {
      test('a request scope reads what the store reads, and ending it leaves the store open', async () => {
        await load(FIRST, SECOND);
        const scope = store.requestScope();
        const ids = [FREEDONIA, SYLVANIA, ARMY, 'country:nowhere'];
        // Many reads at once, as a request's batched loads arrive.
        const [entities, claims, relations, stats] = await Promise.all([
          scope.store.getEntities(ids),
          scope.store.claimsOfEntities([{ entityId: SYLVANIA, role: 'SUBJECT' }], ALL),
          scope.store.relations({ entityId: SYLVANIA }, ALL),
          scope.store.stats(3),
        ]);
        expect(entities).toEqual(await store.getEntities(ids));
        expect(claims).toEqual(
          await store.claimsOfEntities([{ entityId: SYLVANIA, role: 'SUBJECT' }], ALL),
        );
        expect(relations).toEqual(await store.relations({ entityId: SYLVANIA }, ALL));
        expect(stats).toEqual(await store.stats(3));
        await scope.end();
        await scope.end();
        expect((await store.stats(0)).articles).toBe(2);
        // A late resolver still gets its answer after the request ended.
        expect(await scope.store.getEntities([FREEDONIA])).toEqual(
          await store.getEntities([FREEDONIA]),
        );
      });

      test('a failed read in a request scope does not stop the reads after it', async () => {
        await load(FIRST);
        const scope = store.requestScope();
        const answers = await Promise.allSettled([
          scope.store.listArticles({ first: -1, offset: 0 }),
          scope.store.claims({}, { first: 1, offset: -1 }),
          scope.store.getEntities([FREEDONIA]),
        ]);
        expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
        await scope.end();
      });

      test("writes through a request scope are the store's writes", async () => {
        const scope = store.requestScope();
        const batch = annotatedArticleToBatch(FIRST);
        expect(await scope.store.upsertArticle(batch)).toEqual({ changed: true });
        await scope.end();
        expect(await store.upsertArticle(batch)).toEqual({ changed: false });
      });
    });

    describe('exportPage()', () => {
      /** Every item of one kind, read two at a time. */
      const exportAll = async <K extends ExportKind>(kind: K): Promise<ExportItems[K][]> => {
        const items: ExportItems[K][] = [];
        for (;;) {
          const page = await store.exportPage(kind, items.at(-1)?.id ?? null, 2);
          if (page.length === 0) return items;
          expect(page.length).toBeLessThanOrEqual(2);
          items.push(...page);
        }
      };

      test('pages through every kind by id, holding together exactly what dump() and relations() hold', async () => {
        await load(FIRST, SECOND);
        const dump = await store.dump();
        expect(await exportAll('articles')).toEqual(dump.articles);
        expect(await exportAll('entities')).toEqual(dump.entities);
        expect(await exportAll('mentions')).toEqual(dump.mentions);
        expect(await exportAll('claims')).toEqual(dump.claims);
        const relations = (await store.relations({}, ALL)).items;
        expect(relations.length).toBeGreaterThan(2);
        expect(await exportAll('relations')).toEqual(
          [...relations].sort((a, b) => compareText(a.id, b.id)),
        );
      });

      test('is empty on an empty store and after the last id, and refuses a page size below 1', async () => {
        expect(await store.exportPage('entities', null, 10)).toEqual([]);
        await load(FIRST);
        const last = (await store.dump()).claims.at(-1)!.id;
        expect(await store.exportPage('claims', last, 10)).toEqual([]);
        await expect(store.exportPage('claims', null, 0)).rejects.toBeInstanceOf(InvalidInputError);
      });
    });

    defineEvidenceContract(() => store);
    defineWalksContract(() => store);
    defineCurationContract(() => store);
    defineRetractionContract(() => store);
    defineMergeContract(() => store);
    defineReviewContract(() => store);
    defineClaimsInPeriodContract(() => store);
    defineClaimListsContract(() => store);

    test('stats() counts by kind, predicate and modality, and ranks connected entities', async () => {
      await load(FIRST, SECOND);
      const stats = await store.stats(2);
      expect(stats).toMatchObject({ articles: 2, entities: 9, claims: 9, relations: 8 });
      expect(stats.entitiesByKind[0]).toEqual({ key: 'COUNTRY', count: 3 });
      expect(stats.claimsByPredicate).toContainEqual({ key: 'DEPLOYED_TO', count: 2 });
      expect(stats.claimsByModality).toContainEqual({ key: 'INTENDED', count: 1 });
      expect(stats.mostConnected.map((m) => [m.entity.id, m.degree])).toEqual([
        [SYLVANIA, 4],
        [FREEDONIA, 3],
      ]);
    });
  });
}
