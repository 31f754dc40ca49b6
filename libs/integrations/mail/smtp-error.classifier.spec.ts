import { type MailFailureKind, MailSendError } from './mail.port';
import { classifySmtpError } from './smtp-error.classifier';

interface SmtpErrorFields {
  code?: string;
  responseCode?: number;
  permanent?: boolean;
  command?: string;
}

function smtpError(fields: SmtpErrorFields): Error {
  return Object.assign(new Error('SMTP failure'), fields);
}

describe('classifySmtpError', () => {
  it.each<[SmtpErrorFields, MailFailureKind]>([
    [{ code: 'EAUTH', responseCode: 535 }, 'authentication'],
    [{ code: 'ENOAUTH' }, 'authentication'],
    [{ code: 'EENVELOPE', responseCode: 451, permanent: false }, 'transient'],
    [{ code: 'EMESSAGE', responseCode: 452 }, 'transient'],
    [{ code: 'ECONNECTION', responseCode: 421 }, 'transient'],
    [{ code: 'EENVELOPE', responseCode: 503, permanent: false }, 'transient'],
    [{ code: 'EENVELOPE', responseCode: 503 }, 'transient'],
    [{ code: 'EENVELOPE', responseCode: 550, permanent: true }, 'permanent'],
    [{ code: 'EMESSAGE', responseCode: 552 }, 'permanent'],
    [{ code: 'ECONNECTION' }, 'transient'],
    [{ code: 'ETIMEDOUT' }, 'transient'],
    [{ code: 'ESOCKET' }, 'transient'],
    [{ code: 'EDNS' }, 'transient'],
    [{ code: 'ETLS' }, 'transient'],
    [{ code: 'EENVELOPE' }, 'permanent'],
    [{ code: 'EMESSAGE' }, 'permanent'],
    [{}, 'permanent'],
  ])('classifies %j as %s', (fields, kind) => {
    const error = classifySmtpError(smtpError(fields));

    expect(error).toBeInstanceOf(MailSendError);
    expect(error).toMatchObject({ kind, code: fields.code, responseCode: fields.responseCode, retryable: kind === 'transient' });
  });

  it('keeps neither the SMTP command nor the original error', () => {
    const error = classifySmtpError(smtpError({ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN AHVzZXIAc2VjcmV0' }));

    expect(JSON.stringify(error)).not.toContain('AHVzZXIAc2VjcmV0');
    expect(error.cause).toBeUndefined();
  });

  it('returns an already classified error unchanged', () => {
    const classified = new MailSendError('permanent', 'refused', 'EENVELOPE', 550);

    expect(classifySmtpError(classified)).toBe(classified);
  });
});
