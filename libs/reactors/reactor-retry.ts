/** In-place retries of an event whose reaction failed, before it is parked. */
export interface ReactorRetryPolicy {
  /** Reactions tried per event, the first included (default 5). */
  readonly attempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_REACTOR_RETRY: ReactorRetryPolicy = { attempts: 5, initialDelayMs: 200, maxDelayMs: 10_000 };

export function retryDelayMs(policy: ReactorRetryPolicy, failedAttempt: number): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (failedAttempt - 1));
}

/** Rejects at once when the runner stops, so a stop never waits out a back-off. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
  });
}
