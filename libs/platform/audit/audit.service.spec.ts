import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { UpcasterRegistry, fixedClock, handleCommand, uuidV7Ids, type EventStore } from '@repaero/event-sourcing';
import { AggregateCatalogue } from './aggregate-catalogue';
import { AuditService } from './audit.service';

type CounterEvent = { type: 'test.Counted'; data: { by: number; passwordHash?: string } };
const counter = {
  initialState: () => ({ total: 0 }),
  evolve: (state: { total: number }, event: CounterEvent) => ({ total: state.total + event.data.by }),
  decide: (command: { by: number; passwordHash?: string }) => [{ type: 'test.Counted' as const, data: command }],
};
const actor = { id: 'u-1', name: 'Quality Quentin', roles: ['quality'] };

describe('AuditService', () => {
  let store: EventStore;
  let audit: AuditService;
  const clock = fixedClock('2026-11-28T08:00:00.000Z');

  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    const upcasters = new UpcasterRegistry();
    audit = new AuditService(store, new AggregateCatalogue([{ category: 'counter', decider: counter }]), upcasters);
    const deps = { store, clock, ids: uuidV7Ids, upcasters };
    for (const by of [10, -3]) {
      await handleCommand(deps, { decider: counter, streamId: 'counter-1', command: { by }, metadata: { actor, correlationId: 'c', source: 'api' } });
      clock.advance(60_000);
    }
  });

  afterEach(() => store.close());

  it('folds the state as of a time between two events', async () => {
    expect(await audit.stateAsOf('counter-1', { asOf: new Date('2026-11-28T08:00:30.000Z') })).toMatchObject({ version: 1, state: { total: 10 } });
    expect(await audit.stateAsOf('counter-1', { asOf: new Date('2026-11-28T09:00:00.000Z') })).toMatchObject({ version: 2, state: { total: 7 } });
  });

  it('folds the state up to a version', async () => {
    expect(await audit.stateAsOf('counter-1', { version: 1 })).toMatchObject({ version: 1, state: { total: 10 } });
  });

  it('finds events by actor and type, and pages with next', async () => {
    const page = await audit.search({ actor: 'Quality Quentin', type: 'test.Counted', limit: 1 });
    expect(page.events).toHaveLength(1);
    const rest = await audit.search({ actor: 'u-1', limit: 10, after: page.next });
    expect(rest.events.map((event) => event.data)).toEqual([{ by: -3 }]);
  });

  it('never shows a password hash', async () => {
    const deps = { store, clock, ids: uuidV7Ids, upcasters: new UpcasterRegistry() };
    await handleCommand(deps, { decider: counter, streamId: 'counter-2', command: { by: 1, passwordHash: 'scrypt$secret' }, metadata: { actor, correlationId: 'c', source: 'api' } });
    const [event] = await audit.streamEvents('counter-2');
    expect(event.data).toEqual({ by: 1, passwordHash: '[redacted]' });
    expect(JSON.stringify(await audit.search({ limit: 10 }))).not.toContain('scrypt$secret');
  });

  it('reports every stream and event it verified when the chains are intact', async () => {
    expect(await audit.verify()).toEqual({ streams: 1, events: 2 });
  });

});
