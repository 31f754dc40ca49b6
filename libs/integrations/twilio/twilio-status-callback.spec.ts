import twilio from 'twilio';
import type { SmsStatus } from './sms.port';
import { nextSmsStatus } from './sms-status';
import { describeWithTwilioFixtures, twilioStatusCallbackBodies } from './testing/twilio-fixtures';
import { verifyTwilioSignature } from './twilio-signature';
import { InvalidStatusCallback, parseStatusCallback } from './twilio-status-callback';

const AUTH_TOKEN = '12345678901234567890123456789012';
const URL_CALLED = 'https://repaero.example/webhooks/twilio/status?ref=alert-0001';

function formParams(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}

describe('parseStatusCallback', () => {
  const body =
    'AccountSid=ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&ApiVersion=2010-04-01&ErrorCode=30003&From=%2B33757000000' +
    '&MessageSid=SM00000000000000000000000000000002&MessageStatus=undelivered&MessagingServiceSid=MGbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' +
    '&SmsSid=SM00000000000000000000000000000002&SmsStatus=undelivered&To=%2B33700000000';

  it('reads a raw form body', () => {
    expect(parseStatusCallback(body)).toEqual({
      messageSid: 'SM00000000000000000000000000000002',
      status: 'undelivered',
      errorCode: 30003,
      to: '+33700000000',
      from: '+33757000000',
      accountSid: 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      messagingServiceSid: 'MGbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
    });
  });

  it('reads the object an urlencoded body parser leaves, the same way', () => {
    expect(parseStatusCallback(formParams(body))).toEqual(parseStatusCallback(body));
  });

  it('leaves errorCode out when Twilio sends none', () => {
    expect(parseStatusCallback('MessageSid=SM1&MessageStatus=sent&To=%2B33612345678')).not.toHaveProperty('errorCode');
  });

  it('falls back on the legacy SmsSid and SmsStatus', () => {
    expect(parseStatusCallback('SmsSid=SM1&SmsStatus=delivered')).toMatchObject({ messageSid: 'SM1', status: 'delivered' });
  });

  it.each([
    ['MessageStatus=sent', /MessageSid/],
    ['MessageSid=SM1&MessageStatus=teleported', /teleported/],
    ['MessageSid=SM1', /MessageStatus/],
    ['MessageSid=SM1&MessageStatus=failed&ErrorCode=x', /ErrorCode/],
  ])('refuses %p', (input, reason) => {
    expect(() => parseStatusCallback(input)).toThrow(InvalidStatusCallback);
    expect(() => parseStatusCallback(input)).toThrow(reason);
  });
});

describeWithTwilioFixtures('status callbacks from fixtures/twilio', () => {
  let bodies: string[];
  beforeAll(() => {
    bodies = twilioStatusCallbackBodies();
  });

  it('accepts the signature of every callback, as Twilio computes it', () => {
    expect(bodies).toHaveLength(3);
    for (const body of bodies) {
      const params = formParams(body);
      const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, URL_CALLED, params);

      expect(verifyTwilioSignature({ authToken: AUTH_TOKEN, url: URL_CALLED, params, signature })).toBe(true);
    }
  });

  it('rejects a callback whose MessageStatus was tampered with', () => {
    for (const body of bodies) {
      const params = formParams(body);
      const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, URL_CALLED, params);
      const tampered = { ...params, MessageStatus: params.MessageStatus === 'delivered' ? 'failed' : 'delivered' };

      expect(verifyTwilioSignature({ authToken: AUTH_TOKEN, url: URL_CALLED, params: tampered, signature })).toBe(false);
    }
  });

  it('rejects a missing signature, another token and another URL', () => {
    const params = formParams(bodies[0]);
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, URL_CALLED, params);

    expect(verifyTwilioSignature({ authToken: AUTH_TOKEN, url: URL_CALLED, params, signature: undefined })).toBe(false);
    expect(verifyTwilioSignature({ authToken: 'another-token', url: URL_CALLED, params, signature })).toBe(false);
    expect(verifyTwilioSignature({ authToken: AUTH_TOKEN, url: `${URL_CALLED}2`, params, signature })).toBe(false);
  });

  it('parses every callback', () => {
    expect(bodies.map((body) => parseStatusCallback(body))).toEqual([
      expect.objectContaining({ messageSid: 'SM00000000000000000000000000000001', status: 'sent', to: '+33612345678' }),
      expect.objectContaining({ messageSid: 'SM00000000000000000000000000000001', status: 'delivered' }),
      expect.objectContaining({ messageSid: 'SM00000000000000000000000000000002', status: 'undelivered', errorCode: 30003 }),
    ]);
  });

  it.each([
    { order: 'in arrival order', reverse: false, applied: ['1:sent', '1:delivered', '2:undelivered'] },
    { order: 'reversed', reverse: true, applied: ['2:undelivered', '1:delivered'] },
  ])('applies them monotonically per message, $order', ({ reverse, applied }) => {
    const callbacks = bodies.map((body) => parseStatusCallback(body));
    const statuses = new Map<string, SmsStatus>();
    const recorded: string[] = [];
    for (const callback of reverse ? callbacks.reverse() : callbacks) {
      const next = nextSmsStatus(statuses.get(callback.messageSid) ?? 'accepted', callback.status);
      if (next) {
        statuses.set(callback.messageSid, next);
        recorded.push(`${callback.messageSid.slice(-1)}:${next}`);
      }
    }

    expect(recorded).toEqual(applied);
    expect(Object.fromEntries(statuses)).toEqual({
      SM00000000000000000000000000000001: 'delivered',
      SM00000000000000000000000000000002: 'undelivered',
    });
  });
});
