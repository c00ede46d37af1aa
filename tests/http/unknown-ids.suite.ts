import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLInputType, GraphQLObjectType } from 'graphql';
import { buildSchema, getNamedType, isInputObjectType } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { entityId } from '../../src/domain/ids';
import type { GraphStore } from '../../src/store/graph-store';
import type { TestServer } from '../support/test-server';
import { postGraphql, startTestServer, TEST_EDITOR_KEY } from '../support/test-server';

type Json = any;

/** What an id nothing has gets (README, "The GraphQL API"): the one rule, field by field. */
type Answer = 'null' | 'NOT_FOUND' | 'empty history';

interface Row {
  /** The field and the argument (or filter field) taking the id, as the schema names them. */
  readonly where: string;
  readonly query: string;
  readonly answer: Answer;
  /** Reads the field's value from `data`, for null and empty answers. */
  readonly value?: (data: Json) => unknown;
  readonly mutation?: true;
}

const NOWHERE = 'country:nowhere-at-all';

const claimFilterRow = (field: string, type = 'ID'): Row => ({
  where: `Query.claims(filter.${field})`,
  query: `query($id: ${type}!) { claims(filter: { ${field}: $id }) { totalCount } }`,
  answer: 'NOT_FOUND',
});

const CLAIM_FILTER_FIELDS = [
  'subjectId',
  'objectId',
  'attributedToId',
  'reportedById',
  'articleId',
  'entityId',
  'itemId',
  'locationId',
];

const ROWS: readonly Row[] = [
  {
    where: 'Query.entity(id)',
    query: 'query($id: ID!) { entity(id: $id) { id } }',
    answer: 'null',
    value: (data) => data.entity,
  },
  {
    where: 'Query.article(id)',
    query: 'query($id: ID!) { article(id: $id) { id } }',
    answer: 'null',
    value: (data) => data.article,
  },
  {
    where: 'Query.relation(id)',
    query: 'query($id: ID!) { relation(id: $id) { id } }',
    answer: 'null',
    value: (data) => data.relation,
  },
  {
    where: 'Query.history(id)',
    query: 'query($id: ID!) { history(id: $id) { totalCount } }',
    answer: 'empty history',
    value: (data) => data.history.totalCount,
  },
  {
    where: 'Query.neighborhood(entityId)',
    query: 'query($id: ID!) { neighborhood(entityId: $id) { truncated } }',
    answer: 'NOT_FOUND',
  },
  {
    where: 'Query.paths(fromId)',
    query: `query($id: ID!) { paths(fromId: $id, toId: "${entityId('COUNTRY', 'Russia')}") { length } }`,
    answer: 'NOT_FOUND',
  },
  {
    where: 'Query.paths(toId)',
    query: `query($id: ID!) { paths(fromId: "${entityId('COUNTRY', 'Russia')}", toId: $id) { length } }`,
    answer: 'NOT_FOUND',
  },
  ...CLAIM_FILTER_FIELDS.map((field) => claimFilterRow(field)),
  ...CLAIM_FILTER_FIELDS.map((field) => ({
    where: `Query.timeline(filter.${field})`,
    query: `query($id: ID!) { timeline(filter: { ${field}: $id }) { truncated } }`,
    answer: 'NOT_FOUND' as const,
  })),
  ...['subjectId', 'objectId', 'entityId'].map((field) => ({
    where: `Query.relations(filter.${field})`,
    query: `query($id: ID!) { relations(filter: { ${field}: $id }) { totalCount } }`,
    answer: 'NOT_FOUND' as const,
  })),
  {
    where: 'Query.stats(filter.entityId)',
    query: 'query($id: ID!) { stats(filter: { entityId: $id }) { claims } }',
    answer: 'NOT_FOUND',
  },
  {
    where: 'Mutation.retractArticle(id)',
    query: 'mutation($id: ID!) { retractArticle(id: $id) { retracted } }',
    answer: 'NOT_FOUND',
    mutation: true,
  },
  {
    where: 'Mutation.mergeEntities(into)',
    query: `mutation($id: ID!) { mergeEntities(into: $id, from: "${entityId('COUNTRY', 'Russia')}") { merged } }`,
    answer: 'NOT_FOUND',
    mutation: true,
  },
  {
    where: 'Mutation.mergeEntities(from)',
    query: `mutation($id: ID!) { mergeEntities(into: "${entityId('COUNTRY', 'Russia')}", from: $id) { merged } }`,
    answer: 'NOT_FOUND',
    mutation: true,
  },
  {
    where: 'Mutation.reviewClaim(id)',
    query: 'mutation($id: ID!) { reviewClaim(id: $id, verdict: WRONG) { changed } }',
    answer: 'NOT_FOUND',
    mutation: true,
  },
  {
    where: 'Mutation.reviewEntity(id)',
    query: 'mutation($id: ID!) { reviewEntity(id: $id, input: { accept: true }) { changed } }',
    answer: 'NOT_FOUND',
    mutation: true,
  },
  {
    where: 'Mutation.unmergeEntities(mergeId)',
    query: 'mutation($id: ID!) { unmergeEntities(mergeId: $id) { unmerged } }',
    answer: 'NOT_FOUND',
    mutation: true,
  },
];

