import twilio from 'twilio';
import { describeWithTwilioFixtures, twilioStatusCallbackBodies } from '@repaero/integrations/twilio/testing/twilio-fixtures';
import { signedUrlOf, twilioStatusCallback } from './twilio-status-callback.handler';

const authToken = 'test-auth-token-0123456789abcdef';
const publicUrl = 'https://api.repaero.example/webhooks/twilio/status';
const messageId = '0190f1d4-6c1e-5b5a-9f0e-2d3c4b5a6978';
const at = '2026-11-28T09:00:00.000Z';
const form = (body: string) => Object.fromEntries(new URLSearchParams(body));
const sign = (url: string, params: Record<string, string>) => twilio.getExpectedTwilioSignature(authToken, url, params);
const body = form('AccountSid=ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&MessageSid=SM1&MessageStatus=delivered&To=%2B33612345678&From=%2B33757000000');

describe('Twilio status callback', () => {
  it('checks the signature against the public URL, not the host the proxy forwarded to', () => {
    const signature = sign(`${publicUrl}?ref=${messageId}`, body);
    expect(signedUrlOf(publicUrl, `/webhooks/twilio/status?ref=${messageId}`)).toBe(`${publicUrl}?ref=${messageId}`);
    const decided = twilioStatusCallback({ publicUrl, authToken, originalUrl: `/webhooks/twilio/status?ref=${messageId}`, body, signature, at });
    expect(decided).toMatchObject({
      outcome: 'report',
      messageId,
      request: { streamId: `outbox-${messageId}`, command: { type: 'ReportDeliveryStatus', messageId, providerStatus: 'delivered', at } },
    });
  });

  it('refuses a missing or a wrong signature, and a tampered status', () => {
    const originalUrl = `/webhooks/twilio/status?ref=${messageId}`;
    expect(twilioStatusCallback({ publicUrl, authToken, originalUrl, body, signature: undefined, at }).outcome).toBe('forbidden');
    const signature = sign(`${publicUrl}?ref=${messageId}`, body);
    expect(twilioStatusCallback({ publicUrl, authToken, originalUrl, body: { ...body, MessageStatus: 'failed' }, signature, at }).outcome).toBe('forbidden');
    expect(twilioStatusCallback({ publicUrl, authToken: 'another', originalUrl, body, signature, at }).outcome).toBe('forbidden');
    // A signature for another message (its ref) does not carry over.
    expect(twilioStatusCallback({ publicUrl, authToken, originalUrl: '/webhooks/twilio/status?ref=0190f1d4-0000-5000-8000-000000000000', body, signature, at }).outcome).toBe('forbidden');
  });

  it('refuses everything when it has nothing to check with', () => {
    const signature = sign(`${publicUrl}?ref=${messageId}`, body);
    expect(twilioStatusCallback({ publicUrl: undefined, authToken, originalUrl: `/x?ref=${messageId}`, body, signature, at }).outcome).toBe('forbidden');
  });

  it('ignores a signed callback without our ref', () => {
    const signature = sign(publicUrl, body);
    expect(twilioStatusCallback({ publicUrl, authToken, originalUrl: '/webhooks/twilio/status', body, signature, at })).toEqual({ outcome: 'ignored', why: 'no ?ref= outbox message id' });
  });

  describeWithTwilioFixtures('with the shared fixtures', () => {
    it('turns every fixture callback into a status report, error codes kept', () => {
      for (const line of twilioStatusCallbackBodies()) {
        const params = form(line);
        const signature = sign(`${publicUrl}?ref=${messageId}`, params);
        const decided = twilioStatusCallback({ publicUrl, authToken, originalUrl: `/webhooks/twilio/status?ref=${messageId}`, body: params, signature, at });
        expect(decided.outcome).toBe('report');
        if (decided.outcome !== 'report') continue;
        expect(decided.request.command).toMatchObject({
          providerStatus: params.MessageStatus,
          ...(params.ErrorCode ? { errorCode: params.ErrorCode } : {}),
        });
      }
    });
  });
});
