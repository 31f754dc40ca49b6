import type { RepaeroSystem } from '@repaero/bootstrap';
import { buildCli, removeDataDirs, runCli, tempDataDir } from './support/cli-process';
import { sendPartCommand, withSystem } from './support/system';

// Each case spawns the CLI, which loads Nest, TypeORM and the drivers: seconds on a slow machine.
jest.setTimeout(60_000);
afterAll(removeDataDirs);

const PARTS = ['0190a2b4-7c1e-7000-8000-00000000000a', '0190a2b4-7c1e-7000-8000-00000000000b'];
const AT = '2025-03-01T10:00:00.000Z';

function stockLevelModel(system: RepaeroSystem) {
  const projection = system.engine.projections.find((candidate) => candidate.name === 'stock-levels');
  const model = projection?.readModels.find((candidate) => candidate.name === 'stock_level');
  if (!model) throw new Error('the stock-levels projection or its stock_level read model is missing');
  return model;
}

async function stockLevels(system: RepaeroSystem) {
  const model = stockLevelModel(system);
  return {
    slot: await system.engine.readModels.slotOf(model),
    rows: await system.engine.readModels.read(model, (repository) => repository.find({ order: { partId: 'ASC', locationCode: 'ASC' } })),
  };
}

describe('repaero projections', () => {
  let dataDir: string;
  let before: Awaited<ReturnType<typeof stockLevels>>;

  beforeAll(async () => {
    await buildCli();
    dataDir = tempDataDir();
    before = await withSystem(dataDir, async (system) => {
      for (const partId of PARTS) {
        await sendPartCommand(system, { type: 'RegisterPart', partId, partNumber: `PN-${partId.slice(-1)}`, description: 'Seal', unit: 'EA', at: AT }, AT);
        await sendPartCommand(system, { type: 'ReceivePart', partId, locationCode: 'HANGAR-A', quantity: 12.5, at: AT }, AT);
        await sendPartCommand(system, { type: 'ReceivePart', partId, locationCode: 'STORE-1', quantity: 3, at: AT }, AT);
      }
      await sendPartCommand(system, { type: 'IssuePart', partId: PARTS[0], locationCode: 'HANGAR-A', quantity: 2.25, workOrderRef: 'WO-1', at: AT }, AT);
      const last = await sendPartCommand(
        system,
        { type: 'AdjustStock', partId: PARTS[1], locationCode: 'STORE-1', quantityDelta: -1, reason: 'count', at: AT },
        AT,
      );
      await system.engine.start();
      await system.engine.waitForPosition(['stock-levels'], last.position, 30_000);
      return stockLevels(system);
    });
  }, 120_000);

  it('reports every projection caught up with the log', async () => {
    const run = await runCli(['projections', 'status', '--json'], { dataDir });

    expect(run.code).toBe(0);
    const statuses: { name: string; lag: number; checkpoint: number; headPosition: number }[] = JSON.parse(run.stdout);
    expect(statuses.find((status) => status.name === 'stock-levels')).toMatchObject({ lag: 0, checkpoint: 8, headPosition: 8 });
    const table = await runCli(['projections', 'status'], { dataDir });
    expect(table.stdout.split('\n')[0]).toMatch(/^NAME\s+VERSION\s+SLOT\s+CHECKPOINT\s+HEAD\s+LAG\s+PARKED\s+LEASE OWNER\s+REBUILD\s+LAST ERROR$/);
  });

  it('rebuilds into the other slot and reproduces identical stock_level rows', async () => {
    expect(before.rows).toHaveLength(4);

    const run = await runCli(['projections', 'rebuild', 'stock-levels'], { dataDir });

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^stock-levels: rebuilt 8 events in [\d.]+ s \(\d+ events\/s\), slot [ab] active at position 8$/m);
    const after = await withSystem(dataDir, stockLevels);
    expect(after.slot).not.toBe(before.slot);
    expect(after.rows).toEqual(before.rows);
  });

  it('rebuilds every projection with --all', async () => {
    const run = await runCli(['projections', 'rebuild', '--all'], { dataDir });

    expect(run.code).toBe(0);
    const rebuilt = run.stdout.match(/^[a-z-]+: rebuilt 8 events/gm) ?? [];
    expect(rebuilt).toEqual(expect.arrayContaining(['stock-parts: rebuilt 8 events', 'stock-levels: rebuilt 8 events', 'stock-movements: rebuilt 8 events']));
    expect(run.stdout).toContain(`all ${rebuilt.length} projections rebuilt: ${rebuilt.length * 8} events`);
  });

  it('refuses an unknown projection with exit 2 and the known names', async () => {
    const run = await runCli(['projections', 'rebuild', 'stock-levelz'], { dataDir });

    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^error: unknown projection "stock-levelz"; known: (.+, )?stock-parts, stock-levels, stock-movements(, .+)?$/);
  });

  it('lists no parked events and finds nothing to retry', async () => {
    const parked = await runCli(['projections', 'parked'], { dataDir });
    expect(parked).toMatchObject({ code: 0, stdout: 'no parked events\n' });

    const retry = await runCli(['projections', 'retry', 'stock-levels', '3'], { dataDir });
    expect(retry.code).toBe(1);
    expect(retry.stdout).toBe('stock-levels @3: not parked\n');
  });
});

describe('repaero projections parked and retry', () => {
  let dataDir: string;

  beforeAll(async () => {
    await buildCli();
    dataDir = tempDataDir();
    await withSystem(dataDir, async (system) => {
      // a stored event no projection can apply (written around the decider, as a faulty migration might)
      const appended = await system.store.append(
        'part-broken',
        [
          {
            id: '0190a2b4-7c1e-7000-8000-0000000000ff',
            type: 'stock.PartReceived',
            schemaVersion: 1,
            recordedAt: AT,
            data: { partId: 'broken', quantity: 'lots' },
            metadata: { actor: { id: 'migration', name: 'migration', roles: [] }, correlationId: 'c-1', causationId: 'c-1', source: 'migration' },
          },
        ],
        'no_stream',
      );
      await system.engine.start();
      await system.engine.waitForPosition(['stock-levels'], appended.position, 30_000);
    });
  }, 120_000);

  it('lists the parked event and exits 1 when retrying it fails again', async () => {
    const parked = await runCli(['projections', 'parked', 'stock-levels', '--json'], { dataDir });
    expect(parked.code).toBe(0);
    expect(JSON.parse(parked.stdout)).toEqual([expect.objectContaining({ projection: 'stock-levels', position: 1, streamId: 'part-broken', attempts: 1 })]);

    const retry = await runCli(['projections', 'retry', 'stock-levels', '--all'], { dataDir });
    expect(retry.code).toBe(1);
    expect(retry.stdout).toMatch(/^stock-levels @1: failed again: /);
    expect(retry.stderr.trim()).toBe('error: 1 of 1 parked events were not applied');
  });
});
