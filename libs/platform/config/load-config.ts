import { join } from 'node:path';
import type { ReadStoreOptions } from '@repaero/read-store/read-store-options';
import {
  CONTEXT_NAMES,
  LOG_LEVELS,
  type AppConfig,
  type AuthConfig,
  type ContextName,
  type EmailConfig,
  type EventStoreConfig,
  type NotificationsConfig,
  type OdooConfig,
  type SmsConfig,
} from './app-config';
import { SECRET_KEYS } from './config-keys';

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const KURRENTDB_SCHEMES = ['kurrentdb', 'kurrentdb+discover', 'kdb', 'kdb+discover', 'esdb', 'esdb+discover'];

/** Reads and checks every key at once, so one start names every mistake. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const read = new EnvReader(env);
  const port = read.integer('PORT', 3000, 1, 65535);
  const host = read.text('HOST') ?? '0.0.0.0';
  const dataDir = read.text('REPAERO_DATA_DIR') ?? './data';
  const eventStore = readEventStore(read, dataDir);
  const readStore = readReadStore(read, dataDir);
  const projectors = read.oneOf('REPAERO_PROJECTORS', ['on', 'off'] as const, 'on') === 'on';
  const contexts = readContexts(read);
  const auth = readAuth(read);
  const logLevel = read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info');
  const corsOrigins = readCorsOrigins(read);
  const consistencyWaitMs = read.integer('REPAERO_CONSISTENCY_WAIT_MS', 2000, 0, 60000);
  const notifications = readNotifications(read);
  const expiryWarningDays = read.integer('REPAERO_EXPIRY_WARNING_DAYS', 30, 0, 3650);
  const shelfLifeHour = read.integer('REPAERO_SHELF_LIFE_HOUR', 6, 0, 23);
  const qualityAlertEmails = readEmailList(read, 'REPAERO_QUALITY_ALERT_EMAILS');
  const odoo = readOdoo(read);
  const documents = { dir: read.text('REPAERO_DOCUMENTS_DIR') ?? join(dataDir, 'documents'), maxUploadBytes: read.integer('REPAERO_DOCUMENT_MAX_MB', 100, 1, 2048) * 1024 * 1024 };
  const organisation = {
    name: read.text('REPAERO_ORGANISATION_NAME') ?? "Rep'Aero",
    address: (read.text('REPAERO_ORGANISATION_ADDRESS') ?? '').split(';').map((line) => line.trim()).filter((line) => line !== ''),
    approvalRef: read.text('REPAERO_APPROVAL_REF') ?? '',
    competentAuthority: read.text('REPAERO_COMPETENT_AUTHORITY') ?? 'DGAC / FRANCE',
    releaseWording: read.oneOf('REPAERO_RELEASE_WORDING', ['part-145', 'part-cao'] as const, 'part-145'),
    form1Prefix: readForm1Prefix(read),
  };
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return {
    port,
    host,
    dataDir,
    eventStore,
    readStore,
    projectors,
    contexts,
    auth,
    logLevel,
    corsOrigins,
    consistencyWaitMs,
    notifications,
    expiryWarningDays,
    shelfLifeHour,
    qualityAlertEmails,
    documents,
    organisation,
    ...(odoo ? { odoo } : {}),
  };
}

function readOdoo(read: EnvReader): OdooConfig | undefined {
  const url = read.httpUrl('ODOO_URL');
  if (read.text('ODOO_URL') === undefined) {
    for (const key of ['ODOO_DB', 'ODOO_API_KEY', 'ODOO_SERVICE_PRODUCT', 'ODOO_LOCATION_MAP', 'ODOO_ALERT_EMAILS']) {
      if (read.text(key) !== undefined) read.fail(key, 'has no effect without ODOO_URL');
    }
    return undefined;
  }
  const apiKey = read.text('ODOO_API_KEY');
  if (apiKey === undefined) read.fail('ODOO_API_KEY', 'is required with ODOO_URL (in Odoo: Preferences → Account Security → New API Key)');
  const locationMap: Record<string, number> = {};
  for (const entry of read.list('ODOO_LOCATION_MAP') ?? []) {
    const match = /^([^=\s]+)\s*=\s*([1-9]\d*)$/.exec(entry);
    if (match) locationMap[match[1]] = Number(match[2]);
    else read.fail('ODOO_LOCATION_MAP', `"${entry}" is not <location code>=<stock.location id>, e.g. MAIN-A01=8`);
  }
  return {
    url: url ?? '',
    database: read.text('ODOO_DB'),
    apiKey: apiKey ?? '',
    serviceProductCode: read.text('ODOO_SERVICE_PRODUCT') ?? 'REPAERO-AIRCRAFT-WORK',
    locationMap,
    alertEmails: readEmailList(read, 'ODOO_ALERT_EMAILS'),
  };
}

function readNotifications(read: EnvReader): NotificationsConfig {
  const sms = readSms(read);
  const email = readEmail(read);
  return { ...(sms ? { sms } : {}), ...(email ? { email } : {}) };
}

function readSms(read: EnvReader): SmsConfig | undefined {
  const accountSid = read.text('TWILIO_ACCOUNT_SID');
  const keys = ['TWILIO_AUTH_TOKEN', 'TWILIO_API_KEY_SID', 'TWILIO_API_KEY_SECRET', 'TWILIO_MESSAGING_SERVICE_SID', 'TWILIO_FROM', 'TWILIO_STATUS_CALLBACK_URL', 'TWILIO_API_BASE_URL'];
  if (accountSid === undefined) {
    for (const key of keys) if (read.text(key) !== undefined) read.fail(key, 'has no effect without TWILIO_ACCOUNT_SID');
    return undefined;
  }
  if (!/^AC[0-9a-fA-F]{32}$/.test(accountSid)) read.fail('TWILIO_ACCOUNT_SID', 'must be AC followed by 32 hex digits');
  const authToken = read.text('TWILIO_AUTH_TOKEN');
  const apiKeySid = read.text('TWILIO_API_KEY_SID');
  const apiKeySecret = read.text('TWILIO_API_KEY_SECRET');
  if (!authToken && !(apiKeySid && apiKeySecret)) read.fail('TWILIO_AUTH_TOKEN', 'or TWILIO_API_KEY_SID with TWILIO_API_KEY_SECRET is required with TWILIO_ACCOUNT_SID');
  if (apiKeySid !== undefined && !/^SK[0-9a-fA-F]{32}$/.test(apiKeySid)) read.fail('TWILIO_API_KEY_SID', 'must be SK followed by 32 hex digits');
  const messagingServiceSid = read.text('TWILIO_MESSAGING_SERVICE_SID');
  const from = read.text('TWILIO_FROM');
  if (!messagingServiceSid === !from) read.fail('TWILIO_MESSAGING_SERVICE_SID', 'give exactly one of TWILIO_MESSAGING_SERVICE_SID and TWILIO_FROM');
  if (messagingServiceSid !== undefined && !/^MG[0-9a-fA-F]{32}$/.test(messagingServiceSid)) {
    read.fail('TWILIO_MESSAGING_SERVICE_SID', 'must be MG followed by 32 hex digits');
  }
  if (from !== undefined && !/^\+[1-9]\d{6,14}$/.test(from)) read.fail('TWILIO_FROM', 'must be an E.164 number such as +33612345678');
  const statusCallbackUrl = read.text('TWILIO_STATUS_CALLBACK_URL');
  if (statusCallbackUrl !== undefined && !/^https?:\/\/[^/]/.test(statusCallbackUrl)) read.fail('TWILIO_STATUS_CALLBACK_URL', 'must be an http(s) URL');
  const baseUrl = read.text('TWILIO_API_BASE_URL');
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(baseUrl)) read.fail('TWILIO_API_BASE_URL', 'must be an http(s) URL');
  return { accountSid, authToken, apiKeySid, apiKeySecret, messagingServiceSid, from, statusCallbackUrl, baseUrl };
}

function readForm1Prefix(read: EnvReader): string {
  const prefix = read.text('REPAERO_FORM1_PREFIX') ?? 'REPAERO';
  if (!/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(prefix)) read.fail('REPAERO_FORM1_PREFIX', `must be letters and digits, dash-separated, got "${prefix}"`);
  return prefix;
}

function readEmailList(read: EnvReader, key: string): readonly string[] {
  const emails = read.list(key) ?? [];
  for (const email of emails) if (!/^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(email)) read.fail(key, `${email} is not an e-mail address`);
  return emails;
}

function readEmail(read: EnvReader): EmailConfig | undefined {
  const host = read.text('SMTP_HOST');
  const port = read.integer('SMTP_PORT', 587, 1, 65535);
  const secure = read.oneOf('SMTP_SECURE', ['true', 'false'] as const, port === 465 ? 'true' : 'false') === 'true';
  const requireTLS = read.oneOf('SMTP_REQUIRE_TLS', ['true', 'false'] as const, 'true') === 'true';
  if (host === undefined) {
    for (const key of ['SMTP_USER', 'SMTP_PASSWORD', 'SMTP_FROM']) if (read.text(key) !== undefined) read.fail(key, 'has no effect without SMTP_HOST');
    return undefined;
  }
  const user = read.text('SMTP_USER');
  const password = read.text('SMTP_PASSWORD');
  if (password !== undefined && user === undefined) read.fail('SMTP_USER', 'is required with SMTP_PASSWORD');
  const from = read.text('SMTP_FROM');
  if (from === undefined) read.fail('SMTP_FROM', 'is required with SMTP_HOST');
  return { host, port, secure, requireTLS, user, password, from: from ?? '' };
}

function readEventStore(read: EnvReader, dataDir: string): EventStoreConfig {
  const url = read.text('KURRENTDB_URL');
  const kind = read.oneOf('REPAERO_EVENT_STORE', ['sqlite', 'kurrentdb'] as const, url ? 'kurrentdb' : 'sqlite');
  const synchronous = read.oneOf('REPAERO_SQLITE_SYNCHRONOUS', ['FULL', 'NORMAL'] as const, 'FULL');
  if (url !== undefined && !KURRENTDB_SCHEMES.some((scheme) => url.startsWith(`${scheme}://`))) {
    read.fail('KURRENTDB_URL', `must start with one of ${KURRENTDB_SCHEMES.map((s) => `${s}://`).join(', ')}`);
  }
  if (kind === 'kurrentdb') {
    if (url === undefined) read.fail('KURRENTDB_URL', 'is required when REPAERO_EVENT_STORE=kurrentdb');
    return { kind, url: url ?? '' };
  }
  return { kind, file: join(dataDir, 'events.db'), synchronous };
}

function readReadStore(read: EnvReader, dataDir: string): ReadStoreOptions {
  const databaseUrl = read.text('DATABASE_URL');
  const oracle = readOracle(read);
  const inferred = oracle.configured ? 'oracle' : databaseUrl ? 'postgres' : 'sqlite';
  const type = read.oneOf('REPAERO_READ_STORE', ['sqlite', 'postgres', 'oracle'] as const, inferred);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    read.fail('DATABASE_URL', 'must be a postgres:// URL, e.g. postgres://user:password@host:5432/db or postgres:///db?host=/var/run/postgresql');
  }
  switch (type) {
    case 'sqlite':
      return { type, file: join(dataDir, 'read.db') };
    case 'postgres':
      if (databaseUrl === undefined) read.fail('DATABASE_URL', 'is required when REPAERO_READ_STORE=postgres');
      return { type, url: databaseUrl ?? '' };
    case 'oracle': {
      const missing = (key: string) =>
        oracle.invalidUrl || read.fail(key, 'is required when REPAERO_READ_STORE=oracle (or set ORACLE_URL)');
      if (!oracle.user) missing('ORACLE_USER');
      if (!oracle.password) missing('ORACLE_PASSWORD');
      if (!oracle.connectString) missing('ORACLE_CONNECT_STRING');
      return { type, user: oracle.user ?? '', password: oracle.password ?? '', connectString: oracle.connectString ?? '' };
    }
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

function readOracle(read: EnvReader) {
  const url = read.text('ORACLE_URL');
  let fromUrl: { user?: string; password?: string; connectString?: string } = {};
  if (url !== undefined) {
    const parsed = parseOracleUrl(url);
    if (parsed) fromUrl = parsed;
    else read.fail('ORACLE_URL', 'must look like oracle://user:password@host:port/service');
  }
  const connectString = read.text('ORACLE_CONNECT_STRING');
  return {
    invalidUrl: url !== undefined && fromUrl.user === undefined,
    configured: url !== undefined || connectString !== undefined,
    user: read.text('ORACLE_USER') ?? fromUrl.user,
    password: read.text('ORACLE_PASSWORD') ?? fromUrl.password,
    connectString: connectString ?? fromUrl.connectString,
  };
}

function parseOracleUrl(url: string): { user: string; password: string; connectString: string } | undefined {
  const match = /^oracle:\/\/([^:@/]+):([^@]*)@([^/]+)\/(.+)$/.exec(url);
  if (!match) return undefined;
  const [, user, password, hostPort, service] = match;
  try {
    return { user: decodeURIComponent(user), password: decodeURIComponent(password), connectString: `${hostPort}/${service}` };
  } catch {
    return undefined;
  }
}

function readContexts(read: EnvReader): readonly ContextName[] {
  const list = read.list('REPAERO_CONTEXTS');
  if (list === undefined) return CONTEXT_NAMES;
  const unknown = list.filter((name) => !(CONTEXT_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    read.fail('REPAERO_CONTEXTS', `unknown context ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${CONTEXT_NAMES.join(', ')}`);
  } else if (list.length === 0) {
    read.fail('REPAERO_CONTEXTS', `must name at least one of ${CONTEXT_NAMES.join(', ')}`);
  }
  return CONTEXT_NAMES.filter((name) => list.includes(name));
}

function readAuth(read: EnvReader): AuthConfig {
  const jwtSecret = read.text('REPAERO_JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    read.fail('REPAERO_JWT_SECRET', `must be at least 32 characters, got ${jwtSecret.length}`);
  }
  const tokenTtlSeconds = read.integer('REPAERO_TOKEN_TTL_SECONDS', 3600, 60, 86400);
  const signIn = {
    maxFailures: read.integer('REPAERO_SIGNIN_MAX_FAILURES', 5, 1, 100),
    maxFailuresPerAddress: read.integer('REPAERO_SIGNIN_MAX_FAILURES_PER_ADDRESS', 50, 0, 10000),
    lockSeconds: read.integer('REPAERO_SIGNIN_LOCK_SECONDS', 30, 1, 3600),
    maxLockSeconds: read.integer('REPAERO_SIGNIN_MAX_LOCK_SECONDS', 900, 1, 86400),
  };
  if (signIn.maxLockSeconds < signIn.lockSeconds) {
    read.fail('REPAERO_SIGNIN_MAX_LOCK_SECONDS', `must be at least REPAERO_SIGNIN_LOCK_SECONDS (${signIn.lockSeconds})`);
  }
  const adminPassword = read.text('REPAERO_ADMIN_PASSWORD');
  if (adminPassword !== undefined && adminPassword.length < 12) {
    read.fail('REPAERO_ADMIN_PASSWORD', `must be at least 12 characters, got ${adminPassword.length}`);
  }
  const issuer = read.httpUrl('OIDC_ISSUER');
  const audience = read.text('OIDC_AUDIENCE');
  const jwksUrl = read.httpUrl('OIDC_JWKS_URL');
  const rolesClaim = read.text('OIDC_ROLES_CLAIM');
  if (issuer === undefined) {
    for (const [key, value] of [['OIDC_AUDIENCE', audience], ['OIDC_JWKS_URL', jwksUrl], ['OIDC_ROLES_CLAIM', rolesClaim]]) {
      if (value !== undefined) read.fail(key as string, 'has no effect without OIDC_ISSUER');
    }
  }
  const oidc = issuer === undefined ? undefined : { issuer, audience, jwksUrl, rolesClaim: rolesClaim ?? 'roles' };
  return { jwtSecret, tokenTtlSeconds, signIn, adminPassword, oidc };
}

function readCorsOrigins(read: EnvReader): readonly string[] {
  const origins = read.list('REPAERO_CORS_ORIGINS') ?? [];
  const invalid = origins.filter((origin) => origin !== '*' && !isOrigin(origin));
  if (invalid.length > 0) {
    read.fail('REPAERO_CORS_ORIGINS', `${invalid.map((o) => `"${o}"`).join(', ')} is not * or an origin like https://app.example.com`);
  }
  return origins;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  /** An empty value counts as unset: compose files often write `KEY=`. */
  text(key: string): string | undefined {
    const value = this.env[key]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  list(key: string): string[] | undefined {
    const value = this.text(key);
    return value?.split(',').map((item) => item.trim()).filter((item) => item !== '');
  }

  integer(key: string, fallback: number, min: number, max: number): number {
    const value = this.text(key);
    if (value === undefined) return fallback;
    const parsed = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      this.fail(key, `must be an integer between ${min} and ${max}, got ${this.shown(key, value)}`);
      return fallback;
    }
    return parsed;
  }

  oneOf<const T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    const value = this.text(key);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.fail(key, `must be one of ${allowed.join(', ')}, got ${this.shown(key, value)}`);
    return fallback;
  }

  httpUrl(key: string): string | undefined {
    const value = this.text(key);
    if (value === undefined) return undefined;
    try {
      const url = new URL(value);
      if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '');
    } catch {
      // reported below
    }
    this.fail(key, `must be an http(s) URL, got ${this.shown(key, value)}`);
    return undefined;
  }

  fail(key: string, message: string): void {
    this.problems.push(`${key}: ${message}`);
  }

  private shown(key: string, value: string): string {
    return SECRET_KEYS.has(key) ? '(hidden)' : JSON.stringify(value);
  }
}
