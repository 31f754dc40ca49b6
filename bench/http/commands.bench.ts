import { Agent } from 'node:http';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { progress, runAlone, type LatencySummary } from '../support/stats';
import { uuidV7Ids, type EventMetadata, type ProposedEvent } from '@repaero/event-sourcing';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { getJson, postJson, startApiProcess, type ApiProcessOptions } from './api-process';
import { driveLoad, type LoadResult } from './load';

export interface HttpBenchOptions extends ApiProcessOptions {
  /** Parts registered before the run; the clients spread their receipts over them. */
  readonly parts?: number;
  /** Concurrent keep-alive clients, each sending one command at a time. */
  readonly clients?: number;
  readonly warmupMs?: number;
  /** Measured window; ignored when `commands` is set. */
  readonly durationMs?: number;
  /** Measure a fixed number of commands instead of a duration. */
  readonly commands?: number;
  /** Open loop at this many commands per second (see LoadOptions.ratePerSec) instead of closed-loop clients. */
  readonly ratePerSec?: number;
  /** Writes a V8 CPU profile of the server over the measured window into this directory. */
  readonly profileDir?: string;
  /**
   * Receipts already in each part's stream before the run (written straight into the store file, then
   * projected before the warm-up): a part in service for years has thousands of movements.
   */
  readonly historyPerPart?: number;
}

export interface HttpBenchResult {
  readonly logLevel: string;
  readonly synchronous: 'FULL' | 'NORMAL';
  readonly projectors: 'on' | 'off';
  readonly clients: number;
  /** Open loop only: commands started per second, answered or not. */
  readonly offeredPerSec?: number;
  readonly parts: number;
  /** Events in each part's stream before the measured run. */
  readonly historyPerPart: number;
  readonly measuredSeconds: number;
  /** Acknowledged (201) receipt commands per second over the measured window. */
  readonly commandsPerSec: number;
  readonly commands: number;
  /** Non-201 answers and transport errors during the measured window. */
  readonly errors: number;
  readonly errorSamples: readonly string[];
  readonly latencyMs: LatencySummary;
  readonly cpu: LoadResult['cpu'] & { readonly cores: number };
  /** The store's head when the run ended, from the answers' positions. */
  readonly lastPosition: number;
}

const PROFILE_PRELOAD = join(__dirname, '..', 'support', 'cpu-profile-preload.js');

/**
 * Receipt commands over HTTP against the built API in a child process (`npm run bench`, or
 * `node dist/bench/http/commands.bench.js`): register parts, warm up, then N keep-alive clients
 * each send one command at a time for the measured window. Durability as configured in production:
 * synchronous=FULL, an answer only after COMMIT.
 */
export async function runHttpBench(options: HttpBenchOptions = {}): Promise<HttpBenchResult> {
  const clients = options.clients ?? 64;
  const partCount = options.parts ?? 64;
  const logLevel = options.logLevel ?? 'warn';
  const synchronous = options.synchronous ?? 'FULL';
  const projectors = options.env?.REPAERO_PROJECTORS === 'off' ? 'off' : 'on';
  const history = options.historyPerPart ?? 0;
  const label = `http[${logLevel}${projectors === 'off' ? ', projectors off' : ''}${history > 0 ? `, ${history} events per part` : ''}${
    options.ratePerSec ? `, open loop ${options.ratePerSec}/s` : ''
  }]`;

  progress(`${label}: starting the API (LOG_LEVEL=${logLevel}, synchronous=${synchronous}, projectors ${projectors})`);
  const nodeArgs = [...(options.nodeArgs ?? []), ...(options.profileDir ? ['-r', PROFILE_PRELOAD] : [])];
  const env = { ...options.env, ...(options.profileDir ? { BENCH_PROFILE_DIR: options.profileDir } : {}) };
  const seeded: string[] = [];
  const prepare =
    history > 0
      ? async (dataDir: string) => {
          progress(`${label}: seeding ${partCount} parts with ${history} receipts each`);
          seeded.push(...(await seedParts(join(dataDir, 'events.db'), partCount, history)));
        }
      : undefined;
  const server = await startApiProcess({ ...options, nodeArgs, env, logLevel, synchronous, prepare });
  const agent = new Agent({ keepAlive: true });
  try {
    const login = await postJson(agent, server.baseUrl, '/api/v1/auth/token', { username: 'admin', password: server.adminPassword });
    const token = (login.body as { accessToken?: string } | undefined)?.accessToken;
    if (!token) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);

    const partIds: string[] = [...seeded];
    if (seeded.length > 0) await projectionsCaughtUp(agent, server.baseUrl, token, label);
    else progress(`${label}: registering ${partCount} parts`);
    const tag = Date.now().toString(36).toUpperCase();
    for (let n = seeded.length; n < partCount; n++) {
      const answer = await postJson(
        agent,
        server.baseUrl,
        '/api/v1/stock/parts',
        { partNumber: `BENCH-${tag}-${n}`, description: `Bench part ${n}`, unit: 'EA' },
        token,
      );
      const partId = (answer.body as { partId?: string } | undefined)?.partId;
      if (answer.status !== 201 || !partId) throw new Error(`part registration failed: ${answer.status} ${JSON.stringify(answer.body)}`);
      partIds.push(partId);
    }

    const load = await driveLoad({
      label,
      baseUrl: server.baseUrl,
      pathFor: (client) => `/api/v1/stock/parts/${partIds[client % partIds.length]}/receipts`,
      body: { locationCode: 'MAIN-A01', quantity: 1 },
      headers: { authorization: `Bearer ${token}` },
      clients,
      warmupMs: options.warmupMs ?? 2000,
      durationMs: options.durationMs ?? 10000,
      requests: options.commands,
      ratePerSec: options.ratePerSec,
      serverCpuSeconds: server.cpuSeconds,
      onMeasureStart: () => {
        if (options.profileDir) process.kill(server.pid, 'SIGWINCH');
      },
      onMeasureEnd: async () => {
        if (!options.profileDir) return;
        process.kill(server.pid, 'SIGWINCH');
        await new Promise((resolve) => setTimeout(resolve, 1500));
      },
    });
    return {
      logLevel,
      synchronous,
      projectors,
      clients,
      ...(options.ratePerSec ? { offeredPerSec: options.ratePerSec } : {}),
      parts: partCount,
      historyPerPart: history,
      measuredSeconds: load.measuredSeconds,
      commandsPerSec: load.perSec,
      commands: load.acknowledged,
      errors: load.errors,
      errorSamples: load.errorSamples,
      latencyMs: load.latencyMs,
      cpu: { cores: availableParallelism(), ...load.cpu },
      lastPosition: load.lastPosition,
    };
  } finally {
    agent.destroy();
    await server.stop();
  }
}

