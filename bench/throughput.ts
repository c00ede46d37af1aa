import { performance } from 'node:perf_hooks';
import { roundOrder } from './round-order';

/** What one contender answered over all its windows, or why it was measured no further. */
export type Throughput =
  | { readonly kind: 'measured'; readonly requests: number; readonly ms: number }
  | { readonly kind: 'failed'; readonly message: string };

export interface ThroughputPlan {
  /** Clients calling at once, each sending its next request as soon as its last is answered. */
  readonly clients: number;
  /** How long a window lets clients send requests; those in flight at its end are awaited and counted. */
  readonly windowMs: number;
  /** Rounds of windows: one window per contender a round, in `roundOrder`. */
  readonly rounds: number;
}

/** Milliseconds from any origin; `performance.now` unless a test gives its own. */
export type Clock = () => number;

const realClock: Clock = () => performance.now();

/**
 * `clients` calling `call` back to back for `windowMs`: the requests
 * answered and the milliseconds until the last answer. The first failure
 * stops every client and is thrown once they have stopped.
 */
export async function requestsInWindow(
  call: () => Promise<void>,
  clients: number,
  windowMs: number,
  now: Clock = realClock,
): Promise<{ requests: number; ms: number }> {
  const start = now();
  const end = start + windowMs;
  let requests = 0;
  const failures: unknown[] = [];
  const client = async () => {
    while (failures.length === 0 && now() < end) {
      try {
        await call();
        requests += 1;
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, () => client()));
  if (failures.length > 0) throw failures[0];
  return { requests, ms: now() - start };
}

function failed(error: unknown): Throughput {
  // An error without a message (a cap reached, say) is named by its class.
  const message = error instanceof Error ? error.message || error.constructor.name : String(error);
  return { kind: 'failed', message: message.slice(0, 120) };
}

/**
 * The throughput of several ways of answering one operation, measured in
 * alternating windows: each round gives each of them one window, the first
 * of them in turn (`roundOrder`: kg, theirs, then theirs, kg, …), so that
 * load drift on shared cores weighs on each alike. First each sends one
 * request per client, untimed, to warm up. A contender that fails is given
 * no further window; the others go on.
 */
export async function compareThroughput(
  calls: readonly (() => Promise<void>)[],
  plan: ThroughputPlan,
  now: Clock = realClock,
): Promise<Throughput[]> {
  const totals = calls.map(() => ({ requests: 0, ms: 0 }));
  const ended: (Throughput | null)[] = calls.map(() => null);
  for (const [i, call] of calls.entries()) {
    try {
      await Promise.all(Array.from({ length: plan.clients }, () => call()));
    } catch (error) {
      ended[i] = failed(error);
    }
  }
  for (let round = 0; round < plan.rounds; round += 1) {
    for (const i of roundOrder(round, calls.length)) {
      if (ended[i]) continue;
      try {
        const window = await requestsInWindow(calls[i]!, plan.clients, plan.windowMs, now);
        totals[i]!.requests += window.requests;
        totals[i]!.ms += window.ms;
      } catch (error) {
        ended[i] = failed(error);
      }
    }
  }
  return calls.map((_, i) => ended[i] ?? { kind: 'measured', ...totals[i]! });
}

/** Requests per second, or null when it failed or measured no time. */
export function perSecond(throughput: Throughput | undefined): number | null {
  if (throughput?.kind !== 'measured' || throughput.ms <= 0) return null;
  return (throughput.requests * 1000) / throughput.ms;
}

/** kg's requests per second over another's, or null when either has none to give. */
export function throughputRatio(
  kg: Throughput | undefined,
  other: Throughput | undefined,
): number | null {
  const [mine, theirs] = [perSecond(kg), perSecond(other)];
  return mine === null || theirs === null || theirs === 0 ? null : mine / theirs;
}

export function formatThroughput(throughput: Throughput | undefined): string {
  if (!throughput) return '—';
  const rate = perSecond(throughput);
  return rate === null ? 'error' : rate.toFixed(1);
}
