import { openStore } from '../../src/store/open-store';

/** Set by the mock below when anything loads the Neo4j driver (the mock runs before any import). */
const loads = globalThis as { kgNeo4jDriverLoaded?: boolean };
jest.mock('neo4j-driver', () => {
  (globalThis as { kgNeo4jDriverLoaded?: boolean }).kgNeo4jDriverLoaded = true;
  return jest.requireActual<object>('neo4j-driver');
});

describe('openStore', () => {
  it('opens a SQLite store without loading the Neo4j driver (about 0.7 s of every kg import)', async () => {
    const store = await openStore({ kind: 'sqlite', file: ':memory:' }, { inProcess: true });
    await store.close();
    expect(loads.kgNeo4jDriverLoaded).toBeUndefined();
  });
});
