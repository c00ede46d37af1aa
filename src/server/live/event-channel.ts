/**
 * One subscriber's queue of events: the follower pushes, graphql-js pulls
 * (`for await`). Bounded: a subscriber that falls `maxQueued` events
 * behind is ended with `overflow`'s error rather than holding the
 * server's memory. `return()` (the client completed or went away) runs
 * `onEnd` once, so the follower forgets the subscriber.
 */
export class EventChannel<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: {
    readonly resolve: (result: IteratorResult<T>) => void;
    readonly reject: (error: Error) => void;
  } | null = null;
  private failure: { readonly error: Error } | null = null;
  private ended = false;

  constructor(
    private readonly maxQueued: number,
    private readonly overflow: () => Error,
    private readonly onEnd: () => void,
  ) {}

  /** True once ended, by the consumer, `end()` or a failure: pushing does nothing. */
  get closed(): boolean {
    return this.ended || this.failure !== null;
  }

  push(items: readonly T[]): void {
    if (this.closed) return;
    if (this.queue.length + items.length > this.maxQueued) {
      this.fail(this.overflow());
      return;
    }
    for (const item of items) {
      if (this.waiting) {
        const waiting = this.waiting;
        this.waiting = null;
        waiting.resolve({ value: item, done: false });
      } else {
        this.queue.push(item);
      }
    }
  }

  /** Ends the stream with an error, once what was queued has been read. */
  fail(error: Error): void {
    if (this.closed) return;
    this.failure = { error };
    this.onEnd();
    if (this.waiting) {
      const waiting = this.waiting;
      this.waiting = null;
      waiting.reject(error);
    }
  }

  /** Ends the stream cleanly, once what was queued has been read. */
  end(): void {
    if (this.closed) return;
    this.ended = true;
    this.onEnd();
    if (this.waiting) {
      const waiting = this.waiting;
      this.waiting = null;
      waiting.resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.queue.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject: (error: Error) => reject(error) };
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.queue.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
