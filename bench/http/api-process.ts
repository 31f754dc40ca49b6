import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest, type Agent } from 'node:http';

export interface ApiProcessOptions {
  readonly logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  /** FULL by default: the figures are for acknowledged = durable. */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** Extra flags for node, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']. */
  readonly nodeArgs?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly startTimeoutMs?: number;
  /** Another built server to start instead of the API (it must answer GET /health). */
  readonly script?: string;
  /** Runs on the fresh data directory before the server starts, e.g. to seed the event store. */
  readonly prepare?: (dataDir: string) => Promise<void>;
  /** Restart on this existing data directory instead of a fresh one (cold caches, same events); the caller removes it. */
  readonly dataDir?: string;
  /** When set, `stop()` leaves the data directory in place for a restart; the caller removes it. */
  readonly keepDataDir?: boolean;
}

export interface ApiProcess {
  readonly baseUrl: string;
  readonly port: number;
  readonly pid: number;
  readonly dataDir: string;
  readonly adminPassword: string;
  /** User + system CPU seconds the server has used so far (Linux /proc), undefined elsewhere. */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

const API_MAIN = join(__dirname, '..', '..', 'apps', 'api', 'main.js');
const CLOCK_TICKS = 100;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built API (dist/apps/api/main.js) on a fresh data directory, its logs to a file there. */
export async function startApiProcess(options: ApiProcessOptions = {}): Promise<ApiProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'repaero-http-bench-'));
  const owned = options.dataDir === undefined && !options.keepDataDir;
  try {
    await options.prepare?.(dataDir);
  } catch (error) {
    if (owned) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const port = await freePort();
  const adminPassword = `bench-${process.pid}-${Date.now()}-pass`;
  const logFd = openSync(join(dataDir, 'server.log'), 'a');
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script ?? API_MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      REPAERO_DATA_DIR: dataDir,
      REPAERO_ADMIN_PASSWORD: adminPassword,
      REPAERO_SQLITE_SYNCHRONOUS: options.synchronous ?? 'FULL',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: options.logLevel ?? 'warn',
      ...options.env,
    },
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const cleanUp = () => {
    if (owned) rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 30000);
  for (;;) {
    if (exited) {
      const log = readFileSync(join(dataDir, 'server.log'), 'utf8');
      cleanUp();
      throw new Error(`the API exited while starting (${exited.code ?? exited.signal}):\n${log.slice(-4000)}`);
    }
    if (await healthy(baseUrl)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exit;
      cleanUp();
      throw new Error('the API did not become healthy in time');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    baseUrl,
    port,
    pid: child.pid ?? 0,
    dataDir,
    adminPassword,
    cpuSeconds: () => processCpuSeconds(child.pid),
    async stop() {
      if (exited) {
        const log = readFileSync(join(dataDir, 'server.log'), 'utf8');
        process.stderr.write(`the API had exited (${exited.code ?? exited.signal}) before the bench stopped it:\n${log.slice(-4000)}\n`);
      } else {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
        await exit;
        clearTimeout(timer);
      }
      cleanUp();
    },
  };
}

function processCpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

function healthy(baseUrl: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = httpRequest(`${baseUrl}/health`, { method: 'GET', timeout: 1000 }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode === 200));
    });
    req.once('error', () => resolve(false));
    req.once('timeout', () => req.destroy());
    req.end();
  });
}

export function getJson(agent: Agent, baseUrl: string, path: string, token?: string): Promise<JsonResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${path}`, { method: 'GET', agent, headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // keep the text
        }
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.once('error', reject);
    req.end();
  });
}

export interface JsonResponse {
  readonly status: number;
  readonly body: unknown;
}

/** One JSON request over a keep-alive agent; the body is parsed when `parse` is set, else drained. */
export function postJson(agent: Agent, baseUrl: string, path: string, payload: unknown, token?: string, parse = true): Promise<JsonResponse> {
  const body = Buffer.from(JSON.stringify(payload));
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${baseUrl}${path}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        if (!parse) {
          res.resume();
          res.once('end', () => resolve({ status: res.statusCode ?? 0, body: undefined }));
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            // keep the text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly bytes: Buffer;
  /** The body parsed as JSON when it is JSON, else undefined. */
  readonly json: unknown;
}

/** Any request over a keep-alive agent, with the raw body kept (PDFs, CSV) beside its JSON reading. */
export function request(
  agent: Agent,
  baseUrl: string,
  method: string,
  path: string,
  options: { readonly body?: unknown; readonly headers?: Readonly<Record<string, string>> } = {},
): Promise<HttpAnswer> {
  const payload = options.body === undefined ? undefined : Buffer.isBuffer(options.body) ? options.body : Buffer.from(JSON.stringify(options.body));
  const headers: Record<string, string | number> = { ...options.headers };
  if (payload) {
    headers['content-length'] = payload.length;
    headers['content-type'] ??= 'application/json';
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${path}`, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => {
        const bytes = Buffer.concat(chunks);
        let json: unknown;
        if (/json/.test(res.headers['content-type'] ?? '')) {
          try {
            json = JSON.parse(bytes.toString('utf8'));
          } catch {
            // not JSON after all
          }
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, json });
      });
    });
    req.once('error', reject);
    req.end(payload);
  });
}
