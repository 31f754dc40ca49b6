import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamVersionConflict, verifyChain } from '@repaero/event-sourcing';
import { describeEventStoreContract, eventually, proposedEvent, proposedEvents, readAllAfter, uniqueStreamId } from '@repaero/event-store-testing';
import { SqliteEventStore } from './sqlite-event-store';

const directory = mkdtempSync(join(tmpdir(), 'repaero-sqlite-store-'));
let files = 0;
const nextFile = () => join(directory, `events-${++files}.sqlite`);

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describeEventStoreContract('SQLite (file, WAL, synchronous FULL)', async () => new SqliteEventStore({ file: nextFile() }), {
  capabilities: { gapFreePositions: true },
});

describeEventStoreContract('SQLite (file, stream cache off)', async () => new SqliteEventStore({ file: nextFile(), streamCacheEvents: 0 }), {
  capabilities: { gapFreePositions: true },
});

describeEventStoreContract('SQLite (:memory:)', async () => new SqliteEventStore({ file: ':memory:' }), {
  capabilities: { gapFreePositions: true },
});

describe('SqliteEventStore on disk', () => {
  it('starts empty', async () => {
    const store = new SqliteEventStore({ file: nextFile() });
    try {
      const streams: string[] = [];
      for await (const { streamId } of store.listStreams()) streams.push(streamId);

      expect(await store.headPosition()).toBe(0);
      expect(await store.readAll()).toEqual([]);
      expect(streams).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('keeps every acknowledged event and the hash chain across a reopen', async () => {
    const file = nextFile();
    const [a, b] = [uniqueStreamId(), uniqueStreamId()];
    const first = new SqliteEventStore({ file });
    const acknowledged = await Promise.all([
      first.append(a, proposedEvents(3), 'no_stream'),
      first.append(b, proposedEvents(2), 'no_stream'),
    ]);
    acknowledged.push(await first.append(a, proposedEvents(2, 4), 3));
    const before = await readAllAfter(first, 0);
    await first.close();

    const reopened = new SqliteEventStore({ file });
    try {
      expect(await readAllAfter(reopened, 0)).toEqual(before);
      expect(await reopened.headPosition()).toBe(Math.max(...acknowledged.map((result) => result.position)));
      expect(verifyChain(await reopened.readStream(a))).toBeUndefined();
      expect(verifyChain(await reopened.readStream(b))).toBeUndefined();

      const next = await reopened.append(a, proposedEvents(1, 6), 5);
      const stream = await reopened.readStream(a);
      expect(next.version).toBe(6);
      expect(stream[5].prevHash).toBe(stream[4].hash);
      expect(verifyChain(stream)).toBeUndefined();
    } finally {
      await reopened.close();
    }
  });

  it('finds every acknowledged event in the files a crash would leave behind', async () => {
    const file = nextFile();
    const crashed = join(directory, 'crashed.sqlite');
    const store = new SqliteEventStore({ file });
    const streamId = uniqueStreamId();
    try {
      await Promise.all([
        store.append(streamId, proposedEvents(3), 'no_stream'),
        store.append(uniqueStreamId(), proposedEvents(1), 'no_stream'),
      ]);
      const acknowledged = await store.append(streamId, proposedEvents(2, 4), 3);
      // Copied while the store is open: no checkpoint, no close, the WAL as the disk holds it.
      copyFileSync(file, crashed);
      copyFileSync(`${file}-wal`, `${crashed}-wal`);

      const recovered = new SqliteEventStore({ file: crashed });
      try {
        const events = await recovered.readStream(streamId);
        expect(events.map((event) => event.streamVersion)).toEqual([1, 2, 3, 4, 5]);
        expect(events[4].globalPosition).toBe(acknowledged.position);
        expect(verifyChain(events)).toBeUndefined();
        expect(await recovered.headPosition()).toBe(6);
      } finally {
        await recovered.close();
      }
    } finally {
      await store.close();
    }
  });

  it('shares one file between two stores, as the api and a worker process do', async () => {
    const file = nextFile();
    const writer = new SqliteEventStore({ file });
    const reader = new SqliteEventStore({ file, pollIntervalMs: 20 });
    const streamId = uniqueStreamId();
    const seen: number[] = [];
    const subscription = reader.subscribeToAll({ after: 0 }, async (batch) => {
      seen.push(...batch.map((event) => event.globalPosition));
    });
    try {
      await writer.append(streamId, proposedEvents(2), 'no_stream');
      await reader.append(streamId, proposedEvents(1, 3), 2);
      await expect(writer.append(streamId, proposedEvents(1), 2)).rejects.toBeInstanceOf(StreamVersionConflict);
      await writer.append(streamId, proposedEvents(1, 4), 3);
      await eventually('the appends of the other store', () => seen.length >= 4);

      expect(seen).toEqual([1, 2, 3, 4]);
      expect(verifyChain(await reader.readStream(streamId))).toBeUndefined();
    } finally {
      await subscription.close();
      await Promise.all([writer.close(), reader.close()]);
    }
  });

  it('refuses an event id already stored in another stream, naming the target stream\'s version', async () => {
    const store = new SqliteEventStore({ file: nextFile() });
    try {
      const [event] = proposedEvents(1);
      const [a, b] = [uniqueStreamId(), uniqueStreamId()];
      await store.append(a, [event], 'no_stream');

      await expect(store.append(b, [event], 'no_stream')).rejects.toMatchObject({ streamId: b, expected: 'no_stream', actual: 0 });
      expect(await store.readStream(b)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('rejects appends once closed', async () => {
    const store = new SqliteEventStore({ file: nextFile() });
    await store.close();

    await expect(store.append(uniqueStreamId(), proposedEvents(1), 'any')).rejects.toThrow(/closed/);
  });

  describe('stream cache', () => {
    it('answers every forwards read as the database does', async () => {
      const file = nextFile();
      const cached = new SqliteEventStore({ file });
      const uncached = new SqliteEventStore({ file, streamCacheEvents: 0 });
      const streamId = uniqueStreamId();
      try {
        await cached.append(streamId, proposedEvents(4), 'no_stream');
        await cached.readStream(streamId);
        await cached.append(streamId, proposedEvents(3, 5), 4);
        const reads = [{}, { fromVersion: 3 }, { maxCount: 2 }, { fromVersion: 6, maxCount: 5 }, { fromVersion: 9 }, { maxCount: 0 }];
        for (const options of reads) {
          expect(await cached.readStream(streamId, options)).toEqual(await uncached.readStream(streamId, options));
        }
        expect(await cached.readStream(streamId, { direction: 'backwards', maxCount: 2 })).toEqual(
          await uncached.readStream(streamId, { direction: 'backwards', maxCount: 2 }),
        );
        expect(await cached.readStream(uniqueStreamId())).toEqual([]);
      } finally {
        await Promise.all([cached.close(), uncached.close()]);
      }
    });

    it('sees what another process appended to a stream it had cached', async () => {
      const file = nextFile();
      const api = new SqliteEventStore({ file });
      const worker = new SqliteEventStore({ file });
      const streamId = uniqueStreamId();
      try {
        await api.append(streamId, proposedEvents(2), 'no_stream');
        expect(await api.readStream(streamId)).toHaveLength(2);
        await worker.append(streamId, proposedEvents(2, 3), 2);

        const events = await api.readStream(streamId);
        expect(events.map((event) => event.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
        expect(verifyChain(events)).toBeUndefined();
        await expect(api.append(streamId, proposedEvents(1, 5), 2)).rejects.toBeInstanceOf(StreamVersionConflict);
      } finally {
        await Promise.all([api.close(), worker.close()]);
      }
    });

    it('keeps only committed events: a conflicting append of the same group leaves no trace', async () => {
      const store = new SqliteEventStore({ file: nextFile() });
      const streamId = uniqueStreamId();
      try {
        await store.append(streamId, proposedEvents(1), 'no_stream');
        await store.readStream(streamId);
        const outcomes = await Promise.allSettled([
          store.append(streamId, proposedEvents(1, 2), 1),
          store.append(streamId, proposedEvents(1, 20), 1),
        ]);
        expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected']);

        const events = await store.readStream(streamId);
        expect(events.map((event) => event.data)).toEqual([{ n: 1 }, { n: 2 }]);
        expect(verifyChain(events)).toBeUndefined();
      } finally {
        await store.close();
      }
    });

    it('hands out frozen copies: neither the appender nor a reader can change what others read', async () => {
      const store = new SqliteEventStore({ file: nextFile() });
      const streamId = uniqueStreamId();
      try {
        const mine = proposedEvent({ n: 1, nested: { list: [1] } });
        await store.append(streamId, [mine], 'no_stream');
        (mine.data as { n: number }).n = 99;

        const [event] = await store.readStream(streamId);
        expect(event.data).toEqual({ n: 1, nested: { list: [1] } });
        expect(Object.isFrozen(event) && Object.isFrozen(event.data) && Object.isFrozen(event.metadata.actor.roles)).toBe(true);
        expect(() => ((event.data as { nested: { list: number[] } }).nested.list as number[]).push(2)).toThrow(TypeError);
      } finally {
        await store.close();
      }
    });

    it('reads from the database a stream longer than the cache, or one the full cache does not take', async () => {
      const store = new SqliteEventStore({ file: nextFile(), streamCacheEvents: 3 });
      const [long, a, b] = [uniqueStreamId(), uniqueStreamId(), uniqueStreamId()];
      try {
        await store.append(long, proposedEvents(4), 'no_stream');
        await store.append(a, proposedEvents(2), 'no_stream');
        await store.append(b, proposedEvents(1), 'no_stream');

        expect(await store.readStream(long)).toHaveLength(4);
        expect(await store.readStream(a)).toHaveLength(2);
        expect(await store.readStream(b)).toHaveLength(1);
        await store.append(b, proposedEvents(1, 2), 1);
        expect((await store.readStream(a)).map((event) => event.data)).toEqual([{ n: 1 }, { n: 2 }]);
        expect((await store.readStream(b)).map((event) => event.data)).toEqual([{ n: 1 }, { n: 2 }]);
      } finally {
        await store.close();
      }
    });
  });
});
