export interface ConfigKey {
  readonly name: string;
  readonly default: string;
  readonly description: string;
  /** Its value never appears in a log line or an error message. */
  readonly secret?: boolean;
}

/** Every environment variable the platform reads; the README lists this table. */
export const CONFIG_KEYS: readonly ConfigKey[] = [
  { name: 'PORT', default: '3000', description: 'HTTP port (1-65535).' },
  { name: 'HOST', default: '0.0.0.0', description: 'Interface the HTTP server listens on.' },
  { name: 'REPAERO_DATA_DIR', default: './data', description: 'Directory of the embedded stores and the generated JWT secret.' },
  {
    name: 'REPAERO_EVENT_STORE',
    default: 'kurrentdb if KURRENTDB_URL is set, else sqlite',
    description: 'Event store adapter: sqlite (embedded, <dataDir>/events.db) or kurrentdb.',
  },
  {
    name: 'KURRENTDB_URL',
    default: '(none)',
    description: 'KurrentDB connection string (kurrentdb://, kurrentdb+discover://, esdb://...).',
    secret: true,
  },
  {
    name: 'REPAERO_SQLITE_SYNCHRONOUS',
    default: 'FULL',
    description: 'SQLite event store durability: FULL survives power loss, NORMAL a process crash only.',
  },
  {
    name: 'REPAERO_READ_STORE',
    default: 'oracle if ORACLE_URL or ORACLE_CONNECT_STRING is set, postgres if DATABASE_URL is set, else sqlite',
    description: 'Read-model database: sqlite (<dataDir>/read.db), postgres or oracle.',
  },
  { name: 'DATABASE_URL', default: '(none)', description: 'PostgreSQL URL (postgres://user:pass@host:5432/db).', secret: true },
  { name: 'ORACLE_URL', default: '(none)', description: 'Oracle as one URL: oracle://user:pass@host:port/service.', secret: true },
  { name: 'ORACLE_USER', default: '(from ORACLE_URL)', description: 'Oracle user; overrides the one in ORACLE_URL.' },
  {
    name: 'ORACLE_PASSWORD',
    default: '(from ORACLE_URL)',
    description: 'Oracle password; overrides the one in ORACLE_URL.',
    secret: true,
  },
  {
    name: 'ORACLE_CONNECT_STRING',
    default: '(from ORACLE_URL)',
    description: 'Oracle Easy Connect string (host:port/service); overrides the one in ORACLE_URL.',
  },
  { name: 'REPAERO_PROJECTORS', default: 'on', description: 'on: this process runs the projectors; off: a worker does.' },
  {
    name: 'REPAERO_EXPIRY_WARNING_DAYS',
    default: '30',
    description: 'Warn this many days ahead (0-3650): items reaching the end of their shelf life; licences, authorisations, training, recency and tool calibrations.',
  },
  {
    name: 'REPAERO_SHELF_LIFE_HOUR',
    default: '6',
    description: 'Europe/Paris hour (0-23) of the daily shelf-life and resources expiry runs where projectors run: one process runs a day (a lease), a day missed while none ran is run at start.',
  },
  { name: 'REPAERO_QUALITY_ALERT_EMAILS', default: '(none)', description: 'E-mail addresses (comma separated) told through the outbox when a licence, authorisation, training, recency or tool calibration nears its date and when it lapses.' },
  { name: 'REPAERO_DOCUMENTS_DIR', default: '<dataDir>/documents', description: 'Directory of the uploaded manufacturer documents (PDF), one file per SHA-256 at ab/cd/<sha256>.' },
  { name: 'REPAERO_DOCUMENT_MAX_MB', default: '100', description: 'Largest manufacturer document (PDF) accepted on upload, in MiB (1-2048).' },
  { name: 'REPAERO_ORGANISATION_NAME', default: "Rep'Aero", description: 'Maintenance organisation named on the CRS, the job card and EASA Form 1 block 4.' },
  { name: 'REPAERO_ORGANISATION_ADDRESS', default: '(none)', description: 'Its postal address, lines separated by ; (Form 1 block 4; a component release needs it).' },
  { name: 'REPAERO_APPROVAL_REF', default: '(none)', description: 'Organisation approval reference, e.g. FR.145.0123 (CRS, Form 1 block 14c; a component release needs it).' },
  { name: 'REPAERO_COMPETENT_AUTHORITY', default: 'DGAC / FRANCE', description: 'Form 1 block 1: competent authority / country.' },
  { name: 'REPAERO_FORM1_PREFIX', default: 'REPAERO', description: 'EASA Form 1 block 3 tracking numbers read <prefix>-<year>-<number>: letters and digits, dash-separated.' },
  { name: 'REPAERO_RELEASE_WORDING', default: 'part-145', description: 'Release statement on the CRS and Form 1: part-145 or part-cao.' },
  {
    name: 'REPAERO_CONTEXTS',
    default: 'stock,production,resources,suppliers,customers',
    description: 'Business contexts switched on, comma separated.',
  },
  {
    name: 'REPAERO_JWT_SECRET',
    default: 'generated once into <dataDir>/jwt-secret (0600)',
    description: 'HS256 key of the tokens this service issues (at least 32 characters). Share it between api instances.',
    secret: true,
  },
  { name: 'REPAERO_TOKEN_TTL_SECONDS', default: '3600', description: 'Lifetime of issued access tokens (60-86400).' },
  {
    name: 'REPAERO_SIGNIN_MAX_FAILURES',
    default: '5',
    description: 'Failed sign-ins for one username (1-100) before it is locked (429 with Retry-After); a success clears the count. Counted per API process.',
  },
  {
    name: 'REPAERO_SIGNIN_MAX_FAILURES_PER_ADDRESS',
    default: '50',
    description: 'Failed sign-ins from one client address (0-10000; 0: no limit) before it is locked. Behind a reverse proxy every client shares its address.',
  },
  { name: 'REPAERO_SIGNIN_LOCK_SECONDS', default: '30', description: 'First sign-in lock (1-3600 s); doubled by each further failure.' },
  { name: 'REPAERO_SIGNIN_MAX_LOCK_SECONDS', default: '900', description: 'Longest sign-in lock (1-86400 s); failures are forgotten this long after the last one.' },
  {
    name: 'REPAERO_ADMIN_PASSWORD',
    default: 'generated and printed once on first start',
    description: 'Password of the `admin` user created on first start (at least 12 characters).',
    secret: true,
  },
  { name: 'OIDC_ISSUER', default: '(none)', description: 'Also accept bearer tokens from this OpenID Connect issuer.' },
  { name: 'OIDC_AUDIENCE', default: '(not checked)', description: 'Audience OIDC tokens must carry.' },
  {
    name: 'OIDC_JWKS_URL',
    default: 'discovered, else <issuer>/.well-known/jwks.json',
    description: 'JWKS of the OIDC issuer.',
  },
  {
    name: 'OIDC_ROLES_CLAIM',
    default: 'roles',
    description: 'Claim (or dotted path, e.g. realm_access.roles) holding the Rep\'Aero roles in OIDC tokens.',
  },
  { name: 'LOG_LEVEL', default: 'info', description: 'fatal, error, warn, info, debug, trace or silent.' },
  {
    name: 'REPAERO_CORS_ORIGINS',
    default: '(empty: CORS off)',
    description: 'Browser origins allowed to call the API, comma separated (e.g. https://app.repaero.example).',
  },
  {
    name: 'REPAERO_CONSISTENCY_WAIT_MS',
    default: '2000',
    description: 'How long a query waits for its projection to reach X-Consistency-Position (0-60000).',
  },
  { name: 'TWILIO_ACCOUNT_SID', default: '(none: SMS stay queued in the outbox)', description: 'Twilio account (AC…); switches SMS sending on.' },
  { name: 'TWILIO_AUTH_TOKEN', default: '(none)', description: 'Twilio auth token (or use TWILIO_API_KEY_SID and TWILIO_API_KEY_SECRET).', secret: true },
  { name: 'TWILIO_API_KEY_SID', default: '(none)', description: 'Twilio API key (SK…), instead of the auth token.' },
  { name: 'TWILIO_API_KEY_SECRET', default: '(none)', description: 'Secret of TWILIO_API_KEY_SID.', secret: true },
  { name: 'TWILIO_MESSAGING_SERVICE_SID', default: '(none)', description: 'Messaging Service (MG…) the SMS are sent through (or TWILIO_FROM).' },
  { name: 'TWILIO_FROM', default: '(none)', description: 'Sender number in E.164, when no Messaging Service is used.' },
  { name: 'TWILIO_STATUS_CALLBACK_URL', default: '(none)', description: 'Public URL of the delivery-status webhook.' },
  { name: 'TWILIO_API_BASE_URL', default: 'https://api.twilio.com', description: 'Test and staging only: replaces https://api.twilio.com (a local Twilio peer).' },
  { name: 'SMTP_HOST', default: '(none: e-mails stay queued in the outbox)', description: 'SMTP relay host; switches e-mail sending on.' },
  { name: 'SMTP_PORT', default: '587', description: 'SMTP port (465 implies implicit TLS).' },
  { name: 'SMTP_SECURE', default: 'true on port 465, else false', description: 'Implicit TLS (true) or plain/STARTTLS (false).' },
  { name: 'SMTP_REQUIRE_TLS', default: 'true', description: 'Refuse to send in clear when the server offers no STARTTLS.' },
  { name: 'SMTP_USER', default: '(none)', description: 'SMTP user name.' },
  { name: 'SMTP_PASSWORD', default: '(none)', description: 'SMTP password.', secret: true },
  { name: 'SMTP_FROM', default: '(required with SMTP_HOST)', description: "Sender, e.g. Rep'Aero <atelier@repaero.fr>." },
  { name: 'ODOO_URL', default: '(none: the Odoo sync is off)', description: 'Odoo 19 server (https://erp.example); switches the Odoo sync on (JSON-2 API).' },
  { name: 'ODOO_DB', default: '(the server\'s only database)', description: 'Odoo database, sent as X-Odoo-Database; needed when the server hosts several.' },
  { name: 'ODOO_API_KEY', default: '(required with ODOO_URL)', description: 'Odoo API key of the sync user (Preferences → Account Security → New API Key).', secret: true },
  { name: 'ODOO_SERVICE_PRODUCT', default: 'REPAERO-AIRCRAFT-WORK', description: 'default_code of the Odoo service product a work order on an aircraft (no component) produces.' },
  { name: 'ODOO_ALERT_EMAILS', default: '(none: a halted sync is only logged and in /metrics)', description: 'Comma-separated e-mail addresses told through the outbox, once per halt, when Odoo refuses the API key (401) or a call (404).' },
  { name: 'ODOO_LOCATION_MAP', default: '(all to the warehouse stock location)', description: 'Our location codes to Odoo stock.location ids, e.g. MAIN-A01=8,QUAR=12; unmapped codes go to the warehouse lot_stock_id.' },
];

export const SECRET_KEYS: ReadonlySet<string> = new Set(CONFIG_KEYS.filter((key) => key.secret).map((key) => key.name));

/** The table the README shows, so documentation and validation cannot drift apart. */
export function configKeysMarkdown(): string {
  const rows = CONFIG_KEYS.map((key) => `| \`${key.name}\` | ${key.default} | ${key.description}${key.secret ? ' *(secret)*' : ''} |`);
  return ['| Variable | Default | Meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
