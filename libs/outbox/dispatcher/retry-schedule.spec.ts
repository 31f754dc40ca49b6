import { DEFAULT_OUTBOX_RETRY, retryAt } from './retry-schedule';

const failedAt = new Date('2026-11-28T09:00:00.000Z');
const after = (attempt: number, random: number) => retryAt(failedAt, attempt, DEFAULT_OUTBOX_RETRY, () => random).getTime() - failedAt.getTime();

describe('retryAt', () => {
  it('doubles the delay after each failed attempt', () => {
    expect([1, 2, 3, 4].map((attempt) => after(attempt, 1))).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('keeps half the delay fixed and jitters the other half', () => {
    expect(after(3, 0)).toBe(60_000);
    expect(after(3, 0.5)).toBe(90_000);
    expect(after(3, 1)).toBe(120_000);
  });

  it('never waits longer than the ceiling', () => {
    expect(after(20, 1)).toBe(DEFAULT_OUTBOX_RETRY.maxDelayMs);
    expect(after(20, 0)).toBe(DEFAULT_OUTBOX_RETRY.maxDelayMs / 2);
  });
});
