import type { SmsStatus } from '@repaero/integrations/twilio/sms.port';
import type { DeliveryFailureKind, OutboxMessage } from './events';

export interface DeliveryFailure {
  readonly kind: DeliveryFailureKind;
  /** Only retryable failures are tried again; the others park the message at once. */
  readonly retryable: boolean;
  readonly code?: string;
  readonly message: string;
}

export type OutboxCommand =
  | { readonly type: 'QueueMessage'; readonly message: OutboxMessage }
  /** The dispatcher's claim: sent with the expected version it loaded, so two dispatchers never both send. */
  | { readonly type: 'StartAttempt'; readonly messageId: string; readonly attempt: number; readonly at: string }
  | { readonly type: 'RecordDelivery'; readonly messageId: string; readonly attempt: number; readonly providerId: string; readonly at: string }
  | {
      readonly type: 'RecordFailure';
      readonly messageId: string;
      readonly attempt: number;
      readonly failure: DeliveryFailure;
      /** When to try again, back-off and jitter included: the dispatcher's policy, not the decider's. */
      readonly retryAt: string;
      /** Attempts since queued or requeued after which the message is parked. */
      readonly maxAttempts: number;
      readonly at: string;
    }
  | { readonly type: 'RequeueMessage'; readonly messageId: string; readonly by: string; readonly reason: string; readonly at: string }
  /** A provider's status callback, found by the `?ref=<messageId>` it carries (signature checked before). */
  | { readonly type: 'ReportDeliveryStatus'; readonly messageId: string; readonly providerStatus: SmsStatus; readonly errorCode?: string; readonly at: string };
