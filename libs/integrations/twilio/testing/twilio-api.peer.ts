import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TwilioPeerReply {
  readonly status: number;
  readonly body: unknown;
}

export interface ReceivedTwilioRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType: string | undefined;
  /** Decoded Basic credentials, or undefined when absent or malformed. */
  readonly username: string | undefined;
  readonly password: string | undefined;
  readonly form: Readonly<Record<string, string>>;
}

export interface TwilioPeerOptions {
  readonly accountSid: string;
  /** Basic credentials the peer accepts: the account SID and auth token, or an API key SID and secret. */
  readonly username: string;
  readonly password: string;
}

/**
 * A local stand-in for api.twilio.com speaking the Messages wire format: Basic auth, a
 * form-urlencoded POST, a 201 JSON message resource, or the legacy error body Twilio sends.
 */
export class TwilioApiPeer {
  readonly requests: ReceivedTwilioRequest[] = [];
  private readonly scripted: TwilioPeerReply[] = [];
  private readonly byRecipient = new Map<string, TwilioPeerReply>();
  private messageCount = 0;

  private constructor(
    private readonly server: Server,
    private readonly options: TwilioPeerOptions,
  ) {}

  static async start(options: TwilioPeerOptions): Promise<TwilioApiPeer> {
    const server = createServer();
    const peer = new TwilioApiPeer(server, options);
    server.on('request', (req, res) => void peer.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    return peer;
  }

  get baseUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The next requests get these replies, in order, once authenticated; then the peer creates messages again. */
  answerNext(...replies: TwilioPeerReply[]): void {
    this.scripted.push(...replies);
  }

  /** Every message to this number gets this reply (e.g. 21614 for a landline), whatever else is sent meanwhile. */
  answerTo(to: string, reply: TwilioPeerReply): void {
    this.byRecipient.set(to, reply);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    const path = new URL(req.url ?? '/', 'http://peer').pathname;
    const [username, password] = basicCredentials(req.headers.authorization);
    this.requests.push({ method: req.method ?? '', path, contentType: req.headers['content-type'], username, password, form });
    const reply = this.reply(req.method ?? '', path, username, password, form);
    res.writeHead(reply.status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(reply.body));
  }

  private reply(
    method: string,
    path: string,
    username: string | undefined,
    password: string | undefined,
    form: Record<string, string>,
  ): TwilioPeerReply {
    if (username !== this.options.username || password !== this.options.password) {
      return error(401, 20003, 'Authenticate');
    }
    const forRecipient = form.To !== undefined ? this.byRecipient.get(form.To) : undefined;
    if (forRecipient) return forRecipient;
    const scripted = this.scripted.shift();
    if (scripted) return scripted;
    if (method !== 'POST' || path !== `/2010-04-01/Accounts/${this.options.accountSid}/Messages.json`) {
      return error(404, 20404, `The requested resource ${path} was not found`);
    }
    if (!form.To) return error(400, 21604, "A 'To' phone number is required.");
    if (!form.Body) return error(400, 21602, 'Message body is required.');
    if (!form.From && !form.MessagingServiceSid) return error(400, 21603, "A 'From' phone number is required.");
    return { status: 201, body: this.messageResource(form) };
  }

  private messageResource(form: Record<string, string>): Record<string, unknown> {
    this.messageCount += 1;
    const sid = `SM${this.messageCount.toString(16).padStart(32, '0')}`;
    const accountSid = this.options.accountSid;
    return {
      account_sid: accountSid,
      api_version: '2010-04-01',
      body: form.Body,
      date_created: new Date().toUTCString(),
      date_sent: null,
      date_updated: new Date().toUTCString(),
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from: form.From ?? null,
      messaging_service_sid: form.MessagingServiceSid ?? null,
      num_media: '0',
      num_segments: '1',
      price: null,
      price_unit: null,
      sid,
      // Twilio's initial status: accepted through a Messaging Service, queued from a plain number.
      status: form.MessagingServiceSid ? 'accepted' : 'queued',
      subresource_uris: { media: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}/Media.json` },
      to: form.To,
      uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
    };
  }
}

function error(status: number, code: number, message: string): TwilioPeerReply {
  return { status, body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } };
}

function basicCredentials(header: string | undefined): [string | undefined, string | undefined] {
  const match = /^Basic (.+)$/.exec(header ?? '');
  if (!match) return [undefined, undefined];
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? [undefined, undefined] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}
