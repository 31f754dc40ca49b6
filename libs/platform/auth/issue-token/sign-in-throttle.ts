import type { Clock } from '@repaero/event-sourcing';
import { normaliseUsername } from '../user/username';

export interface SignInThrottleOptions {
  /** Failed sign-ins for one username before it is locked. */
  readonly maxFailures: number;
  /** Failed sign-ins from one client address before it is locked; 0: no limit per address. */
  readonly maxFailuresPerAddress: number;
  /** The first lock; each further failure doubles it. */
  readonly lockSeconds: number;
  readonly maxLockSeconds: number;
  /** Usernames and addresses remembered; the least recently failed is forgotten first. */
  readonly maxEntries?: number;
}

export interface SignInAttempt {
  readonly username: string;
  readonly address?: string;
}

export type SignInVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Failures {
  readonly count: number;
  readonly lastAt: number;
  readonly lockedUntil: number;
}

/**
 * Slows password guessing: after `maxFailures` failures a username (or, with a higher threshold, a
 * client address) is locked, twice as long after each further failure, up to `maxLockSeconds`. While
 * locked no password is checked at all, so a right one is refused too and unknown and real usernames
 * answer alike. A success clears the username, never the address: one good account must not reset a
 * guesser's count. Failures are forgotten `maxLockSeconds` after the last one or its lock. In-process memory: each
 * API process counts on its own.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, Failures>();
  private readonly maxEntries: number;

  constructor(
    private readonly options: SignInThrottleOptions,
    private readonly clock: Clock,
  ) {
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  check(attempt: SignInAttempt): SignInVerdict {
    const now = this.clock.now().getTime();
    const lockedUntil = Math.max(...this.keysOf(attempt).map(([key]) => this.current(key, now)?.lockedUntil ?? 0));
    if (lockedUntil <= now) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil - now) / 1000)) };
  }

  failed(attempt: SignInAttempt): void {
    const now = this.clock.now().getTime();
    for (const [key, threshold] of this.keysOf(attempt)) {
      const count = (this.current(key, now)?.count ?? 0) + 1;
      const lockedUntil = count >= threshold ? now + this.lockMs(count - threshold) : 0;
      this.failures.delete(key);
      this.failures.set(key, { count, lastAt: now, lockedUntil });
    }
    while (this.failures.size > this.maxEntries) this.failures.delete(this.failures.keys().next().value as string);
  }

  succeeded(attempt: SignInAttempt): void {
    this.failures.delete(usernameKey(attempt.username));
  }

  private keysOf(attempt: SignInAttempt): [key: string, threshold: number][] {
    const keys: [string, number][] = [[usernameKey(attempt.username), this.options.maxFailures]];
    if (attempt.address !== undefined && this.options.maxFailuresPerAddress > 0) {
      keys.push([`address:${attempt.address}`, this.options.maxFailuresPerAddress]);
    }
    return keys;
  }

  private current(key: string, now: number): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && now - Math.max(entry.lastAt, entry.lockedUntil) >= this.options.maxLockSeconds * 1000) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  /** 0 for the failure that reaches the threshold, 1 for the next one, ... */
  private lockMs(beyond: number): number {
    const seconds = Math.min(this.options.maxLockSeconds, this.options.lockSeconds * 2 ** Math.min(beyond, 30));
    return seconds * 1000;
  }
}

function usernameKey(username: string): string {
  return `username:${normaliseUsername(username)}`;
}
