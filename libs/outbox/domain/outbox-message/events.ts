/** Stored contracts (ARCHITECTURE rule 5): never reshape a type, add a schemaVersion and an upcaster. */
export type OutboxChannel = 'sms' | 'email';

export const OUTBOX_CHANNELS: readonly OutboxChannel[] = ['sms', 'email'];

export interface SmsPayload {
  readonly body: string;
}

export interface EmailPayload {
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
}

/** What to send, to whom, and the key that makes a repeated request the same message. No secrets. */
export type OutboxMessage =
  | {
      readonly messageId: string;
      readonly channel: 'sms';
      /** E.164. */
      readonly recipient: string;
      readonly payload: SmsPayload;
      readonly dedupeKey: string;
      readonly queuedAt: string;
    }
  | {
      readonly messageId: string;
      readonly channel: 'email';
      readonly recipient: string;
      readonly payload: EmailPayload;
      readonly dedupeKey: string;
      readonly queuedAt: string;
    };

/**
 * Why an attempt failed, as the channel adapter classified it; `interrupted` is an attempt whose outcome
 * was never recorded (the dispatcher died), `unexpected` an error no adapter classified.
 */
export type DeliveryFailureKind =
  | 'transient'
  | 'permanent'
  | 'authentication'
  | 'configuration'
  | 'invalid-number'
  | 'opted-out'
  | 'not-sms-capable'
  | 'rejected'
  | 'interrupted'
  | 'unexpected';

export type MessageQueued = { readonly type: 'outbox.MessageQueued'; readonly data: OutboxMessage };

export type DeliveryAttempted = {
  readonly type: 'outbox.DeliveryAttempted';
  readonly data: { readonly messageId: string; readonly attempt: number; readonly at: string };
};

export type MessageDelivered = {
  readonly type: 'outbox.MessageDelivered';
  readonly data: {
    readonly messageId: string;
    readonly attempt: number;
    /** Twilio MessageSid, or the SMTP Message-ID. */
    readonly providerId: string;
    readonly at: string;
  };
};

export type DeliveryFailed = {
  readonly type: 'outbox.DeliveryFailed';
  readonly data: {
    readonly messageId: string;
    readonly attempt: number;
    readonly kind: DeliveryFailureKind;
    readonly code?: string;
    readonly message: string;
    /** Absent when the message is parked with this failure. */
    readonly retryAt?: string;
    readonly at: string;
  };
};

export type MessageParked = {
  readonly type: 'outbox.MessageParked';
  readonly data: { readonly messageId: string; readonly reason: string; readonly at: string };
};

export type MessageRequeued = {
  readonly type: 'outbox.MessageRequeued';
  readonly data: { readonly messageId: string; readonly by: string; readonly reason: string; readonly at: string };
};

/**
 * What the provider later said about a message it accepted (a Twilio status callback): recorded only
 * when the status moves forward, since callbacks arrive out of order.
 */
export type DeliveryStatusReported = {
  readonly type: 'outbox.DeliveryStatusReported';
  readonly data: { readonly messageId: string; readonly providerStatus: string; readonly errorCode?: string; readonly at: string };
};

export type OutboxEvent =
  | MessageQueued
  | DeliveryAttempted
  | MessageDelivered
  | DeliveryFailed
  | MessageParked
  | MessageRequeued
  | DeliveryStatusReported;

export const OUTBOX_EVENT_TYPES: readonly OutboxEvent['type'][] = [
  'outbox.MessageQueued',
  'outbox.DeliveryAttempted',
  'outbox.MessageDelivered',
  'outbox.DeliveryFailed',
  'outbox.MessageParked',
  'outbox.MessageRequeued',
  'outbox.DeliveryStatusReported',
];
