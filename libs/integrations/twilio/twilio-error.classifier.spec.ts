import twilio from 'twilio';
import { SmsSendError } from './sms.port';
import { classifyTwilioError } from './twilio-error.classifier';

function restException(statusCode: number, body: object): InstanceType<typeof twilio.RestException> {
  return new twilio.RestException({ statusCode, body: JSON.stringify(body) });
}

describe('classifyTwilioError', () => {
  it.each([
    [400, 21211, 'invalid-number'],
    [400, 21610, 'opted-out'],
    [400, 21614, 'not-sms-capable'],
    [400, 21635, 'not-sms-capable'],
    [400, 21608, 'configuration'],
    [401, 20003, 'authentication'],
    [429, 20429, 'transient'],
    [503, 20503, 'transient'],
    [404, 20404, 'rejected'],
    [400, 21602, 'rejected'],
  ] as const)('classifies a RestException %i / %i as %s', (status, code, kind) => {
    expect(classifyTwilioError(restException(status, { code, message: 'm', status }))).toMatchObject({ kind, code, status });
  });

  it('falls back on the HTTP status when the body carries no code', () => {
    expect(classifyTwilioError(restException(401, {}))).toMatchObject({ kind: 'authentication', status: 401 });
    expect(classifyTwilioError(restException(502, {}))).toMatchObject({ kind: 'transient', status: 502 });
  });

  it('classifies an axios network failure as transient without keeping its request config', () => {
    const axiosError = Object.assign(new Error('socket hang up'), {
      isAxiosError: true,
      code: 'ECONNRESET',
      config: { headers: { Authorization: 'Basic QUM6c2VjcmV0' } },
    });

    const error = classifyTwilioError(axiosError);

    expect(error).toMatchObject({ kind: 'transient', code: 'ECONNRESET', retryable: true });
    expect(JSON.stringify(error)).not.toContain('QUM6c2VjcmV0');
    expect(error.cause).toBeUndefined();
  });

  it('classifies a programming error as rejected, not retryable', () => {
    expect(classifyTwilioError(new TypeError("Required parameter \"params['to']\" missing."))).toMatchObject({
      kind: 'rejected',
      retryable: false,
    });
  });

  it('returns an already classified error unchanged', () => {
    const classified = new SmsSendError('opted-out', 'STOP', 21610, 400);

    expect(classifyTwilioError(classified)).toBe(classified);
  });
});
