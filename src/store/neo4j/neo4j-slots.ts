import { StoreBusyError } from '../../domain/errors';

/**
 * At most `size` transactions at once, `size` being the driver's connection
 * pool: work beyond it waits its turn here, in arrival order, for at most
 * `patienceMs`, then fails with StoreBusyError. The driver's own wait for a
 * connection ends in an error that only its message tells apart from
 * others; waiting here instead gives the client a retryable code and never
 * lets the pool run dry.
 */
export class TransactionSlots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(
    size: number,
    private readonly patienceMs: number,
  ) {
    this.free = size;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.take();
    try {
      return await work();
    } finally {
      this.give();
    }
  }

  private take(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(turn), 1);
        const cause = new Error(`no free Neo4j connection within ${this.patienceMs} ms`);
        reject(new StoreBusyError('Neo4j', cause));
      }, this.patienceMs);
      this.waiting.push(turn);
    });
  }

  /** Hands the slot straight to the longest waiter, or frees it. */
  private give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}
