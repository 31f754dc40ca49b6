import type { EventEnvelope } from '@repaero/event-sourcing';
import { StreamCache } from './stream-cache';

const events = (streamId: string, from: number, count: number): EventEnvelope[] =>
  Array.from({ length: count }, (_, index) => ({ streamId, streamVersion: from + index, data: { n: from + index } }) as unknown as EventEnvelope);

describe('StreamCache', () => {
  let now = 0;
  const cache = (maxEvents: number) => new StreamCache({ maxEvents, protectMs: 1000, now: () => now });

  beforeEach(() => {
    now = 0;
  });

  it('evicts the least recently used idle stream to admit another', () => {
    const streams = cache(4);
    streams.put('a', events('a', 1, 2));
    streams.put('b', events('b', 1, 2));
    now = 5000;
    streams.get('a');
    expect(streams.put('c', events('c', 1, 2))).toHaveLength(2);

    expect(streams.get('a')).toHaveLength(2);
    expect(streams.get('b')).toBeUndefined();
    expect(streams.size).toBe(4);
  });

  it('refuses a newcomer rather than evicting streams in use (no thrashing when the working set is larger)', () => {
    const streams = cache(4);
    streams.put('a', events('a', 1, 2));
    streams.put('b', events('b', 1, 2));
    now = 500;

    expect(streams.put('c', events('c', 1, 2))).toBeUndefined();
    expect(streams.get('a')).toBeDefined();
    expect(streams.get('b')).toBeDefined();
  });

  it('extends a stream with the events that follow, and drops it on a gap or when it outgrows the cache', () => {
    const streams = cache(5);
    streams.put('a', events('a', 1, 2));
    expect(streams.extend('a', events('a', 3, 2))).toBe(true);
    expect(streams.get('a')!.map((event) => event.streamVersion)).toEqual([1, 2, 3, 4]);

    expect(streams.extend('a', events('a', 6, 1))).toBe(false);
    expect(streams.get('a')).toBeUndefined();

    streams.put('b', events('b', 1, 4));
    expect(streams.extend('b', events('b', 5, 2))).toBe(false);
    expect(streams.size).toBe(0);
  });

  it('takes only whole streams, and freezes what it keeps', () => {
    const streams = cache(10);
    expect(streams.put('a', events('a', 2, 2))).toBeUndefined();
    const [first] = streams.put('b', events('b', 1, 1))!;

    expect(Object.isFrozen(first) && Object.isFrozen(first.data)).toBe(true);
  });
});
