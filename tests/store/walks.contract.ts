import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { GraphStore, Path } from '../../src/store/graph-store';
import { entityId } from '../../src/domain/ids';
import { place, seedArticle, speaker, walkArticle } from '../support/walk-graph';
import type { WalkEdge } from '../support/walk-graph';

const HUB = place('Hubland');
const SPOKES = ['Spoke One', 'Spoke Two', 'Spoke Three', 'Spoke Four', 'Spoke Five', 'Spoke Six'];

/**
 * A hub whose relations differ in strength: Spoke One has two independent
 * sources (two publishers) but one claim; Two, three claims; Three, two;
 * Four and Five one each; Six names the hub as its object. Lowland reaches
 * the hub through a weak relation and Midland through a stronger one.
 */
const HUB_EDGES: WalkEdge[] = [
  { from: 'Hubland', predicate: 'SUPPLIES', to: 'Spoke One' },
  { from: 'Hubland', predicate: 'SUPPLIES', to: 'Spoke Two', claims: 3 },
  { from: 'Hubland', predicate: 'SUPPLIES', to: 'Spoke Three', claims: 2 },
  { from: 'Hubland', predicate: 'SUPPLIES', to: 'Spoke Four' },
  { from: 'Hubland', predicate: 'SANCTIONS', to: 'Spoke Five' },
  { from: 'Spoke Six', predicate: 'SUPPLIES', to: 'Hubland' },
  { from: 'Lowland', predicate: 'SUPPLIES', to: 'Hubland' },
  { from: 'Lowland', predicate: 'SUPPLIES', to: 'Midland', claims: 2 },
  { from: 'Midland', predicate: 'SUPPLIES', to: 'Farland' },
];

/**
 * From Alpha to Omega: one direct relation, two paths of two hops (through
 * Beta and Gamma), one of three hops made of SANCTIONS only (through Delta
 * and Epsilon). Two hubs, East and West, share five spokes and nothing else.
 */
/** Five predicates two places may be related by both ways, for the relations among a neighbourhood. */
const PAIR_PREDICATES = [
  'AT_WAR_WITH',
  'SUPPORTS_MILITARILY',
  'SUPPLIES',
  'SANCTIONS',
  'DEPLOYED_TO',
] as const;

const PATH_EDGES: WalkEdge[] = [
  { from: 'Alpha', predicate: 'AT_WAR_WITH', to: 'Omega' },
  { from: 'Alpha', predicate: 'SUPPLIES', to: 'Beta' },
  { from: 'Omega', predicate: 'SUPPLIES', to: 'Beta' },
  { from: 'Gamma', predicate: 'SUPPLIES', to: 'Alpha' },
  { from: 'Gamma', predicate: 'SUPPLIES', to: 'Omega' },
  { from: 'Alpha', predicate: 'SANCTIONS', to: 'Delta' },
  { from: 'Delta', predicate: 'SANCTIONS', to: 'Epsilon' },
  { from: 'Epsilon', predicate: 'SANCTIONS', to: 'Omega' },
  ...['A', 'B', 'C', 'D', 'E'].flatMap((s): WalkEdge[] => [
    { from: 'East Hub', predicate: 'SUPPLIES', to: `Shared ${s}` },
    { from: `Shared ${s}`, predicate: 'SUPPLIES', to: 'West Hub' },
  ]),
];

/** The entities a path visits, from its start. */
function visits(path: Path, from: string): string[] {
  const at = [from];
  for (const step of path.steps) {
    const here = at[at.length - 1];
    if (step.kind === 'RELATION') {
      const relation = step.relation;
      expect(step.forward ? relation.subjectId : relation.objectId).toBe(here);
      at.push((step.forward ? relation.objectId : relation.subjectId)!);
    } else {
      const { speakerId, entityId } = step.attribution;
      expect(step.forward ? speakerId : entityId).toBe(here);
      at.push(step.forward ? entityId : speakerId);
    }
  }
  return at;
}

/**
 * Kirbo said that Westland sanctions Northland; Northland is deployed to
 * Kurskia. Kirbo has no relation at all.
 */
const SPOKEN_EDGES: WalkEdge[] = [
  { from: 'Westland', predicate: 'SANCTIONS', to: 'Northland', speaker: 'Kirbo' },
  { from: 'Northland', predicate: 'DEPLOYED_TO', to: 'Kurskia' },
];

const idsOf = (path: Path) =>
  path.steps.map((step) => (step.kind === 'RELATION' ? step.relation : step.attribution).id);

