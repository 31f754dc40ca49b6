import type { EventEnvelope } from '@repaero/event-sourcing';
import { RecentLog } from './recent-log';

const at = (globalPosition: number) => ({ globalPosition }) as EventEnvelope;
const positions = (events: EventEnvelope[] | undefined) => events?.map((event) => event.globalPosition);

describe('RecentLog', () => {
  it('answers reads inside its gap-free window', () => {
    const log = new RecentLog(100);
    log.add([at(5), at(6), at(7)]);
    expect(positions(log.after(4, 10))).toEqual([5, 6, 7]);
    expect(positions(log.after(5, 1))).toEqual([6]);
  });

  it('sends to the database what lies before its window or after its head', () => {
    const log = new RecentLog(100);
    log.add([at(5), at(6)]);
    expect(log.after(3, 10)).toBeUndefined();
    expect(log.after(6, 10)).toBeUndefined();
  });

  it('starts afresh when another process wrote in between', () => {
    const log = new RecentLog(100);
    log.add([at(1), at(2)]);
    log.add([at(4)]);
    expect(log.after(2, 10)).toBeUndefined();
    expect(positions(log.after(3, 10))).toEqual([4]);
  });

  it('keeps at most its capacity, newest first to stay', () => {
    const log = new RecentLog(4);
    log.add([1, 2, 3, 4, 5].map(at));
    expect(log.after(1, 10)).toBeUndefined();
    expect(positions(log.after(3, 10))).toEqual([4, 5]);
  });
});
