import type { AuthenticatedUser } from './authenticated-user';
import { VerifiedTokenCache } from './verified-token-cache';

const user = (id: string): AuthenticatedUser => ({ actor: { id, name: id, roles: ['storekeeper'] }, provider: 'local' });
const at = (iso: string) => new Date(iso);
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

describe('VerifiedTokenCache', () => {
  it('serves a verified token until its exp, by the caller\'s clock, then forgets it', () => {
    const cache = new VerifiedTokenCache({ maxAgeMs: 3_600_000 });
    cache.set('t', user('u-1'), { exp: seconds('2026-03-01T08:01:00Z') }, at('2026-03-01T08:00:00Z'));

    expect(cache.get('t', at('2026-03-01T08:00:59.999Z'))?.actor.id).toBe('u-1');
    expect(cache.get('t', at('2026-03-01T08:01:00Z'))).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('does not serve a token before its nbf', () => {
    const cache = new VerifiedTokenCache();
    cache.set('t', user('u-1'), { exp: seconds('2026-03-01T09:00:00Z'), nbf: seconds('2026-03-01T08:00:10Z') }, at('2026-03-01T08:00:00Z'));

    expect(cache.get('t', at('2026-03-01T08:00:05Z'))).toBeUndefined();
  });

  it('re-verifies after maxAgeMs even when the token lives longer', () => {
    const cache = new VerifiedTokenCache({ maxAgeMs: 60_000 });
    cache.set('t', user('u-1'), { exp: seconds('2026-03-01T09:00:00Z') }, at('2026-03-01T08:00:00Z'));

    expect(cache.get('t', at('2026-03-01T08:00:59Z'))).toBeDefined();
    expect(cache.get('t', at('2026-03-01T08:01:00Z'))).toBeUndefined();
  });

  it('keeps no token without exp', () => {
    const cache = new VerifiedTokenCache();
    cache.set('t', user('u-1'), {}, at('2026-03-01T08:00:00Z'));

    expect(cache.size).toBe(0);
  });

  it('stays bounded, forgetting the least recently used token first', () => {
    const cache = new VerifiedTokenCache({ maxEntries: 2 });
    const now = at('2026-03-01T08:00:00Z');
    const claims = { exp: seconds('2026-03-01T09:00:00Z') };
    cache.set('a', user('a'), claims, now);
    cache.set('b', user('b'), claims, now);
    cache.get('a', now);
    cache.set('c', user('c'), claims, now);

    expect(cache.size).toBe(2);
    expect(cache.get('a', now)).toBeDefined();
    expect(cache.get('b', now)).toBeUndefined();
    expect(cache.get('c', now)).toBeDefined();
  });

  it('hands out a frozen user, shared by the requests that use the token', () => {
    const cache = new VerifiedTokenCache();
    const now = at('2026-03-01T08:00:00Z');
    cache.set('t', user('u-1'), { exp: seconds('2026-03-01T09:00:00Z') }, now);
    const cached = cache.get('t', now)!;

    expect(Object.isFrozen(cached) && Object.isFrozen(cached.actor) && Object.isFrozen(cached.actor.roles)).toBe(true);
  });
});
