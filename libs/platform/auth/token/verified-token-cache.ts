import type { AuthenticatedUser } from './authenticated-user';

export interface VerifiedTokenCacheOptions {
  /** Most tokens remembered; the least recently used is forgotten first. */
  readonly maxEntries?: number;
  /** How long a verification is reused at most, whatever the token's own lifetime (keys rotate). */
  readonly maxAgeMs?: number;
}

interface Entry {
  readonly user: AuthenticatedUser;
  /** Seconds since the epoch, as in the token: usable while now < exp and now >= nbf. */
  readonly exp: number;
  readonly nbf?: number;
  readonly until: number;
}

/**
 * Remembers which exact token strings passed signature and claim checks, so a client sending the same
 * bearer token on every request costs one verification per `maxAgeMs`, not one per request. The time
 * claims are checked again on every hit (with the caller's clock), so an expired token is refused at
 * the same instant as without the cache. Only successes are kept: a bad token is verified, and refused,
 * every time.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;

  constructor(options: VerifiedTokenCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 5000;
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
  }

  get size(): number {
    return this.entries.size;
  }

  get(token: string, now: Date): AuthenticatedUser | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    const nowMs = now.getTime();
    const seconds = Math.floor(nowMs / 1000);
    // Same comparisons as jose (no clock tolerance): expired when exp <= now, not yet valid when nbf > now.
    if (nowMs >= entry.until || entry.exp <= seconds || (entry.nbf !== undefined && entry.nbf > seconds)) {
      this.entries.delete(token);
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(token);
    this.entries.set(token, entry);
    return entry.user;
  }

  set(token: string, user: AuthenticatedUser, claims: { exp?: unknown; nbf?: unknown }, now: Date): void {
    if (typeof claims.exp !== 'number') return;
    const nbf = typeof claims.nbf === 'number' ? claims.nbf : undefined;
    this.entries.delete(token);
    this.entries.set(token, { user: freezeUser(user), exp: claims.exp, nbf, until: now.getTime() + this.maxAgeMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The same object serves many requests: nobody may change it under another request. */
function freezeUser(user: AuthenticatedUser): AuthenticatedUser {
  Object.freeze(user.actor.roles);
  Object.freeze(user.actor);
  return Object.freeze(user);
}