/** Subscriptions answer over WebSocket; the same rule holds for their filters. */
const SUBSCRIPTION_ROWS = CLAIM_FILTER_FIELDS.map((field) => ({
  where: `Subscription.claimAdded(filter.${field})`,
  query: `subscription($id: ID!) { claimAdded(filter: { ${field}: $id }) { id } }`,
}));

/** Every argument, or field of an input argument, of type ID on the root types. */
function idTakingFields(): string[] {
  const schema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  const isId = (type: GraphQLInputType) => getNamedType(type).name === 'ID';
  const found: string[] = [];
  for (const root of roots.filter((r): r is GraphQLObjectType => r !== null && r !== undefined)) {
    for (const field of Object.values(root.getFields())) {
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        if (isId(arg.type)) found.push(`${root.name}.${field.name}(${arg.name})`);
        else if (isInputObjectType(named))
          for (const inner of Object.values(named.getFields()))
            if (isId(inner.type))
              found.push(`${root.name}.${field.name}(${arg.name}.${inner.name})`);
      }
    }
  }
  return found.sort();
}

/**
 * Unknown ids behave one way across the API (issue 9 item 6): a lookup of
 * one object answers null, everything else taking an id answers NOT_FOUND
 * naming it, and a known id is accepted by every one of them.
 */
export function defineUnknownIdsSuite(name: string, openStore: () => Promise<GraphStore>): void {
  describe(`unknown ids over HTTP (${name})`, () => {
    let server: TestServer;
    const known: Record<string, string> = {};
    beforeAll(async () => {
      server = await startTestServer(await openStore());
      const found = await postGraphql<Json>(
        server.url,
        '{ articles(first: 1) { edges { node { id } } } relations(first: 1) { edges { node { id } } } }',
      );
      known['article'] = found.data.articles.edges[0].node.id;
      known['relation'] = found.data.relations.edges[0].node.id;
    });
    afterAll(() => server.close());

    const ask = (row: { query: string; mutation?: true }, id: string) =>
      postGraphql<Json>(
        server.url,
        row.query,
        { id },
        row.mutation ? { authorization: `Bearer ${TEST_EDITOR_KEY}` } : {},
      );

    test('the table covers every field and filter of the schema that takes an id', () => {
      expect([...ROWS, ...SUBSCRIPTION_ROWS].map((row) => row.where).sort()).toEqual(
        idTakingFields(),
      );
    });

    test.each(ROWS.map((row) => [row.where, row.answer, row] as const))(
      '%s: an unknown id answers %s',
      async (_where, answer, row) => {
        const response = await ask(row, NOWHERE);
        if (answer === 'NOT_FOUND') {
          expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
          expect(response.errors?.[0]?.message).toContain(NOWHERE);
        } else {
          expect(response.errors).toBeUndefined();
          expect(row.value!(response.data)).toEqual(answer === 'null' ? null : 0);
        }
      },
    );

    test.each(ROWS.filter((row) => !row.mutation).map((row) => [row.where, row] as const))(
      '%s: a stored id is accepted',
      async (where, row) => {
        const id = where.includes('article')
          ? known['article']!
          : where.includes('relation(')
            ? known['relation']!
            : entityId('COUNTRY', 'North Korea');
        const response = await ask(row, id);
        expect(response.errors).toBeUndefined();
        if (row.value) expect(row.value(response.data)).not.toBeNull();
      },
    );

    test.each(SUBSCRIPTION_ROWS.map((row) => [row.where, row] as const))(
      '%s: an unknown id answers NOT_FOUND',
      async (_where, row) => {
        const client = createClient({
          url: server.url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          retryAttempts: 0,
        });
        try {
          const errors = await new Promise<readonly Json[]>((resolve, reject) => {
            client.subscribe(
              { query: row.query, variables: { id: NOWHERE } },
              {
                next: (result) =>
                  result.errors ? resolve(result.errors) : reject(new Error('an event')),
                error: (error) => (Array.isArray(error) ? resolve(error) : reject(error as Error)),
                complete: () => reject(new Error('completed without an error')),
              },
            );
          });
          expect(errors[0]?.extensions?.code).toBe('NOT_FOUND');
          expect(errors[0]?.message).toContain(NOWHERE);
        } finally {
          await client.dispose();
        }
      },
    );
  });
}
