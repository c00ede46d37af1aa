import { parentPort, workerData } from 'node:worker_threads';

/**
 * The attack bench's load clients, in a thread of their own: parsing their
 * answers (megabytes of article text each) would otherwise hold the event
 * loop that times the /health/live probes, and the probe would measure the
 * bench rather than the service.
 */
export interface AttackLoad {
  readonly url: string;
  readonly clients: number;
  readonly ms: number;
  readonly queries: readonly string[];
}

async function post(url: string, query: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  if (response.status === 503) return `HTTP 503`;
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? 'answered';
}

/** Clients sending `queries` in turn without pause for `ms`; the answers counted by code. */
async function load({ url, clients, ms, queries }: AttackLoad): Promise<Map<string, number>> {
  const until = Date.now() + ms;
  const codes = new Map<string, number>();
  await Promise.all(
    Array.from({ length: clients }, async (_, k) => {
      for (let sent = k; Date.now() < until; sent++) {
        const code = await post(url, queries[sent % queries.length]!);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }),
  );
  return codes;
}

void load(workerData as AttackLoad).then((codes) => parentPort!.postMessage(codes));
