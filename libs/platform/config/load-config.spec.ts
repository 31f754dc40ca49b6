import { CONFIG_KEYS, configKeysMarkdown } from './config-keys';
import { ConfigError, loadConfig } from './load-config';
import { redactUrl, redactedConfig, type AppConfig } from './app-config';

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('needs no environment at all: embedded defaults', () => {
    const config = loadConfig({});
    expect(config).toEqual<AppConfig>({
      port: 3000,
      host: '0.0.0.0',
      dataDir: './data',
      eventStore: { kind: 'sqlite', file: 'data/events.db', synchronous: 'FULL' },
      readStore: { type: 'sqlite', file: 'data/read.db' },
      projectors: true,
      contexts: ['stock', 'production', 'resources', 'suppliers', 'customers'],
      auth: {
        jwtSecret: undefined,
        tokenTtlSeconds: 3600,
        signIn: { maxFailures: 5, maxFailuresPerAddress: 50, lockSeconds: 30, maxLockSeconds: 900 },
        adminPassword: undefined,
        oidc: undefined,
      },
      logLevel: 'info',
      corsOrigins: [],
      consistencyWaitMs: 2000,
      notifications: {},
      expiryWarningDays: 30,
      shelfLifeHour: 6,
      qualityAlertEmails: [],
      documents: { dir: 'data/documents', maxUploadBytes: 100 * 1024 * 1024 },
      organisation: { name: "Rep'Aero", address: [], approvalRef: '', competentAuthority: 'DGAC / FRANCE', releaseWording: 'part-145', form1Prefix: 'REPAERO' },
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', KURRENTDB_URL: ' ' }).port).toBe(3000);
    expect(loadConfig({ KURRENTDB_URL: '' }).eventStore.kind).toBe('sqlite');
  });

  it('reads every key', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      REPAERO_DATA_DIR: '/var/lib/repaero',
      REPAERO_SQLITE_SYNCHRONOUS: 'NORMAL',
      REPAERO_PROJECTORS: 'off',
      REPAERO_CONTEXTS: ' suppliers , stock',
      REPAERO_JWT_SECRET: 'x'.repeat(32),
      REPAERO_TOKEN_TTL_SECONDS: '600',
      REPAERO_ADMIN_PASSWORD: 'correct horse battery',
      OIDC_ISSUER: 'https://login.example.com/realms/repaero/',
      OIDC_AUDIENCE: 'repaero-api',
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      LOG_LEVEL: 'debug',
      REPAERO_CORS_ORIGINS: 'https://app.repaero.example, http://localhost:5173',
      REPAERO_CONSISTENCY_WAIT_MS: '0',
      REPAERO_EXPIRY_WARNING_DAYS: '14',
      REPAERO_SHELF_LIFE_HOUR: '5',
      REPAERO_QUALITY_ALERT_EMAILS: 'qualite@repaero.example, rq@repaero.example',
      REPAERO_DOCUMENTS_DIR: '/srv/repaero/documents',
      REPAERO_DOCUMENT_MAX_MB: '20',
      REPAERO_FORM1_PREFIX: 'RA-TLS',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      eventStore: { kind: 'sqlite', file: '/var/lib/repaero/events.db', synchronous: 'NORMAL' },
      readStore: { type: 'sqlite', file: '/var/lib/repaero/read.db' },
      projectors: false,
      contexts: ['stock', 'suppliers'],
      auth: {
        jwtSecret: 'x'.repeat(32),
        tokenTtlSeconds: 600,
        adminPassword: 'correct horse battery',
        oidc: { issuer: 'https://login.example.com/realms/repaero', audience: 'repaero-api', rolesClaim: 'realm_access.roles' },
      },
      logLevel: 'debug',
      corsOrigins: ['https://app.repaero.example', 'http://localhost:5173'],
      consistencyWaitMs: 0,
      expiryWarningDays: 14,
      shelfLifeHour: 5,
      qualityAlertEmails: ['qualite@repaero.example', 'rq@repaero.example'],
      documents: { dir: '/srv/repaero/documents', maxUploadBytes: 20 * 1024 * 1024 },
      organisation: { form1Prefix: 'RA-TLS' },
    });
  });

  describe('event store', () => {
    it('defaults to kurrentdb when KURRENTDB_URL is set', () => {
      expect(loadConfig({ KURRENTDB_URL: 'kurrentdb://localhost:2113?tls=false' }).eventStore).toEqual({
        kind: 'kurrentdb',
        url: 'kurrentdb://localhost:2113?tls=false',
      });
    });

    it('keeps sqlite when asked even with KURRENTDB_URL set', () => {
      expect(loadConfig({ KURRENTDB_URL: 'esdb://h:2113', REPAERO_EVENT_STORE: 'sqlite' }).eventStore.kind).toBe('sqlite');
    });
  });

  describe('read store', () => {
    it('infers postgres from DATABASE_URL', () => {
      expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/repaero' }).readStore).toEqual({
        type: 'postgres',
        url: 'postgres://u:p@db:5432/repaero',
      });
    });

    it('infers oracle from ORACLE_URL, even beside DATABASE_URL', () => {
      const config = loadConfig({ ORACLE_URL: 'oracle://repaero:s%40cret@db:1521/FREEPDB1', DATABASE_URL: 'postgres://h/d' });
      expect(config.readStore).toEqual({ type: 'oracle', user: 'repaero', password: 's@cret', connectString: 'db:1521/FREEPDB1' });
    });

    it('infers oracle from the separate keys', () => {
      const config = loadConfig({ ORACLE_USER: 'u', ORACLE_PASSWORD: 'p', ORACLE_CONNECT_STRING: 'localhost:1521/FREEPDB1' });
      expect(config.readStore).toEqual({ type: 'oracle', user: 'u', password: 'p', connectString: 'localhost:1521/FREEPDB1' });
    });

    it('lets the separate keys override parts of ORACLE_URL', () => {
      const config = loadConfig({ ORACLE_URL: 'oracle://a:b@h:1521/S', ORACLE_PASSWORD: 'other' });
      expect(config.readStore).toMatchObject({ user: 'a', password: 'other' });
    });

    it('accepts the unix-socket form of DATABASE_URL', () => {
      const url = 'postgres:///repaero?host=/var/run/postgresql';
      expect(loadConfig({ DATABASE_URL: url }).readStore).toEqual({ type: 'postgres', url });
    });

    it('uses sqlite when asked even with DATABASE_URL set', () => {
      expect(loadConfig({ DATABASE_URL: 'postgres://h/d', REPAERO_READ_STORE: 'sqlite' }).readStore.type).toBe('sqlite');
    });
  });

  describe('one line per bad key', () => {
    it.each<[NodeJS.ProcessEnv, string]>([
      [{ PORT: 'abc' }, 'PORT: must be an integer between 1 and 65535, got "abc"'],
      [{ PORT: '70000' }, 'PORT: must be an integer between 1 and 65535, got "70000"'],
      [{ PORT: '80.5' }, 'PORT: must be an integer between 1 and 65535, got "80.5"'],
      [{ REPAERO_EVENT_STORE: 'mongo' }, 'REPAERO_EVENT_STORE: must be one of sqlite, kurrentdb, got "mongo"'],
      [{ REPAERO_EVENT_STORE: 'kurrentdb' }, 'KURRENTDB_URL: is required when REPAERO_EVENT_STORE=kurrentdb'],
      [
        { KURRENTDB_URL: 'http://localhost:2113' },
        'KURRENTDB_URL: must start with one of kurrentdb://, kurrentdb+discover://, kdb://, kdb+discover://, esdb://, esdb+discover://',
      ],
      [{ REPAERO_SQLITE_SYNCHRONOUS: 'OFF' }, 'REPAERO_SQLITE_SYNCHRONOUS: must be one of FULL, NORMAL, got "OFF"'],
      [{ REPAERO_READ_STORE: 'mysql' }, 'REPAERO_READ_STORE: must be one of sqlite, postgres, oracle, got "mysql"'],
      [{ REPAERO_READ_STORE: 'postgres' }, 'DATABASE_URL: is required when REPAERO_READ_STORE=postgres'],
      [{ DATABASE_URL: 'mysql://h/d' }, 'DATABASE_URL: must be a postgres:// URL, e.g. postgres://user:password@host:5432/db or postgres:///db?host=/var/run/postgresql'],
      [{ ORACLE_URL: 'oracle://nopassword@h/S' }, 'ORACLE_URL: must look like oracle://user:password@host:port/service'],
      [{ REPAERO_PROJECTORS: 'yes' }, 'REPAERO_PROJECTORS: must be one of on, off, got "yes"'],
      [
        { REPAERO_CONTEXTS: 'stock,hangar' },
        'REPAERO_CONTEXTS: unknown context "hangar"; known: stock, production, resources, suppliers, customers',
      ],
      [{ REPAERO_CONTEXTS: ' , ' }, 'REPAERO_CONTEXTS: must name at least one of stock, production, resources, suppliers, customers'],
      [{ REPAERO_JWT_SECRET: 'short' }, 'REPAERO_JWT_SECRET: must be at least 32 characters, got 5'],
      [{ REPAERO_TOKEN_TTL_SECONDS: '5' }, 'REPAERO_TOKEN_TTL_SECONDS: must be an integer between 60 and 86400, got "5"'],
      [{ REPAERO_ADMIN_PASSWORD: 'admin' }, 'REPAERO_ADMIN_PASSWORD: must be at least 12 characters, got 5'],
      [{ OIDC_ISSUER: 'login.example.com' }, 'OIDC_ISSUER: must be an http(s) URL, got "login.example.com"'],
      [{ OIDC_AUDIENCE: 'api' }, 'OIDC_AUDIENCE: has no effect without OIDC_ISSUER'],
      [{ OIDC_JWKS_URL: 'https://h/jwks' }, 'OIDC_JWKS_URL: has no effect without OIDC_ISSUER'],
      [{ OIDC_ROLES_CLAIM: 'groups' }, 'OIDC_ROLES_CLAIM: has no effect without OIDC_ISSUER'],
      [
        { OIDC_ISSUER: 'https://id.example', OIDC_JWKS_URL: 'ftp://h/jwks' },
        'OIDC_JWKS_URL: must be an http(s) URL, got "ftp://h/jwks"',
      ],
      [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"'],
      [
        { REPAERO_CORS_ORIGINS: 'https://app.example.com/path' },
        'REPAERO_CORS_ORIGINS: "https://app.example.com/path" is not * or an origin like https://app.example.com',
      ],
      [{ REPAERO_CONSISTENCY_WAIT_MS: '-1' }, 'REPAERO_CONSISTENCY_WAIT_MS: must be an integer between 0 and 60000, got "-1"'],
      [{ REPAERO_FORM1_PREFIX: 'REP AERO' }, 'REPAERO_FORM1_PREFIX: must be letters and digits, dash-separated, got "REP AERO"'],
      [{ REPAERO_FORM1_PREFIX: 'REPAERO-' }, 'REPAERO_FORM1_PREFIX: must be letters and digits, dash-separated, got "REPAERO-"'],
      [{ REPAERO_QUALITY_ALERT_EMAILS: 'qualite@repaero.example, rq' }, 'REPAERO_QUALITY_ALERT_EMAILS: rq is not an e-mail address'],
    ])('%j', (env, line) => {
      expect(problemsOf(env)).toEqual([line]);
    });

    it.each(['ORACLE_USER', 'ORACLE_PASSWORD', 'ORACLE_CONNECT_STRING'])('requires %s for oracle', (key) => {
      const env: NodeJS.ProcessEnv = { ORACLE_USER: 'u', ORACLE_PASSWORD: 'p', ORACLE_CONNECT_STRING: 'h:1521/S' };
      delete env[key];
      expect(problemsOf({ ...env, REPAERO_READ_STORE: 'oracle' })).toEqual([
        `${key}: is required when REPAERO_READ_STORE=oracle (or set ORACLE_URL)`,
      ]);
    });

    it('reports every bad key at once, one per line, in the message too', () => {
      const problems = problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', REPAERO_CONTEXTS: 'x' });
      expect(problems).toHaveLength(3);
      expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(
        'Invalid configuration:\n  PORT: must be an integer between 1 and 65535, got "abc"\n  LOG_LEVEL: must be one of',
      );
    });

    it('never echoes a secret value', () => {
      const problems = problemsOf({ KURRENTDB_URL: 'http://admin:changeit@h', DATABASE_URL: 'mysql://u:hunter2@h/d' });
      expect(problems.join('\n')).not.toMatch(/changeit|hunter2/);
    });
  });

  it('documents every key it reads', () => {
    const documented = CONFIG_KEYS.map((key) => key.name);
    const read = new Set<string>();
    loadConfig(new Proxy({}, { get: (_, key) => (typeof key === 'string' && read.add(key), undefined) }));
    expect(documented.slice().sort()).toEqual([...read].sort());
  });
});

