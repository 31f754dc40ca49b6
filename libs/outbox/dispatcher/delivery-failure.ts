import { MailSendError, type MailFailureKind } from '@repaero/integrations/mail/mail.port';
import { SmsSendError, type SmsFailureKind } from '@repaero/integrations/twilio/sms.port';
import type { DeliveryFailure } from '../domain/outbox-message/commands';
import type { DeliveryFailureKind } from '../domain/outbox-message/events';

const MAX_MESSAGE = 500;

/** Every kind an adapter reports is a stored failure kind (a new adapter kind fails to compile here). */
function kindOf(kind: SmsFailureKind | MailFailureKind): DeliveryFailureKind {
  return kind;
}

/**
 * What the adapters threw, as the outbox records it. They already keep secrets out of their messages;
 * anything else is a bug or an unclassified failure, tried again until the message parks.
 */
export function deliveryFailureOf(error: unknown): DeliveryFailure {
  if (error instanceof SmsSendError || error instanceof MailSendError) {
    return {
      kind: kindOf(error.kind),
      retryable: error.retryable,
      ...(error.code !== undefined ? { code: String(error.code) } : {}),
      message: error.message.slice(0, MAX_MESSAGE) || error.kind,
    };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'unexpected', retryable: true, message: message.slice(0, MAX_MESSAGE) };
}
