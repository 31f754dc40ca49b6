export type TwilioCredentials =
  | { readonly authToken: string }
  | { readonly apiKeySid: string; readonly apiKeySecret: string };

export type TwilioSmsConfig = TwilioCredentials & {
  readonly accountSid: string;
  /** Preferred (DOMAIN §3): Twilio picks the sender from the service's pool. */
  readonly messagingServiceSid?: string;
  readonly from?: string;
  /** Public URL of our status webhook; each send appends `?ref=<idempotencyKey>`. */
  readonly statusCallbackUrl?: string;
  /** Replaces https://api.twilio.com, for a local peer in tests. */
  readonly baseUrl?: string;
  readonly timeoutMs?: number;
  /** Retries of a 429 done by twilio-node itself, with jittered exponential back-off. */
  readonly maxRetries?: number;
  readonly maxRetryDelayMs?: number;
};

/** Names every problem at once and never echoes a secret. */
export function checkTwilioSmsConfig(config: TwilioSmsConfig): void {
  const problems: string[] = [];
  if (!/^AC[0-9a-fA-F]{32}$/.test(config.accountSid ?? '')) problems.push('accountSid must be AC followed by 32 hex digits');
  const [username, password] = basicCredentials(config);
  if (!password || (username !== config.accountSid && !/^SK/.test(username ?? ''))) {
    problems.push('give authToken, or apiKeySid (SK…) with apiKeySecret');
  }
  if (!config.messagingServiceSid === !config.from) problems.push('give exactly one of messagingServiceSid and from');
  if (config.messagingServiceSid !== undefined && !/^MG[0-9a-fA-F]{32}$/.test(config.messagingServiceSid)) {
    problems.push('messagingServiceSid must be MG followed by 32 hex digits');
  }
  for (const key of ['statusCallbackUrl', 'baseUrl'] as const) {
    const url = config[key];
    if (url !== undefined && !URL.canParse(url)) problems.push(`${key} is not a URL`);
  }
  if (problems.length > 0) throw new Error(`Invalid Twilio configuration: ${problems.join('; ')}`);
}

/** The Basic auth pair twilio-node sends: the account and its token, or an API key and its secret. */
export function basicCredentials(config: TwilioSmsConfig): [username: string, password: string] {
  return 'authToken' in config && config.authToken !== undefined
    ? [config.accountSid, config.authToken]
    : [(config as { apiKeySid: string }).apiKeySid, (config as { apiKeySecret: string }).apiKeySecret];
}
