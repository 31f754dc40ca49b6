import twilioSdk from 'twilio';
import { SmtpPeer } from '@repaero/integrations/mail/testing/smtp.peer';
import { TwilioApiPeer } from '@repaero/integrations/twilio/testing/twilio-api.peer';
import { eventually } from '@repaero/event-store-testing';
import { bearer, startApi, type RunningApi } from './support/api';
import { uniquePartNumber } from './support/stock';
import { certificateOfConformity, stockItemsClient } from './support/stock-items';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(90_000);

const ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
const AUTH_TOKEN = 'e2e-twilio-auth-token';
const FROM = '+33757000001';
const MOBILE_AS_TYPED = '06 12 34 56 78';
const MOBILE = '+33612345678';
const EMAIL = 'qualite.e2e@repaero.example';
const STATUS_CALLBACK_URL = 'https://repaero.example/webhooks/twilio/status';
const LOW_LOCATION = 'MAIN-L07';
const LOW_MOBILE = '+33611111111';
const LOW_EMAIL = 'magasin.e2e@repaero.example';
/** A number the Twilio peer answers with 21614 (not SMS-capable); our checks accept it as a French mobile. */
const LANDLINE = '+33699999999';
const FALLBACK_EMAIL = 'fixe.e2e@repaero.example';
const PROBLEM_JSON = /^application\/problem\+json/;

interface OutboxRow {
  readonly messageId: string;
  readonly channel: 'sms' | 'email';
  readonly recipient: string;
  readonly status: string;
  readonly dedupeKey: string;
}

const POLL = { timeoutMs: 30_000, intervalMs: 200 };

/** Subscribes a quality person (mobile + e-mail) to quarantine alerts, then receives an item without a release document. */
async function quarantineAnItem(api: RunningApi, quality: TestUser, keeper: TestUser) {
  const subscribed = await api
    .http()
    .post('/api/v1/stock/alert-subscriptions')
    .set(bearer(quality.token))
    .send({
      subscriberType: 'person',
      userId: quality.id,
      displayName: quality.displayName,
      kinds: ['quarantine'],
      channels: ['sms', 'email'],
      mobile: MOBILE_AS_TYPED,
      email: EMAIL,
    });
  expect(subscribed.status).toBe(201);
  const items = stockItemsClient(api, keeper.token);
  const partNumber = uniquePartNumber('AL');
  const part = await items.register(partNumber);
  await items.classify(part.partId, { partClass: 'rotable', tracking: 'serial' });
  const item = await items.receive({ partId: part.partId, partNumber, serialNumber: `SN-AL-${process.pid}` });
  return { subscriptionId: subscribed.body.subscriptionId as string, partId: part.partId, itemId: item.itemId };
}

async function openAlertsOf(api: RunningApi, user: TestUser, partId: string) {
  return eventually('an open quarantine alert', async () => {
    const answer = await api.http().get('/api/v1/stock/alerts?status=open').set(bearer(user.token));
    expect(answer.status).toBe(200);
    const alerts = (answer.body.items as { partId: string; kind: string; alertId: string; status: string }[]).filter((alert) => alert.partId === partId);
    return alerts.length > 0 ? alerts : undefined;
  }, POLL);
}

async function outboxMessages(api: RunningApi, alertId: string): Promise<OutboxRow[]> {
  const answer = await api.http().get('/api/v1/admin/outbox?limit=200').set(bearer(api.adminToken));
  expect(answer.status).toBe(200);
  return (answer.body.items as OutboxRow[]).filter((row) => row.dedupeKey.includes(alertId));
}

