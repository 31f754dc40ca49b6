import { parseStatusCallback, InvalidStatusCallback } from '@repaero/integrations/twilio/twilio-status-callback';
import { verifyTwilioSignature } from '@repaero/integrations/twilio/twilio-signature';
import type { OutboxRequest } from '../commands/outbox-commands';
import { outboxMessageDecider } from '../domain/outbox-message/outbox-message.decider';
import { outboxStreamId } from '../domain/outbox-message/outbox-stream';

export interface TwilioStatusCallbackRequest {
  /** TWILIO_STATUS_CALLBACK_URL: the public URL Twilio was given (behind a proxy the request host is not it). */
  readonly publicUrl: string | undefined;
  readonly authToken: string | undefined;
  /** The request's path and query as received (`req.originalUrl`): the query is what Twilio signed. */
  readonly originalUrl: string;
  readonly body: Readonly<Record<string, string | readonly string[]>>;
  readonly signature: string | undefined;
  readonly at: string;
}

export type TwilioStatusCallbackOutcome =
  | { readonly outcome: 'forbidden'; readonly why: string }
  | { readonly outcome: 'ignored'; readonly why: string }
  | { readonly outcome: 'report'; readonly messageId: string; readonly request: OutboxRequest };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The URL Twilio signed: our public base with the query string as received, so a proxy's host, port or
 * scheme never enters the check, and the `ref` is compared byte for byte as Twilio encoded it.
 */
export function signedUrlOf(publicUrl: string, originalUrl: string): string {
  const base = new URL(publicUrl);
  const queryAt = originalUrl.indexOf('?');
  return `${base.origin}${base.pathname}${queryAt >= 0 ? originalUrl.slice(queryAt) : ''}`;
}

/** Checks the signature first (nothing is read from an unsigned body), then asks the outbox to record the status. */
export function twilioStatusCallback(request: TwilioStatusCallbackRequest): TwilioStatusCallbackOutcome {
  if (!request.publicUrl || !request.authToken) return { outcome: 'forbidden', why: 'no TWILIO_STATUS_CALLBACK_URL or TWILIO_AUTH_TOKEN to check the signature with' };
  const url = signedUrlOf(request.publicUrl, request.originalUrl);
  if (!verifyTwilioSignature({ authToken: request.authToken, url, params: request.body, signature: request.signature })) {
    return { outcome: 'forbidden', why: 'X-Twilio-Signature does not match' };
  }
  const ref = new URL(url).searchParams.get('ref');
  if (!ref || !UUID.test(ref)) return { outcome: 'ignored', why: 'no ?ref= outbox message id' };
  let callback;
  try {
    callback = parseStatusCallback(request.body);
  } catch (error) {
    if (error instanceof InvalidStatusCallback) return { outcome: 'ignored', why: error.message };
    throw error;
  }
  return {
    outcome: 'report',
    messageId: ref,
    request: {
      decider: outboxMessageDecider,
      streamId: outboxStreamId(ref),
      command: {
        type: 'ReportDeliveryStatus',
        messageId: ref,
        providerStatus: callback.status,
        ...(callback.errorCode !== undefined ? { errorCode: String(callback.errorCode) } : {}),
        at: request.at,
      },
    },
  };
}
