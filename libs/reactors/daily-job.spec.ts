import { dueDay, nextRunAt } from './daily-job';

describe('nextRunAt', () => {
  it('is the next whole hour that is the configured hour in Paris, winter and summer', () => {
    expect(nextRunAt(new Date('2026-03-02T08:00:00.000Z'), 6).toISOString()).toBe('2026-03-03T05:00:00.000Z');
    expect(nextRunAt(new Date('2026-07-01T03:59:59.000Z'), 6).toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(nextRunAt(new Date('2026-07-01T04:00:00.000Z'), 6).toISOString()).toBe('2026-07-02T04:00:00.000Z');
  });

  it('crosses a change of time', () => {
    // Summer time starts on 29 March 2026 at 02:00 Paris.
    expect(nextRunAt(new Date('2026-03-28T12:00:00.000Z'), 6).toISOString()).toBe('2026-03-29T04:00:00.000Z');
  });
});

describe('dueDay', () => {
  it('is the Paris day of the last run time at or before now', () => {
    expect(dueDay(new Date('2026-07-01T04:00:00.000Z'), 6)).toBe('2026-07-01');
    expect(dueDay(new Date('2026-07-01T03:59:59.000Z'), 6)).toBe('2026-06-30');
    // 00:30 on 2 March in Paris is still before the 06:00 run of the 2nd.
    expect(dueDay(new Date('2026-03-01T23:30:00.000Z'), 6)).toBe('2026-03-01');
    expect(dueDay(new Date('2026-03-29T04:00:00.000Z'), 6)).toBe('2026-03-29');
  });
});
