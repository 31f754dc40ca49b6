import { SmtpPeer } from '@repaero/integrations/mail/testing/smtp.peer';
import { TwilioApiPeer } from '@repaero/integrations/twilio/testing/twilio-api.peer';
import { bearer, startApi, type RunningApi } from './support/api';
import { uniquePartNumber } from './support/stock';
import { stockItemsClient } from './support/stock-items';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(90_000);

const ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
const AUTH_TOKEN = 'e2e-twilio-auth-token';
const FROM = '+33757000001';
const MOBILE_AS_TYPED = '06 12 34 56 78';
const MOBILE = '+33612345678';
const EMAIL = 'qualite.e2e@repaero.example';

interface OutboxRow {
  readonly messageId: string;
  readonly channel: 'sms' | 'email';
  readonly recipient: string;
  readonly status: string;
  readonly dedupeKey: string;
}

/** Polls until `check` returns a value (bounded), so the test never depends on timings. */
async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

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
  });
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

    const sms = await eventually('the SMS at the Twilio peer', async () => twilio.requests.find((request) => request.form.To === MOBILE));
    expect(sms.form).toMatchObject({ From: FROM, To: MOBILE });
    expect(sms.form.Body).toContain('Quarantaine');
    const mail = await eventually('the e-mail at the SMTP peer', async () => smtp.received.find((received) => received.rcptTo.includes(EMAIL)));
    expect(mail.text).toContain(alert.alertId);

    const delivered = await eventually('both messages delivered in the outbox', async () => {
      const rows = await outboxMessages(api, alert.alertId);
      return rows.length === 2 && rows.every((row) => row.status === 'delivered') ? rows : undefined;
    });
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
    });
    expect(queued.map((row) => [row.channel, row.status]).sort()).toEqual([
      ['email', 'queued'],
      ['sms', 'queued'],
    ]);
  });
});
