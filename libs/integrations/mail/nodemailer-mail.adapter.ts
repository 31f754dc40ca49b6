import { createTransport, type Transporter } from 'nodemailer';
import type { SMTPSentMessageInfo } from 'nodemailer';
import type { MailMessage, MailPort, MailReceipt } from './mail.port';
import { classifySmtpError } from './smtp-error.classifier';

export interface SmtpMailConfig {
  readonly host: string;
  readonly port: number;
  /** true for implicit TLS (465); false for plain or STARTTLS (587, 25). */
  readonly secure: boolean;
  /** Fail rather than send in clear when the server offers no STARTTLS. */
  readonly requireTLS?: boolean;
  readonly user?: string;
  readonly password?: string;
  /** Envelope and header sender, e.g. `Rep'Aero <atelier@repaero.fr>`. */
  readonly from: string;
  /** Connection, greeting and socket timeouts; nodemailer's defaults run to minutes. */
  readonly timeoutMs?: number;
}

export const EVENT_ID_HEADER = 'X-RepAero-Event-Id';

export class NodemailerMailAdapter implements MailPort {
  // A private field keeps the transporter, which holds the password, out of util.inspect and JSON.
  readonly #transporter: Transporter<SMTPSentMessageInfo>;
  readonly #from: string;
  readonly #domain: string;

  constructor(config: SmtpMailConfig) {
    checkSmtpMailConfig(config);
    const timeout = config.timeoutMs ?? 30_000;
    this.#transporter = createTransport({
      host: config.host,
      port: config.port,
      secure: config.secure,
      requireTLS: config.requireTLS ?? false,
      ...(config.user !== undefined && { auth: { user: config.user, pass: config.password ?? '' } }),
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      logger: false,
      debug: false,
    });
    this.#from = config.from;
    this.#domain = /@([^\s>]+)>?\s*$/.exec(config.from)?.[1] ?? 'repaero.invalid';
  }

  async send(message: MailMessage): Promise<MailReceipt> {
    try {
      const info = await this.#transporter.sendMail({
        from: this.#from,
        to: typeof message.to === 'string' ? message.to : [...message.to],
        subject: message.subject,
        text: message.text,
        ...(message.html !== undefined && { html: message.html }),
        // One Message-ID per event: a resend after a crash is recognisably the same mail.
        messageId: `<${message.eventId}@${this.#domain}>`,
        headers: { ...withoutEventId(message.headers), [EVENT_ID_HEADER]: message.eventId },
      });
      return {
        messageId: info.messageId,
        accepted: info.accepted.map(address),
        rejected: info.rejected.map(address),
        response: info.response,
      };
    } catch (error) {
      throw classifySmtpError(error);
    }
  }

  close(): void {
    this.#transporter.close();
  }
}

/** Header names are case-insensitive: a caller's own event-id header must not travel beside ours. */
function withoutEventId(headers: Readonly<Record<string, string>> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== EVENT_ID_HEADER.toLowerCase()));
}

function address(recipient: string | { address: string }): string {
  return typeof recipient === 'string' ? recipient : recipient.address;
}

function checkSmtpMailConfig(config: SmtpMailConfig): void {
  const problems: string[] = [];
  if (!config.host) problems.push('host is required');
  if (!Number.isInteger(config.port) || config.port < 1 || config.port > 65535) problems.push('port must be 1 to 65535');
  if (!config.from) problems.push('from is required');
  if (config.password !== undefined && config.user === undefined) problems.push('password is given without user');
  if (problems.length > 0) throw new Error(`Invalid SMTP configuration: ${problems.join('; ')}`);
}
