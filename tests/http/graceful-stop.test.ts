import { postGraphql } from '../support/test-server';
import { startGatedServer, until } from './gated-store';

test('stop() waits out the grace period, then cancels what still runs with SHUTTING_DOWN', async () => {
  const { server, gate, log, close } = await startGatedServer({ shutdownGraceMs: 200 });
  const requests = Array.from({ length: 5 }, () =>
    postGraphql(server.url, '{ claims(first: 3) { edges { node { subject { name } } } } }'),
  );
  await until(() => gate.waiting() === 5);
  const stopped = server.stop();
  await until(() => log.lines.some((line) => line.message.startsWith('grace period over')));
  gate.open();
  const responses = await Promise.all(requests);
  await stopped;
  for (const response of responses) {
    expect(response.errors?.map((e) => e.extensions?.code)).toContain('SHUTTING_DOWN');
  }
  expect(log.lines.find((line) => line.message.startsWith('stopping'))?.fields).toMatchObject({
    inFlight: 5,
  });
  await close();
});
