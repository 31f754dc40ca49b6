import type { SmsStatus } from './sms.port';
import { nextSmsStatus } from './sms-status';

describe('nextSmsStatus', () => {
  it.each<[SmsStatus | undefined, SmsStatus]>([
    [undefined, 'sent'],
    ['accepted', 'queued'],
    ['accepted', 'sending'],
    ['queued', 'sent'],
    ['sending', 'sent'],
    ['sent', 'delivered'],
    ['sent', 'undelivered'],
    ['queued', 'failed'],
    ['scheduled', 'canceled'],
    ['delivered', 'read'],
    ['sent', 'read'],
  ])('moves %s forward to %s', (current, incoming) => {
    expect(nextSmsStatus(current, incoming)).toBe(incoming);
  });

  it.each<[SmsStatus, SmsStatus]>([
    ['delivered', 'sent'],
    ['sent', 'sending'],
    ['queued', 'accepted'],
    ['sent', 'sent'],
    ['delivered', 'undelivered'],
    ['undelivered', 'delivered'],
    ['failed', 'read'],
    ['read', 'delivered'],
  ])('ignores %s → %s as stale, duplicate or contradictory', (current, incoming) => {
    expect(nextSmsStatus(current, incoming)).toBeUndefined();
  });

  it('ignores inbound statuses on an outbound message', () => {
    expect(nextSmsStatus('sent', 'received')).toBeUndefined();
    expect(nextSmsStatus(undefined, 'receiving')).toBeUndefined();
  });

  it('ends on the furthest status whatever order the callbacks arrive in', () => {
    const arrivals: SmsStatus[] = ['delivered', 'sending', 'sent', 'queued', 'read', 'sent'];
    const applied: SmsStatus[] = [];
    let current: SmsStatus | undefined = 'accepted';
    for (const incoming of arrivals) {
      const next = nextSmsStatus(current, incoming);
      if (next) applied.push((current = next));
    }
    expect(applied).toEqual(['delivered', 'read']);
  });
});
