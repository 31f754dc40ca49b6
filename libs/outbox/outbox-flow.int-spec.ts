import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { UpcasterRegistry, fixedClock, systemClock, uuidV7Ids, type PipelineDependencies, type ProposedEvent } from '@repaero/event-sourcing';
import { TwilioApiPeer } from '@repaero/integrations/twilio/testing/twilio-api.peer';
import { TwilioSmsAdapter } from '@repaero/integrations/twilio/twilio-sms.adapter';
import { ProjectionEngine } from '@repaero/projections';
import { describeReadStores, silentLogger, type OpenedReadStore } from '@repaero/projections/testing';
import { PROJECTION_STATE } from '@repaero/read-store';
import { ReactorEngine, defineReactor, reactorKey } from '@repaero/reactors';
import { queueOutboxMessage } from './commands/outbox-commands';
import { OutboxDispatcher } from './dispatcher/outbox-dispatcher';
import { outboxMessageReadModel } from './queries/outbox-messages/outbox-message.read-model';
import { outboxMessagesProjection } from './queries/outbox-messages/outbox-messages.projection';
import { OutboxQueries } from './queries/outbox-messages/outbox.queries';

jest.setTimeout(30_000);

const ACCOUNT_SID = `AC${'a'.repeat(32)}`;
const AUTH_TOKEN = 'auth-token-never-to-be-seen';
const STOREKEEPER = '+33612345678';

/** How the stock alert reactor will use the outbox: the intent is an event, the message id derives from the cause. */
const lowStockSms = defineReactor({
  name: 'low-stock-sms',
  handles: ['test.StockLow'],
  async react(event, ctx) {
    const { partNumber, onHand } = event.data as { partNumber: string; onHand: number };
    await ctx.send(
      queueOutboxMessage({
        messageId: ctx.idFor(`sms:${STOREKEEPER}`),
        channel: 'sms',
        recipient: STOREKEEPER,
        payload: { body: `Stock bas : P/N ${partNumber}, ${onHand} EA` },
        dedupeKey: `stock-low:${event.id}:sms:${STOREKEEPER}`,
        queuedAt: event.recordedAt,
      }),
    );
  },
});

let counter = 0;
function stockLow(partNumber: string, onHand: number): ProposedEvent {
  counter += 1;
  return {
    id: `01900000-0000-7000-8000-${String(counter).padStart(12, '0')}`,
    type: 'test.StockLow',
    schemaVersion: 1,
    recordedAt: `2026-11-28T09:00:0${counter % 10}.000Z`,
    data: { partNumber, onHand },
    metadata: { actor: { id: 'u-7', name: 'Stella', roles: ['storekeeper'] }, correlationId: `corr-${counter}`, causationId: `corr-${counter}`, source: 'api' },
  };
}

describeReadStores('event → reactor → outbox → Twilio', (readStore) => {
  let store: SqliteEventStore;
  let read: OpenedReadStore;
  let twilio: TwilioApiPeer;
  let projections: ProjectionEngine;
  let pipeline: PipelineDependencies;
  const reactorEngines: ReactorEngine[] = [];

  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:', pollIntervalMs: 10 });
    read = await readStore.open([outboxMessageReadModel]);
    twilio = await TwilioApiPeer.start({ accountSid: ACCOUNT_SID, username: ACCOUNT_SID, password: AUTH_TOKEN });
    pipeline = { store, clock: fixedClock('2026-11-28T09:30:00Z'), ids: uuidV7Ids, upcasters: new UpcasterRegistry() };
    projections = new ProjectionEngine({ store, dataSource: read.dataSource, projections: [outboxMessagesProjection], clock: systemClock, logger: silentLogger });
    await projections.start();
  });

  afterEach(async () => {
    await Promise.all(reactorEngines.splice(0).map((engine) => engine.stop()));
    await projections.stop();
    await twilio.close();
    await store.close();
    await read.close();
  });

  const reactors = () => {
    const engine = new ReactorEngine({ pipeline, dataSource: read.dataSource, reactors: [lowStockSms], logger: silentLogger, leaseRenewMs: 20 });
    reactorEngines.push(engine);
    return engine;
  };

  const settle = async (engine: ReactorEngine) => {
    await engine.waitForPosition([lowStockSms.name], await store.headPosition(), 10_000);
    await projections.waitForPosition([outboxMessagesProjection.name], await store.headPosition(), 10_000);
  };

  it('sends one SMS per event, even when the reactor is replayed from position 0', async () => {
    const dispatcher = new OutboxDispatcher({
      pipeline,
      queries: new OutboxQueries(projections.readModels),
      channels: { sms: new TwilioSmsAdapter({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, from: '+33757000000', baseUrl: twilio.baseUrl }), email: 'held' },
      logger: silentLogger,
    });
    await store.append('part-1', [stockLow('4202435-01', 1)], 'no_stream');
    await store.append('part-2', [stockLow('MS21042L3', 0)], 'no_stream');

    const first = reactors();
    await first.start();
    await settle(first);
    expect((await dispatcher.runOnce()).delivered).toHaveLength(2);
    await first.stop();

    await read.dataSource.createQueryBuilder().update(PROJECTION_STATE).set({ checkpoint: 0 }).where({ projection: reactorKey(lowStockSms.name) }).execute();
    const replay = reactors();
    await replay.start();
    await settle(replay);
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: [], skipped: [] });

    expect(twilio.requests.map((request) => request.form.Body).sort()).toEqual(['Stock bas : P/N 4202435-01, 1 EA', 'Stock bas : P/N MS21042L3, 0 EA']);
    const log = await store.readAll({ after: 0, maxCount: 100 });
    const [cause] = log.filter((event) => event.type === 'test.StockLow');
    const queued = log.filter((event) => event.type === 'outbox.MessageQueued');
    expect(queued).toHaveLength(2);
    expect(queued[0].metadata).toEqual({
      actor: { id: 'reactor:low-stock-sms', name: 'low-stock-sms', roles: [] },
      source: 'reactor',
      correlationId: cause.metadata.correlationId,
      causationId: cause.id,
    });
    expect(replay.counters.get(reactorKey(lowStockSms.name)).applied).toBe(2);
  });
});
