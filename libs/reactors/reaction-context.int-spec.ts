import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { UpcasterRegistry, fixedClock, uuidV7Ids, type EventEnvelope, type PipelineDependencies } from '@repaero/event-sourcing';
import { reactionContext } from './reaction-context';
import { sourceEvent, tallyDecider } from './testing/tally.fixture';

describe('reactionContext', () => {
  let store: SqliteEventStore;
  let pipeline: PipelineDependencies;
  let source: EventEnvelope;

  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    pipeline = { store, clock: fixedClock('2026-11-28T10:00:00Z'), ids: uuidV7Ids, upcasters: new UpcasterRegistry() };
    await store.append('thing-1', [sourceEvent({ thing: 'bolt' })], 'no_stream');
    [source] = await store.readStream('thing-1');
  });
  afterEach(() => store.close());

  const ctx = (attempt = 1) => reactionContext(pipeline, 'tallies', source, { mode: 'live', attempt });
  const count = (what: string) => ({ decider: tallyDecider, streamId: 'tally-1', command: { type: 'Count' as const, what, by: 'x' } });

  it('sends as the reactor, caused by the event, in its correlation', async () => {
    const outcome = await ctx().send({ ...count('bolt'), reason: 'low stock' });

    const [stored] = await store.readStream('tally-1');
    expect(outcome).toMatchObject({ streamId: 'tally-1', version: 1, events: [{ type: 'tally.Counted' }] });
    expect(stored.metadata).toEqual({
      actor: { id: 'reactor:tallies', name: 'tallies', roles: [] },
      correlationId: source.metadata.correlationId,
      causationId: source.id,
      source: 'reactor',
      reason: 'low stock',
    });
    expect(stored.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });

  it('applies a send once however often the event is redelivered, even to a decider that is not idempotent', async () => {
    await ctx().send(count('bolt'));
    await store.append('tally-1', [{ ...sourceEvent({ thing: 'unrelated' }), type: 'tally.Counted', data: { what: 'nut', by: 'api' } }], 1);

    const again = await ctx(2).send(count('bolt'));

    expect(again).toMatchObject({ streamId: 'tally-1', version: 1, events: [] });
    expect((await store.readStream('tally-1')).map((event) => (event.data as { what: string }).what)).toEqual(['bolt', 'nut']);
  });

  it('finds an earlier send buried under many later events', async () => {
    await ctx().send(count('bolt'));
    for (let n = 0; n < 250; n++) await ctx(1).send({ ...count(`later-${n}`), key: `later-${n}` });

    expect(await ctx(2).send(count('bolt'))).toMatchObject({ version: 1, events: [] });
    expect(await store.readStream('tally-1')).toHaveLength(251);
  });

  it('keeps several sends of one reaction to one stream apart, by order or by key', async () => {
    const react = async () => {
      const context = ctx();
      await context.send(count('first'));
      await context.send(count('second'));
      await context.send({ ...count('keyed'), key: 'audit' });
    };
    await react();
    await react();

    expect((await store.readStream('tally-1')).map((event) => (event.data as { what: string }).what)).toEqual(['first', 'second', 'keyed']);
  });

  it('gives the same id for the same purpose on every delivery', () => {
    expect(ctx().idFor('sms:+33612345678')).toBe(ctx(3).idFor('sms:+33612345678'));
    expect(ctx().idFor('sms:+33612345678')).not.toBe(ctx().idFor('sms:+33687654321'));
  });
});
