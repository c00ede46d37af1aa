import { Driver } from 'neo4j-driver';
import { describeWithNeo4j } from '../support/neo4j';
import type { TestServer } from '../support/test-server';
import { postGraphql, startTestServer } from '../support/test-server';

/** Nested lists on three levels: six batched loads per request. */
const NESTED = `{
  relations(first: 5) {
    edges { node {
      subject { name degree relations(first: 3) { edges { node { predicate object { name } } } }
                claims(role: SUBJECT, first: 2) { edges { node { sentence attributedTo { name } article { title } } } } }
      object { name mentions(first: 2) { totalCount edges { node { surface } } } }
      claims(first: 2) { edges { node { modality reportedBy { name } } } }
    } }
  }
}`;

/**
 * Regression tests for issue 8: 50 concurrent nested queries on a
 * Neo4j-backed server once took a session per batched load (this query
 * opened 10) and failed with "Connection acquisition timed out". Each
 * request now reads through one session.
 */
describeWithNeo4j('concurrent nested reads on Neo4j', (neo4j) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await neo4j.openEmptyStore());
  }, 120_000);
  afterAll(() => server.close());

  test('a nested query reads through one Neo4j session, whatever the number of batched loads', async () => {
    // Counts sessions the real driver opens; every call goes through to it.
    const opened = jest.spyOn(Driver.prototype, 'session');
    try {
      const answer = await postGraphql(server.url, NESTED);
      expect(answer.errors).toBeUndefined();
      expect(opened).toHaveBeenCalledTimes(1);
    } finally {
      opened.mockRestore();
    }
  });

  test('50 concurrent nested queries all answer, each with the same data as one alone', async () => {
    const alone = await postGraphql(server.url, NESTED);
    expect(alone.errors).toBeUndefined();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => postGraphql(server.url, NESTED)),
    );
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    for (const answer of answers) expect(answer.data).toEqual(alone.data);
    expect((await fetch(new URL('/health/ready', server.url))).status).toBe(200);
  }, 120_000);
});
