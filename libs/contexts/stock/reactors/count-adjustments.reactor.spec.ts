import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { UpcasterRegistry, fixedClock, uuidV7Ids, type EventEnvelope, type PipelineDependencies } from '@repaero/event-sourcing';
import { reactionContext } from '@repaero/reactors';
import { countSessionStreamId } from '../domain/count/count-session-stream';
import { stockItemStreamId } from '../domain/item/item-stream';
import { batchItemHistory, batchItemId, countSessionHistory, sessionId, type HistoryEvent } from '../queries/testing/stock-item-history.fixture';
import { countAdjustmentsReactor } from './count-adjustments.reactor';

const storekeeper = { id: 'u-7', name: 'Stella Storekeeper', roles: ['storekeeper'] };

describe('count-adjustments reactor', () => {
  let store: SqliteEventStore;
  let pipeline: PipelineDependencies;
  let closed: EventEnvelope;

  const append = (events: readonly HistoryEvent[], actor = storekeeper) =>
    store.append(
      events[0].streamId,
      events.map((event) => ({
        id: randomUUID(),
        type: event.type,
        schemaVersion: 1,
        recordedAt: event.recordedAt,
        data: event.data,
        metadata: { actor, correlationId: 'c-1', causationId: 'c-1', source: 'api' as const },
      })),
      'no_stream',
    );

  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    pipeline = { store, clock: fixedClock('2026-11-28T10:00:00Z'), ids: uuidV7Ids, upcasters: new UpcasterRegistry() };
    await append(batchItemHistory);
    await append(countSessionHistory);
    closed = (await store.readStream(countSessionStreamId(sessionId))).find((event) => event.type === 'stock.CountSessionClosed')!;
  });
  afterEach(() => store.close());

  const react = (event: EventEnvelope, attempt = 1) =>
    countAdjustmentsReactor.react(event, reactionContext(pipeline, countAdjustmentsReactor.name, event, { mode: 'live', attempt }));
  const adjustments = async () => (await store.readStream(stockItemStreamId(batchItemId))).filter((event) => event.type === 'stock.ItemQuantityAdjusted' && (event.data as { countSessionId?: string }).countSessionId === sessionId);

  it('handles closed count sessions only', () => {
    expect(countAdjustmentsReactor.handles).toEqual(['stock.CountSessionClosed']);
  });

  it("applies each difference to the item with the session and the reason, under the closing storekeeper's roles", async () => {
    await react(closed);

    const [adjusted] = await adjustments();
    expect(adjusted.data).toMatchObject({
      itemId: batchItemId,
      locationCode: 'MAIN-B02',
      quantityDelta: -1,
      reason: 'Used on WO-40 without an issue',
      countSessionId: sessionId,
    });
    expect(adjusted.metadata).toMatchObject({ actor: { id: 'reactor:count-adjustments' }, causationId: closed.id, source: 'reactor' });
  });

  it('applies a session once however often it is delivered', async () => {
    await react(closed);
    await react(closed, 2);
    await react({ ...closed, id: randomUUID() }, 1); // even a copy of the event under another id: the decider knows the session

    expect(await adjustments()).toHaveLength(1);
  });

  it('is refused when the session was not closed by a storekeeper (the item decider checks the roles it carries)', async () => {
    const byMechanic = { ...closed, metadata: { ...closed.metadata, actor: { id: 'u-9', name: 'Max', roles: ['mechanic'] } } };
    await expect(react(byMechanic)).rejects.toMatchObject({ rule: 'stock.storekeeper-role-required' });
    expect(await adjustments()).toHaveLength(0);
  });
});
