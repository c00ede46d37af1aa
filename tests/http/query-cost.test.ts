import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { checkOperation } from '../../src/graphql/cost/check-operation';
import { DEFAULT_OPERATOR_LIMITS } from '../../src/graphql/limits';
import { buildGraphSchema } from '../../src/graphql/schema';
import { EXAMPLE_OPERATIONS } from '../../src/server/example-operations';
import type { TestServer } from '../support/test-server';
import { postGraphql, startTestServer } from '../support/test-server';
import { openMemorySqlite } from '../support/sqlite';

interface Cost {
  readonly estimated: number;
  readonly actual: number;
}

const costOf = (response: object): Cost =>
  (response as { extensions: { cost: Cost } }).extensions.cost;

/** Objects in an answer below its root, each list item one: the unit of the cost. */
function objectsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + objectsIn(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.values(value).reduce(
    (sum: number, child) =>
      sum +
      objectsIn(child) +
      (Array.isArray(child)
        ? child.filter((item) => item !== null && typeof item === 'object').length
        : child !== null && typeof child === 'object'
          ? 1
          : 0),
    0,
  );
}

/** The GraphQL blocks of the README, each as a reader would paste it. */
function readmeOperations(): string[] {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe('every answer carries its cost, and the examples fit the default budget', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await openMemorySqlite());
  });
  afterAll(() => server.close());

  test.each(EXAMPLE_OPERATIONS.map((op) => [op.name, op] as const))(
    '%s: within the budget, with estimated and actual cost',
    async (_name, operation) => {
      const response = await postGraphql(server.url, operation.query, operation.variables);
      expect(response.errors).toBeUndefined();
      const cost = costOf(response);
      expect(cost.estimated).toBeLessThanOrEqual(DEFAULT_OPERATOR_LIMITS.queryBudget);
      expect(cost.actual).toBeGreaterThan(0);
      expect(cost.actual).toBeLessThanOrEqual(cost.estimated);
      // Path searches and timelines add the store work of their walk or scan to the objects.
      const walks = ['paths(', 'timeline('].some((field) => operation.query.includes(field));
      if (!walks) expect(cost.actual).toBe(objectsIn(response.data));
    },
  );

  test.each([
    ['the default introspection query', getIntrospectionQuery()],
    [
      'GraphiQL’s introspection query, every option on',
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    ],
  ])('%s fits the budget, and its cost is exact', async (_name, query) => {
    const response = await postGraphql(server.url, query);
    expect(response.errors).toBeUndefined();
    const cost = costOf(response);
    expect(cost.estimated).toBeLessThanOrEqual(DEFAULT_OPERATOR_LIMITS.queryBudget);
    expect(cost.estimated).toBe(objectsIn(response.data));
    expect(cost.actual).toBe(cost.estimated);
  });

  test('actual cost counts the objects returned: two claims with their subject cost 2 + 2 + 2 + 1', async () => {
    const response = await postGraphql(
      server.url,
      '{ claims(first: 2) { edges { node { subject { name } } } } }',
    );
    // The connection (1), 2 edges, 2 claims, 2 subjects; the estimate allows the same for 2.
    expect(costOf(response)).toEqual({ estimated: 7, actual: 7 });
  });

  test('page sizes from variables and their defaults set the estimate', async () => {
    const query = 'query($n: Int = 3) { articles(first: $n) { edges { node { id } } } }';
    expect(costOf(await postGraphql(server.url, query)).estimated).toBe(1 + 3 * 2);
    expect(costOf(await postGraphql(server.url, query, { n: 50 })).estimated).toBe(1 + 50 * 2);
  });

  test('a path search costs more with every hop it may take', async () => {
    const estimate = async (maxHops: number) =>
      costOf(
        await postGraphql(
          server.url,
          `{ paths(fromId: "country:north-korea", toId: "country:ukraine", maxHops: ${maxHops}, first: 1) { length } }`,
        ),
      ).estimated;
    const costs = [await estimate(1), await estimate(2), await estimate(3), await estimate(4)];
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(new Set(costs).size).toBe(4);
  });
});

test('the README’s operations fit the default budget', async () => {
  const schema = await buildGraphSchema();
  const operations = readmeOperations();
  expect(operations.length).toBeGreaterThanOrEqual(9);
  for (const query of operations) {
    const check = checkOperation(schema, { query }, DEFAULT_OPERATOR_LIMITS.queryBudget);
    expect({ query, refused: 'refusal' in check }).toEqual({ query, refused: false });
  }
});

test('an answer over the size cap is RESPONSE_TOO_LARGE, and the server keeps serving', async () => {
  const server = await startTestServer(await openMemorySqlite(), {
    limits: { ...DEFAULT_OPERATOR_LIMITS, maxResponseBytes: 2_000 },
  });
  try {
    const big = await postGraphql(server.url, '{ articles { edges { node { text } } } }');
    expect(big.data).toBeNull();
    expect(big.errors?.[0]?.extensions).toMatchObject({
      code: 'RESPONSE_TOO_LARGE',
      maxBytes: 2_000,
    });
    expect(costOf(big).actual).toBeGreaterThan(0);
    const small = await postGraphql(server.url, '{ articles { totalCount } }');
    expect(small.data).toEqual({ articles: { totalCount: 1 } });
  } finally {
    await server.close();
  }
});
