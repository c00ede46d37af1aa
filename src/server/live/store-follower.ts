import type { Article } from '../../domain/article';
import type { Claim } from '../../domain/claim';
import { InvalidInputError } from '../../domain/errors';
import type { LiveFeed } from '../../graphql/live-feed';
import type { ClaimFilter, GraphStore } from '../../store/graph-store';
import { withDeadline } from '../../store/request-deadline';
import type { Logger } from '../logger';
import { EventChannel } from './event-channel';

export interface FollowerOptions {
  /** How often the store is read while anyone subscribes (local writes wake it sooner). */
  readonly pollMs: number;
  /**
   * How long after its ingestion time a write may become visible and still
   * be delivered: longer than a write can take to commit (its request's
   * deadline) plus the clock difference between replicas. Also how far
   * back a subscription may ask to start.
   */
  readonly settleMs: number;
  /** Most subscriptions at once, over all connections. */
  readonly maxSubscriptions: number;
  /** Most events waiting for one slow subscriber before its subscription is ended. */
  readonly maxQueued: number;
  /** Longest one round of reads may take. */
  readonly readTimeoutMs: number;
  readonly now?: () => number;
}

/** One subscriber: articles (filter null) or the claims matching a filter. */
interface Subscriber {
  /** Article versions stored strictly after this are its to receive. */
  readonly since: string;
  readonly filter: ClaimFilter | null;
  readonly channel: EventChannel<Article | Claim>;
  /** Versions delivered (or found to hold nothing for it) that a scan can still return: key → ingestedAt. */
  readonly delivered: Map<string, string>;
}

const SCAN_PAGE = 500;
const CLAIM_PAGE = 500;

function versionKey(article: Article): string {
  return `${article.id}@${article.ingestedAt ?? ''}`;
}

/** The filter's identity, so that subscribers asking the same share one read. */
function filterKey(filter: ClaimFilter): string {
  return JSON.stringify(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)));
}

/** The millisecond before an ISO time: `ingestedAfter` is strict. */
function justBefore(time: string): string {
  return new Date(new Date(time).getTime() - 1).toISOString();
}

/**
 * Follows the store by ingestion time, for every subscription of this
 * process; each replica runs its own, so all deliver every write, made
 * through any replica or the command line.
 *
 * While anyone subscribes it reads, every `pollMs` or at once when a local
 * write wakes it, the article versions stored within the last `settleMs`
 * (`listArticles` by `ingestedAfter`, oldest first). Ingestion times are
 * stamped before a write commits, by the writer's clock, and several
 * articles can share a millisecond, so a cursor on the newest time seen
 * would lose a write that commits late or shares a time with one already
 * read. Instead each subscriber keeps the versions it has had among those
 * the window can still return, and gets each other version stored after
 * its `since` once: exactly once, as long as a write becomes visible
 * within `settleMs` of its ingestion time.
 *
 * A version's claims are read with the subscriber's own filter by the
 * store (`claims`, `ingestedAfter` just before the oldest new version,
 * oldest first), once per distinct filter, so that filters mean exactly
 * what they mean in the `claims` query. Before delivering, the versions
 * are read again: one re-written meanwhile is left to the next round as
 * the newer version it now is, so claims of two versions never mix.
 */
export class StoreFollower implements LiveFeed {
  private readonly subscribers = new Set<Subscriber>();
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** The window's lower end: never moves back, whatever the clock does. */
  private lower = '';