describe('redactedConfig', () => {
  it('masks secrets and credentials in URLs', () => {
    const config = loadConfig({
      KURRENTDB_URL: 'kurrentdb://admin:changeit@kdb:2113?tls=false',
      DATABASE_URL: 'postgres://repaero:hunter2@db:5432/repaero',
      REPAERO_JWT_SECRET: 's'.repeat(40),
      REPAERO_ADMIN_PASSWORD: 'correct horse battery',
    });
    const shown = JSON.stringify(redactedConfig(config));
    expect(shown).not.toMatch(/changeit|hunter2|sssss|correct horse/);
    expect(shown).toContain('kurrentdb://admin:***@kdb:2113?tls=false');
    expect(shown).toContain('postgres://repaero:***@db:5432/repaero');
  });

  it('masks the oracle password', () => {
    const config = loadConfig({ ORACLE_URL: 'oracle://u:topsecret@h:1521/S' });
    expect(redactedConfig(config)).toMatchObject({ readStore: { type: 'oracle', user: 'u', password: '***' } });
  });
});

describe('configKeysMarkdown', () => {
  it('lists every key for the README', () => {
    const table = configKeysMarkdown().split('\n');
    expect(table).toHaveLength(CONFIG_KEYS.length + 2);
    expect(table).toContain('| `PORT` | 3000 | HTTP port (1-65535). |');
  });
});

