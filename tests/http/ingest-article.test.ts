import type { TestServer } from '../support/test-server';
import { postGraphql, startTestServer, TEST_EDITOR_KEY } from '../support/test-server';
import { openMemorySqlite } from '../support/sqlite';

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { changed claims candidateEntityIds article { id language } }
}`;

/** An article nobody annotated, written for this test. */
const ARTICLE = {
  title: 'Kremlin silent on new shipments',
  publishedAt: '2025-02-14',
  text: [
    'Russia allegedly supplied fuel to North Korea last month, according to the Pentagon.',
    'The Kremlin declined to comment on the shipments.',
  ].join('\n'),
};

describe('ingestArticle', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await openMemorySqlite());
  });
  afterAll(() => server.close());

  const editor = { authorization: `Bearer ${TEST_EDITOR_KEY}` };

  test('needs the editor key', async () => {
    const response = await postGraphql(server.url, INGEST, { input: ARTICLE });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('extracts claims with their sentences, links known entities, and changes nothing the second time', async () => {
    type Answer = {
      ingestArticle: {
        changed: boolean;
        claims: number;
        article: { id: string; language: string };
      };
    };
    const first = await postGraphql<Answer>(server.url, INGEST, { input: ARTICLE }, editor);
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestArticle.changed).toBe(true);
    expect(first.data?.ingestArticle.article.language).toBe('en');
    const claims = await postGraphql<{ claims: { edges: { node: Record<string, any> }[] } }>(
      server.url,
      `query($article: ID!) { claims(filter: { articleId: $article }) { edges { node {
        subject { id } predicate object { id } item { name } modality attributedTo { id } sentence } } } }`,
      { article: first.data?.ingestArticle.article.id },
    );
    const supplies = claims.data?.claims.edges
      .map((e) => e.node)
      .find((c) => c.predicate === 'SUPPLIES');
    expect(supplies).toMatchObject({
      subject: { id: 'country:russia' },
      object: { id: 'country:north-korea' },
      modality: 'ALLEGED',
      sentence: ARTICLE.text.split('\n')[0],
    });
    const again = await postGraphql<Answer>(server.url, INGEST, { input: ARTICLE }, editor);
    expect(again.data?.ingestArticle.changed).toBe(false);
  });

  test('stores a name nobody knew as a new candidate entity, never as an existing one', async () => {
    const input = {
      title: 'A spokesman nobody knew',
      publishedAt: '2025-02-15',
      text: 'General Tarkan Volsky, spokesperson of the Zorvian Border Guard, declined to comment.',
    };
    const response = await postGraphql<{ ingestArticle: { candidateEntityIds: string[] } }>(
      server.url,
      INGEST,
      { input },
      editor,
    );
    const candidates = response.data?.ingestArticle.candidateEntityIds ?? [];
    expect(candidates).toContain('person:tarkan-volsky');
    const entity = await postGraphql<{ entity: { name: string; candidate: boolean } }>(
      server.url,
      'query($id: ID!) { entity(id: $id) { name candidate } }',
      { id: 'person:tarkan-volsky' },
    );
    expect(entity.data?.entity).toEqual({ name: 'Tarkan Volsky', candidate: true });
    const russia = await postGraphql<{ entity: { candidate: boolean } }>(
      server.url,
      '{ entity(id: "country:russia") { candidate } }',
    );
    expect(russia.data?.entity.candidate).toBe(false);
  });

  test('refuses a publication date that is not ISO 8601', async () => {
    const response = await postGraphql(
      server.url,
      INGEST,
      { input: { ...ARTICLE, publishedAt: '14/02/2025' } },
      editor,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('14/02/2025');
  });
});
