export interface OutboxRetryPolicy {
  /** Attempts (since queued or requeued) before a message is parked; default 8. */
  readonly maxAttempts: number;
  /** Delay after the first failure, doubled after each next one; default 30 s. */
  readonly baseDelayMs: number;
  /** Ceiling of the delay; default 30 min (8 attempts then span about an hour). */
  readonly maxDelayMs: number;
}

export const DEFAULT_OUTBOX_RETRY: OutboxRetryPolicy = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 30 * 60_000 };

/**
 * Exponential back-off with "equal jitter": half the delay is fixed, half random, so messages that
 * failed together (a peer outage) do not all come back in the same second.
 */
export function retryAt(failedAt: Date, failedAttempt: number, policy: OutboxRetryPolicy, random: () => number): Date {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempt - 1));
  const delay = Math.round(exponential / 2 + Math.min(Math.max(random(), 0), 1) * (exponential / 2));
  return new Date(failedAt.getTime() + delay);
}
