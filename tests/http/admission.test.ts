import { postGraphql } from '../support/test-server';
import { startGatedServer, until } from './gated-store';

test('beyond maxInFlight requests get 503 SERVER_BUSY with Retry-After, and health probes still answer', async () => {
  const { server, gate, close } = await startGatedServer({ maxInFlight: 2 });
  try {
    const query = '{ claims(first: 1) { totalCount } }';
    const held = [postGraphql(server.url, query), postGraphql(server.url, query)];
    await until(() => gate.waiting() === 2);

    const refused = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toMatchObject({
      errors: [{ extensions: { code: 'SERVER_BUSY', retryable: true } }],
    });
    expect((await fetch(new URL('/health/live', server.url))).status).toBe(200);

    gate.open();
    for (const response of await Promise.all(held)) expect(response.errors).toBeUndefined();
    expect((await postGraphql(server.url, query)).errors).toBeUndefined();
  } finally {
    await server.stop();
    await close();
  }
});
