import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestServer } from '../support/test-server';
import { postGraphql, SEED_DIR, startTestServer, TEST_EDITOR_KEY } from '../support/test-server';
import { openMemorySqlite } from '../support/sqlite';

const IMPORT = `mutation($input: AnnotatedArticleInput!) {
  importAnnotatedArticle(input: $input) { changed claims article { id } }
}`;

function seedInput(): Record<string, unknown> {
  const name = 'kursk-north-korean-losses.fr';
  const metadata = JSON.parse(readFileSync(join(SEED_DIR, `${name}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
  const annotations = JSON.parse(
    readFileSync(join(SEED_DIR, `${name}.annotations.json`), 'utf8'),
  ) as Record<string, unknown>;
  return {
    article: { ...metadata, text: readFileSync(join(SEED_DIR, `${name}.txt`), 'utf8') },
    ...annotations,
  };
}

describe('bad input gets a clear error, and the server keeps serving', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await openMemorySqlite());
  });
  afterEach(async () => {
    const alive = await postGraphql(server.url, '{ stats { articles } }');
    expect(alive.data).toEqual({ stats: { articles: 1 } });
  });
  afterAll(() => server.close());

  const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.code;

  test('a malformed query is GRAPHQL_PARSE_FAILED', async () => {
    const response = await postGraphql(server.url, '{ search(text: "x" { id }');
    expect(response.status).toBe(400);
    expect(code(response)).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('an unknown field is rejected without suggesting real field names', async () => {
    const response = await postGraphql(server.url, '{ serch(text: "x") { totalCount } }');
    expect(code(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  test('an unknown id reads as null, and a path from it is NOT_FOUND', async () => {
    const entity = await postGraphql(server.url, '{ entity(id: "country:atlantis") { name } }');
    expect(entity.data).toEqual({ entity: null });
    const paths = await postGraphql(
      server.url,
      '{ paths(fromId: "country:atlantis", toId: "country:russia") { length } }',
    );
    expect(code(paths)).toBe('NOT_FOUND');
    expect(paths.errors?.[0]?.message).toContain('country:atlantis');
  });

  test('an invalid cursor is BAD_USER_INPUT', async () => {
    const response = await postGraphql(
      server.url,
      '{ articles(after: "not-a-cursor") { totalCount } }',
    );
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('not-a-cursor');
  });

  test('a page above the cap names the cap', async () => {
    const response = await postGraphql(server.url, '{ claims(first: 100000) { totalCount } }');
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe(
      'first must be a whole number from 0 to 100; got 100000.',
    );
  });

  test('a neighborhood deeper than 3 is refused', async () => {
    const response = await postGraphql(
      server.url,
      '{ neighborhood(entityId: "country:russia", depth: 9) { truncated } }',
    );
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain(
      'depth must be a whole number from 1 to 3; got 9',
    );
  });

  test('a 1 MB search string is refused without being searched', async () => {
    const response = await postGraphql(
      server.url,
      'query($t: String!) { search(text: $t) { totalCount } }',
      {
        t: 'a'.repeat(1024 * 1024),
      },
    );
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('at most 200');
  });

  test('an operation nested too deep is refused before it runs', async () => {
    // Pages of one keep it within the query budget: the depth limit is what refuses it.
    const deep = `{ search(text: "russie", first: 1) { edges { node { relations(first: 1) { edges { node { subject {
      relations(first: 1) { edges { node { object { relations(first: 1) { edges { node { id } } } } } } } } } } } } } } }`;
    const response = await postGraphql(server.url, deep);
    expect(response.errors?.[0]?.message).toMatch(/nested \d+ fields deep; at most 12/);
  });

  test('a mutation without the editor key, or with a wrong one, is UNAUTHENTICATED', async () => {
    const without = await postGraphql(server.url, IMPORT, { input: seedInput() });
    expect(code(without)).toBe('UNAUTHENTICATED');
    expect(without.errors?.[0]?.message).toContain('Authorization: Bearer');
    const wrong = await postGraphql(
      server.url,
      IMPORT,
      { input: seedInput() },
      { authorization: 'Bearer nope' },
    );
    expect(code(wrong)).toBe('UNAUTHENTICATED');
  });

  test('with the editor key, importing the same annotations twice changes nothing the second time', async () => {
    const importSeed = () =>
      postGraphql<{ importAnnotatedArticle: { changed: boolean; claims: number } }>(
        server.url,
        IMPORT,
        { input: seedInput() },
        { authorization: `Bearer ${TEST_EDITOR_KEY}` },
      );
    // The first import replaces the extractor's reading of the seed with the hand annotations.
    expect((await importSeed()).errors).toBeUndefined();
    const again = await importSeed();
    expect(again.errors).toBeUndefined();
    expect(again.data?.importAnnotatedArticle.changed).toBe(false);
    expect(again.data?.importAnnotatedArticle.claims).toBeGreaterThan(0);
  });

  test('a claim that breaks the vocabulary is refused with what the vocabulary allows', async () => {
    const input = seedInput() as { claims: Record<string, unknown>[] };
    const sentence = input.claims[0]!.sentence;
    input.claims = [
      {
        subject: 'oil',
        predicate: 'SPOKESPERSON_OF',
        object: 'pentagon',
        modality: 'ASSERTED',
        sentence,
      },
    ];
    const response = await postGraphql(
      server.url,
      IMPORT,
      { input },
      { authorization: `Bearer ${TEST_EDITOR_KEY}` },
    );
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(
      /SPOKESPERSON_OF takes a subject of kind PERSON, but "oil" is COMMODITY/,
    );
  });

  test('a claim whose sentence is not in the article is refused', async () => {
    const input = seedInput() as { claims: Record<string, unknown>[] };
    input.claims = [{ ...input.claims[0], sentence: 'A sentence the article never wrote.' }];
    const response = await postGraphql(
      server.url,
      IMPORT,
      { input },
      { authorization: `Bearer ${TEST_EDITOR_KEY}` },
    );
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('is not in the article text');
  });
});

describe('unexpected errors', () => {
  test('are masked for the client and logged with the request id', async () => {
    const store = await openMemorySqlite();
    const broken = new Proxy(store, {
      get(target, property, receiver) {
        if (property === 'stats')
          return () => Promise.reject(new Error('disk on fire at /secret/path'));
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const server = await startTestServer(broken, { seed: false });
    try {
      const response = await postGraphql(server.url, '{ stats { articles } }');
      const error = response.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.message).not.toContain('secret');
      const requestId = error?.extensions?.requestId;
      expect(typeof requestId).toBe('string');
      const logged = server.log.lines.find((line) => line.level === 'error');
      expect(logged?.fields.requestId).toBe(requestId);
      expect(String(logged?.fields.error)).toContain('disk on fire');
    } finally {
      await server.close();
    }
  });
});
