import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist/apps/cli/main.js');
const STATE = join(tmpdir(), `repaero-cli-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 10)}`);
const LOCK = `${STATE}.lock`;
const STAMP = `${STATE}.stamp`;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const dataDirs: string[] = [];

export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'repaero-cli-'));
  dataDirs.push(dir);
  return dir;
}

export function removeDataDirs(): void {
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * `npm run build` once for all CLI spec files running in parallel workers: they take turns (a
 * directory as the lock) and skip the build when no source changed since the last one, so no spec
 * spawns the CLI while another rewrites dist/.
 */
export async function buildCli(): Promise<void> {
  await acquireLock();
  try {
    if (existsSync(STAMP) && existsSync(CLI) && newestSource() < statSync(STAMP).mtimeMs) return;
    const started = Date.now();
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' });
    writeFileSync(STAMP, '');
    // dated when the build began: an edit made while it ran still triggers the next build
    utimesSync(STAMP, new Date(started), new Date(started));
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

async function acquireLock(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      // a worker killed while building leaves its lock behind
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['apps', 'libs', 'bench']) if (existsSync(join(ROOT, dir))) walk(join(ROOT, dir));
  return newest;
}

/** `node dist/apps/cli/main.js ...args` on `dataDir`, with nothing of this machine's configuration leaking in. */
export function runCli(args: readonly string[], options: { dataDir: string; input?: string; env?: NodeJS.ProcessEnv }): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, REPAERO_DATA_DIR: options.dataDir, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
