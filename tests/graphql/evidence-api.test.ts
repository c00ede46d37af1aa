import { entityId } from '../../src/domain/ids';
import { MODALITIES } from '../../src/domain/modality';
import type { TestServer } from '../support/test-server';
import { postGraphql, startTestServer } from '../support/test-server';
import { openMemorySqlite } from '../support/sqlite';
import { INGESTED, stamped } from '../store/evidence.contract';

type Data = Record<string, any>;

/** The evidence and dashboard fields through the real HTTP API, over the store contract's articles. */
describe('evidence and dashboards over GraphQL', () => {
  let server: TestServer;
  beforeAll(async () => {
    const store = await openMemorySqlite();
    for (const [article, at] of INGESTED) await store.upsertArticle(stamped(article, at));
    server = await startTestServer(store, { seed: false });
  });
  afterAll(() => server.close());

  const query = async (text: string, variables: Record<string, unknown> = {}) => {
    const response = await postGraphql<Data>(server.url, text, variables);
    return response;
  };
  const data = async (text: string, variables: Record<string, unknown> = {}) => {
    const response = await query(text, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  test('contested relations show their stance, their sources and independent sources', async () => {
    const { relations } = await data(`{
      relations(filter: { contested: true }) {
        totalCount
        edges { node {
          predicate contested supporting denying independentSources
          claimsByModality { key count }
          sources(first: 3, claimsEach: 1) {
            kind publisher entity { id } claimCount claims { modality ingestedAt article { publisher } }
          }
        } }
      }
    }`);
    expect(relations.totalCount).toBe(1);
    const node = relations.edges[0].node;
    expect(node).toMatchObject({
      predicate: 'DEPLOYED_TO',
      contested: true,
      supporting: 4,
      denying: 1,
      independentSources: 4,
    });
    expect(node.claimsByModality.map((c: Data) => c.key)).toEqual([
      'CONFIRMED',
      'ASSERTED',
      'DENIED',
    ]);
    expect(node.sources.map((s: Data) => [s.kind, s.publisher, s.entity?.id ?? null])).toEqual([
      ['PUBLISHER', 'Evening Post', null],
      ['PUBLISHER', 'Morning Star', null],
      ['SPEAKER', null, entityId('COUNTRY', 'Freedonia')],
    ]);
    expect(node.sources[0].claims).toEqual([
      {
        modality: 'ASSERTED',
        ingestedAt: '2026-01-02T08:00:00.000Z',
        article: { publisher: 'Evening Post' },
      },
    ]);
  });

  test('the timeline counts per bucket and key, and refuses more buckets than the cap', async () => {
    const response = await query(`{
      timeline(bucket: WEEK, by: MODALITY, time: PUBLISHED, filter: { predicates: [DEPLOYED_TO] }) {
        buckets { start key count } truncated
      }
    }`);
    expect(response.data!.timeline).toEqual({
      buckets: [
        { start: '2025-02-24', key: 'CONFIRMED', count: 1 },
        { start: '2025-03-03', key: 'ASSERTED', count: 2 },
        { start: '2025-03-10', key: 'ASSERTED', count: 1 },
        { start: '2025-03-10', key: 'DENIED', count: 1 },
      ],
      truncated: false,
    });
    const tooMany = await query('{ timeline(first: 5000) { truncated } }');
    expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  test('claims page backward from the end, and cursors mix both directions', async () => {
    const page = `query($last: Int, $before: String, $first: Int, $after: String) {
      claims(last: $last, before: $before, first: $first, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasPreviousPage hasNextPage startCursor }
      }
    }`;
    const all = (await data(page, { first: 100 })).claims;
    const tail = (await data(page, { last: 2 })).claims;
    expect(tail.edges.map((e: Data) => e.node.id)).toEqual(
      all.edges.slice(-2).map((e: Data) => e.node.id),
    );
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = (await data(page, { last: 3, before: tail.pageInfo.startCursor })).claims;
    expect(before.edges.map((e: Data) => e.node.id)).toEqual(
      all.edges.slice(-5, -2).map((e: Data) => e.node.id),
    );
    const both = await query(page, { first: 1, last: 1 });
    expect(both.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  test('a cursor of a list in one order goes on in that order and is refused in another', async () => {
    const page = `query($orderBy: TimeOrder, $after: String) {
      claims(orderBy: $orderBy, first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } }
    }`;
    const all = (
      await data('{ claims(orderBy: INGESTED_DESC, first: 100) { edges { node { id } } } }')
    ).claims.edges.map((e: Data) => e.node.id);
    const first = (await data(page, { orderBy: 'INGESTED_DESC' })).claims;
    const next = (await data(page, { orderBy: 'INGESTED_DESC', after: first.pageInfo.endCursor }))
      .claims;
    expect(next.edges.map((e: Data) => e.node.id)).toEqual(all.slice(2, 4));
    const mixed = await query(page, { orderBy: 'PUBLISHED_ASC', after: first.pageInfo.endCursor });
    expect(mixed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(mixed.errors?.[0]?.message).toMatch(/ordered by INGESTED_DESC/);
    // Backward too, and on articles.
    const before = await query(
      `query($before: String) { claims(orderBy: PUBLISHED_DESC, last: 1, before: $before) { totalCount } }`,
      { before: first.pageInfo.endCursor },
    );
    expect(before.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const articles = (await data('{ articles(first: 1) { pageInfo { endCursor } } }')).articles;
    const otherOrder = await query(
      `query($after: String) { articles(orderBy: PUBLISHED_ASC, after: $after) { totalCount } }`,
      { after: articles.pageInfo.endCursor },
    );
    expect(otherOrder.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    // A list without a chosen order refuses it too, saying whose cursor it is.
    const nested = await query(
      `query($id: ID!, $after: String) { entity(id: $id) { claims(after: $after) { totalCount } } }`,
      { id: entityId('COUNTRY', 'Freedonia'), after: first.pageInfo.endCursor },
    );
    expect(nested.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(nested.errors?.[0]?.message).toMatch(/this list's own pages/);
  });

  test('"new since": articles and claims by ingestion time', async () => {
    const { articles, claims } = await data(`{
      articles(orderBy: INGESTED_DESC, first: 1) { edges { node { publisher ingestedAt } } }
      claims(filter: { ingestedAfter: "2026-01-02T12:00:00Z", text: "denied" }) { totalCount }
    }`);
    expect(articles.edges[0].node).toEqual({
      publisher: 'Morning Star',
      ingestedAt: '2026-01-03T08:00:00.000Z',
    });
    expect(claims.totalCount).toBe(1);
    const bad = await query('{ claims(filter: { ingestedAfter: "yesterday" }) { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  test('stats take a filter; the modalities list their strength order', async () => {
    const { stats, modalities } = await data(`{
      stats(filter: { predicates: [DEPLOYED_TO] }, mostConnected: 1) { claims articles mostConnected { entity { id } degree } }
      modalities
    }`);
    expect(stats).toEqual({
      claims: 5,
      articles: 4,
      mostConnected: [{ entity: { id: entityId('ARMED_FORCE', 'Sylvanian Army') }, degree: 1 }],
    });
    expect(modalities).toEqual([...MODALITIES]);
  });
});
