import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { eventually } from '@repaero/event-store-testing';
import { ROOT, buildCli, removeDataDirs, tempDataDir } from './support/cli-process';
import { sendPartCommand, withSystem } from './support/system';

// Spawns the worker and waits for it to catch up: seconds on a slow machine.
jest.setTimeout(60_000);
afterAll(removeDataDirs);

const PART = '0190a2b4-7c1e-7000-8000-0000000000c1';
const AT = '2025-03-01T10:00:00.000Z';

function spawnWorker(dataDir: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/worker/main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, REPAERO_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

const POLL = { timeoutMs: 20_000, intervalMs: 100 };

describe('repaero worker', () => {
  beforeAll(() => buildCli(), 120_000);

  it('runs the projectors until SIGTERM, then stops cleanly with exit 0', async () => {
    const dataDir = tempDataDir();
    await withSystem(dataDir, async (system) => {
      await sendPartCommand(system, { type: 'RegisterPart', partId: PART, partNumber: 'PN-1', description: 'Filter', unit: 'EA', at: AT }, AT);
      await sendPartCommand(system, { type: 'ReceivePart', partId: PART, locationCode: 'STORE-1', quantity: 5, at: AT }, AT);
    });
    const worker = spawnWorker(dataDir);
    try {
      await eventually('the startup line', () => worker.output().includes("Rep'Aero worker running"), POLL);
      await eventually(
        'every projection at position 2',
        () => withSystem(dataDir, async (system) => (await system.engine.status()).every((status) => status.checkpoint === 2)),
        POLL,
      );
    } finally {
      worker.child.kill('SIGTERM');
    }

    expect(await worker.exited).toBe(0);
    const lines = worker.output().trim().split('\n').map((line) => JSON.parse(line) as { msg: string });
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(["Rep'Aero worker stopping", "Rep'Aero worker stopped"]));
  });

  it('exits 2 with one line per bad configuration key', async () => {
    const worker = spawnWorker(tempDataDir(), { REPAERO_PROJECTORS: 'yes', REPAERO_TOKEN_TTL_SECONDS: '5' });

    expect(await worker.exited).toBe(2);
    expect(worker.output()).toContain('REPAERO_PROJECTORS: must be one of on, off, got "yes"');
    expect(worker.output()).toContain('REPAERO_TOKEN_TTL_SECONDS: must be an integer between 60 and 86400, got "5"');
  });
});