describe('redactUrl', () => {
  it('hides the password of the authority and of the query string', () => {
    expect(redactUrl('postgres://repaero:hunter2@db:5432/r?sslmode=require&password=hunter3')).toBe(
      'postgres://repaero:***@db:5432/r?sslmode=require&password=***',
    );
  });
});

describe('notification settings', () => {
  const sid = `AC${'a'.repeat(32)}`;
  const service = `MG${'b'.repeat(32)}`;

  it('switch SMS on with an account, a credential and one sender', () => {
    expect(loadConfig({ TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: 'tok', TWILIO_MESSAGING_SERVICE_SID: service }).notifications.sms).toMatchObject({
      accountSid: sid,
      authToken: 'tok',
      messagingServiceSid: service,
    });
  });

  it('switch e-mail on with a host and a sender, TLS required by default', () => {
    expect(loadConfig({ SMTP_HOST: 'smtp.example', SMTP_FROM: 'atelier@repaero.fr' }).notifications.email).toEqual({
      host: 'smtp.example',
      port: 587,
      secure: false,
      requireTLS: true,
      user: undefined,
      password: undefined,
      from: 'atelier@repaero.fr',
    });
  });

  it.each([
    [{ TWILIO_AUTH_TOKEN: 'tok' }, 'TWILIO_AUTH_TOKEN: has no effect without TWILIO_ACCOUNT_SID'],
    [{ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't', TWILIO_FROM: '+33612345678' }, 'TWILIO_ACCOUNT_SID: must be AC followed by 32 hex digits'],
    [{ TWILIO_ACCOUNT_SID: sid, TWILIO_FROM: '+33612345678' }, 'TWILIO_AUTH_TOKEN: or TWILIO_API_KEY_SID with TWILIO_API_KEY_SECRET is required with TWILIO_ACCOUNT_SID'],
    [{ TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: 't' }, 'TWILIO_MESSAGING_SERVICE_SID: give exactly one of TWILIO_MESSAGING_SERVICE_SID and TWILIO_FROM'],
    [{ TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: 't', TWILIO_FROM: '0612345678' }, 'TWILIO_FROM: must be an E.164 number such as +33612345678'],
    [{ SMTP_HOST: 'smtp.example' }, 'SMTP_FROM: is required with SMTP_HOST'],
    [{ SMTP_PASSWORD: 'x' }, 'SMTP_PASSWORD: has no effect without SMTP_HOST'],
  ])('name the bad key: %j', (env, problem) => {
    expect(problemsOf(env)).toContain(problem);
  });

  it('never show their secrets in the redacted view', () => {
    const config = loadConfig({ TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: 'tw-secret', TWILIO_FROM: '+33612345678', SMTP_HOST: 'h', SMTP_FROM: 'f@x.fr', SMTP_USER: 'u', SMTP_PASSWORD: 'smtp-secret' });
    const shown = JSON.stringify(redactedConfig(config));
    expect(shown).not.toContain('tw-secret');
    expect(shown).not.toContain('smtp-secret');
  });
});

