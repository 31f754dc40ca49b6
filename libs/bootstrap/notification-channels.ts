import { NodemailerMailAdapter } from '@repaero/integrations/mail/nodemailer-mail.adapter';
import { TwilioSmsAdapter } from '@repaero/integrations/twilio/twilio-sms.adapter';
import type { TwilioSmsConfig } from '@repaero/integrations/twilio/twilio-sms.config';
import type { OutboxChannels } from '@repaero/outbox';
import type { NotificationsConfig, SmsConfig } from '@repaero/platform';

/** Real adapters where configured; otherwise the channel is held and its messages wait in the outbox. */
export function notificationChannels(config: NotificationsConfig): OutboxChannels {
  return {
    sms: config.sms ? new TwilioSmsAdapter(twilioConfig(config.sms)) : 'held',
    email: config.email ? new NodemailerMailAdapter(config.email) : 'held',
  };
}

function twilioConfig(sms: SmsConfig): TwilioSmsConfig {
  const sender = sms.messagingServiceSid ? { messagingServiceSid: sms.messagingServiceSid } : { from: sms.from };
  const credentials = sms.authToken
    ? { authToken: sms.authToken }
    : { apiKeySid: sms.apiKeySid ?? '', apiKeySecret: sms.apiKeySecret ?? '' };
  return { accountSid: sms.accountSid, ...credentials, ...sender, statusCallbackUrl: sms.statusCallbackUrl, ...(sms.baseUrl ? { baseUrl: sms.baseUrl } : {}) };
}
