import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type { SmsMessage, SmsPort, SmsReceipt } from './sms.port';
import { classifyTwilioError } from './twilio-error.classifier';
import { basicCredentials, checkTwilioSmsConfig, type TwilioSmsConfig } from './twilio-sms.config';

/** twilio-node's own client (auth, form encoding, 429 back-off), with the API origin swapped for a local peer. */
class RebasedRequestClient extends twilio.RequestClient {
  constructor(
    options: RequestClient.RequestClientOptions,
    private readonly baseUrl: string | undefined,
  ) {
    super(options);
  }

  override request<TData>(options: RequestClient.RequestOptions<TData>) {
    return super.request<TData>({ ...options, uri: this.rebase(options.uri) });
  }

  private rebase(uri: string): string {
    if (!this.baseUrl) return uri;
    const url = new URL(uri);
    // Any *.twilio.com host: TWILIO_EDGE/TWILIO_REGION in the environment rewrite api.twilio.com.
    if (!url.hostname.endsWith('.twilio.com')) return uri;
    return `${this.baseUrl.replace(/\/+$/, '')}${url.pathname}${url.search}`;
  }
}

export class TwilioSmsAdapter implements SmsPort {
  // Private fields keep the client (which holds the credentials) out of util.inspect and JSON.
  readonly #client: twilio.Twilio;
  readonly #sender: { messagingServiceSid: string } | { from: string };
  readonly #statusCallbackUrl: string | undefined;

  constructor(config: TwilioSmsConfig) {
    checkTwilioSmsConfig(config);
    const [username, password] = basicCredentials(config);
    const httpClient = new RebasedRequestClient(
      {
        timeout: config.timeoutMs,
        autoRetry: true,
        maxRetries: config.maxRetries,
        maxRetryDelay: config.maxRetryDelayMs,
      },
      config.baseUrl,
    );
    this.#client = twilio(username, password, { accountSid: config.accountSid, httpClient, env: {} });
    this.#sender = config.messagingServiceSid
      ? { messagingServiceSid: config.messagingServiceSid }
      : { from: config.from as string };
    this.#statusCallbackUrl = config.statusCallbackUrl;
  }

  async send(message: SmsMessage): Promise<SmsReceipt> {
    try {
      const created = await this.#client.messages.create({
        to: message.to,
        body: message.body,
        ...this.#sender,
        ...(this.#statusCallbackUrl && { statusCallback: this.callbackFor(message.idempotencyKey) }),
      });
      return { sid: created.sid, status: created.status };
    } catch (error) {
      throw classifyTwilioError(error);
    }
  }

  /** Twilio keeps no idempotency key; echoing ours lets a callback be matched even if the sid was never recorded. */
  private callbackFor(idempotencyKey: string): string {
    const url = new URL(this.#statusCallbackUrl as string);
    url.searchParams.set('ref', idempotencyKey);
    return url.toString();
  }
}
