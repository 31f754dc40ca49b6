import type { SmsStatus } from './sms.port';

export interface SmsStatusCallback {
  readonly messageSid: string;
  readonly status: SmsStatus;
  /** 30003, 30005… on `undelivered`/`failed`. */
  readonly errorCode?: number;
  readonly to: string;
  readonly from: string;
  readonly accountSid: string;
  readonly messagingServiceSid?: string;
}

export class InvalidStatusCallback extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidStatusCallback';
  }
}

const STATUSES: ReadonlySet<string> = new Set<SmsStatus>([
  'queued', 'accepted', 'scheduled', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'read',
  'partially_delivered', 'canceled', 'receiving', 'received',
]);

type FormBody = string | URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Reads a StatusCallback POST body (raw, or as Express's urlencoded parser leaves it). */
export function parseStatusCallback(formBody: FormBody): SmsStatusCallback {
  const field = fieldReader(formBody);
  // SmsSid/SmsStatus are the deprecated twins Twilio still sends; older payloads may carry only them.
  const messageSid = field('MessageSid') ?? field('SmsSid');
  const status = field('MessageStatus') ?? field('SmsStatus');
  if (!messageSid) throw new InvalidStatusCallback('MessageSid is missing');
  if (!status || !STATUSES.has(status)) throw new InvalidStatusCallback(`unknown MessageStatus ${JSON.stringify(status)}`);
  const errorCode = field('ErrorCode');
  if (errorCode !== undefined && !/^\d+$/.test(errorCode)) {
    throw new InvalidStatusCallback(`ErrorCode ${JSON.stringify(errorCode)} is not a number`);
  }
  const messagingServiceSid = field('MessagingServiceSid');
  return {
    messageSid,
    status: status as SmsStatus,
    ...(errorCode !== undefined && { errorCode: Number(errorCode) }),
    to: field('To') ?? '',
    from: field('From') ?? '',
    accountSid: field('AccountSid') ?? '',
    ...(messagingServiceSid && { messagingServiceSid }),
  };
}

function fieldReader(formBody: FormBody): (name: string) => string | undefined {
  if (typeof formBody === 'string' || formBody instanceof URLSearchParams) {
    const params = new URLSearchParams(formBody);
    return (name) => params.get(name) || undefined;
  }
  return (name) => {
    const value = formBody[name];
    return (typeof value === 'string' ? value : value?.[0]) || undefined;
  };
}
