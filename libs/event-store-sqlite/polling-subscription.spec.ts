import { EventEmitter } from 'node:events';
import type { EventEnvelope } from '@repaero/event-sourcing';
import { pollingSubscription } from './polling-subscription';

const event = { globalPosition: 1 } as EventEnvelope;

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe('polling subscription', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps its back-off after a failure when events are appended meanwhile (a peer that is down is not retried per event)', async () => {
    const wake = new EventEmitter();
    const handler = jest.fn().mockRejectedValue(new Error('peer down'));
    const subscription = pollingSubscription({ after: 0, batchSize: 10, pollIntervalMs: 10_000, read: async () => [event], wake, handler, onClose: () => undefined });
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);

    for (let i = 0; i < 10; i++) wake.emit('appended');
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);

    await jest.advanceTimersByTimeAsync(200);
    expect(handler).toHaveBeenCalledTimes(2);
    const closing = subscription.close();
    await jest.runOnlyPendingTimersAsync();
    await closing;
  });

  it('wakes at once on an append while idle, without waiting for the poll interval', async () => {
    const wake = new EventEmitter();
    const read = jest.fn().mockResolvedValue([]);
    const subscription = pollingSubscription({ after: 0, batchSize: 10, pollIntervalMs: 10_000, read, wake, handler: async () => undefined, onClose: () => undefined });
    await settle();
    expect(read).toHaveBeenCalledTimes(1);

    wake.emit('appended');
    await settle();
    expect(read).toHaveBeenCalledTimes(2);
    await subscription.close();
  });
});
