/** Message statuses as Twilio reports them (twilio-node `MessageStatus`). */
export type SmsStatus =
  | 'queued'
  | 'accepted'
  | 'scheduled'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'undelivered'
  | 'failed'
  | 'read'
  | 'partially_delivered'
  | 'canceled'
  | 'receiving'
  | 'received';

export interface SmsMessage {
  /** E.164, see `normaliseMobileNumber`. */
  readonly to: string;
  readonly body: string;
  /** Our id for this send (the outbox entry); echoed back on status callbacks as `?ref=`. */
  readonly idempotencyKey: string;
}

export interface SmsReceipt {
  readonly sid: string;
  readonly status: SmsStatus;
}

export interface SmsPort {
  /** Rejects with `SmsSendError` only. */
  send(message: SmsMessage): Promise<SmsReceipt>;
}

/**
 * What the dispatcher does next: only `transient` is retried; the others are recorded as outcomes
 * (mark the contact invalid, record the opt-out, fall back to e-mail, alert ops).
 */
export type SmsFailureKind =
  | 'invalid-number'
  | 'opted-out'
  | 'not-sms-capable'
  | 'configuration'
  | 'authentication'
  | 'transient'
  | 'rejected';

export class SmsSendError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly kind: SmsFailureKind,
    message: string,
    /** Provider error code (Twilio's numeric code, or a network code such as ECONNREFUSED). */
    readonly code?: number | string,
    /** HTTP status, when the provider answered. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SmsSendError';
    this.retryable = kind === 'transient';
  }
}
