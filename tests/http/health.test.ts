import { openMemorySqlite } from '../support/sqlite';
import { startTestServer } from '../support/test-server';

test('/health/ready says only ready or not; why the store failed goes to the log', async () => {
  const server = await startTestServer(await openMemorySqlite(), { seed: false });
  try {
    const ready = await fetch(new URL('/health/ready', server.url));
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);

    await server.store.close();
    const down = await fetch(new URL('/health/ready', server.url));
    expect([down.status, await down.json()]).toEqual([503, { status: 'not ready' }]);
    const live = await fetch(new URL('/health/live', server.url));
    expect(live.status).toBe(200);
    const logged = server.log.lines.find((line) => line.message.startsWith('not ready'));
    expect(logged?.fields['error']).toEqual(expect.any(String));
  } finally {
    await server.close();
  }
});
