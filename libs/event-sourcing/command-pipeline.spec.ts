import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { AggregateStateCache } from './aggregate-state-cache';
import { fixedClock, uuidV7Ids } from './clock';
import { handleCommand, loadStream, type PipelineDependencies } from './command-pipeline';
import type { EventStore, ReadStreamOptions } from './event-store.port';
import { UpcasterRegistry } from './upcasting';

type Counted = { type: 'test.Counted'; data: { by: number; note?: string } };
type Counter = { total: number; notes: string[] };
const counter = {
  initialState: (): Counter => ({ total: 0, notes: [] }),
  evolve: (state: Counter, event: Counted): Counter => ({
    total: state.total + event.data.by,
    notes: event.data.note === undefined ? state.notes : [...state.notes, event.data.note],
  }),
  decide: (command: { by: number; note?: string }) => [{ type: 'test.Counted' as const, data: command }],
};
const metadata = { actor: { id: 'u-1', name: 'U', roles: [] }, correlationId: 'c', source: 'api' as const };

describe('handleCommand with an aggregate state cache', () => {
  let store: EventStore;
  let reads: Array<ReadStreamOptions | undefined>;
  let deps: PipelineDependencies;

  beforeEach(() => {
    const sqlite = new SqliteEventStore({ file: ':memory:' });
    reads = [];
    store = Object.assign(Object.create(sqlite) as EventStore, {
      readStream: (streamId: string, options?: ReadStreamOptions) => {
        reads.push(options);
        return sqlite.readStream(streamId, options);
      },
    });
    deps = { store, clock: fixedClock('2026-11-28T08:00:00Z'), ids: uuidV7Ids, upcasters: new UpcasterRegistry(), states: new AggregateStateCache() };
  });

  afterEach(() => store.close());

  const send = (by: number, note?: string, streamId = 'counter-1') =>
    handleCommand(deps, { decider: counter, streamId, command: note === undefined ? { by } : { by, note }, metadata });

  it('reads only the events after the cached version, and decides on the same state as a full fold', async () => {
    await send(2, 'a');
    await send(3);
    const outcome = await send(4, 'b');

    expect(reads).toEqual([{}, { fromVersion: 2 }, { fromVersion: 3 }]);
    expect(outcome.version).toBe(3);
    const cached = deps.states!.get<Counter>('counter-1', counter);
    expect(cached).toEqual(await loadStream(deps, counter, 'counter-1'));
    expect(cached).toMatchObject({ state: { total: 9, notes: ['a', 'b'] }, version: 3, position: outcome.position });
  });

  it('catches up on events another writer appended after the cached version', async () => {
    await send(1);
    await handleCommand({ ...deps, states: undefined }, { decider: counter, streamId: 'counter-1', command: { by: 10 }, metadata });
    await send(100);

    expect(deps.states!.get<Counter>('counter-1', counter)).toMatchObject({ state: { total: 111 }, version: 3 });
  });

  it('holds frozen states: a decider changing one in place fails instead of corrupting the next command', async () => {
    const impure = { ...counter, evolve: (state: Counter, event: Counted) => (state.notes.push('x'), { ...state, total: state.total + event.data.by }) };
    await handleCommand(deps, { decider: impure, streamId: 'counter-2', command: { by: 1 }, metadata });

    await expect(handleCommand(deps, { decider: impure, streamId: 'counter-2', command: { by: 1 }, metadata })).rejects.toThrow(TypeError);
  });

  it('keeps separate states per decider', async () => {
    await send(1);
    expect(deps.states!.get('counter-1', { ...counter })).toBeUndefined();
  });
});
