import { networkInterfaces } from 'node:os';
import { nlpStatus, startNlpServer } from '../../../scripts/nlp/nlp-server';
import { NLP_START_TIMEOUT_MS, TEST_NLP_SERVER } from '../../support/nlp';

/** This machine's first non-loopback IPv4 address, if it has one. */
function externalAddress(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    const found = addresses?.find((address) => address.family === 'IPv4' && !address.internal);
    if (found) return found.address;
  }
  return null;
}

describe('the project’s CoreNLP server (npm run nlp:start)', () => {
  let url: string;
  let pid: number;

  beforeAll(async () => {
    ({ url, pid } = await startNlpServer(TEST_NLP_SERVER));
  }, NLP_START_TIMEOUT_MS);

  test('a second start reuses the running server', async () => {
    const again = await startNlpServer(TEST_NLP_SERVER);
    expect(again).toEqual({ url, pid, alreadyRunning: true });
  });

  test('status reports it running and ready at its URL', async () => {
    expect(await nlpStatus(TEST_NLP_SERVER)).toMatchObject({
      running: true,
      ready: true,
      pid,
      url,
    });
  });

  test('it answers the official server’s probes, and only POST on /', async () => {
    expect((await fetch(`${url}/live`)).status).toBe(200);
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    expect((await fetch(`${url}/`)).status).toBe(405);
  });

  test('it listens on 127.0.0.1 only', async () => {
    const address = externalAddress();
    expect(address).not.toBeNull();
    const port = new URL(url).port;
    await expect(
      fetch(`http://${address}:${port}/live`, { signal: AbortSignal.timeout(5000) }),
    ).rejects.toThrow();
  });
});
