import { inspect } from 'node:util';
import { createServer } from 'node:net';
import { SmsSendError } from './sms.port';
import { TwilioApiPeer, type TwilioPeerReply } from './testing/twilio-api.peer';
import { describeWithTwilioFixtures, twilioErrorResponses } from './testing/twilio-fixtures';
import { TwilioSmsAdapter } from './twilio-sms.adapter';
import type { TwilioSmsConfig } from './twilio-sms.config';

const ACCOUNT_SID = `AC${'a'.repeat(32)}`;
const AUTH_TOKEN = 'auth-token-never-to-be-seen';
const SERVICE_SID = `MG${'b'.repeat(32)}`;
const CALLBACK = 'https://repaero.example/webhooks/twilio/status';
const SMS = { to: '+33612345678', body: 'Pièce P/N 4202435-01 reçue', idempotencyKey: 'alert-0001' };

let peer: TwilioApiPeer;

beforeEach(async () => {
  peer = await TwilioApiPeer.start({ accountSid: ACCOUNT_SID, username: ACCOUNT_SID, password: AUTH_TOKEN });
});
afterEach(() => peer.close());

function baseConfig() {
  return {
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    messagingServiceSid: SERVICE_SID,
    statusCallbackUrl: CALLBACK,
    baseUrl: peer.baseUrl,
    maxRetryDelayMs: 5,
  };
}

function adapter(overrides: Partial<TwilioSmsConfig> = {}): TwilioSmsAdapter {
  return new TwilioSmsAdapter({ ...baseConfig(), ...overrides } as TwilioSmsConfig);
}

async function sendError(sms: TwilioSmsAdapter): Promise<SmsSendError> {
  const error = await sms.send(SMS).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SmsSendError);
  return error as SmsSendError;
}

function twilioError(status: number, code: number, message: string): TwilioPeerReply {
  return { status, body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } };
}

describe('TwilioSmsAdapter on a local Twilio peer', () => {
  it('posts the message through the Messaging Service and returns the created sid and status', async () => {
    const receipt = await adapter().send(SMS);

    expect(receipt).toEqual({ sid: 'SM00000000000000000000000000000001', status: 'accepted' });
    expect(peer.requests).toEqual([
      {
        method: 'POST',
        path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`,
        contentType: 'application/x-www-form-urlencoded',
        username: ACCOUNT_SID,
        password: AUTH_TOKEN,
        form: {
          To: '+33612345678',
          Body: 'Pièce P/N 4202435-01 reçue',
          MessagingServiceSid: SERVICE_SID,
          StatusCallback: `${CALLBACK}?ref=alert-0001`,
        },
      },
    ]);
  });

  it('sends From instead of a Messaging Service, and no StatusCallback when none is configured', async () => {
    const receipt = await adapter({ messagingServiceSid: undefined, from: '+33757000000', statusCallbackUrl: undefined }).send(SMS);

    expect(receipt.status).toBe('queued');
    expect(peer.requests.map((request) => request.form)).toEqual([
      { To: '+33612345678', Body: 'Pièce P/N 4202435-01 reçue', From: '+33757000000' },
    ]);
  });

  it('authenticates with an API key and secret on the account given apart', async () => {
    await peer.close();
    peer = await TwilioApiPeer.start({ accountSid: ACCOUNT_SID, username: `SK${'c'.repeat(32)}`, password: 'key-secret' });

    const { authToken: _, ...withoutToken } = baseConfig();
    const sms = new TwilioSmsAdapter({ ...withoutToken, apiKeySid: `SK${'c'.repeat(32)}`, apiKeySecret: 'key-secret' });

    const receipt = await sms.send(SMS);

    expect(receipt.sid).toMatch(/^SM/);
    expect(peer.requests[0]).toMatchObject({
      path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`,
      username: `SK${'c'.repeat(32)}`,
    });
  });

  it.each([
    { kind: 'not-sms-capable', reply: twilioError(400, 21614, "'To' number is not a valid mobile number") },
    { kind: 'not-sms-capable', reply: twilioError(400, 21635, "'To' number cannot be a landline") },
    { kind: 'configuration', reply: twilioError(400, 21608, 'The number is unverified on this trial account') },
    { kind: 'rejected', reply: twilioError(400, 21602, 'Message body is required.') },
    { kind: 'transient', reply: twilioError(500, 20500, 'Internal Server Error') },
    { kind: 'transient', reply: { status: 503, body: '<html>Service Unavailable</html>' } },
    {
      kind: 'invalid-number',
      reply: { status: 400, body: { type: 'https://www.twilio.com/docs/errors/21211', title: 'Invalid To', status: 400, code: 21211 } },
    },
  ])('classifies HTTP $reply.status with body $reply.body as $kind', async ({ kind, reply }) => {
    peer.answerNext(reply);

    const error = await sendError(adapter());

    expect(error).toMatchObject({ kind, status: reply.status, retryable: kind === 'transient' });
  });

  it('classifies a wrong auth token as authentication and never shows the token', async () => {
    const sms = adapter({ authToken: 'a-wrong-token' });

    const error = await sendError(sms);

    expect(error).toMatchObject({ kind: 'authentication', code: 20003, status: 401, retryable: false });
    expect(`${error.message} ${JSON.stringify(error)} ${inspect(error)}`).not.toContain('a-wrong-token');
    expect(inspect(sms, { depth: 10 })).not.toContain('a-wrong-token');
    expect(JSON.stringify(sms)).not.toContain('a-wrong-token');
  });

  it('classifies an unreachable API as transient', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });

    const error = await sendError(adapter({ baseUrl: `http://127.0.0.1:${closedPort}` }));

    expect(error).toMatchObject({ kind: 'transient', code: 'ECONNREFUSED', retryable: true });
    expect(`${error.message} ${inspect(error)}`).not.toContain(AUTH_TOKEN);
  });
});

