export interface MailMessage {
  readonly to: string | readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** The event that asked for this mail (EmailQueued); sent as X-RepAero-Event-Id for traceability. */
  readonly eventId: string;
}

export interface MailReceipt {
  readonly messageId: string;
  readonly accepted: readonly string[];
  readonly rejected: readonly string[];
  /** The server's last reply, e.g. "250 OK: queued as …". */
  readonly response: string;
}

export interface MailPort {
  /** Rejects with `MailSendError` only. */
  send(message: MailMessage): Promise<MailReceipt>;
}

/** Only `transient` is retried; `authentication` alerts ops; `permanent` records EmailFailed. */
export type MailFailureKind = 'transient' | 'permanent' | 'authentication';

export class MailSendError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly kind: MailFailureKind,
    message: string,
    /** Nodemailer's code: ECONNECTION, EENVELOPE, EAUTH… */
    readonly code?: string,
    /** SMTP reply code, when the server answered. */
    readonly responseCode?: number,
  ) {
    super(message);
    this.name = 'MailSendError';
    this.retryable = kind === 'transient';
  }
}
