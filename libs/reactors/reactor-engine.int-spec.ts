import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { eventually } from '@repaero/event-store-testing';
import {
  BusinessRuleViolation,
  UpcasterRegistry,
  fixedClock,
  uuidV7Ids,
  type BatchHandler,
  type EventEnvelope,
  type PipelineDependencies,
  type SubscribeOptions,
  type Subscription,
} from '@repaero/event-sourcing';
import type { ParkedAlert } from '@repaero/projections';
import { describeReadStores, silentLogger, type OpenedReadStore } from '@repaero/projections/testing';
import { PROJECTION_STATE } from '@repaero/read-store';
import { defineReactor, reactorKey, type Reactor } from './reactor';
import { ReactorEngine } from './reactor-engine';
import { OTHER_EVENT, SOURCE_EVENT, sourceEvent, tallyDecider } from './testing/tally.fixture';

jest.setTimeout(30_000);

/** At-least-once delivery at its worst: every (re)subscription starts again from position 0. */
class ReplayingStore extends SqliteEventStore {
  override subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription {
    return super.subscribeToAll({ ...options, after: 0 }, handler);
  }
}

const POLL = { timeoutMs: 15_000 };

/** Counts each thing on the tally stream of its kind: not idempotent by itself. */
function tallyReactor(options: { fail?: (event: EventEnvelope, attempt: number) => Error | undefined } = {}): Reactor {
  return defineReactor({
    name: 'tallies',
    handles: [SOURCE_EVENT],
    async react(event, ctx) {
      const failure = options.fail?.(event, ctx.attempt);
      if (failure) throw failure;
      const { thing } = event.data as { thing: string };
      await ctx.send({ decider: tallyDecider, streamId: `tally-${thing}`, command: { type: 'Count', what: thing, by: event.id } });
    },
  });
}

