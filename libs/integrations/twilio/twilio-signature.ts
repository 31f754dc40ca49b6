import twilio from 'twilio';

export interface TwilioSignedRequest {
  readonly authToken: string;
  /** The public URL Twilio called, query string included (behind a proxy, rebuild it from X-Forwarded-*). */
  readonly url: string;
  /** The form-decoded POST parameters, exactly as received. */
  readonly params: Readonly<Record<string, string | readonly string[]>>;
  /** The X-Twilio-Signature header. */
  readonly signature: string | undefined;
}

export function verifyTwilioSignature(request: TwilioSignedRequest): boolean {
  if (!request.signature) return false;
  return twilio.validateRequest(request.authToken, request.signature, request.url, { ...request.params });
}
