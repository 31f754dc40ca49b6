import { MailSendError } from '@repaero/integrations/mail/mail.port';
import { SmsSendError } from '@repaero/integrations/twilio/sms.port';
import { deliveryFailureOf } from './delivery-failure';

describe('deliveryFailureOf', () => {
  it('keeps the SMS adapter classification, the code as text', () => {
    expect(deliveryFailureOf(new SmsSendError('invalid-number', "Twilio answered 400 (21211): Invalid 'To'", 21211, 400))).toEqual({
      kind: 'invalid-number',
      retryable: false,
      code: '21211',
      message: "Twilio answered 400 (21211): Invalid 'To'",
    });
    expect(deliveryFailureOf(new SmsSendError('transient', 'Twilio unreachable (ECONNREFUSED)', 'ECONNREFUSED'))).toMatchObject({
      kind: 'transient',
      retryable: true,
      code: 'ECONNREFUSED',
    });
  });

  it('keeps the mail adapter classification', () => {
    expect(deliveryFailureOf(new MailSendError('permanent', '550 Mailbox unavailable', 'EENVELOPE', 550))).toEqual({
      kind: 'permanent',
      retryable: false,
      code: 'EENVELOPE',
      message: '550 Mailbox unavailable',
    });
  });

  it('retries what no adapter classified, until the message parks', () => {
    expect(deliveryFailureOf(new TypeError('x is undefined'))).toEqual({ kind: 'unexpected', retryable: true, message: 'TypeError: x is undefined' });
  });
});