describeReadStores('reactor engine', (readStore) => {
  let store: SqliteEventStore;
  let read: OpenedReadStore;
  const engines: ReactorEngine[] = [];
  const clock = fixedClock('2026-11-28T10:00:00Z');

  const pipelineOf = (eventStore: SqliteEventStore): PipelineDependencies => ({
    store: eventStore,
    clock,
    ids: uuidV7Ids,
    upcasters: new UpcasterRegistry(),
  });

  const engine = (reactors: Reactor[], options: { store?: SqliteEventStore; owner?: string; onParked?: (alert: ParkedAlert) => void } = {}) => {
    const created = new ReactorEngine({
      pipeline: pipelineOf(options.store ?? store),
      dataSource: read.dataSource,
      reactors,
      owner: options.owner,
      logger: silentLogger,
      onParked: options.onParked,
      retry: { attempts: 3, initialDelayMs: 1, maxDelayMs: 2 },
      leaseTtlMs: 60_000,
      leaseRenewMs: 20,
    });
    engines.push(created);
    return created;
  };

  const record = async (eventStore: SqliteEventStore, ...things: Array<string | { other: string }>) => {
    let position = 0;
    for (const thing of things) {
      const event = typeof thing === 'string' ? sourceEvent({ thing }) : sourceEvent({ thing: thing.other }, OTHER_EVENT);
      ({ position } = await eventStore.append(`thing-${event.id}`, [event], 'no_stream'));
    }
    return position;
  };

  const tallies = async (eventStore: SqliteEventStore, thing: string) => eventStore.readStream(`tally-${thing}`);

  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:', pollIntervalMs: 10 });
    read = await readStore.open([]);
  });

  afterEach(async () => {
    await Promise.all(engines.splice(0).map((created) => created.stop()));
    await store.close();
    await read.close();
  });

  it('sends a command per handled event as the reactor, and moves its checkpoint over the others', async () => {
    const head = await record(store, 'bolt', { other: 'noise' }, 'nut', { other: 'more noise' });
    const reactors = engine([tallyReactor()]);
    await reactors.start();
    await reactors.waitForPosition(['tallies'], head, 10_000);

    const [bolt] = await tallies(store, 'bolt');
    const [cause] = (await store.readAll()).filter((event) => event.type === SOURCE_EVENT);
    expect(bolt.metadata).toMatchObject({ actor: { id: 'reactor:tallies' }, source: 'reactor', causationId: cause.id, correlationId: cause.metadata.correlationId });
    expect(await tallies(store, 'nut')).toHaveLength(1);
    expect(await tallies(store, 'noise')).toEqual([]);
    const [status] = await reactors.status();
    expect(status).toMatchObject({ name: 'tallies', parked: 0, leaseOwner: reactors.owner, lastError: null });
    expect(status.checkpoint).toBeGreaterThanOrEqual(head);
    expect(reactors.counters.get(reactorKey('tallies'))).toMatchObject({ applied: 2, parked: 0 });
  });

  it('sends no command twice when replayed from position 0', async () => {
    const first = engine([tallyReactor()]);
    await first.start();
    await first.waitForPosition(['tallies'], await record(store, 'bolt', 'nut', 'bolt'), 10_000);
    await first.stop();
    await read.dataSource.createQueryBuilder().update(PROJECTION_STATE).set({ checkpoint: 0 }).where({ projection: reactorKey('tallies') }).execute();

    const replaying = new ReplayingStore({ file: ':memory:', pollIntervalMs: 10 });
    try {
      for (const event of await store.readAll({ after: 0, maxCount: 1000 })) await replaying.append(event.streamId, [event], 'any');
      const second = engine([tallyReactor()], { store: replaying });
      await second.start();
      const head = await record(replaying, 'washer');
      await second.waitForPosition(['tallies'], head, 10_000);
      await second.stop();

      expect(await tallies(replaying, 'bolt')).toHaveLength(2);
      expect(await tallies(replaying, 'nut')).toHaveLength(1);
      expect(await tallies(replaying, 'washer')).toHaveLength(1);
      expect(second.counters.get(reactorKey('tallies')).applied).toBe(4);
    } finally {
      await replaying.close();
    }
  });

  it('retries a failing reaction in place, then parks the event, alerts and goes on; a retry on demand applies it', async () => {
    let poisoned = true;
    const attempts: number[] = [];
    const alerts: ParkedAlert[] = [];
    const reactor = tallyReactor({
      fail: (event, attempt) => {
        if ((event.data as { thing: string }).thing !== 'poison') return undefined;
        attempts.push(attempt);
        return poisoned ? new BusinessRuleViolation('tally.refused', 'cannot count poison') : undefined;
      },
    });
    const head = await record(store, 'bolt', 'poison', 'nut');
    const reactors = engine([reactor], { onParked: (alert) => alerts.push(alert) });
    await reactors.start();
    await reactors.waitForPosition(['tallies'], head, 10_000);

    expect(attempts).toEqual([1, 2, 3]);
    expect(await tallies(store, 'nut')).toHaveLength(1);
    expect(await tallies(store, 'poison')).toEqual([]);
    expect(alerts).toEqual([expect.objectContaining({ projection: reactorKey('tallies'), position: 2, eventType: SOURCE_EVENT })]);
    expect(await reactors.parkedEvents('tallies')).toEqual([expect.objectContaining({ position: 2, attempts: 1, errorMessage: expect.stringContaining('cannot count poison') })]);
    expect((await reactors.status())[0]).toMatchObject({ parked: 1, lastError: { message: expect.stringContaining('parked event 2') } });

    expect(await reactors.retryParked('tallies', 2)).toMatchObject({ status: 'failed' });
    poisoned = false;
    expect(await reactors.retryParked('tallies', 2)).toEqual({ status: 'applied' });
    expect(await reactors.retryParked('tallies', 2)).toEqual({ status: 'not-found' });
    expect(await tallies(store, 'poison')).toHaveLength(1);
    expect(await reactors.parkedEvents()).toEqual([]);
  });

  it('does not park while the infrastructure is down: the batch waits and is redelivered', async () => {
    let outage = 2;
    const reactor = tallyReactor({
      fail: () => (outage-- > 0 ? Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2113'), { code: 'ECONNREFUSED' }) : undefined),
    });
    const reactors = engine([reactor]);
    await reactors.start();
    const head = await record(store, 'bolt');
    await reactors.waitForPosition(['tallies'], head, 10_000);

    expect(await tallies(store, 'bolt')).toHaveLength(1);
    expect(await reactors.parkedEvents()).toEqual([]);
    expect(reactors.counters.get(reactorKey('tallies')).batchFailures).toBe(2);
  });

  it('lets one of two workers react to each event, and the other take over', async () => {
    const one = engine([tallyReactor()], { owner: 'worker-1' });
    const two = engine([tallyReactor()], { owner: 'worker-2' });
    await Promise.all([one.start(), two.start()]);
    await one.waitForPosition(['tallies'], await record(store, 'bolt', 'nut'), 10_000);
    expect([one.isLive('tallies'), two.isLive('tallies')].filter(Boolean)).toHaveLength(1);

    const [leader, follower] = one.isLive('tallies') ? [one, two] : [two, one];
    await leader.stop();
    await eventually('the follower took the lease over', () => follower.isLive('tallies'), POLL);
    await follower.waitForPosition(['tallies'], await record(store, 'bolt'), 10_000);
    expect(await tallies(store, 'bolt')).toHaveLength(2);
    expect(await tallies(store, 'nut')).toHaveLength(1);
  });

  it('starts at the head when asked to, leaving history alone', async () => {
    await record(store, 'old');
    const reactors = engine([{ ...tallyReactor(), startAt: 'head' }]);
    await reactors.start();
    await reactors.waitForPosition(['tallies'], await record(store, 'new'), 10_000);

    expect(await tallies(store, 'old')).toEqual([]);
    expect(await tallies(store, 'new')).toHaveLength(1);
  });
});
