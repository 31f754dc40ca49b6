import Database from 'better-sqlite3';
import { join } from 'node:path';
import { buildCli, removeDataDirs, runCli, tempDataDir } from './support/cli-process';
import { sendPartCommand, withSystem } from './support/system';

// Each case spawns the CLI, which loads Nest, TypeORM and the drivers: seconds on a slow machine.
jest.setTimeout(60_000);
afterAll(removeDataDirs);

const PART = '0190a2b4-7c1e-7000-8000-000000000001';
const STREAM = `part-${PART}`;
const LOCATION = 'HANGAR-A';

describe('repaero audit', () => {
  let dataDir: string;

  beforeAll(async () => {
    await buildCli();
    dataDir = tempDataDir();
    await withSystem(dataDir, async (system) => {
      await sendPartCommand(
        system,
        { type: 'RegisterPart', partId: PART, partNumber: 'MS20470AD4-6', description: 'Rivet', unit: 'EA', at: '2025-03-01T08:00:00.000Z' },
        '2025-03-01T08:00:00.000Z',
      );
      await sendPartCommand(
        system,
        { type: 'ReceivePart', partId: PART, locationCode: LOCATION, quantity: 10, at: '2025-03-01T10:00:00.000Z' },
        '2025-03-01T10:00:00.000Z',
        'PO-4711 delivery',
      );
      await sendPartCommand(
        system,
        { type: 'IssuePart', partId: PART, locationCode: LOCATION, quantity: 4, workOrderRef: 'WO-42', at: '2025-03-02T10:00:00.000Z' },
        '2025-03-02T10:00:00.000Z',
      );
    });
  }, 120_000);

  it('replays the state as of a time between the receipt and the issue', async () => {
    const run = await runCli(['audit', 'replay', STREAM, '--as-of', '2025-03-01T12:00:00Z', '--events'], { dataDir });

    expect(run).toMatchObject({ code: 0, stderr: '' });
    const replayed = JSON.parse(run.stdout);
    expect(replayed).toMatchObject({ streamId: STREAM, version: 2, lastEventAt: '2025-03-01T10:00:00.000Z', state: { onHand: { [LOCATION]: 10 } } });
    expect(replayed.events.map((event: { type: string }) => event.type)).toEqual(['stock.PartRegistered', 'stock.PartReceived']);
    expect(replayed.events[1]).toMatchObject({
      actor: { id: 'u-storekeeper', name: 'Sam Storekeeper' },
      reason: 'PO-4711 delivery',
      device: 'hangar-2-scanner',
      source: 'api',
    });
  });

  it('replays the current state without --as-of', async () => {
    const run = await runCli(['audit', 'replay', STREAM], { dataDir });

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: 3, state: { onHand: { [LOCATION]: 6 } } });
  });

  it.each([
    [['audit', 'replay', 'not a stream']],
    [['audit', 'replay', STREAM, '--as-of', 'yesterday']],
    [['audit', 'replay', STREAM, '--version', '0']],
  ])('refuses bad arguments with exit 2: %j', async (args) => {
    const run = await runCli(args, { dataDir });

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error/);
  });

  it('exits 1 on a stream that does not exist', async () => {
    const run = await runCli(['audit', 'replay', 'part-missing'], { dataDir });

    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('error: stream part-missing was not found');
  });

  it('verifies intact chains, then names the stream and version after one byte of a stored event changed', async () => {
    const intact = await runCli(['audit', 'verify'], { dataDir });
    expect(intact.code).toBe(0);
    expect(intact.stdout.trim()).toBe('1 streams, 3 events, all hash chains intact');

    const db = new Database(join(dataDir, 'events.db'));
    try {
      const changed = db
        .prepare(`UPDATE events SET data = replace(data, '"quantity":10', '"quantity":11') WHERE stream_id = ? AND stream_version = 2`)
        .run(STREAM);
      expect(changed.changes).toBe(1);
    } finally {
      db.close();
    }

    const broken = await runCli(['audit', 'verify'], { dataDir });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`hash chain BROKEN in stream ${STREAM} at version 2: hash-mismatch`);

    const json = await runCli(['audit', 'verify', '--json'], { dataDir });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ intact: false, broken: { streamId: STREAM, streamVersion: 2, problem: 'hash-mismatch' } });
  });
});
