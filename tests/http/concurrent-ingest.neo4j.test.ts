import { describeWithNeo4j } from '../support/neo4j';
import type { GraphqlResponse, TestServer } from '../support/test-server';
import { postGraphql, startTestServer, TEST_EDITOR_KEY } from '../support/test-server';

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { changed } }`;
const EDITOR = { authorization: `Bearer ${TEST_EDITOR_KEY}` };

type Ingested = GraphqlResponse<{ ingestArticle: { changed: boolean } }>;

/** Countries the extractor knows; every article names two of them, so articles share entities and relations. */
const COUNTRIES = ['Russia', 'North Korea', 'Ukraine', 'Iran', 'China', 'Belarus'];

/** The i-th article of ingester w: distinct texts whose entities and relations overlap. */
function overlappingArticle(w: number, i: number) {
  const first = (w + i) % COUNTRIES.length;
  const a = COUNTRIES[first]!;
  const b = COUNTRIES[(first + 1 + (i % (COUNTRIES.length - 1))) % COUNTRIES.length]!;
  const day = String(1 + ((w * 12 + i) % 28)).padStart(2, '0');
  return {
    title: `Shipment ${w}-${i}`,
    publishedAt: `2025-03-${day}`,
    text: [
      `${a} allegedly supplied fuel to ${b} last month, according to the Pentagon.`,
      `The Kremlin declined to comment on shipment number ${w * 100 + i}.`,
    ].join('\n'),
  };
}

/** Each error's code with its message, so that a failure says what went wrong. */
const codes = (answers: readonly Ingested[]) =>
  answers.flatMap((a) => a.errors ?? []).map((e) => `${String(e.extensions?.code)}: ${e.message}`);

/**
 * Regression tests for issue 8: parallel editors on a Neo4j-backed server.
 * The counts below are the promise (no error, one `changed: true`, no
 * duplicate), whatever the interleaving Neo4j chose.
 */
describeWithNeo4j('concurrent ingestArticle on Neo4j', (neo4j) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await neo4j.openEmptyStore());
  }, 120_000);
  afterAll(() => server.close());

  const ingest = (input: object): Promise<Ingested> =>
    postGraphql(server.url, INGEST, { input }, EDITOR);

  test('8 parallel ingests of the same article: no error, exactly one says it changed the graph', async () => {
    const article = overlappingArticle(99, 0);
    const answers = await Promise.all(Array.from({ length: 8 }, () => ingest(article)));
    expect(codes(answers)).toEqual([]);
    const changed = answers.map((a) => a.data?.ingestArticle.changed);
    expect(changed.filter((c) => c === true)).toHaveLength(1);
    expect(changed.filter((c) => c === false)).toHaveLength(7);
    const [stored] = await neo4j.query('MATCH (a:Article {title: $title}) RETURN count(a) AS n', {
      title: article.title,
    });
    expect(stored).toEqual({ n: 1 });
  }, 120_000);

  test('8 ingesters of overlapping articles: no error, no duplicate entity or relation, every count agrees', async () => {
    const ingester = async (w: number) => {
      const answers: Ingested[] = [];
      for (let i = 0; i < 12; i++) answers.push(await ingest(overlappingArticle(w, i)));
      return answers;
    };
    const answers = (await Promise.all(Array.from({ length: 8 }, (_, w) => ingester(w)))).flat();
    expect(codes(answers)).toEqual([]);
    expect(answers.every((a) => a.data?.ingestArticle.changed === true)).toBe(true);

    const duplicates = await neo4j.query(
      `MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN id
       UNION MATCH ()-[r]->() WHERE r.claimCount IS NOT NULL
       WITH r.id AS id, count(*) AS n WHERE n > 1 RETURN id`,
    );
    expect(duplicates).toEqual([]);
    // Each relation counts exactly the claims that state it, and every claim has its relation.
    const disagreeing = await neo4j.query(
      `MATCH ()-[r]->() WHERE r.claimCount IS NOT NULL
       OPTIONAL MATCH (c:Claim {relationId: r.id})
       WITH r, count(c) AS claims WHERE claims <> r.claimCount RETURN r.id AS id
       UNION MATCH (c:Claim) WHERE NOT EXISTS { ()-[r {id: c.relationId}]->() } RETURN c.relationId AS id`,
    );
    expect(disagreeing).toEqual([]);
    // The ingesters did contend: relations stated by several of their articles.
    const [shared] = await neo4j.query(
      'MATCH ()-[r]->() WHERE r.claimCount > 1 RETURN count(r) AS n',
    );
    expect(shared?.['n']).toBeGreaterThan(0);
    const [articles] = await neo4j.query('MATCH (a:Article) RETURN count(a) AS n');
    expect(articles).toEqual({ n: 1 + 1 + 96 });
  }, 300_000);
});
