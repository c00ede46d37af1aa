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

  /** Slots free now: all of them once every transaction has ended. */
  get available(): number {
    return this.free;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.hold();
    try {
      return await work();
    } finally {
      release();
    }
  }

  /**
   * Takes a slot for work that outlives one call (a request's transaction);
   * the function returned gives it back, once however often it is called.
   */
  async hold(): Promise<() => void> {
    await this.take();
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.give();
    };
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
