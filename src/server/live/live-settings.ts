/** How subscriptions follow the store and how many may be open; config.ts reads them. */
export interface LiveSettings {
  /** KG_LIVE_POLL_MS: how often the store is read while anyone subscribes. */
  readonly pollMs: number;
  /**
   * KG_LIVE_SETTLE_MS: how late after its ingestion time a write may become
   * visible and still be delivered; also how far back a subscription may start.
   */
  readonly settleMs: number;
  /** KG_MAX_SUBSCRIPTIONS: over all connections; also the most open sockets. */
  readonly maxSubscriptions: number;
  /** KG_MAX_SUBSCRIPTIONS_PER_CONNECTION. */
  readonly maxSubscriptionsPerConnection: number;
  /** Events waiting for one slow subscriber before its subscription is ended. */
  readonly maxQueued: number;
}

/** Clocks of replicas are assumed to agree within this (NTP keeps them within milliseconds). */
const CLOCK_ALLOWANCE_MS = 5_000;

/**
 * The settings, defaults filled in. A write commits within its request's
 * deadline of being stamped (the store work is stopped after it), so the
 * settle window defaults to that deadline plus the clock allowance.
 */
export function liveSettings(
  given: Partial<LiveSettings> | undefined,
  requestTimeoutMs: number,
): LiveSettings {
  const set = Object.entries(given ?? {}).filter(([, value]) => value !== undefined);
  return {
    pollMs: 1_000,
    settleMs: requestTimeoutMs + CLOCK_ALLOWANCE_MS,
    maxSubscriptions: 1_000,
    maxSubscriptionsPerConnection: 20,
    maxQueued: 10_000,
    ...(Object.fromEntries(set) as Partial<LiveSettings>),
  };
}
