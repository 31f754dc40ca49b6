import { fixedClock } from '@repaero/event-sourcing';
import { SignInThrottle, type SignInAttempt, type SignInThrottleOptions } from './sign-in-throttle';

const OPTIONS: SignInThrottleOptions = { maxFailures: 5, maxFailuresPerAddress: 20, lockSeconds: 30, maxLockSeconds: 900 };
const alice = { username: 'alice', address: '10.0.0.1' };

function setup(options: Partial<SignInThrottleOptions> = {}) {
  const clock = fixedClock('2026-11-28T08:00:00Z');
  return { clock, throttle: new SignInThrottle({ ...OPTIONS, ...options }, clock) };
}

function failTimes(throttle: SignInThrottle, times: number, attempt: SignInAttempt = alice): void {
  for (let i = 0; i < times; i++) throttle.failed(attempt);
}

describe('SignInThrottle', () => {
  it('allows four failures, then locks the username for lockSeconds after the fifth', () => {
    const { clock, throttle } = setup();
    failTimes(throttle, 4);
    expect(throttle.check(alice)).toEqual({ allowed: true });

    throttle.failed(alice);

    expect(throttle.check(alice)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    clock.advance(29_500);
    expect(throttle.check(alice)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(500);
    expect(throttle.check(alice)).toEqual({ allowed: true });
  });

  it('doubles the lock with each further failure, up to maxLockSeconds', () => {
    const { clock, throttle } = setup({ maxLockSeconds: 100 });
    const locks: number[] = [];
    for (let failure = 5; failure <= 9; failure++) {
      failTimes(throttle, failure === 5 ? 5 : 1);
      const verdict = throttle.check(alice);
      locks.push(verdict.allowed ? 0 : verdict.retryAfterSeconds);
      clock.advance(verdict.allowed ? 0 : verdict.retryAfterSeconds * 1000);
    }

    expect(locks).toEqual([30, 60, 100, 100, 100]);
  });

  it('counts a username case-insensitively, as sign-in does', () => {
    const { throttle } = setup();
    failTimes(throttle, 5, { username: ' Alice', address: '10.0.0.2' });

    expect(throttle.check({ username: 'alice' }).allowed).toBe(false);
  });

  it('clears the username on success, but not the address', () => {
    const { throttle } = setup({ maxFailuresPerAddress: 6 });
    failTimes(throttle, 4);
    throttle.succeeded(alice);
    failTimes(throttle, 1);

    expect(throttle.check({ username: 'alice' })).toEqual({ allowed: true });
    failTimes(throttle, 1, { username: 'bob', address: alice.address });
    expect(throttle.check({ username: 'carol', address: alice.address })).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it('locks an address guessing across many usernames, and leaves other addresses alone', () => {
    const { throttle } = setup();
    for (let i = 0; i < 20; i++) throttle.failed({ username: `user${i}`, address: '10.0.0.9' });

    expect(throttle.check({ username: 'someone-else', address: '10.0.0.9' }).allowed).toBe(false);
    expect(throttle.check({ username: 'someone-else', address: '10.0.0.10' }).allowed).toBe(true);
  });

  it('has no limit per address when maxFailuresPerAddress is 0', () => {
    const { throttle } = setup({ maxFailuresPerAddress: 0 });
    for (let i = 0; i < 100; i++) throttle.failed({ username: `user${i}`, address: '10.0.0.9' });

    expect(throttle.check({ username: 'someone-else', address: '10.0.0.9' }).allowed).toBe(true);
  });

  it('forgets failures after maxLockSeconds without one', () => {
    const { clock, throttle } = setup();
    failTimes(throttle, 4);
    clock.advance(900_000);
    throttle.failed(alice);

    expect(throttle.check(alice)).toEqual({ allowed: true });
  });

  it('keeps at most maxEntries usernames and addresses, forgetting the least recently failed', () => {
    const { throttle } = setup({ maxEntries: 2, maxFailuresPerAddress: 0 });
    failTimes(throttle, 5, { username: 'alice' });
    failTimes(throttle, 5, { username: 'bob' });
    failTimes(throttle, 5, { username: 'carol' });

    expect(throttle.check({ username: 'alice' }).allowed).toBe(true);
    expect(throttle.check({ username: 'bob' }).allowed).toBe(false);
    expect(throttle.check({ username: 'carol' }).allowed).toBe(false);
  });
});