describe('stock alerts: subscribed people are told by SMS and e-mail', () => {
  let twilio: TwilioApiPeer;
  let smtp: SmtpPeer;
  let api: RunningApi;
  let quality: TestUser;
  let keeper: TestUser;

  beforeAll(async () => {
    twilio = await TwilioApiPeer.start({ accountSid: ACCOUNT_SID, username: ACCOUNT_SID, password: AUTH_TOKEN });
    smtp = await SmtpPeer.start();
    api = await startApi({
      env: {
        TWILIO_ACCOUNT_SID: ACCOUNT_SID,
        TWILIO_AUTH_TOKEN: AUTH_TOKEN,
        TWILIO_FROM: FROM,
        TWILIO_API_BASE_URL: twilio.baseUrl,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        SMTP_FROM: 'repaero@repaero.example',
        SMTP_REQUIRE_TLS: 'false',
        TWILIO_STATUS_CALLBACK_URL: STATUS_CALLBACK_URL,
      },
    });
    quality = await tokenFor(api, 'quality');
    keeper = await tokenFor(api, 'storekeeper');
  });

  afterAll(async () => {
    await api?.close();
    await twilio?.close();
    await smtp?.close();
  });

  it('raises an open alert for an item received into quarantine, and delivers the SMS and the e-mail', async () => {
    const { partId } = await quarantineAnItem(api, quality, keeper);
    const [alert] = await openAlertsOf(api, quality, partId);
    expect(alert).toMatchObject({ kind: 'quarantine', status: 'open', locationCode: 'MAIN-A01' });

    const sms = await eventually('the SMS at the Twilio peer', async () => twilio.requests.find((request) => request.form.To === MOBILE), POLL);
    expect(sms.form).toMatchObject({ From: FROM, To: MOBILE });
    expect(sms.form.Body).toContain('Quarantaine');
    const mail = await eventually('the e-mail at the SMTP peer', async () => smtp.received.find((received) => received.rcptTo.includes(EMAIL)), POLL);
    expect(mail.text).toContain(alert.alertId);

    const delivered = await eventually('both messages delivered in the outbox', async () => {
      const rows = await outboxMessages(api, alert.alertId);
      return rows.length === 2 && rows.every((row) => row.status === 'delivered') ? rows : undefined;
    }, POLL);
    expect(delivered.map((row) => [row.channel, row.recipient]).sort()).toEqual([
      ['email', EMAIL],
      ['sms', MOBILE],
    ]);
  });

  it('lets quality acknowledge the open alert', async () => {
    const answer = await api.http().get('/api/v1/stock/alerts?status=open').set(bearer(quality.token));
    const [alert] = answer.body.items as { alertId: string }[];
    const acknowledged = await api
      .http()
      .post(`/api/v1/stock/alerts/${alert.alertId}/acknowledgement`)
      .set(bearer(quality.token))
      .send({ reason: 'Release document requested from the supplier' });
    expect(acknowledged.status).toBe(201);
  });

  /** Projections and reactors caught up (lag 0) and the outbox counts unchanged between two looks, nothing queued or sending. */
  async function settled(): Promise<void> {
    let previous = '';
    await eventually('the projections, reactors and outbox to be idle', async () => {
      const projections = await api.http().get('/api/v1/admin/projections').set(bearer(api.adminToken));
      expect(projections.status).toBe(200);
      const reactors = await api.system.reactors.status();
      const counts = await api.http().get('/api/v1/admin/outbox/counts').set(bearer(api.adminToken));
      expect(counts.status).toBe(200);
      const busy = Object.values(counts.body.counts as Record<string, Record<string, number>>).some((byStatus) => (byStatus.queued ?? 0) + (byStatus.sending ?? 0) > 0);
      const idle =
        (projections.body.projections as { lag: number }[]).every((projection) => projection.lag === 0) &&
        reactors.every((reactor) => reactor.lag === 0) &&
        !busy;
      const now = JSON.stringify(counts.body.counts);
      const stable = idle && now === previous;
      previous = idle ? now : '';
      return stable;
    }, POLL);
  }

  const smsTo = (mobile: string) => twilio.requests.filter((request) => request.path.endsWith('/Messages.json') && request.form.To === mobile);
  const mailsTo = (address: string) => smtp.received.filter((received) => received.rcptTo.includes(address));

  async function issueFrom(itemId: string, quantity: number, workOrderRef: string) {
    const issued = await api.http().post(`/api/v1/stock/items/${itemId}/issues`).set(bearer(keeper.token)).send({ workOrderRef, locationCode: LOW_LOCATION, quantity });
    expect(issued.status).toBe(201);
  }

  describe('low stock', () => {
    let partId: string;
    let partNumber: string;
    let firstBatch: string;

    it('sends one SMS and one e-mail when the stock drops below the minimum, not one per movement', async () => {
      const subscribed = await api
        .http()
        .post('/api/v1/stock/alert-subscriptions')
        .set(bearer(api.adminToken))
        .send({ subscriberType: 'person', userId: keeper.id, displayName: keeper.displayName, kinds: ['low-stock'], channels: ['sms', 'email'], mobile: LOW_MOBILE, email: LOW_EMAIL });
      expect(subscribed.status).toBe(201);
      const items = stockItemsClient(api, keeper.token);
      partNumber = uniquePartNumber('LS');
      ({ partId } = await items.register(partNumber));
      await items.classify(partId, { partClass: 'consumable', tracking: 'batch' });
      const batchNumber = `B-LS1-${process.pid}`;
      firstBatch = (await items.receive({ partId, partNumber, batchNumber, quantity: 10, locationCode: LOW_LOCATION, releaseDocument: certificateOfConformity(partNumber, batchNumber) })).itemId;
      // The minimum is set once stock is above it: set on an empty bin, it would rightly raise an alert at once.
      const minimum = await api.http().put(`/api/v1/stock/parts/${partId}/minimum-levels/${LOW_LOCATION}`).set(bearer(keeper.token)).send({ minimumLevel: 4, reorderQuantity: 20 });
      expect(minimum.status).toBe(200);
      await settled();
      expect(smsTo(LOW_MOBILE)).toHaveLength(0);

      await issueFrom(firstBatch, 3, 'WO-LS-1'); // 7 left: above the minimum
      await issueFrom(firstBatch, 4, 'WO-LS-2'); // 3 left: below
      await issueFrom(firstBatch, 1, 'WO-LS-3'); // 2 left: further below
      await issueFrom(firstBatch, 1, 'WO-LS-4'); // 1 left

      const sms = await eventually('the low-stock SMS', async () => smsTo(LOW_MOBILE)[0], POLL);
      expect(sms.form.Body).toContain('Stock bas');
      expect(sms.form.Body).toContain(LOW_LOCATION);
      await eventually('the low-stock e-mail', async () => mailsTo(LOW_EMAIL)[0], POLL);
      await settled();
      expect(smsTo(LOW_MOBILE)).toHaveLength(1);
      expect(mailsTo(LOW_EMAIL)).toHaveLength(1);
      const open = await api.http().get('/api/v1/stock/alerts?status=open&kind=low-stock').set(bearer(keeper.token));
      expect(open.body.items.filter((alert: { partId: string }) => alert.partId === partId)).toEqual([
        expect.objectContaining({ locationCode: LOW_LOCATION, status: 'open', occurrence: 1 }),
      ]);
    });

    it('clears the alert when stock is received back above the minimum, and raises a new occurrence when it drops again', async () => {
      const items = stockItemsClient(api, keeper.token);
      const batchNumber = `B-LS2-${process.pid}`;
      const second = await items.receive({ partId, partNumber, batchNumber, quantity: 10, locationCode: LOW_LOCATION, releaseDocument: certificateOfConformity(partNumber, batchNumber) });
      const cleared = await eventually('the low-stock alert cleared', async () => {
        const answer = await api.http().get('/api/v1/stock/alerts?kind=low-stock').set(bearer(keeper.token));
        const [alert] = (answer.body.items as { partId: string; status: string }[]).filter((row) => row.partId === partId);
        return alert?.status === 'cleared' ? alert : undefined;
      }, POLL);
      expect(cleared).toMatchObject({ occurrence: 1, locationCode: LOW_LOCATION });
      await settled();
      expect(smsTo(LOW_MOBILE)).toHaveLength(1);

      await issueFrom(second.itemId, 8, 'WO-LS-5'); // 1 + 2 left: below again
      await eventually('a second low-stock SMS', () => smsTo(LOW_MOBILE).length === 2, POLL);
      await settled();
      expect(smsTo(LOW_MOBILE)).toHaveLength(2);
      expect(mailsTo(LOW_EMAIL)).toHaveLength(2);
      const open = await api.http().get('/api/v1/stock/alerts?status=open&kind=low-stock').set(bearer(keeper.token));
      expect(open.body.items.filter((alert: { partId: string }) => alert.partId === partId)).toEqual([expect.objectContaining({ status: 'open', occurrence: 2 })]);
    });

    it('lists the item stock by part, location and condition, documented in the OpenAPI', async () => {
      const levels = await api.http().get('/api/v1/stock/levels/by-condition').query({ partId }).set(bearer(keeper.token));
      expect(levels.status).toBe(200);
      expect(levels.body.items).toEqual([{ partId, locationCode: LOW_LOCATION, condition: 'SERVICEABLE', quantity: 3, unit: 'EA' }]);
      const quarantined = await api.http().get('/api/v1/stock/levels/by-condition').query({ partId, condition: 'QUARANTINE' }).set(bearer(keeper.token));
      expect(quarantined.body.items).toEqual([]);
      const refused = await api.http().get('/api/v1/stock/levels/by-condition').query({ condition: 'MINT' }).set(bearer(keeper.token));
      expect(refused.status).toBe(400);
      const docs = await api.http().get('/docs-json').expect(200);
      expect(Object.keys(docs.body.paths)).toContain('/api/v1/stock/levels/by-condition');
      expect(docs.body.paths['/api/v1/stock/levels/by-condition'].get.parameters.map((parameter: { name: string }) => parameter.name).sort()).toEqual(['condition', 'locationCode', 'partId']);
    });
  });

  it('falls back to e-mail when Twilio answers 21614 (not a mobile number)', async () => {
    twilio.answerTo(LANDLINE, { status: 400, body: { code: 21614, message: "'To' number is not a valid mobile number", more_info: 'https://www.twilio.com/docs/errors/21614', status: 400 } });
    const subscribed = await api
      .http()
      .post('/api/v1/stock/alert-subscriptions')
      .set(bearer(quality.token))
      .send({ subscriberType: 'person', userId: `${quality.id}-landline`, displayName: 'Poste fixe qualité', kinds: ['quarantine'], channels: ['sms'], mobile: LANDLINE, email: FALLBACK_EMAIL });
    expect(subscribed.status).toBe(201);
    const items = stockItemsClient(api, keeper.token);
    const partNumber = uniquePartNumber('FB');
    const part = await items.register(partNumber);
    await items.classify(part.partId, { partClass: 'rotable', tracking: 'serial' });
    await items.receive({ partId: part.partId, partNumber, serialNumber: `SN-FB-${process.pid}`, locationCode: 'MAIN-F01' });

    await eventually('the SMS attempt to the landline', async () => smsTo(LANDLINE)[0], POLL);
    const mail = await eventually('the fallback e-mail', async () => mailsTo(FALLBACK_EMAIL)[0], POLL);
    expect(mail.text).toContain('SMS impossible');
    await settled();
    expect(mailsTo(FALLBACK_EMAIL)).toHaveLength(1);
    const levels = await api.http().get('/api/v1/stock/levels/by-condition').query({ partId: part.partId }).set(bearer(keeper.token));
    expect(levels.body.items).toEqual([{ partId: part.partId, locationCode: 'MAIN-F01', condition: 'QUARANTINE', quantity: 1, unit: 'EA' }]);
  });

  describe('Twilio status callback over HTTP', () => {
    async function anSmsMessage(): Promise<OutboxRow> {
      const answer = await api.http().get('/api/v1/admin/outbox?limit=200&channel=sms').set(bearer(api.adminToken));
      expect(answer.status).toBe(200);
      const row = (answer.body.items as OutboxRow[]).find((message) => message.recipient === MOBILE && message.status === 'delivered');
      if (!row) throw new Error('no delivered SMS to report on');
      return row;
    }

    const callback = () => ({
      MessageSid: 'SM00000000000000000000000000000001',
      MessageStatus: 'delivered',
      AccountSid: ACCOUNT_SID,
      From: FROM,
      To: MOBILE,
      ApiVersion: '2010-04-01',
      SmsSid: 'SM00000000000000000000000000000001',
      SmsStatus: 'delivered',
    });

    it('accepts a correctly signed callback (204) and records it on the outbox message stream', async () => {
      const message = await anSmsMessage();
      const params = callback();
      const signature = twilioSdk.getExpectedTwilioSignature(AUTH_TOKEN, `${STATUS_CALLBACK_URL}?ref=${message.messageId}`, params);
      const answer = await api.http().post(`/webhooks/twilio/status?ref=${message.messageId}`).set('X-Twilio-Signature', signature).type('form').send(params);
      expect(answer.status).toBe(204);
      const stream = await api.http().get(`/api/v1/audit/streams/outbox-${message.messageId}`).set(bearer(quality.token));
      expect(stream.status).toBe(200);
      expect(stream.body.events).toEqual(
        expect.arrayContaining([expect.objectContaining({ type: 'outbox.DeliveryStatusReported', data: expect.objectContaining({ messageId: message.messageId, providerStatus: 'delivered' }) })]),
      );
    });

    it('refuses a callback whose MessageStatus was tampered with (403 problem+json)', async () => {
      const message = await anSmsMessage();
      const params = callback();
      const signature = twilioSdk.getExpectedTwilioSignature(AUTH_TOKEN, `${STATUS_CALLBACK_URL}?ref=${message.messageId}`, params);
      const answer = await api
        .http()
        .post(`/webhooks/twilio/status?ref=${message.messageId}`)
        .set('X-Twilio-Signature', signature)
        .type('form')
        .send({ ...params, MessageStatus: 'failed' });
      expect(answer.status).toBe(403);
      expect(answer.headers['content-type']).toMatch(PROBLEM_JSON);
    });
  });
});

describe('stock alerts without Twilio or SMTP configured', () => {
  let api: RunningApi;
  let quality: TestUser;
  let keeper: TestUser;

  beforeAll(async () => {
    api = await startApi();
    quality = await tokenFor(api, 'quality');
    keeper = await tokenFor(api, 'storekeeper');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('keeps the SMS and the e-mail queued in the outbox, listed for the admin', async () => {
    const { partId } = await quarantineAnItem(api, quality, keeper);
    const [alert] = await openAlertsOf(api, quality, partId);
    const queued = await eventually('both messages in the outbox', async () => {
      const rows = await outboxMessages(api, alert.alertId);
      return rows.length === 2 ? rows : undefined;
    }, POLL);
    expect(queued.map((row) => [row.channel, row.status]).sort()).toEqual([
      ['email', 'queued'],
      ['sms', 'queued'],
    ]);
  });
});
