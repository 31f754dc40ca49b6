import { SqliteEventStore } from '@repaero/event-store-sqlite';
import {
  UpcasterRegistry,
  fixedClock,
  handleCommand,
  systemClock,
  uuidV7Ids,
  type AppendResult,
  type EventMetadata,
  type ExpectedVersion,
  type PipelineDependencies,
  type ProposedEvent,
} from '@repaero/event-sourcing';
import { NodemailerMailAdapter } from '@repaero/integrations/mail/nodemailer-mail.adapter';
import { SmtpPeer } from '@repaero/integrations/mail/testing/smtp.peer';
import { TwilioApiPeer } from '@repaero/integrations/twilio/testing/twilio-api.peer';
import { TwilioSmsAdapter } from '@repaero/integrations/twilio/twilio-sms.adapter';
import { ActiveReadModels, ProjectionEngine } from '@repaero/projections';
import { describeReadStores, silentLogger, type OpenedReadStore } from '@repaero/projections/testing';
import { queueOutboxMessage, requeueOutboxMessage } from '../commands/outbox-commands';
import type { OutboxMessage } from '../domain/outbox-message/events';
import { outboxMessageDecider } from '../domain/outbox-message/outbox-message.decider';
import { outboxStreamId } from '../domain/outbox-message/outbox-stream';
import { outboxMessageReadModel } from '../queries/outbox-messages/outbox-message.read-model';
import { outboxMessagesProjection } from '../queries/outbox-messages/outbox-messages.projection';
import { OutboxQueries } from '../queries/outbox-messages/outbox.queries';
import { PeerGate } from '../testing/peer-gate';
import type { OutboxChannels } from './outbox-channels';
import { OutboxDispatcher, type OutboxDispatcherOptions, type OutboxParkedAlert } from './outbox-dispatcher';

jest.setTimeout(30_000);

const ACCOUNT_SID = `AC${'a'.repeat(32)}`;
const AUTH_TOKEN = 'auth-token-never-to-be-seen';
const SERVICE_SID = `MG${'b'.repeat(32)}`;
const CALLBACK = 'https://repaero.example/webhooks/twilio/status';
const START = '2026-11-28T09:00:00.000Z';
const REQUESTER: EventMetadata = {
  actor: { id: 'u-7', name: 'Stella Storekeeper', roles: ['storekeeper'] },
  correlationId: 'corr-low-stock-1',
  causationId: 'corr-low-stock-1',
  source: 'api',
};

/** The event store as a crash would leave it: the append of a delivery fails while armed. */
class RefusingStore extends SqliteEventStore {
  refuseDeliveries = 0;

