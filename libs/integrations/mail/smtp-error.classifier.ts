import { type MailFailureKind, MailSendError } from './mail.port';

const AUTHENTICATION_CODES = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2']);

/** The relay or the path to it is failing, not this message: retrying later can succeed. */
const TRANSIENT_CODES = new Set([
  'ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROTOCOL', 'EPROXY',
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN',
]);

interface SmtpErrorFields {
  code?: unknown;
  responseCode?: unknown;
  permanent?: unknown;
  response?: unknown;
}

/**
 * Maps a nodemailer error to one `MailSendError`. A reply code decides first (4xx transient,
 * 5xx permanent, as nodemailer's `permanent` flag says, which also treats 503 as transient);
 * without one, the error code. Only the message and codes are kept: `command` may hold AUTH data.
 */
export function classifySmtpError(error: unknown): MailSendError {
  if (error instanceof MailSendError) return error;
  const fields: SmtpErrorFields = typeof error === 'object' && error !== null ? error : {};
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const responseCode = typeof fields.responseCode === 'number' ? fields.responseCode : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return new MailSendError(kindOf(code, responseCode, fields.permanent), message, code, responseCode);
}

function kindOf(code: string | undefined, responseCode: number | undefined, permanent: unknown): MailFailureKind {
  if (code !== undefined && AUTHENTICATION_CODES.has(code)) return 'authentication';
  if (responseCode !== undefined) {
    if (typeof permanent === 'boolean') return permanent ? 'permanent' : 'transient';
    return responseCode >= 500 && responseCode !== 503 ? 'permanent' : 'transient';
  }
  return code !== undefined && TRANSIENT_CODES.has(code) ? 'transient' : 'permanent';
}