describeWithTwilioFixtures('TwilioSmsAdapter on the fixture error bodies', () => {
  let errors: Record<string, TwilioPeerReply>;
  beforeAll(() => {
    errors = twilioErrorResponses();
  });

  it('classifies 21211 as invalid-number, not retryable', async () => {
    peer.answerNext(errors['21211']);

    const error = await sendError(adapter());

    expect(error).toMatchObject({ kind: 'invalid-number', code: 21211, status: 400, retryable: false });
    expect(error.message).toContain("Invalid 'To' Phone Number");
  });

  it('classifies 21610 as opted-out, not retryable', async () => {
    peer.answerNext(errors['21610']);

    expect(await sendError(adapter())).toMatchObject({ kind: 'opted-out', code: 21610, retryable: false });
  });

  it('lets twilio-node retry a 429 itself, then succeeds', async () => {
    peer.answerNext(errors['20429'], errors['20429']);

    const receipt = await adapter({ maxRetries: 3 }).send(SMS);

    expect(receipt.sid).toMatch(/^SM/);
    expect(peer.requests).toHaveLength(3);
    expect(new Set(peer.requests.map((request) => JSON.stringify(request.form))).size).toBe(1);
  });

  it('classifies a 429 that outlasts the retries as transient', async () => {
    peer.answerNext(errors['20429'], errors['20429'], errors['20429']);

    const error = await sendError(adapter({ maxRetries: 2 }));

    expect(error).toMatchObject({ kind: 'transient', code: 20429, status: 429, retryable: true });
    expect(peer.requests).toHaveLength(3);
  });
});

describe('TwilioSmsAdapter configuration', () => {
  it('names every problem at once without echoing a secret', () => {
    const build = () =>
      new TwilioSmsAdapter({
        accountSid: 'SKnot-an-account',
        authToken: 'secret-token',
        messagingServiceSid: SERVICE_SID,
        from: '+33757000000',
        statusCallbackUrl: 'not a url',
      });

    expect(build).toThrow(/accountSid.*exactly one of messagingServiceSid and from.*statusCallbackUrl is not a URL/);
    expect(build).not.toThrow(/secret-token/);
  });

  it('refuses an API key without its secret', () => {
    expect(() => new TwilioSmsAdapter({ accountSid: ACCOUNT_SID, apiKeySid: `SK${'c'.repeat(32)}`, apiKeySecret: '', from: '+33757000000' })).toThrow(
      /apiKeySecret/,
    );
  });
});