/** Shortest first, then by relation ids hop by hop: the order every store answers in. */
function expectWalkOrder(paths: readonly Path[]): void {
  const keys = paths.map((path) => [path.steps.length, ...idsOf(path)].join(' '));
  const sorted = paths
    .map((path) => path)
    .sort((a, b) => {
      if (a.steps.length !== b.steps.length) return a.steps.length - b.steps.length;
      const x = idsOf(a).join(' ');
      const y = idsOf(b).join(' ');
      return x < y ? -1 : x > y ? 1 : 0;
    })
    .map((path) => [path.steps.length, ...idsOf(path)].join(' '));
  expect(keys).toEqual(sorted);
}

/** Neighbourhoods and paths on graphs shaped to tell strongest, shortest and bounded walks apart. */
export function defineWalksContract(getStore: () => GraphStore): void {
  describe('walks', () => {
    const load = async (...articles: ReturnType<typeof walkArticle>[]) => {
      for (const article of articles)
        await getStore().upsertArticle(annotatedArticleToBatch(article));
    };

    describe('neighborhood of a hub', () => {
      beforeEach(() =>
        load(
          walkArticle('Morning Herald', HUB_EDGES),
          walkArticle('Evening Star', [HUB_EDGES[0]!]),
        ),
      );

      test('past its limit it keeps the strongest relations (sources, then claims) and says truncated', async () => {
        const around = await getStore().neighborhood(HUB, { depth: 2, limit: 4 });
        expect(around!.entities.map((e) => e.id)).toEqual([
          HUB,
          ...['Spoke One', 'Spoke Two', 'Spoke Three'].map(place),
        ]);
        expect(around!.truncated).toBe(true);
        expect(
          around!.relations.map((r) => [r.objectId, r.independentSources, r.claimCount]),
        ).toEqual([
          [place('Spoke One'), 2, 2],
          [place('Spoke Two'), 1, 3],
          [place('Spoke Three'), 1, 2],
        ]);
      });

      test('within its limit it holds every neighbour, ties by relation id, and is not truncated', async () => {
        const around = await getStore().neighborhood(HUB, { depth: 1, limit: 50 });
        expect(around!.truncated).toBe(false);
        const ids = around!.entities.map((e) => e.id);
        expect(ids.slice(0, 4)).toEqual([
          HUB,
          ...['Spoke One', 'Spoke Two', 'Spoke Three'].map(place),
        ]);
        expect(new Set(ids)).toEqual(new Set([HUB, ...SPOKES.map(place), place('Lowland')]));
        const weakest = around!.relations.slice(3).map((r) => r.id);
        expect(weakest).toEqual([...weakest].sort());
      });

      test('a hub met on the way is cut to what the limit leaves, never walked past', async () => {
        const around = await getStore().neighborhood(place('Lowland'), { depth: 3, limit: 4 });
        // Midland's relation has two claims, the hub's one: Midland first. Then one more,
        // the strongest of the hub's spokes and Farland.
        expect(around!.entities.map((e) => e.id)).toEqual([
          place('Lowland'),
          place('Midland'),
          HUB,
          place('Spoke One'),
        ]);
        expect(around!.truncated).toBe(true);
      });

      test('the predicate filter chooses the relations walked', async () => {
        const around = await getStore().neighborhood(HUB, {
          depth: 2,
          limit: 50,
          predicates: ['SANCTIONS'],
        });
        expect(around!.entities.map((e) => e.id)).toEqual([HUB, place('Spoke Five')]);
        expect(around!.relations.map((r) => r.predicate)).toEqual(['SANCTIONS']);
        expect(around!.truncated).toBe(false);
      });
    });

    describe('neighborhood through an entity of many relations', () => {
      // Gateway reaches Nearland, then Bigland; Bigland's strongest relation goes back to
      // Nearland, and its next ones are spread over predicates and both directions. Its weak
      // relations make it an entity a hop must not read whole (more than two ends of each
      // predicate walked hold up to the limit).
      const FILLERS = Array.from({ length: 25 }, (_, i): WalkEdge => ({
        from: 'Bigland',
        predicate: 'SUPPLIES',
        to: `Filler ${i + 1}`,
      }));
      const TIERS: WalkEdge[] = [
        { from: 'Gateway', predicate: 'SUPPLIES', to: 'Nearland', claims: 2 },
        { from: 'Gateway', predicate: 'SUPPLIES', to: 'Bigland' },
        { from: 'Bigland', predicate: 'SUPPLIES', to: 'Nearland', claims: 5 },
        { from: 'Bigland', predicate: 'SUPPLIES', to: 'Tier One', claims: 4 },
        { from: 'Bigland', predicate: 'SUPPLIES', to: 'Tier Two', claims: 3 },
        { from: 'Tier Three', predicate: 'AT_WAR_WITH', to: 'Bigland', claims: 2 },
        { from: 'Bigland', predicate: 'SANCTIONS', to: 'Tier Four' },
        { from: 'Tier Five', predicate: 'SUPPLIES', to: 'Bigland' },
        { from: 'Tier Six', predicate: 'SUPPLIES', to: 'Bigland' },
        ...FILLERS,
      ];
      beforeEach(() => load(walkArticle('Morning Herald', TIERS)));

      test('gives its strongest neighbours not yet reached, whatever their predicate and direction', async () => {
        const around = await getStore().neighborhood(place('Gateway'), {
          depth: 2,
          limit: 6,
          predicates: ['SUPPLIES', 'AT_WAR_WITH'],
        });
        expect(around!.entities.map((e) => e.id)).toEqual(
          ['Gateway', 'Nearland', 'Bigland', 'Tier One', 'Tier Two', 'Tier Three'].map(place),
        );
        expect(around!.truncated).toBe(true);
      });
    });

    describe('relations among a neighbourhood', () => {
      // Twinland and Pairland are related ten times: five predicates, both ways.
      const PAIR_EDGES: WalkEdge[] = PAIR_PREDICATES.flatMap((predicate): WalkEdge[] => [
        { from: 'Twinland', predicate, to: 'Pairland', claims: predicate === 'SANCTIONS' ? 3 : 1 },
        { from: 'Pairland', predicate, to: 'Twinland', claims: predicate === 'SUPPLIES' ? 2 : 1 },
      ]);
      beforeEach(() => load(walkArticle('Morning Herald', PAIR_EDGES)));

      test('at most four a node of the limit: the strongest, and the answer says truncated', async () => {
        const all = await getStore().neighborhood(place('Twinland'), { depth: 1, limit: 3 });
        expect(all!.entities).toHaveLength(2);
        expect(all!.relations).toHaveLength(10);
        expect(all!.truncated).toBe(false);

        const cut = await getStore().neighborhood(place('Twinland'), { depth: 1, limit: 2 });
        expect(cut!.entities.map((e) => e.id)).toEqual([place('Twinland'), place('Pairland')]);
        expect(cut!.truncated).toBe(true);
        expect(cut!.relations.map((r) => r.id)).toEqual(
          all!.relations.slice(0, 8).map((r) => r.id),
        );
        expect(cut!.relations.slice(0, 2).map((r) => [r.predicate, r.claimCount])).toEqual([
          ['SANCTIONS', 3],
          ['SUPPLIES', 2],
        ]);
        const weakest = all!.relations.slice(2).map((r) => r.id);
        expect(weakest).toEqual([...weakest].sort());
      });
    });

    describe('relations among a neighbourhood with an entity of many relations', () => {
      // Crowdland's many relations (a hundred SUFFERED_LOSSES_IN, a predicate not walked) make it an entity
      // whose relations among the neighbourhood are read strongest first: its SUPPLIES to
      // Partnerland, two claims, comes after four stronger SUPPLIES to buyers outside the
      // neighbourhood, and is still among the strongest relations of the two.
      const BETWEEN = PAIR_PREDICATES.flatMap((predicate): WalkEdge[] => [
        {
          from: 'Crowdland',
          predicate,
          to: 'Partnerland',
          claims: predicate === 'SUPPLIES' ? 2 : 1,
        },
        { from: 'Partnerland', predicate, to: 'Crowdland' },
      ]);
      const BUYERS = [1, 2, 3, 4].map((i): WalkEdge => ({
        from: 'Crowdland',
        predicate: 'SUPPLIES',
        to: `Buyer ${i}`,
        claims: 3,
      }));
      const FILLERS = Array.from({ length: 100 }, (_, i): WalkEdge => ({
        from: 'Crowdland',
        predicate: 'SUFFERED_LOSSES_IN',
        to: `Filler ${i + 1}`,
      }));
      beforeEach(() =>
        load(
          walkArticle('Morning Herald', [...BETWEEN, ...BUYERS, ...FILLERS]),
          walkArticle('Evening Star', [BETWEEN[0]!]),
        ),
      );

      test('keeps the strongest relations among its entities, however far down its relations they are', async () => {
        const ends = new Set([place('Crowdland'), place('Partnerland')]);
        const all = await getStore().neighborhood(place('Crowdland'), {
          depth: 1,
          limit: 50,
          predicates: PAIR_PREDICATES,
        });
        const among = all!.relations.filter((r) => ends.has(r.subjectId) && ends.has(r.objectId!));
        expect(among).toHaveLength(10);

        const cut = await getStore().neighborhood(place('Crowdland'), {
          depth: 1,
          limit: 2,
          predicates: PAIR_PREDICATES,
        });
        expect(cut!.entities.map((e) => e.id)).toEqual([...ends]);
        expect(cut!.truncated).toBe(true);
        expect(cut!.relations.map((r) => r.id)).toEqual(among.slice(0, 8).map((r) => r.id));
        expect(
          cut!.relations.slice(0, 2).map((r) => [r.predicate, r.subjectId, r.claimCount]),
        ).toEqual([
          ['AT_WAR_WITH', place('Crowdland'), 2],
          ['SUPPLIES', place('Crowdland'), 2],
        ]);
      });
    });

    describe('paths', () => {
      beforeEach(() => load(walkArticle('Morning Herald', PATH_EDGES)));
      const ALPHA = place('Alpha');
      const OMEGA = place('Omega');

      test('the k shortest, shortest first, ties by relation ids; a smaller k is a prefix', async () => {
        const all = await getStore().paths(ALPHA, OMEGA, { maxHops: 4, first: 20 });
        expect(all.map((p) => p.steps.length)).toEqual([1, 2, 2, 3]);
        expectWalkOrder(all);
        expect(all.map((p) => visits(p, ALPHA).slice(1, -1))).toEqual(
          expect.arrayContaining([
            [],
            [place('Beta')],
            [place('Gamma')],
            [place('Delta'), place('Epsilon')],
          ]),
        );
        for (const first of [1, 2, 3]) {
          const some = await getStore().paths(ALPHA, OMEGA, { maxHops: 4, first });
          expect(some.map(idsOf)).toEqual(all.slice(0, first).map(idsOf));
        }
      });

      test('the hop bound and the predicate filter hold', async () => {
        const short = await getStore().paths(ALPHA, OMEGA, { maxHops: 2, first: 20 });
        expect(short.map((p) => p.steps.length)).toEqual([1, 2, 2]);
        const sanctions = await getStore().paths(ALPHA, OMEGA, {
          maxHops: 4,
          first: 20,
          predicates: ['SANCTIONS'],
        });
        expect(sanctions.map((p) => visits(p, ALPHA))).toEqual([
          [ALPHA, place('Delta'), place('Epsilon'), OMEGA],
        ]);
        expect(
          await getStore().paths(ALPHA, OMEGA, {
            maxHops: 2,
            first: 20,
            predicates: ['SANCTIONS'],
          }),
        ).toEqual([]);
      });

      test('within one hop, the relations joining the two ends, whatever k', async () => {
        const direct = await getStore().paths(ALPHA, OMEGA, { maxHops: 1, first: 20 });
        expect(direct.map((p) => visits(p, ALPHA))).toEqual([[ALPHA, OMEGA]]);
        // Regression: on Neo4j, k no larger than the direct relations asked SHORTEST 1 GROUPS over
        // {1,1}, which Neo4j 5.26 refuses ("Sub-path assignment is currently not supported").
        expect(await getStore().paths(ALPHA, OMEGA, { maxHops: 1, first: 1 })).toEqual(direct);
        expect(await getStore().paths(OMEGA, ALPHA, { maxHops: 1, first: 1 })).toHaveLength(1);
      });

      test('hub to hub: the shared neighbours, by relation ids, the same whatever k', async () => {
        const east = place('East Hub');
        const west = place('West Hub');
        const all = await getStore().paths(east, west, { maxHops: 4, first: 20 });
        expect(all).toHaveLength(5);
        expect(all.every((p) => p.steps.length === 2)).toBe(true);
        expectWalkOrder(all);
        expect(new Set(all.map((p) => visits(p, east)[1]))).toEqual(
          new Set(['A', 'B', 'C', 'D', 'E'].map((s) => place(`Shared ${s}`))),
        );
        const three = await getStore().paths(east, west, { maxHops: 4, first: 3 });
        expect(three.map(idsOf)).toEqual(all.slice(0, 3).map(idsOf));
        const back = await getStore().paths(west, east, { maxHops: 3, first: 20 });
        expect(back.map((p) => visits(p, west)[1]).sort()).toEqual(
          all.map((p) => visits(p, east)[1]).sort(),
        );
      });
    });

    describe('attribution', () => {
      const KIRBO = speaker('Kirbo');
      const KURSKIA = place('Kurskia');
      beforeEach(() => load(walkArticle('Morning Herald', SPOKEN_EDGES)));

      test('paths cross from a speaker to what it said only when asked, marked as attributions with their claims', async () => {
        expect(await getStore().paths(KIRBO, KURSKIA, { maxHops: 4, first: 5 })).toEqual([]);
        const found = await getStore().paths(KIRBO, KURSKIA, {
          maxHops: 3,
          first: 5,
          attribution: true,
        });
        expect(found.map((p) => visits(p, KIRBO))).toEqual([
          [KIRBO, place('Northland'), KURSKIA],
          [KIRBO, place('Westland'), place('Northland'), KURSKIA],
        ]);
        expect(found.map((p) => p.steps.map((s) => [s.kind, s.forward]))).toEqual([
          [
            ['ATTRIBUTION', true],
            ['RELATION', true],
          ],
          [
            ['ATTRIBUTION', true],
            ['RELATION', true],
            ['RELATION', true],
          ],
        ]);
        const said = found[0]!.steps[0]!;
        expect(said).toMatchObject({
          kind: 'ATTRIBUTION',
          attribution: {
            id: `attribution:${KIRBO}>${place('Northland')}`,
            speakerId: KIRBO,
            entityId: place('Northland'),
            claimCount: 1,
          },
        });
        const claims = await getStore().claims({ attributedToId: KIRBO }, { first: 10, offset: 0 });
        expect(said.kind === 'ATTRIBUTION' && said.attribution.claimIds).toEqual(
          claims.items.map((c) => c.id),
        );
        const back = await getStore().paths(KURSKIA, KIRBO, {
          maxHops: 2,
          first: 5,
          attribution: true,
        });
        expect(back.map((p) => p.steps.map((s) => [s.kind, s.forward]))).toEqual([
          [
            ['RELATION', false],
            ['ATTRIBUTION', false],
          ],
        ]);
      });

      test('the predicate filter applies to the claims an attribution stands on', async () => {
        const deployed = await getStore().paths(KIRBO, KURSKIA, {
          maxHops: 4,
          first: 5,
          attribution: true,
          predicates: ['DEPLOYED_TO'],
        });
        expect(deployed).toEqual([]);
      });

      test('a neighbourhood walks and lists attributions when asked, and only then', async () => {
        const plain = await getStore().neighborhood(KIRBO, { depth: 2, limit: 50 });
        expect(plain!.entities.map((e) => e.id)).toEqual([KIRBO]);
        expect(plain!.attributions).toEqual([]);
        const around = await getStore().neighborhood(KIRBO, {
          depth: 1,
          limit: 50,
          attribution: true,
        });
        // Equal strength (one source, one claim each): by attribution id.
        expect(around!.entities.map((e) => e.id)).toEqual([
          KIRBO,
          place('Northland'),
          place('Westland'),
        ]);
        expect(around!.relations.map((r) => r.predicate)).toEqual(['SANCTIONS']);
        expect(around!.attributions.map((a) => [a.speakerId, a.entityId, a.claimCount])).toEqual([
          [KIRBO, place('Northland'), 1],
          [KIRBO, place('Westland'), 1],
        ]);
        const wider = await getStore().neighborhood(KURSKIA, {
          depth: 2,
          limit: 50,
          attribution: true,
        });
        // At the second hop, Kirbo's attribution and Westland's relation are as strong: ids decide.
        expect(wider!.entities.map((e) => e.id)).toEqual([
          KURSKIA,
          place('Northland'),
          KIRBO,
          place('Westland'),
        ]);
        expect(wider!.attributions.map((a) => a.id)).toEqual([
          `attribution:${KIRBO}>${place('Northland')}`,
          `attribution:${KIRBO}>${place('Westland')}`,
        ]);
      });

      test('what connects John Kirby to Kursk, on the seed: a path through what he said', async () => {
        await load(seedArticle());
        const kirby = entityId('PERSON', 'John Kirby');
        const kursk = entityId('LOCATION', 'Kursk Oblast');
        expect(await getStore().paths(kirby, kursk, { maxHops: 4, first: 5 })).toEqual([]);
        const found = await getStore().paths(kirby, kursk, {
          maxHops: 3,
          first: 5,
          attribution: true,
        });
        expect(found.length).toBeGreaterThan(0);
        expectWalkOrder(found);
        for (const path of found) {
          expect(path.steps[0]).toMatchObject({ kind: 'ATTRIBUTION', forward: true });
          expect(visits(path, kirby).at(-1)).toBe(kursk);
        }
      });
    });
  });
}
