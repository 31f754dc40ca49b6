import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApiApp, type ApiApp } from '@repaero/bootstrap';
import type { Clock } from '@repaero/event-sourcing';
import { loadConfig } from '@repaero/platform';

export const ADMIN_PASSWORD = 'admin-password-for-e2e';

export interface RunningApi extends ApiApp {
  readonly dataDir: string;
  /** A fresh supertest client on the in-process HTTP server. */
  http(): ReturnType<typeof request>;
  /** Bearer token of the bootstrap `admin` user. */
  readonly adminToken: string;
  close(): Promise<void>;
}

export interface StartApiOptions {
  /** Extra environment, e.g. DATABASE_URL for the PostgreSQL read store. */
  readonly env?: NodeJS.ProcessEnv;
  readonly clock?: Clock;
  /** Start on this data directory (e.g. a stopped app's, to restart it) instead of a fresh one. */
  readonly dataDir?: string;
  /** `close()` leaves the data directory for a restart; whoever starts on it last removes it. */
  readonly keepDataDir?: boolean;
}

/** The real API (createApiApp) on a fresh temp data directory, signed in as admin. */
export async function startApi(options: StartApiOptions = {}): Promise<RunningApi> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'repaero-e2e-')));
  const removeDataDir = () => (options.keepDataDir ? Promise.resolve() : rm(dataDir, { recursive: true, force: true }));
  let started: ApiApp;
  try {
    const config = loadConfig({ REPAERO_DATA_DIR: dataDir, REPAERO_ADMIN_PASSWORD: ADMIN_PASSWORD, LOG_LEVEL: 'warn', ...options.env });
    started = await createApiApp(config, { clock: options.clock, print: () => undefined });
  } catch (error) {
    await removeDataDir();
    throw error;
  }
  const http = () => request(started.app.getHttpServer());
  const login = await http().post('/api/v1/auth/token').send({ username: 'admin', password: ADMIN_PASSWORD });
  if (login.status !== 200) throw new Error(`admin sign-in failed: ${login.status} ${login.text}`);
  return {
    ...started,
    dataDir,
    http,
    adminToken: login.body.accessToken as string,
    async close() {
      try {
        await started.app.close();
      } finally {
        await removeDataDir();
      }
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
