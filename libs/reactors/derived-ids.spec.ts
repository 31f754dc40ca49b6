import { deterministicId, derivedEventId, derivedEventIds } from './derived-ids';

const EVENT_ID = '0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a6978';
const AT = '2026-11-28T09:00:00.000Z';

describe('deterministicId', () => {
  it('is a UUIDv5 that depends on the event and the purpose only', () => {
    const id = deterministicId(EVENT_ID, 'sms:+33612345678');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicId(EVENT_ID, 'sms:+33612345678')).toBe(id);
    expect(deterministicId(EVENT_ID, 'email:a@b.example')).not.toBe(id);
    expect(deterministicId('0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a6979', 'sms:+33612345678')).not.toBe(id);
  });
});

describe('derivedEventId', () => {
  it('is a UUIDv7 carrying the time given and a hash of the seed', () => {
    const id = derivedEventId(AT, 'stock-alerts|e1|part-1#0');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse(AT));
    expect(derivedEventId(AT, 'stock-alerts|e1|part-1#0')).toBe(id);
    expect(derivedEventId(AT, 'stock-alerts|e1|part-1#1')).not.toBe(id);
  });

  it('refuses a time that is not one', () => {
    expect(() => derivedEventId('yesterday', 'seed')).toThrow(/ISO time/);
  });
});

describe('derivedEventIds', () => {
  it('hands out the same sequence for the same seed, starting with `first`', () => {
    const one = derivedEventIds(AT, 'seed');
    const two = derivedEventIds(AT, 'seed');
    const first = [one.next(), one.next()];
    expect([two.next(), two.next()]).toEqual(first);
    expect(one.first).toBe(first[0]);
    expect(new Set(first).size).toBe(2);
  });
});