  override append(streamId: string, events: readonly ProposedEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    if (this.refuseDeliveries > 0 && events[0]?.type === 'outbox.MessageDelivered') {
      this.refuseDeliveries -= 1;
      return Promise.reject(Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' }));
    }
    return super.append(streamId, events, expected);
  }
}

let sequence = 0;
function smsTo(recipient = '+33612345678'): OutboxMessage {
  sequence += 1;
  return {
    messageId: `0190f1d4-6c1e-5b5a-9f0e-${String(sequence).padStart(12, '0')}`,
    channel: 'sms',
    recipient,
    payload: { body: `Stock bas : P/N 4202435-01 (alerte ${sequence})` },
    dedupeKey: `stock-low:${sequence}`,
    queuedAt: START,
  };
}

function emailTo(recipient = 'magasin@repaero.example'): OutboxMessage {
  sequence += 1;
  return {
    messageId: `0190f1d4-6c1e-5b5a-9f0e-${String(sequence).padStart(12, '0')}`,
    channel: 'email',
    recipient,
    payload: { subject: `Stock bas : P/N 4202435-01 (${sequence})`, text: 'Il reste 1 EA en MAIN-A01.\n' },
    dedupeKey: `stock-low:${sequence}`,
    queuedAt: START,
  };
}

describeReadStores('outbox dispatcher', (readStore) => {
  const clock = fixedClock(START);
  let store: RefusingStore;
  let read: OpenedReadStore;
  let engine: ProjectionEngine;
  let pipeline: PipelineDependencies;
  let twilio: TwilioApiPeer;
  let smtp: SmtpPeer;
  let twilioGate: PeerGate;
  let smtpGate: PeerGate;
  let channels: OutboxChannels;
  let mail: NodemailerMailAdapter;
  let alerts: OutboxParkedAlert[];

  beforeEach(async () => {
    clock.set(START);
    alerts = [];
    store = new RefusingStore({ file: ':memory:', pollIntervalMs: 10 });
    read = await readStore.open([outboxMessageReadModel]);
    // The projectors keep real time: the test clock jumps hours, which would expire their lease.
    engine = new ProjectionEngine({ store, dataSource: read.dataSource, projections: [outboxMessagesProjection], clock: systemClock, logger: silentLogger });
    await engine.start();
    pipeline = { store, clock, ids: uuidV7Ids, upcasters: new UpcasterRegistry() };
    twilio = await TwilioApiPeer.start({ accountSid: ACCOUNT_SID, username: ACCOUNT_SID, password: AUTH_TOKEN });
    smtp = await SmtpPeer.start();
    twilioGate = await PeerGate.open(Number(new URL(twilio.baseUrl).port));
    smtpGate = await PeerGate.open(smtp.port);
    mail = new NodemailerMailAdapter({ host: '127.0.0.1', port: smtpGate.port, secure: false, from: "Rep'Aero <atelier@repaero.example>", timeoutMs: 5000 });
    channels = {
      sms: new TwilioSmsAdapter({
        accountSid: ACCOUNT_SID,
        authToken: AUTH_TOKEN,
        messagingServiceSid: SERVICE_SID,
        statusCallbackUrl: CALLBACK,
        baseUrl: twilioGate.url,
        timeoutMs: 5000,
      }),
      email: mail,
    };
  });

  afterEach(async () => {
    mail.close();
    await engine.stop();
    await Promise.all([twilioGate.down(), smtpGate.down(), twilio.close(), smtp.close()]);
    await store.close();
    await read.close();
  });

  const dispatcher = (options: Partial<OutboxDispatcherOptions> = {}) =>
    new OutboxDispatcher({
      pipeline,
      queries: new OutboxQueries(engine.readModels),
      channels,
      random: () => 0,
      logger: silentLogger,
      onParked: (alert) => alerts.push(alert),
      ...options,
    });

  const settle = async () => engine.waitForPosition([outboxMessagesProjection.name], await store.headPosition(), 10_000);

  const queue = async (message: OutboxMessage) => {
    await handleCommand(pipeline, { ...queueOutboxMessage(message), metadata: REQUESTER });
    await settle();
    return message.messageId;
  };

  const round = async (on: OutboxDispatcher) => {
    const report = await on.runOnce();
    await settle();
    return report;
  };

  const row = (messageId: string) => new OutboxQueries(engine.readModels).get(messageId);
  const history = async (messageId: string) => (await store.readStream(outboxStreamId(messageId))).map((event) => event.type);

  it('delivers an SMS through Twilio with the message id as idempotency key, and records the MessageSid', async () => {
    const id = await queue(smsTo());

    const report = await round(dispatcher());

    expect(report).toMatchObject({ delivered: [id], retrying: [], parked: [], skipped: [], errors: [] });
    expect(twilio.requests).toHaveLength(1);
    expect(twilio.requests[0].form).toEqual({
      To: '+33612345678',
      Body: expect.stringContaining('Stock bas'),
      MessagingServiceSid: SERVICE_SID,
      StatusCallback: `${CALLBACK}?ref=${id}`,
    });
    expect(await row(id)).toMatchObject({
      status: 'delivered',
      attempts: 1,
      providerId: 'SM00000000000000000000000000000001',
      deliveredAt: START,
      nextAttemptAt: null,
      lastError: null,
    });
    const stored = await store.readStream(outboxStreamId(id));
    expect(stored.map((event) => event.type)).toEqual(['outbox.MessageQueued', 'outbox.DeliveryAttempted', 'outbox.MessageDelivered']);
    expect(stored[1].metadata).toMatchObject({ actor: { id: 'outbox-dispatcher:default' }, source: 'scheduler', correlationId: REQUESTER.correlationId, causationId: stored[0].id });
    expect(stored[2].metadata).toMatchObject({ correlationId: REQUESTER.correlationId, causationId: stored[1].id });
  });

  it('delivers an e-mail over SMTP with the message id as event id', async () => {
    const id = await queue(emailTo());

    expect((await round(dispatcher())).delivered).toEqual([id]);

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].headers.get('x-repaero-event-id')).toBe(id);
    expect(await row(id)).toMatchObject({ status: 'delivered', providerId: `<${id}@repaero.example>`, attempts: 1 });
  });

