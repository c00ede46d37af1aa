import { countingStore } from '../support/counting-store';
import { postGraphql, startTestServer } from '../support/test-server';
import { openMemorySqlite } from '../support/sqlite';

const QUERY = `query($first: Int!) {
  relations(first: $first) {
    edges { node {
      subject { name degree relations(first: 5) { edges { node { predicate object { name } } } }
                claims(role: SUBJECT, first: 3) { edges { node { sentence attributedTo { name } article { title } } } } }
      object { name mentions(first: 2) { totalCount edges { node { surface } } } }
      claims(first: 2) { edges { node { modality reportedBy { name } } } }
    } }
  }
}`;

test('nested fields are batched: store calls do not grow with the number of entities', async () => {
  const sqlite = await openMemorySqlite();
  const { store, calls } = countingStore(sqlite);
  const server = await startTestServer(store);
  try {
    const callsFor = async (first: number) => {
      calls.length = 0;
      const response = await postGraphql<{ relations: { edges: unknown[] } }>(server.url, QUERY, {
        first,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.relations.edges).toHaveLength(first);
      return calls.length;
    };
    const few = await callsFor(2);
    const many = await callsFor(15);
    // Seven times the entities, no more calls: one call per field and page, not per entity.
    expect(many).toBeLessThanOrEqual(few);
    expect(many).toBeLessThanOrEqual(12);
  } finally {
    await server.close();
  }
});
