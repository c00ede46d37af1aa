import http from 'node:http';
import { RULES_EXTRACTOR_NAME } from '../../src/ingest/rules-extractor';
import { EXAMPLE_OPERATIONS } from '../../src/server/example-operations';
import type { GraphStore } from '../../src/store/graph-store';
import { SEED_DIR } from '../support/test-server';
import type { ServeProcess } from '../support/serve-process';
import { startServeProcess } from '../support/serve-process';

const EDITOR_KEY = 'shutdown-test-editor-key-0123456789';
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { changed } }`;

/** Where `kg serve` keeps its graph, and how to read it once the process is gone. */
export interface ShutdownTarget {
  readonly env: Record<string, string>;
  openStore(): Promise<GraphStore>;
  /** Extra checks on the store's own files, once the process is gone. */
  checkFiles?(): void;
}

type Outcome =
  | { kind: 'answer'; changed?: boolean }
  | { kind: 'shutting down' }
  | { kind: 'other'; detail: string };

function outcomeOf(status: number, text: string): Outcome {
  const answer = JSON.parse(text) as {
    data?: { ingestArticle?: { changed: boolean } };
    errors?: { extensions?: { code?: string } }[];
  };
  if (!answer.errors && status === 200) {
    return { kind: 'answer', changed: answer.data?.ingestArticle?.changed };
  }
  if (answer.errors?.every((e) => e.extensions?.code === 'SHUTTING_DOWN')) {
    return { kind: 'shutting down' };
  }
  return { kind: 'other', detail: `${status} ${JSON.stringify(answer.errors)}` };
}

/** A request whose body is held back halfway until `finish()`: in flight for as long as the test wants. */
interface HeldRequest {
  readonly connected: Promise<void>;
  finish(): void;
  readonly outcome: Promise<Outcome>;
}

function holdRequest(url: string, body: object, headers: Record<string, string> = {}): HeldRequest {
  const bytes = Buffer.from(JSON.stringify(body));
  const half = Math.floor(bytes.length / 2);
  const request = http.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': bytes.length, ...headers },
    agent: false,
  });
  const connected = new Promise<void>((done) =>
    request.once('socket', (socket) => socket.once('connect', done)),
  );
  const outcome = new Promise<Outcome>((done) => {
    request.once('response', (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.once('end', () => done(outcomeOf(response.statusCode ?? 0, text)));
    });
    request.once('error', (error) => done({ kind: 'other', detail: String(error) }));
  });
  request.write(bytes.subarray(0, half));
  return { connected, outcome, finish: () => request.end(bytes.subarray(half)) };
}

/** Fifty requests: the example operations over and over, and five articles to ingest. */
function fiftyRequests(url: string, run: string): HeldRequest[] {
  return Array.from({ length: 50 }, (_, i) => {
    if (i % 10 === 9) {
      const text = `Le Pentagone a confirmé mardi que la Russie aurait fourni du pétrole à la Corée du Nord (${run}, dépêche ${i}).`;
      return holdRequest(
        url,
        {
          query: INGEST,
          variables: { input: { title: `Dépêche ${i}`, publishedAt: '2025-01-07', text } },
        },
        { authorization: `Bearer ${EDITOR_KEY}` },
      );
    }
    const operation = EXAMPLE_OPERATIONS[i % EXAMPLE_OPERATIONS.length]!;
    return holdRequest(url, { query: operation.query, variables: operation.variables ?? {} });
  });
}

async function untilLogged(server: ServeProcess, message: string): Promise<void> {
  while (!server.log.some((line) => line.includes(message))) {
    await new Promise((done) => setTimeout(done, 20));
  }
}

async function untilSeeded(url: string): Promise<void> {
  for (;;) {
    const outcome = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    }).then((r) => r.json() as Promise<{ data?: { stats: { articles: number } } }>);
    if ((outcome.data?.stats.articles ?? 0) > 0) return;
    await new Promise((done) => setTimeout(done, 200));
  }
}

/**
 * `kg serve` as operators run it, in a child process: SIGTERM with fifty
 * requests in flight. Every request gets its answer (or, past the grace
 * period, a SHUTTING_DOWN error), the store is closed, the exit code is 0,
 * and every ingest that was acknowledged is in the store afterwards.
 */
export function defineShutdownSuite(name: string, prepare: () => Promise<ShutdownTarget>): void {
  describe(`kg serve stops cleanly on SIGTERM (${name})`, () => {
    let running: ServeProcess | undefined;
    afterEach(() => {
      // A test that failed before its signal leaves no server behind.
      if (running && running.child.exitCode === null) running.child.kill('SIGKILL');
      running = undefined;
    });

    const stopWith = async (graceMs: number, run: string) => {
      const target = await prepare();
      const server: ServeProcess = await startServeProcess({
        ...target.env,
        KG_SEED_DIR: SEED_DIR,
        // Stopping does not depend on how articles are read: the extractor that needs no analyser.
        KG_EXTRACTOR: RULES_EXTRACTOR_NAME,
        KG_EDITOR_KEY: EDITOR_KEY,
        KG_LOG_LEVEL: 'info',
        KG_SHUTDOWN_GRACE_MS: String(graceMs),
      });
      running = server;
      await untilSeeded(server.url);
      const requests = fiftyRequests(server.url, run);
      await Promise.all(requests.map((r) => r.connected));
      // An idle server reads every connection's headers before it answers these probes.
      for (let i = 0; i < 3; i++) await fetch(new URL('/health/live', server.url));
      server.child.kill('SIGTERM');
      await untilLogged(server, 'stopping: no new requests');
      for (const request of requests) request.finish();
      const outcomes = await Promise.all(requests.map((r) => r.outcome));
      const exit = await server.exited;
      const store = await target.openStore();
      try {
        const acknowledged = outcomes.filter((o) => o.kind === 'answer' && o.changed).length;
        expect((await store.stats(0)).articles).toBe(1 + acknowledged);
      } finally {
        await store.close();
      }
      target.checkFiles?.();
      return { outcomes, exit, log: server.log.join('\n') };
    };

    test('within the grace period every request in flight is answered, then the process exits 0', async () => {
      const { outcomes, exit, log } = await stopWith(30_000, 'grace');
      expect(outcomes.filter((o) => o.kind !== 'answer')).toEqual([]);
      expect(exit).toEqual({ code: 0, signal: null });
      expect(log).toContain('"inFlight":50');
    }, 180_000);

    test('past the grace period the rest is cancelled with SHUTTING_DOWN, and the process still exits 0', async () => {
      const { outcomes, exit } = await stopWith(1, 'cancel');
      expect(outcomes.filter((o) => o.kind === 'other')).toEqual([]);
      expect(outcomes.filter((o) => o.kind === 'shutting down').length).toBeGreaterThan(0);
      expect(exit).toEqual({ code: 0, signal: null });
    }, 180_000);
  });
}
