import { readConfig } from '../../src/server/config';

describe('readConfig: the language analyser', () => {
  test('reaches the project CoreNLP server on its default port', () => {
    expect(readConfig({}).nlp.url).toBe('http://127.0.0.1:9000');
  });

  test('follows KG_NLP_PORT, the port npm start starts the server on', () => {
    expect(readConfig({ KG_NLP_PORT: '9100' }).nlp.url).toBe('http://127.0.0.1:9100');
  });

  test('KG_NLP_URL names another server, whatever the port', () => {
    expect(readConfig({ KG_NLP_PORT: '9100', KG_NLP_URL: 'http://nlp:9000' }).nlp.url).toBe(
      'http://nlp:9000',
    );
  });

  test('a port that is no number is refused with the variable named', () => {
    expect(() => readConfig({ KG_NLP_PORT: 'nine' })).toThrow(/KG_NLP_PORT/u);
  });
});

describe('readConfig: deadlines and SQLite workers', () => {
  test('a request has 30 s by default, KG_REQUEST_TIMEOUT_MS otherwise', () => {
    expect(readConfig({}).requestTimeoutMs).toBe(30_000);
    expect(readConfig({ KG_REQUEST_TIMEOUT_MS: '2500' }).requestTimeoutMs).toBe(2500);
    expect(() => readConfig({ KG_REQUEST_TIMEOUT_MS: '0' })).toThrow(/KG_REQUEST_TIMEOUT_MS/u);
  });

  test('KG_GRAPHQL_WORKERS sets the GraphQL worker threads; 0 keeps GraphQL in the request thread', () => {
    expect(readConfig({}).graphqlWorkers).toBeGreaterThanOrEqual(2);
    expect(readConfig({ KG_GRAPHQL_WORKERS: '3' }).graphqlWorkers).toBe(3);
    expect(readConfig({ KG_GRAPHQL_WORKERS: '0' }).graphqlWorkers).toBe(0);
    expect(() => readConfig({ KG_GRAPHQL_WORKERS: '-1' })).toThrow(/KG_GRAPHQL_WORKERS/u);
  });

  test('KG_SQLITE_READERS sets the SQLite readers; absent, the pool decides', () => {
    expect(readConfig({}).store).toMatchObject({ kind: 'sqlite', readers: undefined });
    expect(readConfig({ KG_SQLITE_READERS: '3' }).store).toMatchObject({ readers: 3 });
    expect(() => readConfig({ KG_SQLITE_READERS: 'many' })).toThrow(/KG_SQLITE_READERS/u);
  });
});

describe('readConfig: who may read', () => {
  test('reads are open by default, closed by KG_READ_KEY or KG_READ_ACCESS=key', () => {
    expect(readConfig({}).closedReads).toBe(false);
    expect(readConfig({ KG_READ_KEY: 'shared' })).toMatchObject({
      readKey: 'shared',
      closedReads: true,
    });
    expect(readConfig({ KG_READ_ACCESS: 'key' }).closedReads).toBe(true);
    expect(readConfig({ KG_READ_KEY: 'shared', KG_READ_ACCESS: 'open' }).closedReads).toBe(false);
  });

  test('an unknown KG_READ_ACCESS is refused with the variable named', () => {
    expect(() => readConfig({ KG_READ_ACCESS: 'closed' })).toThrow(
      /KG_READ_ACCESS must be open or key/u,
    );
  });
});

describe('readConfig: live updates', () => {
  test('subscription settings come from the environment; absent, the server decides', () => {
    expect(readConfig({}).live).toEqual({
      pollMs: undefined,
      settleMs: undefined,
      maxSubscriptions: undefined,
      maxSubscriptionsPerConnection: undefined,
    });
    expect(
      readConfig({
        KG_LIVE_POLL_MS: '250',
        KG_LIVE_SETTLE_MS: '60000',
        KG_MAX_SUBSCRIPTIONS: '50',
        KG_MAX_SUBSCRIPTIONS_PER_CONNECTION: '5',
      }).live,
    ).toEqual({
      pollMs: 250,
      settleMs: 60_000,
      maxSubscriptions: 50,
      maxSubscriptionsPerConnection: 5,
    });
    expect(() => readConfig({ KG_LIVE_POLL_MS: 'often' })).toThrow(/KG_LIVE_POLL_MS/u);
  });
});
