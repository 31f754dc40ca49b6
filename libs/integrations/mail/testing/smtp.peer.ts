import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export interface ReceivedMail {
  readonly mailFrom: string;
  readonly rcptTo: readonly string[];
  readonly user: string | undefined;
  /** Header names lower-cased, folded lines joined, encoded words decoded. */
  readonly headers: ReadonlyMap<string, string>;
  /** The text/plain part, transfer-decoded. */
  readonly text: string;
  readonly raw: string;
}

export interface SmtpPeerOptions {
  /** When set, AUTH is required and only these credentials pass. */
  readonly credentials?: { readonly user: string; readonly password: string };
}

/** An SMTP server in the test process (plain, no STARTTLS), recording what it accepted. */
export class SmtpPeer {
  readonly received: ReceivedMail[] = [];
  private readonly rejectedRecipients = new Map<string, { code: number; text: string }>();
  private readonly dataRejections: { code: number; text: string }[] = [];

  private readonly server: SMTPServer;

  private constructor(options: SmtpPeerOptions) {
    const { credentials } = options;
    this.server = new SMTPServer({
      logger: false,
      disabledCommands: ['STARTTLS'],
      authOptional: !credentials,
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        if (credentials && auth.username === credentials.user && auth.password === credentials.password) {
          callback(null, { user: auth.username });
        } else {
          callback(withCode(new Error('Authentication credentials invalid'), 535));
        }
      },
      onRcptTo: (address, _session, callback) => callback(this.recipientRejection(address)),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const rejection = this.dataRejections.shift();
          if (rejection) return callback(withCode(new Error(rejection.text), rejection.code));
          const raw = Buffer.concat(chunks).toString('utf8');
          this.received.push({
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            user: typeof session.user === 'string' ? session.user : undefined,
            ...parseMessage(raw),
            raw,
          });
          callback(null);
        });
      },
    });
  }

  static async start(options: SmtpPeerOptions = {}): Promise<SmtpPeer> {
    const peer = new SmtpPeer(options);
    await new Promise<void>((resolve, reject) => {
      peer.server.server.once('error', reject);
      peer.server.listen(0, '127.0.0.1', resolve);
    });
    return peer;
  }

  get port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  /** RCPT TO for this address is answered with the given reply (e.g. 550 mailbox unavailable). */
  rejectRecipient(address: string, code: number, text: string): void {
    this.rejectedRecipients.set(address.toLowerCase(), { code, text });
  }

  /** The next DATA is refused after the message is sent, with the given reply (e.g. 451). */
  rejectNextData(code: number, text: string): void {
    this.dataRejections.push({ code, text });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private recipientRejection(address: SMTPServerAddress): Error | undefined {
    const rejection = this.rejectedRecipients.get(address.address.toLowerCase());
    return rejection && withCode(new Error(rejection.text), rejection.code);
  }
}

function withCode(error: Error, responseCode: number): Error {
  return Object.assign(error, { responseCode });
}

function parseMessage(raw: string): { headers: Map<string, string>; text: string } {
  const [head, body] = splitHeadAndBody(raw);
  const headers = parseHeaders(head);
  const contentType = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return { headers, text: decodeBody(body, headers.get('content-transfer-encoding')) };
  const textPart = body
    .split(`--${boundary}`)
    // The CRLF around each delimiter belongs to the delimiter, not to the part.
    .map((part) => splitHeadAndBody(part.replace(/^\r\n/, '').replace(/\r\n$/, '')))
    .map(([partHead, partBody]) => ({ partHeaders: parseHeaders(partHead), partBody }))
    .find(({ partHeaders }) => partHeaders.get('content-type')?.startsWith('text/plain'));
  return {
    headers,
    text: textPart ? decodeBody(textPart.partBody, textPart.partHeaders.get('content-transfer-encoding')) : '',
  };
}

function splitHeadAndBody(raw: string): [string, string] {
  const end = raw.indexOf('\r\n\r\n');
  return end < 0 ? [raw, ''] : [raw.slice(0, end), raw.slice(end + 4)];
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return headers;
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeBody(body: string, encoding = '7bit'): string {
  switch (encoding.toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body.replace(/=\r\n/g, ''));
    case 'base64':
      return Buffer.from(body, 'base64').toString('utf8');
    default:
      return body;
  }
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
