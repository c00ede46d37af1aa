import { buildGraphSchema } from '../../src/graphql/schema';
import type { GraphStore } from '../../src/store/graph-store';
import type { TestServer } from '../support/test-server';
import { postGraphql, startTestServer } from '../support/test-server';
import { seededRandom } from '../../bench/scale/seeded-random';
import { OperationFuzzer } from './operation-fuzzer';
import { graphTotals, liveStatus } from './probes';

/** Replay a failing run with KG_FUZZ_SEED=<seed>. */
const SEED = Number(process.env['KG_FUZZ_SEED'] ?? 20_261_201);

/** Ids that exist in the seeded graph, and some that cannot. */
async function someIds(url: string): Promise<string[]> {
  const response = await postGraphql<any>(
    url,
    `{ claims(first: 30) { edges { node { id subject { id } object { id } article { id } } } }
       relations(first: 30) { edges { node { id } } } }`,
  );
  const claims = response.data.claims.edges.map((e: any) => e.node);
  return [
    ...claims.flatMap((c: any) => [c.id, c.subject.id, c.object?.id, c.article.id]),
    ...response.data.relations.edges.map((e: any) => e.node.id),
    'country:atlantis',
    '',
    'x'.repeat(300),
    "'; DROP TABLE claims; --",
    'MATCH (n) DETACH DELETE n',
  ].filter((id): id is string => typeof id === 'string');
}

/**
 * `count` random valid operations (see OperationFuzzer), four at a time:
 * none may end in INTERNAL_SERVER_ERROR or a 5xx, none may fail validation
 * (they are valid by construction), and the graph is unchanged afterwards.
 * Refusals for cost, bad arguments or unknown ids are expected answers.
 */
export function defineFuzzSuite(
  name: string,
  openStore: () => Promise<GraphStore>,
  count: number,
): void {
  describe(`random valid operations never fail the server (${name})`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(await openStore());
    });
    afterAll(() => server.close());

    test(`${count} operations, seed ${SEED}: no INTERNAL_SERVER_ERROR`, async () => {
      const totals = await graphTotals(server.url);
      const fuzzer = new OperationFuzzer(
        await buildGraphSchema(),
        seededRandom(SEED),
        await someIds(server.url),
      );
      const queries = Array.from({ length: count }, () => fuzzer.query());
      const failures: { query: string; status: number; codes: unknown[] }[] = [];
      const codes = new Map<string, number>();
      for (let start = 0; start < queries.length; start += 4) {
        await Promise.all(
          queries.slice(start, start + 4).map(async (query) => {
            const response = await postGraphql(server.url, query);
            const found = (response.errors ?? []).map((e) => String(e.extensions?.code));
            for (const code of new Set(found)) codes.set(code, (codes.get(code) ?? 0) + 1);
            const broken = ['INTERNAL_SERVER_ERROR', 'GRAPHQL_VALIDATION_FAILED'];
            if (response.status >= 500 || found.some((code) => broken.includes(code))) {
              failures.push({ query, status: response.status, codes: found });
            }
          }),
        );
      }
      expect(failures.slice(0, 5)).toEqual([]);
      // The run exercised the server's refusals too, not only happy paths.
      expect(codes.get('BAD_USER_INPUT')).toBeGreaterThan(0);
      expect(await liveStatus(server.url)).toBe(200);
      expect(await graphTotals(server.url)).toEqual(totals);
    }, 600_000);
  });
}
