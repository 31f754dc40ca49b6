import type { ReadStoreOptions } from '@repaero/read-store/read-store-options';

export const CONTEXT_NAMES = ['stock', 'production', 'resources', 'suppliers', 'customers'] as const;
export type ContextName = (typeof CONTEXT_NAMES)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type EventStoreConfig =
  | { readonly kind: 'sqlite'; readonly file: string; readonly synchronous: 'FULL' | 'NORMAL' }
  | { readonly kind: 'kurrentdb'; readonly url: string };

export interface OidcConfig {
  readonly issuer: string;
  readonly audience?: string;
  /** Unset: discovered from the issuer, falling back to `<issuer>/.well-known/jwks.json`. */
  readonly jwksUrl?: string;
  /** A claim name or a dotted path such as `realm_access.roles`. */
  readonly rolesClaim: string;
}

/** Sign-in throttling, per API process (libs/platform/auth/issue-token/sign-in-throttle.ts). */
export interface SignInLimits {
  readonly maxFailures: number;
  /** 0: no limit per client address. */
  readonly maxFailuresPerAddress: number;
  readonly lockSeconds: number;
  readonly maxLockSeconds: number;
}

export interface AuthConfig {
  /** Unset: the auth module generates one and keeps it in `<dataDir>/jwt-secret`. */
  readonly jwtSecret?: string;
  readonly tokenTtlSeconds: number;
  readonly signIn: SignInLimits;
  /** Unset: the first start generates one and prints it once. */
  readonly adminPassword?: string;
  readonly oidc?: OidcConfig;
}

/** Twilio Programmable Messaging; unset: SMS stay queued in the outbox, visible, never dropped. */
export interface SmsConfig {
  readonly accountSid: string;
  readonly authToken?: string;
  readonly apiKeySid?: string;
  readonly apiKeySecret?: string;
  readonly messagingServiceSid?: string;
  readonly from?: string;
  readonly statusCallbackUrl?: string;
  /** Test and staging only (TWILIO_API_BASE_URL): replaces https://api.twilio.com. */
  readonly baseUrl?: string;
}

/** SMTP relay; unset: e-mails stay queued in the outbox, visible, never dropped. */
export interface EmailConfig {
  readonly host: string;
  readonly port: number;
  readonly secure: boolean;
  readonly requireTLS: boolean;
  readonly user?: string;
  readonly password?: string;
  readonly from: string;
}

export interface NotificationsConfig {
  readonly sms?: SmsConfig;
  readonly email?: EmailConfig;
}

/** The maintenance data library's PDF storage (REPAERO_DOCUMENTS_DIR, REPAERO_DOCUMENT_MAX_MB). */
export interface DocumentsConfig {
  readonly dir: string;
  readonly maxUploadBytes: number;
}

/** Who releases: printed on the CRS, the job card and the EASA Form 1 (REPAERO_ORGANISATION_*, REPAERO_APPROVAL_REF, …). */
export interface OrganisationConfig {
  readonly name: string;
  /** Postal address lines; empty when not configured. */
  readonly address: readonly string[];
  /** Empty when not configured: a component release (Form 1) is then refused as incomplete. */
  readonly approvalRef: string;
  readonly competentAuthority: string;
  readonly releaseWording: 'part-145' | 'part-cao';
  /** First part of every EASA Form 1 tracking number (`<prefix>-2026-000001`). */
  readonly form1Prefix: string;
}

/** Odoo 19 over JSON-2; unset: the Odoo sync is off (nothing registered, status "not configured"). */
export interface OdooConfig {
  readonly url: string;
  readonly database?: string;
  readonly apiKey: string;
  /** `default_code` of the service product for work on an aircraft (ODOO_SERVICE_PRODUCT). */
  readonly serviceProductCode: string;
  /** Our location code → Odoo stock.location id (ODOO_LOCATION_MAP); others go to the warehouse stock. */
  readonly locationMap: Readonly<Record<string, number>>;
  /** Told by e-mail through the outbox when the sync halts (ODOO_ALERT_EMAILS). */
  readonly alertEmails: readonly string[];
}

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly eventStore: EventStoreConfig;
  readonly readStore: ReadStoreOptions;
  readonly projectors: boolean;
  readonly contexts: readonly ContextName[];
  readonly auth: AuthConfig;
  readonly logLevel: LogLevel;
  /** Empty: CORS stays off. */
  readonly corsOrigins: readonly string[];
  readonly consistencyWaitMs: number;
  readonly notifications: NotificationsConfig;
  /** Shelf-life and resources expiry jobs: warn this many days ahead (REPAERO_EXPIRY_WARNING_DAYS). */
  readonly expiryWarningDays: number;
  /** Europe/Paris hour (0-23) of the daily shelf-life run (REPAERO_SHELF_LIFE_HOUR). */
  readonly shelfLifeHour: number;
  /** Told of resources expiries through the outbox (REPAERO_QUALITY_ALERT_EMAILS); none: nobody is. */
  readonly qualityAlertEmails: readonly string[];
  readonly documents: DocumentsConfig;
  readonly organisation: OrganisationConfig;
  readonly odoo?: OdooConfig;
}

const HIDDEN = '***';

/** The configuration as it may appear in a log line: every secret masked, credentials cut from URLs. */
export function redactedConfig(config: AppConfig): unknown {
  const { auth, eventStore, readStore } = config;
  return {
    ...config,
    eventStore: eventStore.kind === 'kurrentdb' ? { ...eventStore, url: redactUrl(eventStore.url) } : eventStore,
    readStore:
      readStore.type === 'postgres'
        ? { ...readStore, url: redactUrl(readStore.url) }
        : readStore.type === 'oracle'
          ? { ...readStore, password: HIDDEN }
          : readStore,
    auth: {
      ...auth,
      jwtSecret: auth.jwtSecret === undefined ? undefined : HIDDEN,
      adminPassword: auth.adminPassword === undefined ? undefined : HIDDEN,
    },
    notifications: {
      ...(config.notifications.sms
        ? {
            sms: {
              ...config.notifications.sms,
              ...(config.notifications.sms.authToken ? { authToken: HIDDEN } : {}),
              ...(config.notifications.sms.apiKeySecret ? { apiKeySecret: HIDDEN } : {}),
            },
          }
        : {}),
      ...(config.notifications.email
        ? { email: { ...config.notifications.email, ...(config.notifications.email.password ? { password: HIDDEN } : {}) } }
        : {}),
    },
    ...(config.odoo ? { odoo: { ...config.odoo, apiKey: HIDDEN } } : {}),
  };
}

/** Masks the password of `scheme://user:password@host`; also works on connection strings URL cannot parse. */
export function redactUrl(url: string): string {
  return url
    .replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, `$1${HIDDEN}@`)
    .replace(/([?&](?:password|passwd|pwd|token|apikey|api_key|secret)=)[^&]*/gi, `$1${HIDDEN}`);
}