  constructor(
    private readonly store: GraphStore,
    private readonly options: FollowerOptions,
    private readonly log: Logger,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Subscriptions now open. */
  get size(): number {
    return this.subscribers.size;
  }

  claims(filter: ClaimFilter, since: string | undefined): EventChannel<Claim> {
    const { ingestedAfter, ...rest } = filter;
    void ingestedAfter;
    return this.add(rest, since) as EventChannel<Claim>;
  }

  articles(since: string | undefined): EventChannel<Article> {
    return this.add(null, since) as EventChannel<Article>;
  }

  /** A write went through this process: read the store now rather than at the next poll. */
  wake(): void {
    if (this.subscribers.size === 0 || this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  /** Ends every subscription cleanly and stops reading. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const subscriber of [...this.subscribers]) subscriber.channel.end();
    await this.running;
  }

  private add(
    filter: ClaimFilter | null,
    since: string | undefined,
  ): EventChannel<Article | Claim> {
    const { settleMs, maxSubscriptions, maxQueued } = this.options;
    if (this.stopped) throw new InvalidInputError('The server is shutting down; subscribe again.');
    if (this.subscribers.size >= maxSubscriptions) {
      throw new InvalidInputError(
        `The server holds ${this.subscribers.size} subscriptions, its limit (KG_MAX_SUBSCRIPTIONS); try again later or poll with the claims query.`,
        { retryable: true },
      );
    }
    const earliest = this.now() - settleMs;
    if (since !== undefined && new Date(since).getTime() < earliest) {
      throw new InvalidInputError(
        `A subscription replays at most the last ${settleMs} ms; ingestedAfter ${since} is older. Read what came before with claims(filter: { ingestedAfter }, orderBy: INGESTED_ASC), then subscribe.`,
        { argument: 'ingestedAfter' },
      );
    }
    const subscriber: Subscriber = {
      since: since ?? new Date(this.now()).toISOString(),
      filter,
      channel: new EventChannel<Article | Claim>(
        maxQueued,
        () =>
          new InvalidInputError(
            `This subscription fell more than ${maxQueued} events behind and was ended. Read what you missed with claims(filter: { ingestedAfter }, orderBy: INGESTED_ASC), then subscribe again.`,
          ),
        () => this.subscribers.delete(subscriber),
      ),
      delivered: new Map(),
    };
    this.subscribers.add(subscriber);
    // A new subscriber may ask for versions already stored: read now.
    this.wake();
    return subscriber.channel;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    if (this.stopped || this.subscribers.size === 0) return;
    this.timer = setTimeout(() => void this.run(), delayMs);
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    await this.poll();
    const soon = this.again;
    this.again = false;
    this.schedule(soon ? 0 : this.options.pollMs);
  }

  /** Reads the store and delivers, now (after the round under way, if any); resolves when done. */
  async poll(): Promise<void> {
    while (this.running) await this.running;
    this.running = withDeadline(this.options.readTimeoutMs, () => this.round()).catch(
      (error: unknown) => {
        // The store may be down for a while: subscribers wait, the next round tries again.
        this.log.warn('live updates: reading the store failed; trying again', {
          error: error instanceof Error ? error.message : String(error),
        });
      },
    );
    await this.running;
    this.running = null;
  }

  /** One round: scan the window, read what each subscriber has not had, deliver it. */
  private async round(): Promise<void> {
    const windowStart = new Date(this.now() - this.options.settleMs).toISOString();
    if (windowStart > this.lower) this.lower = windowStart;
    const lower = this.lower;
    const versions = await this.scan(lower);
    const pending = new Map<Subscriber, Article[]>();
    for (const subscriber of this.subscribers) {
      for (const [key, time] of subscriber.delivered) {
        if (time <= lower) subscriber.delivered.delete(key);
      }
      const fresh = versions.filter(
        (v) => v.ingestedAt! > subscriber.since && !subscriber.delivered.has(versionKey(v)),
      );
      if (fresh.length > 0) pending.set(subscriber, fresh);
    }
    if (pending.size === 0) return;
    const claimsByFilter = await this.readClaims(pending);
    const unchanged = await this.stillStored([...pending.values()].flat());
    for (const [subscriber, fresh] of pending) {
      const settled = fresh.filter((v) => unchanged.has(versionKey(v)));
      const events: (Article | Claim)[] = [];
      for (const version of settled) {
        if (subscriber.filter === null) events.push(version);
        else
          events.push(...(claimsByFilter.get(filterKey(subscriber.filter))?.get(version.id) ?? []));
        subscriber.delivered.set(versionKey(version), version.ingestedAt!);
      }
      subscriber.channel.push(events);
    }
  }

  /** Every article version stored after `lower`, oldest first. */
  private async scan(lower: string): Promise<Article[]> {
    const versions: Article[] = [];
    for (let offset = 0; ; offset += SCAN_PAGE) {
      const page = await this.store.listArticles(
        { first: SCAN_PAGE, offset },
        { ingestedAfter: lower, order: 'INGESTED_ASC' },
      );
      versions.push(...page.items);
      if (page.items.length < SCAN_PAGE) return versions;
    }
  }

  /** Per distinct filter, the matching claims of its subscribers' new versions, by article id. */
  private async readClaims(
    pending: ReadonlyMap<Subscriber, readonly Article[]>,
  ): Promise<Map<string, Map<string, Claim[]>>> {
    const wanted = new Map<string, { filter: ClaimFilter; versions: Map<string, Article> }>();
    for (const [subscriber, fresh] of pending) {
      if (subscriber.filter === null) continue;
      const key = filterKey(subscriber.filter);
      const entry = wanted.get(key) ?? { filter: subscriber.filter, versions: new Map() };
      for (const version of fresh) entry.versions.set(versionKey(version), version);
      wanted.set(key, entry);
    }
    const result = new Map<string, Map<string, Claim[]>>();
    for (const [key, { filter, versions }] of wanted) {
      result.set(key, await this.claimsOfVersions(filter, [...versions.values()]));
    }
    return result;
  }

  private async claimsOfVersions(
    filter: ClaimFilter,
    versions: readonly Article[],
  ): Promise<Map<string, Claim[]>> {
    const ids = new Set(versions.map((v) => v.id));
    const oldest = versions.map((v) => v.ingestedAt!).reduce((a, b) => (a < b ? a : b));
    const byArticle = new Map<string, Claim[]>();
    for (let offset = 0; ; offset += CLAIM_PAGE) {
      const page = await this.store.claims(
        { ...filter, ingestedAfter: justBefore(oldest) },
        { first: CLAIM_PAGE, offset },
        'INGESTED_ASC',
      );
      for (const claim of page.items) {
        if (!ids.has(claim.articleId)) continue;
        byArticle.set(claim.articleId, [...(byArticle.get(claim.articleId) ?? []), claim]);
      }
      if (page.items.length < CLAIM_PAGE) return byArticle;
    }
  }

  /** The keys of the versions still stored as they were scanned. */
  private async stillStored(versions: readonly Article[]): Promise<Set<string>> {
    const ids = [...new Set(versions.map((v) => v.id))];
    const current = await this.store.getArticles(ids);
    return new Set(current.flatMap((article) => (article ? [versionKey(article)] : [])));
  }
}
