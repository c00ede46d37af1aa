import { entityId } from '../../src/domain/ids';
import type { TestServer } from '../support/test-server';
import { postGraphql, startTestServer } from '../support/test-server';
import { openMemorySqlite } from '../support/sqlite';

type Data = Record<string, any>;

const KIRBY = entityId('PERSON', 'John Kirby');
const KURSK = entityId('LOCATION', 'Kursk Oblast');

/** Walks through the real HTTP API, over the seed. */
describe('graph walks over GraphQL', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await openMemorySqlite());
  });
  afterAll(() => server.close());

  const data = async (text: string, variables: Record<string, unknown> = {}) => {
    const response = await postGraphql<Data>(server.url, text, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  const CONNECTS = `query($from: ID!, $to: ID!, $attribution: Boolean!) {
    paths(fromId: $from, toId: $to, maxHops: 3, first: 5, attribution: $attribution) {
      length
      steps {
        kind forward
        relation { predicate subject { name } object { name } }
        attribution { id claimCount claimIds speaker { name } entity { name } }
      }
    }
  }`;

  test('what connects John Kirby to Kursk: nothing by relations, a path through what he said', async () => {
    const plain = await data(CONNECTS, { from: KIRBY, to: KURSK, attribution: false });
    expect(plain.paths).toEqual([]);
    const { paths } = await data(CONNECTS, { from: KIRBY, to: KURSK, attribution: true });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const [said, ...rest] = path.steps;
      expect(said).toMatchObject({
        kind: 'ATTRIBUTION',
        forward: true,
        relation: null,
        attribution: { speaker: { name: 'John Kirby' } },
      });
      expect(said.attribution.claimIds).toHaveLength(said.attribution.claimCount);
      for (const step of rest)
        expect(step.kind === 'RELATION' ? step.relation : step.attribution).not.toBeNull();
    }
    const claims = await data(
      `query($speaker: ID!) { claims(filter: { attributedToId: $speaker }) { edges { node { id } } } }`,
      { speaker: KIRBY },
    );
    const spoken = new Set(claims.claims.edges.map((edge: Data) => edge.node.id));
    for (const id of paths[0].steps[0].attribution.claimIds) expect(spoken.has(id)).toBe(true);
  });

  test('a neighbourhood cut by its limit says truncated, and lists attributions when asked', async () => {
    const around = await data(`{
      neighborhood(entityId: "${KIRBY}", depth: 2, limit: 3, attribution: true) {
        truncated
        nodes { id }
        edges { predicate }
        attributions { speaker { name } entity { name } claimCount }
      }
    }`);
    expect(around.neighborhood.truncated).toBe(true);
    expect(around.neighborhood.nodes).toHaveLength(3);
    expect(around.neighborhood.nodes[0].id).toBe(KIRBY);
    expect(around.neighborhood.attributions.length).toBeGreaterThan(0);
    const plain = await data(`{
      neighborhood(entityId: "${KIRBY}", depth: 1, limit: 50) { truncated attributions { id } }
    }`);
    expect(plain.neighborhood).toEqual({ truncated: false, attributions: [] });
  });
});
