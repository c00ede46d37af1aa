import type { GraphQLSchema } from 'graphql';
import { parse } from 'graphql';
import { checkDocumentShape } from '../../src/graphql/cost/document-shape';
import { estimateCost } from '../../src/graphql/cost/estimate-cost';
import { LIMITS } from '../../src/graphql/limits';
import { PREDICATES } from '../../src/domain/predicates';
import { buildGraphSchema } from '../../src/graphql/schema';

const fields = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i)).join(' ');

describe('the document shape, measured before validation', () => {
  const shape = (query: string) => checkDocumentShape(parse(query), LIMITS);

  test('a fragment nobody spreads is measured too: validation visits it', () => {
    const query = `{ stats { articles } } fragment Unused on GraphStats { ${fields(150, () => 'claims')} }`;
    expect(shape(query)).toEqual({ limit: 'fieldsPerSelection', allowed: 100, found: 150 });
  });

  test('aliases inside a fragment count once per spread', () => {
    const query = `{ ... on Query { ...Twenty } ... on Query { ...Twenty } }
      fragment Twenty on Query { ${fields(20, (i) => `a${i}: stats { articles }`)} }`;
    expect(shape(query)).toMatchObject({ limit: 'aliases', found: 40 });
  });

  test('fragments spreading each other in a cycle are measured, and left to validation', () => {
    const query = `{ ...A } fragment A on Query { stats { articles } ...B } fragment B on Query { ...A }`;
    expect(shape(query)).toBeNull();
  });

  test('the fields of a whole operation count, fragments expanded wherever they are spread', () => {
    // Each fragment spreads the previous one twice, in small selection sets: 1,788 fields in all.
    const levels = Array.from(
      { length: 8 },
      (_, k) =>
        `fragment F${k + 1} on Entity { relations { edges { node { subject { ...F${k} } object { ...F${k} } } } } }`,
    ).join('\n');
    const query = `{ entity(id: "x") { ...F8 } } ${levels} fragment F0 on Entity { id name }`;
    expect(shape(query)).toEqual({ limit: 'fieldsPerDefinition', allowed: 1000, found: 1788 });
  });
});

test('fields sharing a response name are counted as validation compares them, level by level', () => {
  const query = (outer: number, inner: number) =>
    `{ ${fields(outer, () => `stats { ${fields(inner, () => 'articles')} }`)} }`;
  // Two stats: 2² comparisons, then their merged sub-selections: (2 × 3)².
  const comparisons = (doc: string) =>
    checkDocumentShape(parse(doc), { ...LIMITS, fieldComparisons: 0 })?.found;
  expect(comparisons(query(2, 3))).toBe(2 ** 2 + (2 * 3) ** 2);
  expect(comparisons(query(1, 1))).toBe(2);
  expect(checkDocumentShape(parse(query(30, 3)), LIMITS)).toMatchObject({
    limit: 'fieldComparisons',
  });
});

describe('the estimated cost', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphSchema();
  });
  const estimate = (query: string, variables = {}, operationName?: string) =>
    estimateCost(schema, parse(query), operationName, variables)?.estimated;

  test('a nested list multiplies: each page holds its size times one plus what it nests', () => {
    expect(estimate('{ claims(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * 2);
    expect(
      estimate(
        '{ claims(first: 10) { edges { node { subject { relations(first: 5) { totalCount } } } } } }',
      ),
    ).toBe(1 + 10 * (1 + 1 + 1 + 1));
    expect(
      estimate(
        '{ claims(first: 10) { edges { node { subject { relations(first: 5) { edges { node { id } } } } } } } }',
      ),
    ).toBe(1 + 10 * (1 + 1 + 1 + (1 + 5 * 2)));
  });

  test('a page size above the cap counts as the cap: the resolver refuses more', () => {
    expect(estimate('{ articles(first: 100000) { edges { node { id } } } }')).toBe(1 + 100 * 2);
  });

  test('counts keyed by an enum hold one item per value', () => {
    expect(estimate('{ stats { claimsByPredicate { key count } } }')).toBe(1 + PREDICATES.length);
  });

  test('a neighbourhood counts its walk, its nodes and its estimated edges', () => {
    const small = estimate('{ neighborhood(entityId: "x", depth: 1, limit: 10) { nodes { id } } }');
    const deep = estimate('{ neighborhood(entityId: "x", depth: 3, limit: 10) { nodes { id } } }');
    expect(small).toBe(1 * 10 + 1 + 10);
    expect(deep).toBe(3 * 10 + 1 + 10);
  });

  test('walking attributions doubles a walk and counts the attributions listed', () => {
    const plain = '{ neighborhood(entityId: "x", depth: 2, limit: 10) { nodes { id } } }';
    const spoken =
      '{ neighborhood(entityId: "x", depth: 2, limit: 10, attribution: true) { nodes { id } attributions { id } } }';
    expect(estimate(plain)).toBe(2 * 10 + 1 + 10);
    expect(estimate(spoken)).toBe(2 * 2 * 10 + 1 + 10 + 10 * 4);
    const paths = (attribution: boolean) =>
      estimate(
        `{ paths(fromId: "a", toId: "b", maxHops: 2, first: 5, attribution: ${attribution}) { length } }`,
      );
    expect(paths(true)! - paths(false)!).toBe(4 ** 3);
  });

  test('a backward page counts its last as a forward page counts its first', () => {
    expect(estimate('{ claims(last: 10) { edges { node { id } } } }')).toBe(1 + 10 * 2);
    expect(estimate('{ articles(last: 100000) { edges { node { id } } } }')).toBe(1 + 100 * 2);
  });

  test('a timeline counts its scan of the claims and its buckets, capped', () => {
    const scan = LIMITS.pageSize;
    expect(estimate('{ timeline(first: 30) { buckets { count } } }')).toBe(scan + 1 + 30);
    expect(estimate('{ timeline { buckets { count } } }')).toBe(
      scan + 1 + LIMITS.defaultTimelineBuckets,
    );
    expect(estimate('{ timeline(first: 1000000) { buckets { count } } }')).toBe(
      scan + 1 + LIMITS.timelineBuckets,
    );
  });

  test("a relation's sources count their page and each source's claims", () => {
    expect(
      estimate(
        '{ relation(id: "x") { sources(first: 4, claimsEach: 2) { claimCount claims { id } } } }',
      ),
    ).toBe(1 + 4 * (1 + 2));
    expect(estimate('{ relation(id: "x") { sources { claims { id } } } }')).toBe(
      1 + LIMITS.defaultSources * (1 + LIMITS.defaultClaimsPerSource),
    );
  });

  test('fields the schema does not have cost nothing: validation refuses them after', () => {
    expect(estimate('{ nosuchfield { a b } stats { articles } }')).toBe(1);
  });

  test('the operation named in the request is the one costed', () => {
    const document = `query Small { stats { articles } } query Large { articles(first: 50) { edges { node { id } } } }`;
    expect(estimate(document, {}, 'Small')).toBe(1);
    expect(estimate(document, {}, 'Large')).toBe(101);
    expect(estimateCost(schema, parse(document), undefined, {})).toBeNull();
  });
});
