import canonicalize from 'canonicalize';
import {
  StreamVersionConflict,
  sealEvents,
  verifyChain,
  type AppendResult,
  type EventEnvelope,
  type EventStore,
  type ExpectedVersion,
} from '@repaero/event-sourcing';
import {
  collect,
  contractMetadata,
  proposedEvent,
  proposedEvents,
  readAllAfter,
  uniqueStreamId,
} from './contract-fixtures';
import { eventually } from './eventually';

export interface EventStoreCapabilities {
  /** Positions are consecutive integers (SQLite rowids); KurrentDB commit positions only increase. */
  readonly gapFreePositions: boolean;
}

export interface EventStoreContractOptions {
  readonly capabilities?: Partial<EventStoreCapabilities>;
  /** Runs once after the suite, when every store it created is closed (e.g. remove a temp directory). */
  readonly cleanup?: () => Promise<void>;
  /** Per test; a remote server needs more than the in-process store. */
  readonly timeoutMs?: number;
}

/**
 * The one contract every EventStore adapter passes (STYLE habit 4). Each test gets a fresh store from
 * `createStore` and works on its own stream ids, so the suite also runs against a shared server.
 */
export function describeEventStoreContract(
  name: string,
  createStore: () => Promise<EventStore>,
  options: EventStoreContractOptions = {},
): void {
  const capabilities: EventStoreCapabilities = { gapFreePositions: false, ...options.capabilities };
  const timeout = options.timeoutMs ?? 20_000;

  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;

    beforeEach(async () => {
      store = await createStore();
    }, timeout);

    afterEach(async () => {
      await store?.close();
    }, timeout);

    if (options.cleanup) afterAll(options.cleanup, timeout);

    const conflict = async (
      attempt: Promise<AppendResult>,
      expected: { streamId: string; expected: ExpectedVersion; actual: number },
    ) => {
      const error: unknown = await attempt.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(StreamVersionConflict);
      expect(error).toMatchObject(expected);
    };

    describe('append with an expected version', () => {
      it("'no_stream' creates the stream and numbers its events from 1", async () => {
        const streamId = uniqueStreamId();
        const result = await store.append(streamId, proposedEvents(3), 'no_stream');

        const events = await store.readStream(streamId);
        expect(events.map((event) => event.streamVersion)).toEqual([1, 2, 3]);
        expect(result).toEqual({ streamId, version: 3, position: events[2].globalPosition });
      }, timeout);

      it("'no_stream' on an existing stream is a conflict carrying the actual version", async () => {
        const streamId = uniqueStreamId();
        await store.append(streamId, proposedEvents(2), 'no_stream');

        await conflict(store.append(streamId, proposedEvents(1), 'no_stream'), {
          streamId,
          expected: 'no_stream',
          actual: 2,
        });
      }, timeout);

      it('an exact version appends after that version and rejects any other', async () => {
        const streamId = uniqueStreamId();
        await store.append(streamId, proposedEvents(2), 'no_stream');

        await conflict(store.append(streamId, proposedEvents(1), 1), { streamId, expected: 1, actual: 2 });
        await conflict(store.append(streamId, proposedEvents(1), 3), { streamId, expected: 3, actual: 2 });
        const result = await store.append(streamId, proposedEvents(2, 3), 2);

        expect(result.version).toBe(4);
        expect((await store.readStream(streamId)).map((event) => event.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
      }, timeout);

      it('an exact version on a missing stream is a conflict at version 0', async () => {
        const streamId = uniqueStreamId();

        await conflict(store.append(streamId, proposedEvents(1), 1), { streamId, expected: 1, actual: 0 });
        expect(await store.readStream(streamId)).toEqual([]);
      }, timeout);

      it('version 0 means the stream has no events yet', async () => {
        const streamId = uniqueStreamId();

        const result = await store.append(streamId, proposedEvents(1), 0);

        expect(result.version).toBe(1);
        await conflict(store.append(streamId, proposedEvents(1), 0), { streamId, expected: 0, actual: 1 });
      }, timeout);

      it("'stream_exists' rejects a missing stream and appends to an existing one", async () => {
        const streamId = uniqueStreamId();

        await conflict(store.append(streamId, proposedEvents(1), 'stream_exists'), {
          streamId,
          expected: 'stream_exists',
          actual: 0,
        });
        await store.append(streamId, proposedEvents(1), 'no_stream');
        const result = await store.append(streamId, proposedEvents(1, 2), 'stream_exists');

        expect(result.version).toBe(2);
      }, timeout);

      it("'any' appends to a missing stream and to an existing one", async () => {
        const streamId = uniqueStreamId();

        const first = await store.append(streamId, proposedEvents(1), 'any');
        const second = await store.append(streamId, proposedEvents(2, 2), 'any');

        expect([first.version, second.version]).toEqual([1, 3]);
        expect(second.position).toBeGreaterThan(first.position);
      }, timeout);

      it('a rejected append writes nothing', async () => {
        const streamId = uniqueStreamId();
        await store.append(streamId, proposedEvents(1), 'no_stream');
        const head = await store.headPosition();

        await expect(store.append(streamId, proposedEvents(3), 'no_stream')).rejects.toBeInstanceOf(StreamVersionConflict);

        expect(await store.readStream(streamId)).toHaveLength(1);
        const after = await readAllAfter(store, head);
        expect(after.filter((event) => event.streamId === streamId)).toEqual([]);
      }, timeout);

      it('rejects an empty batch', async () => {
        const streamId = uniqueStreamId();

        await expect(store.append(streamId, [], 'any')).rejects.toThrow();
        expect(await store.readStream(streamId)).toEqual([]);
      }, timeout);
    });

    describe('idempotent re-append of the same event ids', () => {
      it('returns the original result and writes nothing twice', async () => {
        const streamId = uniqueStreamId();
        const head = await store.headPosition();
        const events = proposedEvents(2);

        const original = await store.append(streamId, events, 'no_stream');
        const again = await store.append(streamId, events, 'no_stream');
        const againAny = await store.append(streamId, events, 'any');

        expect(again).toEqual(original);
        expect(againAny).toEqual(original);
        expect(await store.readStream(streamId)).toHaveLength(2);
        const written = (await readAllAfter(store, head)).filter((event) => event.streamId === streamId);
        expect(written.map((event) => event.id)).toEqual(events.map((event) => event.id));
      }, timeout);

      it('recognises a retry at its original place after the stream has moved on', async () => {
        const streamId = uniqueStreamId();
        await store.append(streamId, proposedEvents(1), 'no_stream');
        const retried = proposedEvents(2, 2);
        const original = await store.append(streamId, retried, 1);
        await store.append(streamId, proposedEvents(1, 4), 3);

        expect(await store.append(streamId, retried, 1)).toEqual(original);
        expect(await store.readStream(streamId)).toHaveLength(4);
      }, timeout);

      it('still rejects different events at a taken place', async () => {
        const streamId = uniqueStreamId();
        await store.append(streamId, proposedEvents(1), 'no_stream');

        await conflict(store.append(streamId, proposedEvents(1), 'no_stream'), {
          streamId,
          expected: 'no_stream',
          actual: 1,
        });
      }, timeout);
    });

    describe('reading a stream', () => {
      let streamId: string;
      const versions = (events: EventEnvelope[]) => events.map((event) => event.streamVersion);

      beforeEach(async () => {
        streamId = uniqueStreamId();
        await store.append(streamId, proposedEvents(4), 'no_stream');
        await store.append(streamId, proposedEvents(6, 5), 4);
      }, timeout);

      it('reads forwards from the start, from a version, and up to a count', async () => {
        expect(versions(await store.readStream(streamId))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        expect(versions(await store.readStream(streamId, { fromVersion: 4 }))).toEqual([4, 5, 6, 7, 8, 9, 10]);
        expect(versions(await store.readStream(streamId, { fromVersion: 3, maxCount: 4 }))).toEqual([3, 4, 5, 6]);
        expect(versions(await store.readStream(streamId, { maxCount: 2 }))).toEqual([1, 2]);
        expect(await store.readStream(streamId, { fromVersion: 11 })).toEqual([]);
      }, timeout);

      it('reads backwards from the head, from a version, and up to a count', async () => {
        expect(versions(await store.readStream(streamId, { direction: 'backwards' }))).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
        expect(versions(await store.readStream(streamId, { direction: 'backwards', maxCount: 3 }))).toEqual([10, 9, 8]);
        expect(versions(await store.readStream(streamId, { direction: 'backwards', fromVersion: 6, maxCount: 2 }))).toEqual([
          6, 5,
        ]);
        expect(versions(await store.readStream(streamId, { direction: 'backwards', fromVersion: 2 }))).toEqual([2, 1]);
      }, timeout);

      it('reads a missing stream as empty', async () => {
        expect(await store.readStream(uniqueStreamId())).toEqual([]);
        expect(await store.readStream(uniqueStreamId(), { direction: 'backwards' })).toEqual([]);
      }, timeout);
    });

    describe('reading the global log', () => {
      it('returns what was appended after a position, in order, with strictly increasing positions', async () => {
        const head = await store.headPosition();
        const [a, b] = [uniqueStreamId(), uniqueStreamId()];
        const results = [
          await store.append(a, proposedEvents(2), 'no_stream'),
          await store.append(b, proposedEvents(3), 'no_stream'),
          await store.append(a, proposedEvents(1, 3), 2),
        ];

        const all = await readAllAfter(store, head, 2);
        const positions = all.map((event) => event.globalPosition);
        expect(positions[0]).toBeGreaterThan(head);
        positions.slice(1).forEach((position, index) => expect(position).toBeGreaterThan(positions[index]));

        const ours = all.filter((event) => event.streamId === a || event.streamId === b);
        expect(ours.map((event) => `${event.streamId === a ? 'a' : 'b'}${event.streamVersion}`)).toEqual([
          'a1', 'a2', 'b1', 'b2', 'b3', 'a3',
        ]);
        expect(results.map((result) => result.position)).toEqual([ours[1], ours[4], ours[5]].map((event) => event.globalPosition));
        expect(ours.filter((event) => event.streamId === a)).toEqual(await store.readStream(a));
      }, timeout);

      it('starts strictly after the given position and honours maxCount', async () => {
        const streamId = uniqueStreamId();
        await store.append(streamId, proposedEvents(5), 'no_stream');
        const events = await store.readStream(streamId);

        const page = await store.readAll({ after: events[1].globalPosition, maxCount: 2 });

        expect(page).toHaveLength(2);
        expect(page[0]).toEqual(events[2]);
        expect(page[0].globalPosition).toBeGreaterThan(events[1].globalPosition);
      }, timeout);

      if (capabilities.gapFreePositions) {
        it('numbers the log without gaps, even across rejected appends', async () => {
          const head = await store.headPosition();
          const streamId = uniqueStreamId();
          await store.append(streamId, proposedEvents(2), 'no_stream');
          await Promise.allSettled([
            store.append(streamId, proposedEvents(3), 'no_stream'),
            store.append(streamId, proposedEvents(1, 3), 2),
            store.append(uniqueStreamId(), proposedEvents(2), 'no_stream'),
          ]);

          const positions = (await readAllAfter(store, head)).map((event) => event.globalPosition);
          expect(positions).toEqual(Array.from({ length: positions.length }, (_, index) => head + index + 1));
          expect(positions).toHaveLength(5);
        }, timeout);
      }

      it('headPosition is the position of the last event in the log', async () => {
        const streamId = uniqueStreamId();
        const result = await store.append(streamId, proposedEvents(3), 'no_stream');

        const head = await store.headPosition();

        expect(head).toBeGreaterThanOrEqual(result.position);
        expect(await store.readAll({ after: head, maxCount: 10 })).toEqual([]);
      }, timeout);
    });

    describe('catch-up then live subscription', () => {
      it('delivers history after the checkpoint, then new events, in order and exactly once', async () => {
        const streamId = uniqueStreamId();
        const streams = new Set([streamId]);
        const checkpoint = await store.headPosition();
        await store.append(streamId, proposedEvents(3), 'no_stream');

        const live = collect(store, checkpoint, streams, { batchSize: 2 });
        try {
          await eventually('the catch-up events', () => live.received.length >= 3);
          await store.append(streamId, proposedEvents(2, 4), 3);
          await store.append(streamId, proposedEvents(1, 6), 5);
          await eventually('the live events', () => live.received.length >= 6);
        } finally {
          await live.subscription.close();
        }

        expect(live.received).toEqual(await store.readStream(streamId));
        expect(live.batches.every((batch) => batch.length >= 1 && batch.length <= 2)).toBe(true);
        const positions = live.batches.flat().map((event) => event.globalPosition);
        expect(new Set(positions).size).toBe(positions.length);
        positions.slice(1).forEach((position, index) => expect(position).toBeGreaterThan(positions[index]));
      }, timeout);

      it('starts strictly after the checkpoint', async () => {
        const streamId = uniqueStreamId();
        await store.append(streamId, proposedEvents(4), 'no_stream');
        const [, second] = await store.readStream(streamId);

        const sub = collect(store, second.globalPosition, new Set([streamId]));
        try {
          await eventually('the events after the checkpoint', () => sub.received.length >= 2);
        } finally {
          await sub.subscription.close();
        }

        expect(sub.received.map((event) => event.streamVersion)).toEqual([3, 4]);
      }, timeout);

      it('stops delivering once closed', async () => {
        const streamId = uniqueStreamId();
        const streams = new Set([streamId]);
        const checkpoint = await store.headPosition();
        await store.append(streamId, proposedEvents(1), 'no_stream');
        const closed = collect(store, checkpoint, streams);
        await eventually('the first event', () => closed.received.length === 1);

        await closed.subscription.close();
        await store.append(streamId, proposedEvents(1, 2), 1);
        const probe = collect(store, checkpoint, streams);
        try {
          await eventually('the probe to see the later event', () => probe.received.length === 2);
        } finally {
          await probe.subscription.close();
        }

        expect(closed.received.map((event) => event.streamVersion)).toEqual([1]);
      }, timeout);

      it('gives a handler that throws the same batch again, even when the log grew meanwhile', async () => {
        const streamId = uniqueStreamId();
        const checkpoint = await store.headPosition();
        await store.append(streamId, proposedEvents(3), 'no_stream');
        const batches: string[][] = [];
        const received: EventEnvelope[] = [];
        const errors: number[] = [];

        const subscription = store.subscribeToAll(
          { after: checkpoint, batchSize: 100, onError: (_error, attempt) => errors.push(attempt) },
          async (batch) => {
            batches.push(batch.map((event) => event.id));
            if (batches.length === 1) await store.append(streamId, proposedEvents(2, 4), 'any');
            if (batches.length <= 2) throw new Error('handler failure on purpose');
            received.push(...batch.filter((event) => event.streamId === streamId));
          },
        );
        try {
          await eventually('delivery after two failures', () => received.length >= 5);
        } finally {
          await subscription.close();
        }

        expect(batches[1]).toEqual(batches[0]);
        expect(batches[2]).toEqual(batches[0]);
        expect(errors.slice(0, 2)).toEqual([1, 2]);
        expect(received.map((event) => event.streamVersion)).toEqual([1, 2, 3, 4, 5]);
      }, timeout);
    });

    describe('concurrent writers', () => {
      it('lets exactly one of 20 appends expecting the same version win', async () => {
        const streamId = uniqueStreamId();
        await store.append(streamId, proposedEvents(1), 'no_stream');

        const outcomes = await Promise.allSettled(
          Array.from({ length: 20 }, (_, index) => store.append(streamId, [proposedEvent({ writer: index })], 1)),
        );

        const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        const losers = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(19);
        for (const loser of losers) {
          expect(loser).toBeInstanceOf(StreamVersionConflict);
          expect(loser).toMatchObject({ streamId, expected: 1, actual: 2 });
        }
        const events = await store.readStream(streamId);
        expect(events).toHaveLength(2);
        expect(verifyChain(events)).toBeUndefined();
      }, timeout);

      it("serialises 20 parallel 'any' appends into one unbroken chain", async () => {
        const streamId = uniqueStreamId();

        const results = await Promise.all(
          Array.from({ length: 20 }, (_, index) => store.append(streamId, [proposedEvent({ writer: index })], 'any')),
        );

        expect(results.map((result) => result.version).sort((x, y) => x - y)).toEqual(
          Array.from({ length: 20 }, (_, index) => index + 1),
        );
        const events = await store.readStream(streamId);
        expect(events).toHaveLength(20);
        expect(verifyChain(events)).toBeUndefined();
      }, timeout);

      it('accepts parallel appends to different streams', async () => {
        const streamIds = Array.from({ length: 30 }, () => uniqueStreamId());

        const results = await Promise.all(streamIds.map((streamId) => store.append(streamId, proposedEvents(2), 'no_stream')));

        expect(results.map((result) => result.version)).toEqual(streamIds.map(() => 2));
        expect(new Set(results.map((result) => result.position)).size).toBe(streamIds.length);
      }, timeout);
    });

    describe('large streams', () => {
      it('reads 5,000 events of one stream back in order with an unbroken chain', async () => {
        const streamId = uniqueStreamId();
        for (let batch = 0; batch < 10; batch++) {
          await store.append(streamId, proposedEvents(500, batch * 500 + 1), batch === 0 ? 'no_stream' : batch * 500);
        }

        const events = await store.readStream(streamId);

        expect(events).toHaveLength(5000);
        expect(events.every((event, index) => event.streamVersion === index + 1 && (event.data as { n: number }).n === index + 1)).toBe(
          true,
        );
        expect(verifyChain(events)).toBeUndefined();
        expect((await store.readStream(streamId, { direction: 'backwards', maxCount: 1 }))[0].streamVersion).toBe(5000);
      }, Math.max(timeout, 60_000));
    });

    describe('fidelity', () => {
      const tricky = {
        text: 'Révision — 整備 — صيانة — 🛩️✈️ — 👩🏽‍🔧 — "quoted" \\ back\nslash\ttab \u0000 \u2028',
        nested: { deeper: { list: [1, [2, [3, { four: 4 }]]], empty: {}, none: [] } },
        numbers: [0, -1, 1.5, -273.15, 1e-7, 6.02214076e23, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER],
        flags: [true, false, null],
        zLast: 'keys stay in insertion order',
        aFirst: 'even when unsorted',
        'clé-unicode-ß': '✓',
      };

      it('keeps data, metadata and envelope fields byte for byte, with hashes that verify', async () => {
        const streamId = uniqueStreamId();
        const proposed = [
          proposedEvent(tricky, { type: 'contract.TrickyHappened', schemaVersion: 3, recordedAt: '2026-12-31T23:59:59.999Z' }),
          proposedEvent([1, 'two', { three: 3 }], { metadata: { ...contractMetadata, reason: 'répété ✓', causationId: 'cause-2' } }),
          proposedEvent('a plain string payload'),
        ];
        const expected = sealEvents(streamId, 0, undefined, proposed);
        const head = await store.headPosition();

        await store.append(streamId, proposed, 'no_stream');
        const read = await store.readStream(streamId);
        const viaLog = (await readAllAfter(store, head)).filter((event) => event.streamId === streamId);

        for (const events of [read, viaLog]) {
          expect(events).toHaveLength(3);
          events.forEach((event, index) => {
            const { globalPosition, ...envelope } = event;
            expect(globalPosition).toBeGreaterThan(0);
            expect(envelope).toEqual(expected[index]);
            expect(JSON.stringify(event.data)).toBe(JSON.stringify(proposed[index].data));
            expect(JSON.stringify(event.metadata)).toBe(JSON.stringify(proposed[index].metadata));
            expect(canonicalize(event.data)).toBe(canonicalize(proposed[index].data));
            expect(canonicalize(event.metadata)).toBe(canonicalize(proposed[index].metadata));
          });
          expect(verifyChain(events)).toBeUndefined();
        }
      }, timeout);

      it('continues the chain across appends', async () => {
        const streamId = uniqueStreamId();
        await store.append(streamId, proposedEvents(2), 'no_stream');
        await store.append(streamId, proposedEvents(1, 3), 'any');
        await store.append(streamId, proposedEvents(2, 4), 3);

        const events = await store.readStream(streamId);

        expect(events[2].prevHash).toBe(events[1].hash);
        expect(verifyChain(events)).toBeUndefined();
      }, timeout);
    });

    describe('listing streams', () => {
      it('lists every stream with its head version', async () => {
        const streams = [uniqueStreamId('contractlist'), uniqueStreamId('contractlist'), uniqueStreamId('contractlist')];
        await store.append(streams[0], proposedEvents(1), 'no_stream');
        await store.append(streams[1], proposedEvents(3), 'no_stream');
        await store.append(streams[2], proposedEvents(2), 'no_stream');
        await store.append(streams[0], proposedEvents(1, 2), 1);

        const listed = new Map<string, number>();
        for await (const { streamId, version } of store.listStreams()) listed.set(streamId, version);

        expect(streams.map((streamId) => listed.get(streamId))).toEqual([2, 3, 2]);
      }, timeout);
    });
  });
}
