import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UpcasterRegistry, type EventEnvelope } from '@repaero/event-sourcing';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { AggregateCatalogue, AuditService } from '@repaero/platform';
import { buildCli as buildDist } from '../cli/support/cli-process';
import { ADMIN_PASSWORD, ROOT, freePort, spawnApi, waitForHealth, type ApiProcess } from './support/api-process';
import { apiClient, signIn } from './support/http';
import { startLoad, type SentCommand } from './support/load';

jest.setTimeout(180_000);

const PARTS = 4;
const CLIENTS = 16;
const LOCATIONS = ['MAIN-A01', 'MAIN-B02'];
const LOAD_MS = 2_000;
const MIN_ACKNOWLEDGED = 20;

type OnHand = Record<string, number>;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

describe('kill -9 in the middle of a burst of commands', () => {
  let dataDir: string;
  const processes: ApiProcess[] = [];
  let restarted: ApiProcess;
  let api: ReturnType<typeof apiClient>;
  let sent: SentCommand[];
  let acknowledged: SentCommand[];
  const partIds: string[] = [];
  const streams = new Map<string, EventEnvelope[]>();
  const start = async () => {
    const started = spawnApi(dataDir, await freePort());
    processes.push(started);
    await waitForHealth(started);
    return started;
  };

  beforeAll(async () => {
    // `npm run build` under the lock the CLI specs share, and only when a source changed: a build while
    // another suite runs node on dist/ could hand it a half-written file.
    await buildDist();
    dataDir = await mkdtemp(join(tmpdir(), 'repaero-crash-'));

    const first = await start();
    const token = await signIn(first.baseUrl, 'admin', ADMIN_PASSWORD);
    for (let i = 1; i <= PARTS; i += 1) {
      const { partId } = await apiClient(first.baseUrl, token).post<{ partId: string }>('/api/v1/stock/parts', {
        partNumber: `CRASH-${process.pid}-${i}`,
        description: `Crash test part ${i}`,
        unit: 'EA',
      });
      partIds.push(partId);
    }

    const load = startLoad({ baseUrl: first.baseUrl, token, partIds, clients: CLIENTS, locations: LOCATIONS });
    const started = Date.now();
    // ~2 s of load, and enough acknowledged commands to check, however slow the machine (no time is asserted)
    while ((Date.now() - started < LOAD_MS || load.acknowledged().length < MIN_ACKNOWLEDGED) && Date.now() - started < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const killed = first.kill9();
    await load.stop();
    await killed;
    sent = load.sent;
    acknowledged = load.acknowledged();

    restarted = await start();
    api = apiClient(restarted.baseUrl, await signIn(restarted.baseUrl, 'admin', ADMIN_PASSWORD));
    for (const partId of partIds) {
      const { events } = await api.get<{ events: EventEnvelope[] }>(`/api/v1/audit/streams/part-${partId}?limit=10000`);
      streams.set(partId, events);
    }
  }, 180_000);

  afterAll(async () => {
    for (const started of processes) await started.kill9();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('acknowledged commands before the kill, and answered none with a server error', () => {
    expect(acknowledged.length).toBeGreaterThanOrEqual(MIN_ACKNOWLEDGED);
    expect(sent.filter((command) => command.outcome === 'failed').map((command) => command.status)).toEqual([]);
  });

  it('keeps every acknowledged command at its stream, version and position', () => {
    for (const command of acknowledged) {
      const result = command.result!;
      expect(result.streamId).toBe(`part-${command.partId}`);
      const event = streams.get(command.partId)![result.version - 1];
      expect(event).toMatchObject({
        streamId: result.streamId,
        streamVersion: result.version,
        globalPosition: result.position,
        type: command.kind === 'receipt' ? 'stock.PartReceived' : 'stock.PartIssued',
        data: { locationCode: command.locationCode, quantity: command.quantity },
        metadata: { correlationId: command.correlationId },
      });
    }
  });

  it('stores only commands that were sent and not rejected', () => {
    const byCorrelation = new Map(sent.map((command) => [command.correlationId, command]));
    for (const events of streams.values()) {
      expect(events[0].type).toBe('stock.PartRegistered');
      for (const event of events.slice(1)) {
        const command = byCorrelation.get(event.metadata.correlationId);
        expect(command).toBeDefined();
        expect(['acknowledged', 'lost']).toContain(command!.outcome);
        expect(command!.partId).toBe(event.streamId.slice('part-'.length));
      }
    }
  });

  it('converges the read models on the replayed state, which holds every acknowledged movement', async () => {
    await waitForProjections(api);
    const byCorrelation = new Map(sent.map((command) => [command.correlationId, command]));
    for (const partId of partIds) {
      const events = streams.get(partId)!;
      // what this test sent and the store kept: the acknowledged commands plus any committed just before the kill
      const expected: OnHand = {};
      for (const event of events.slice(1)) {
        const command = byCorrelation.get(event.metadata.correlationId)!;
        const signed = command.kind === 'receipt' ? command.quantity : -command.quantity;
        expected[command.locationCode] = round3((expected[command.locationCode] ?? 0) + signed);
      }
      const { state } = await api.get<{ state: { onHand: OnHand } }>(`/api/v1/audit/streams/part-${partId}/state`);
      expect(state.onHand).toEqual(expected);

      const levels = await api.get<{ items: Array<{ locationCode: string; quantity: number }> }>(`/api/v1/stock/levels?partId=${partId}`);
      expect(Object.fromEntries(levels.items.map((level) => [level.locationCode, level.quantity]))).toEqual(expected);

      const positions = await movementPositions(api, partId);
      expect(positions).toEqual(events.slice(1).map((event) => event.globalPosition));
      for (const command of acknowledged.filter((c) => c.partId === partId)) expect(positions).toContain(command.result!.position);
    }
  });

  it('verifies every hash chain once the API is stopped', async () => {
    await restarted.stop();
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    try {
      const audit = new AuditService(store, new AggregateCatalogue([]), new UpcasterRegistry());
      const result = await audit.verify();
      expect(result.broken).toBeUndefined();
      expect(result.events).toBe(await store.headPosition());
      expect(result.streams).toBeGreaterThanOrEqual(PARTS);
    } finally {
      await store.close();
    }
    const cli = join(ROOT, 'dist/apps/cli/main.js');
    if (existsSync(cli)) {
      const run = promisify(execFile)(process.execPath, [cli, 'audit', 'verify'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, REPAERO_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      });
      await expect(run).resolves.toBeDefined(); // rejects on a non-zero exit code
    }
  });
});

async function waitForProjections(api: ReturnType<typeof apiClient>): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const { projections } = await api.get<{ projections: Array<{ lag: number }> }>('/api/v1/admin/projections');
    if (projections.every((projection) => projection.lag === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the projections did not catch up within a minute');
}

async function movementPositions(api: ReturnType<typeof apiClient>, partId: string): Promise<number[]> {
  const positions: number[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await api.get<{ items: Array<{ position: number }> }>(`/api/v1/stock/parts/${partId}/movements?limit=1000&offset=${offset}`);
    positions.push(...page.items.map((movement) => Number(movement.position)));
    if (page.items.length < 1000) return positions;
  }
}