/** Registers parts and their receipts straight through the store, as the API would have written them. */
async function seedParts(file: string, parts: number, receipts: number): Promise<string[]> {
  const store = new SqliteEventStore({ file, synchronous: 'NORMAL', streamCacheEvents: 0 });
  const metadata: EventMetadata = { actor: { id: 'bench', name: 'Bench', roles: ['storekeeper'] }, correlationId: 'bench-seed', causationId: 'bench-seed', source: 'migration' };
  const start = Date.UTC(2020, 0, 1);
  const partIds: string[] = [];
  try {
    for (let part = 0; part < parts; part++) {
      const partId = uuidV7Ids.next();
      partIds.push(partId);
      const events: ProposedEvent[] = [];
      for (let n = 0; n <= receipts; n++) {
        const recordedAt = new Date(start + (n * parts + part) * 60_000).toISOString();
        const data =
          n === 0
            ? { partId, partNumber: `SEED-${part}`, description: `Seeded part ${part}`, unit: 'EA', registeredAt: recordedAt }
            : { partId, locationCode: 'MAIN-A01', quantity: 1, unit: 'EA', receivedAt: recordedAt };
        events.push({ id: uuidV7Ids.next(), type: n === 0 ? 'stock.PartRegistered' : 'stock.PartReceived', schemaVersion: 1, recordedAt, data, metadata });
      }
      for (let from = 0; from < events.length; from += 500) {
        await store.append(`part-${partId}`, events.slice(from, from + 500), from === 0 ? 'no_stream' : from);
      }
    }
  } finally {
    await store.close();
  }
  return partIds;
}

interface ProjectionState {
  readonly lag: number;
  readonly headPosition: number;
  readonly storedVersion: number | null;
  readonly rebuild: { readonly status: string } | null;
}

/** The seeded history must be projected before measuring, or the catch-up would compete with the commands. */
async function projectionsCaughtUp(agent: Agent, baseUrl: string, token: string, label: string): Promise<void> {
  progress(`${label}: waiting for the projections to catch up`);
  const deadline = Date.now() + 300_000;
  for (;;) {
    const answer = await getJson(agent, baseUrl, '/api/v1/admin/projections', token);
    const projections = (answer.body as { projections?: ProjectionState[] } | undefined)?.projections;
    const done = (projection: ProjectionState) =>
      projection.storedVersion !== null && projection.lag === 0 && projection.headPosition > 0 && projection.rebuild?.status !== 'running';
    if (answer.status === 200 && projections && projections.length > 0 && projections.every(done)) return;
    if (Date.now() > deadline) throw new Error(`projections did not catch up: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

if (require.main === module) {
  const env = process.env;
  runAlone(() =>
    runHttpBench({
      logLevel: (env.BENCH_LOG_LEVEL as HttpBenchOptions['logLevel']) ?? 'warn',
      durationMs: env.BENCH_DURATION_MS ? Number(env.BENCH_DURATION_MS) : undefined,
      clients: env.BENCH_CLIENTS ? Number(env.BENCH_CLIENTS) : undefined,
      nodeArgs: env.BENCH_SERVER_NODE_ARGS ? env.BENCH_SERVER_NODE_ARGS.split(' ') : undefined,
      env: env.BENCH_SERVER_PROJECTORS ? { REPAERO_PROJECTORS: env.BENCH_SERVER_PROJECTORS } : undefined,
      profileDir: env.BENCH_PROFILE_DIR,
      historyPerPart: env.BENCH_HISTORY_PER_PART ? Number(env.BENCH_HISTORY_PER_PART) : undefined,
      ratePerSec: env.BENCH_RATE ? Number(env.BENCH_RATE) : undefined,
    }),
  );
}
