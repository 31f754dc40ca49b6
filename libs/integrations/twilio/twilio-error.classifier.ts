import { type SmsFailureKind, SmsSendError } from './sms.port';

const BY_CODE: ReadonlyMap<number, SmsFailureKind> = new Map([
  [21211, 'invalid-number'],
  [21610, 'opted-out'],
  [21614, 'not-sms-capable'],
  [21635, 'not-sms-capable'],
  [21608, 'configuration'],
  [21212, 'configuration'],
  [21606, 'configuration'],
  [20003, 'authentication'],
  [20429, 'transient'],
]);

const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN',
  'EHOSTUNREACH', 'ENETUNREACH', 'ERR_NETWORK', 'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

/**
 * Maps what twilio-node throws to one `SmsSendError`. The original error is not kept as `cause`:
 * an axios error carries the request config, Authorization header included.
 */
export function classifyTwilioError(error: unknown): SmsSendError {
  if (error instanceof SmsSendError) return error;
  const answered = answeredError(error);
  if (answered) {
    const { status, code, message } = answered;
    const kind = (code !== undefined && BY_CODE.get(code)) || kindOfStatus(status);
    return new SmsSendError(kind, `Twilio answered ${status}${code ? ` (${code})` : ''}: ${message}`, code, status);
  }
  const networkCode = networkCodeOf(error);
  if (networkCode) {
    return new SmsSendError('transient', `Twilio unreachable (${networkCode}): ${messageOf(error)}`, networkCode);
  }
  return new SmsSendError('rejected', `Twilio call failed: ${messageOf(error)}`);
}

function kindOfStatus(status: number): SmsFailureKind {
  if (status === 401) return 'authentication';
  if (status === 408 || status === 429 || status >= 500) return 'transient';
  return 'rejected';
}

/** RestException, or the RFC 9457 TwilioServiceException that twilio-node 6 does not export: both carry status and code. */
function answeredError(error: unknown): { status: number; code?: number; message: string } | undefined {
  if (typeof error !== 'object' || error === null || isAxiosError(error)) return undefined;
  const { status, code } = error as { status?: unknown; code?: unknown };
  if (typeof status !== 'number') return undefined;
  return {
    status,
    ...(typeof code === 'number' && { code }),
    message: messageOf(error),
  };
}

function networkCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (isAxiosError(error)) return typeof code === 'string' ? code : 'ERR_NETWORK';
  return typeof code === 'string' && NETWORK_CODES.has(code) ? code : undefined;
}

function isAxiosError(error: object): boolean {
  return (error as { isAxiosError?: unknown }).isAxiosError === true;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
