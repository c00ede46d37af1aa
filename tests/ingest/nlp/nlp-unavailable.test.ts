import type { KgError } from '../../../src/domain/errors';
import { NlpUnavailableError } from '../../../src/domain/errors';
import { CoreNlpClient } from '../../../src/ingest/nlp/corenlp-client';
import type { LocalServer } from './http-stand-ins';
import { serveLocally, unusedPort } from './http-stand-ins';

/** The error `promise` rejects with. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** A server that answers every request with `status` and `text`. */
function answering(status: number, text: string, type = 'text/plain'): Promise<LocalServer> {
  return serveLocally((_request, response) => {
    response.writeHead(status, { 'content-type': type });
    response.end(text);
  });
}

describe('when the language analyser cannot answer, analyse() fails with NLP_UNAVAILABLE', () => {
  let server: LocalServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  test('nothing listening: the error names the URL and the fix', async () => {
    const url = `http://127.0.0.1:${await unusedPort()}`;
    const client = new CoreNlpClient({ url, timeoutMs: 3000, backoffMs: 50 });
    const error = await failure(client.analyse('Bonjour.', 'fr'));
    expect(error).toBeInstanceOf(NlpUnavailableError);
    expect((error as KgError).code).toBe('NLP_UNAVAILABLE');
    expect((error as KgError).details).toEqual({ retryable: true });
    expect((error as Error).message).toContain(url);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).message).toContain('npm run nlp:start');
    expect((error as Error).message).toContain('KG_NLP_URL');
  }, 10_000);

  test.each([
    { status: 503, text: 'overloaded', attempts: 3, why: 'retried (twice here), then reported' },
    { status: 500, text: 'CoreNLP failed', attempts: 3, why: 'retried, then reported' },
    { status: 400, text: 'bad properties', attempts: 1, why: 'a refusal: not retried' },
  ])(
    'HTTP $status: $why',
    async ({ status, text, attempts }) => {
      server = await answering(status, text);
      const client = new CoreNlpClient({
        url: server.url,
        timeoutMs: 5000,
        retries: 2,
        backoffMs: 20,
      });
      const error = await failure(client.analyse('Hello.', 'en'));
      expect(error).toBeInstanceOf(NlpUnavailableError);
      expect((error as Error).message).toContain(`HTTP ${status}: ${text}`);
      expect(server.requests()).toBe(attempts);
    },
    10_000,
  );

  test('a server that never answers is given up on within the timeout', async () => {
    server = await serveLocally(() => undefined);
    const client = new CoreNlpClient({ url: server.url, timeoutMs: 1000, backoffMs: 20 });
    const error = await failure(client.analyse('Hello.', 'en'));
    expect(error).toBeInstanceOf(NlpUnavailableError);
    expect((error as Error).message).toContain('no answer in time');
  }, 10_000);

  test('something that is not CoreNLP at the URL is reported as such, not retried', async () => {
    server = await answering(200, '{"data":null}', 'application/json');
    const client = new CoreNlpClient({ url: server.url, timeoutMs: 5000, backoffMs: 20 });
    const error = await failure(client.analyse('Hello.', 'en'));
    expect((error as Error).message).toContain('not CoreNLP JSON');
    expect(server.requests()).toBe(1);
  }, 10_000);
});