  it.each([
    { channel: 'sms', message: smsTo, gate: () => twilioGate, sent: () => twilio.requests.length },
    { channel: 'email', message: () => emailTo(), gate: () => smtpGate, sent: () => smtp.received.length },
  ])('retries an $channel later while its peer is down, and delivers it once it is back: nothing lost, nothing twice', async ({ message, gate, sent }) => {
    const id = await queue(message());
    await gate().down();
    const outbox = dispatcher();

    expect((await round(outbox)).retrying).toEqual([id]);
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 1, lastErrorKind: 'transient', nextAttemptAt: '2026-11-28T09:00:15.000Z' });

    clock.advance(10_000);
    expect(await round(outbox)).toMatchObject({ delivered: [], retrying: [], skipped: [] });

    clock.advance(5_000);
    expect((await round(outbox)).retrying).toEqual([id]);
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 2, nextAttemptAt: '2026-11-28T09:00:45.000Z' });

    await gate().up();
    clock.advance(30_000);
    expect((await round(outbox)).delivered).toEqual([id]);
    clock.advance(3_600_000);
    expect(await round(outbox)).toMatchObject({ delivered: [], retrying: [], skipped: [] });

    expect(sent()).toBe(1);
    expect(await row(id)).toMatchObject({ status: 'delivered', attempts: 3 });
    expect(await history(id)).toEqual([
      'outbox.MessageQueued',
      'outbox.DeliveryAttempted',
      'outbox.DeliveryFailed',
      'outbox.DeliveryAttempted',
      'outbox.DeliveryFailed',
      'outbox.DeliveryAttempted',
      'outbox.MessageDelivered',
    ]);
  });

  it('parks at once on a permanent error (Twilio 21211) and alerts', async () => {
    const id = await queue(smsTo('+33000000000'));
    twilio.answerNext({
      status: 400,
      body: { code: 21211, message: "The 'To' number +33000000000 is not a valid phone number.", more_info: 'https://www.twilio.com/docs/errors/21211', status: 400 },
    });
    const outbox = dispatcher();

    expect((await round(outbox)).parked).toEqual([id]);
    clock.advance(24 * 3_600_000);
    await round(outbox);

    expect(twilio.requests).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'parked', attempts: 1, lastErrorKind: 'invalid-number', lastErrorCode: '21211', nextAttemptAt: null });
    expect((await row(id))?.parkReason).toContain('invalid-number');
    expect(alerts).toEqual([{ messageId: id, channel: 'sms', attempts: 1, reason: expect.stringContaining('not a valid phone number') }]);
  });

  it('parks after the last allowed attempt, and sends once more after a manual requeue', async () => {
    const id = await queue(smsTo());
    await twilioGate.down();
    const outbox = dispatcher({ retry: { maxAttempts: 3 } });
    for (let attempt = 0; attempt < 3; attempt++) {
      await round(outbox);
      clock.advance(3_600_000);
    }
    expect(await row(id)).toMatchObject({ status: 'parked', attempts: 3 });
    expect(alerts).toEqual([expect.objectContaining({ messageId: id, attempts: 3, reason: expect.stringMatching(/^3 attempts failed/) })]);

    await twilioGate.up();
    await handleCommand(pipeline, { ...requeueOutboxMessage({ messageId: id, by: 'u-1', reason: 'Twilio is back', at: clock.now().toISOString() }), metadata: REQUESTER });
    await settle();
    expect(await row(id)).toMatchObject({ status: 'queued', parkReason: null });

    expect((await round(outbox)).delivered).toEqual([id]);
    expect(twilio.requests).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'delivered', attempts: 4 });
  });

  it('sends each message once when two dispatchers race for it', async () => {
    const ids = [await queue(smsTo()), await queue(smsTo()), await queue(emailTo())];
    const second = await read.connectAgain();
    const one = dispatcher({ name: 'one' });
    const two = dispatcher({ name: 'two', queries: new OutboxQueries(new ActiveReadModels(second, [outboxMessagesProjection])) });

    const reports = await Promise.all([one.runOnce(), two.runOnce()]);
    await settle();

    const delivered = reports.flatMap((report) => report.delivered);
    expect([...delivered].sort()).toEqual([...ids].sort());
    expect(reports.flatMap((report) => report.errors)).toEqual([]);
    expect(twilio.requests).toHaveLength(2);
    expect(smtp.received).toHaveLength(1);
    for (const id of ids) expect(await history(id)).toEqual(['outbox.MessageQueued', 'outbox.DeliveryAttempted', 'outbox.MessageDelivered']);
  });

  it('holds the messages of a channel that is not configured: queued and visible, sent once it is', async () => {
    const sms = await queue(smsTo());
    const email = await queue(emailTo());
    const withoutTwilio = dispatcher({ channels: { ...channels, sms: 'held' } });

    expect(withoutTwilio.heldChannels).toEqual(['sms']);
    expect((await round(withoutTwilio)).delivered).toEqual([email]);
    expect(twilio.requests).toHaveLength(0);
    expect(await row(sms)).toMatchObject({ status: 'queued', attempts: 0 });
    expect((await new OutboxQueries(engine.readModels).counts()).sms).toMatchObject({ queued: 1, delivered: 0 });

    expect((await round(dispatcher())).delivered).toEqual([sms]);
  });

  it('records an outcome it could not record at once in the next round, without sending again', async () => {
    const id = await queue(smsTo());
    const outbox = dispatcher();
    store.refuseDeliveries = 1;

    expect((await round(outbox)).pending).toEqual([id]);
    expect(await row(id)).toMatchObject({ status: 'sending' });

    expect((await round(outbox)).delivered).toEqual([id]);
    expect(twilio.requests).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('gives up an attempt whose dispatcher died mid-send, and sends it again', async () => {
    const id = await queue(smsTo());
    await handleCommand(pipeline, {
      decider: outboxMessageDecider,
      streamId: outboxStreamId(id),
      command: { type: 'StartAttempt', messageId: id, attempt: 1, at: START },
      metadata: REQUESTER,
    });
    await settle();
    const outbox = dispatcher({ stuckAfterMs: 60_000 });

    expect(await round(outbox)).toMatchObject({ interrupted: [], delivered: [] });
    clock.advance(60_000);
    const interrupting = await round(outbox);
    expect(interrupting.interrupted).toEqual([id]);
    // The retry is due at once: this round sends it if the projector was quick enough, else the next.
    expect([...interrupting.delivered, ...(await round(outbox)).delivered]).toEqual([id]);

    expect(twilio.requests).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'delivered', attempts: 2 });
    expect((await store.readStream(outboxStreamId(id)))[2].data).toMatchObject({ kind: 'interrupted', attempt: 1 });
  });
});
