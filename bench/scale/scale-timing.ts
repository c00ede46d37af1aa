import { performance } from 'node:perf_hooks';

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
  const samples: number[] = [];
  const started = performance.now();
  try {
    await call();
    while (
      samples.length < plan.samples &&
      (samples.length < 3 || performance.now() - started < plan.budgetMs)
    ) {
      const start = performance.now();
      await call();
      samples.push(performance.now() - start);
    }
  } catch (error) {
    if (error instanceof CapReached) return { kind: 'capped', capMs: plan.capMs };
    return { kind: 'failed', message: (error as Error).message.slice(0, 120) };
  }
  const sorted = samples.sort((a, b) => a - b);
  return {
    kind: 'measured',
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    samples: sorted.length,
  };
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
