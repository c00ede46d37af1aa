import { performance } from 'node:perf_hooks';
import { roundOrder } from '../round-order';

/** Percentiles of one operation, or how long it ran before its cap stopped it. */
export type Timing =
  | {
      readonly kind: 'measured';
      readonly p50: number;
      readonly p99: number;
      readonly samples: number;
    }
  | { readonly kind: 'capped'; readonly capMs: number }
  | { readonly kind: 'failed'; readonly message: string };

export interface TimingPlan {
  /** Samples wanted after one warm-up call. */
  readonly samples: number;
  /** Stop sampling an operation once it has spent this long (at least 3 samples). */
  readonly budgetMs: number;
  /** A call slower than this is stopped (by whoever runs it) and reported as "> cap". */
  readonly capMs: number;
}

/** Thrown by a runner whose call outlasted the cap. */
export class CapReached extends Error {}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Times `call` as the plan says; the call rejects with CapReached when the cap stops it. */
export async function timeOperation(call: () => Promise<void>, plan: TimingPlan): Promise<Timing> {
  const [timing] = await timeInterleaved([call], plan);
  return timing!;
}

/** How long one call took, or why it is timed no further. */
async function sample(call: () => Promise<void>, plan: TimingPlan): Promise<number | Timing> {
  const start = performance.now();
  try {
    await call();
  } catch (error) {
    if (error instanceof CapReached) return { kind: 'capped', capMs: plan.capMs };
    return { kind: 'failed', message: (error as Error).message.slice(0, 120) };
  }
  return performance.now() - start;
}

function measured(samples: number[]): Timing {
  const sorted = samples.sort((a, b) => a - b);
  return {
    kind: 'measured',
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    samples: sorted.length,
  };
}

/**
 * Times several ways of answering one operation in rounds: each round calls
 * each of them once, the first of them in turn (round r starts with call
 * r mod n), so that the load of the machine, which changes by the minute on
 * shared cores, weighs on each alike and their ratio compares like with
 * like. One warm-up call each first. The plan's sample count and budget
 * are per call: the rounds stop at `samples`, or past `budgetMs` times the
 * calls still timed once each has 3. A call capped or failing is timed no
 * further; the others go on.
 */
export async function timeInterleaved(
  calls: readonly (() => Promise<void>)[],
  plan: TimingPlan,
): Promise<Timing[]> {
  const samples = calls.map((): number[] => []);
  const ended: (Timing | null)[] = calls.map(() => null);
  const timed = (i: number) => ended[i] === null;
  const keep = (i: number, outcome: number | Timing, warmUp: boolean) => {
    if (typeof outcome !== 'number') ended[i] = outcome;
    else if (!warmUp) samples[i]!.push(outcome);
  };
  for (const [i, call] of calls.entries()) keep(i, await sample(call, plan), true);
  const started = performance.now();
  for (let round = 0; ; round += 1) {
    const live = calls.map((_, i) => i).filter(timed);
    const fewest = Math.min(...live.map((i) => samples[i]!.length));
    const spent = performance.now() - started;
    if (live.length === 0 || fewest >= plan.samples) break;
    if (fewest >= 3 && spent >= plan.budgetMs * live.length) break;
    for (const i of roundOrder(round, calls.length)) {
      if (timed(i)) keep(i, await sample(calls[i]!, plan), false);
    }
  }
  return calls.map((_, i) => ended[i] ?? measured(samples[i]!));
}

export function formatTiming(timing: Timing | undefined): string {
  if (!timing) return '—';
  switch (timing.kind) {
    case 'measured':
      return `${timing.p50.toFixed(1)} / ${timing.p99.toFixed(1)}`;
    case 'capped':
      return `> ${(timing.capMs / 1000).toFixed(0)} s`;
    case 'failed':
      return 'error';
  }
}

/** kg's p50 over another's, or a bound when either was capped. */
export function formatRatio(kg: Timing | undefined, other: Timing | undefined): string {
  if (!kg || !other || kg.kind === 'failed' || other.kind === 'failed') return '—';
  if (kg.kind === 'measured' && other.kind === 'measured') return (kg.p50 / other.p50).toFixed(2);
  if (kg.kind === 'capped' && other.kind === 'measured')
    return `> ${(kg.capMs / other.p50).toFixed(0)}`;
  if (kg.kind === 'measured' && other.kind === 'capped')
    return `< ${(kg.p50 / other.capMs).toFixed(2)}`;
  return '?';
}
