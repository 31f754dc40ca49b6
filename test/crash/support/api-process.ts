import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const ADMIN_PASSWORD = 'admin-password-for-crash';

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

export interface ApiProcess {
  readonly child: ChildProcess;
  readonly baseUrl: string;
  /** What it printed so far: shown when it fails to start. */
  output(): string;
  /** `kill -9`: no shutdown hook runs. */
  kill9(): Promise<void>;
  /** SIGTERM, then SIGKILL if it has not stopped after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** `node dist/apps/api/main.js` (built beforehand) on `dataDir`, listening on 127.0.0.1:`port`. */
export function spawnApi(dataDir: string, port: number): ApiProcess {
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      REPAERO_DATA_DIR: dataDir,
      REPAERO_ADMIN_PASSWORD: ADMIN_PASSWORD,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    kill9: () => signal('SIGKILL'),
    async stop(graceMs = 15_000) {
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        await signal('SIGTERM');
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Polls /health until 200; fails early, with its output, if the process exits. */
export async function waitForHealth(api: ApiProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null || api.child.signalCode !== null) {
      throw new Error(`the API exited (${api.child.exitCode ?? api.child.signalCode}) before it was healthy:\n${api.output()}`);
    }
    try {
      const response = await fetch(`${api.baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the API was not healthy after ${timeoutMs} ms:\n${api.output()}`);
}