describe('Odoo settings', () => {
  it('stay off without ODOO_URL, and name the keys given without it', () => {
    expect(loadConfig({}).odoo).toBeUndefined();
    expect(() => loadConfig({ ODOO_DB: 'repaero', ODOO_API_KEY: 'secret-key' })).toThrow(/ODOO_DB: has no effect without ODOO_URL[\s\S]*ODOO_API_KEY: has no effect without ODOO_URL/);
  });

  it('switch the sync on with a URL and a key, parse the location map, and redact the key', () => {
    const config = loadConfig({ ODOO_URL: 'https://erp.example/', ODOO_DB: 'repaero', ODOO_API_KEY: 'secret-key', ODOO_LOCATION_MAP: 'MAIN-A01=8, QUAR=12' });
    expect(config.odoo).toEqual({ url: 'https://erp.example', database: 'repaero', apiKey: 'secret-key', serviceProductCode: 'REPAERO-AIRCRAFT-WORK', locationMap: { 'MAIN-A01': 8, QUAR: 12 }, alertEmails: [] });
    expect(JSON.stringify(redactedConfig(config))).not.toContain('secret-key');
  });

  it('refuse a URL without a key and a malformed location map', () => {
    expect(() => loadConfig({ ODOO_URL: 'https://erp.example', ODOO_LOCATION_MAP: 'MAIN-A01:8' })).toThrow(
      /ODOO_API_KEY: is required with ODOO_URL[\s\S]*ODOO_LOCATION_MAP: "MAIN-A01:8" is not <location code>=<stock.location id>/,
    );
  });
});
