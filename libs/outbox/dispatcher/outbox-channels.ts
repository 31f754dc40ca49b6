import type { MailPort } from '@repaero/integrations/mail/mail.port';
import type { SmsPort } from '@repaero/integrations/twilio/sms.port';
import type { OutboxChannel, OutboxMessage } from '../domain/outbox-message/events';

/**
 * The port behind each channel, or `held` when its integration is not configured: its messages stay
 * queued and visible (never dropped) and go out once a port is configured.
 */
export interface OutboxChannels {
  readonly sms: SmsPort | 'held';
  readonly email: MailPort | 'held';
}

export function sendingChannels(channels: OutboxChannels): OutboxChannel[] {
  return (Object.keys(channels) as OutboxChannel[]).filter((channel) => channels[channel] !== 'held');
}

/** Sends through the channel's port with the message id as the peer-side idempotency key; the provider's id comes back. */
export async function sendThrough(channels: OutboxChannels, message: OutboxMessage): Promise<string> {
  switch (message.channel) {
    case 'sms': {
      const port = channels.sms;
      if (port === 'held') throw new Error('the sms channel is held');
      const receipt = await port.send({ to: message.recipient, body: message.payload.body, idempotencyKey: message.messageId });
      return receipt.sid;
    }
    case 'email': {
      const port = channels.email;
      if (port === 'held') throw new Error('the email channel is held');
      const { subject, text, html } = message.payload;
      const receipt = await port.send({ to: message.recipient, subject, text, ...(html !== undefined ? { html } : {}), eventId: message.messageId });
      return receipt.messageId;
    }
    default: {
      const unhandled: never = message;
      return unhandled;
    }
  }
}
