import { StreamVersionConflict, type EventEnvelope } from '@repaero/event-sourcing';
import { describeEventStoreContract, eventually, proposedEvents, uniqueStreamId } from '@repaero/event-store-testing';
import { InMemoryKurrentDb } from './in-memory-kurrentdb.fake';
import { KurrentDbEventStore } from './kurrentdb-event-store';

// The adapter's mapping and retry logic against a stand-in client; the int-spec runs the same suite on a server.
describeEventStoreContract('KurrentDB adapter over an in-memory client', async () => new KurrentDbEventStore(new InMemoryKurrentDb()));

describe('KurrentDbEventStore', () => {
  it('keeps the envelope fields in namespaced metadata and numbers revisions from 0', async () => {
    const client = new InMemoryKurrentDb();
    const store = new KurrentDbEventStore(client);
    const streamId = uniqueStreamId();
    await store.append(streamId, proposedEvents(2), 'no_stream');

    const raw = [];
    for await (const resolved of client.readStream(streamId, {})) raw.push(resolved.event);
    const [stored] = await store.readStream(streamId, { fromVersion: 2 });

    expect(raw.map((event) => event.revision)).toEqual([0n, 1n]);
    expect(raw[1].metadata).toMatchObject({
      $correlationId: 'corr-1',
      'repaero.envelope': { streamVersion: 2, prevHash: stored.prevHash, hash: stored.hash, schemaVersion: 1 },
    });
    expect(stored.metadata).not.toHaveProperty('repaero.envelope');
    expect(stored.metadata).not.toHaveProperty('$correlationId');
    await store.close();
    expect(client.disposed).toBe(true);
  });

  it('gives up on a stream head it keeps losing with a conflict naming the actual version', async () => {
    const store = new KurrentDbEventStore(new InMemoryKurrentDb(), { maxRaceRetries: 1 });
    const streamId = uniqueStreamId();

    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => store.append(streamId, proposedEvents(1, n), 'any')));

    const losers = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    expect(losers).toHaveLength(2);
    for (const loser of losers) {
      expect(loser).toBeInstanceOf(StreamVersionConflict);
      expect(loser).toMatchObject({ streamId, expected: 'any', actual: 1 });
    }
    await store.close();
  });

  it('reopens a dropped subscription from the last delivered checkpoint', async () => {
    const client = new InMemoryKurrentDb();
    const store = new KurrentDbEventStore(client);
    const streamId = uniqueStreamId();
    const received: EventEnvelope[] = [];
    const errors: unknown[] = [];
    const subscription = store.subscribeToAll({ after: 0, onError: (error) => errors.push(error) }, async (batch) => {
      received.push(...batch);
    });
    try {
      await store.append(streamId, proposedEvents(2), 'no_stream');
      await eventually('the first events', () => received.length === 2);
      client.dropSubscriptions();
      await store.append(streamId, proposedEvents(2, 3), 2);
      await eventually('the events after the drop', () => received.length >= 4);
    } finally {
      await subscription.close();
      await store.close();
    }

    expect(errors).toHaveLength(1);
    expect(received.map((event) => event.streamVersion)).toEqual([1, 2, 3, 4]);
  });
});
