import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UpcasterRegistry, uuidV7Ids, type EventMetadata, type ProposedEvent } from '@repaero/event-sourcing';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { enabledContexts } from '@repaero/contexts';
import { AggregateCatalogue, AuditService } from '@repaero/platform';
import { elapsedMs, progress, round, runAlone, summarize, type LatencySummary } from '../support/stats';

export interface StateAsOfBenchOptions {
  /** Events in the one part stream: a registration, then receipts one minute apart. */
  readonly events?: number;
  readonly runs?: number;
  readonly warmupRuns?: number;
}

export interface StateAsOfBenchResult {
  readonly streamEvents: number;
  readonly runs: number;
  /** AuditService.stateAsOf with `asOf` in the middle of the stream's life (half the events folded). */
  readonly stateAsOfMs: LatencySummary;
  /** The same call without `asOf`: the whole stream folded. */
  readonly currentStateMs: LatencySummary;
  /** store.readStream alone, the floor under both. */
  readonly readStreamMs: LatencySummary;
  /** The first stateAsOf on a freshly opened store: the stream comes from disk, not from the store's stream cache. */
  readonly firstCallMs: number;
  /** Version reached by the as-of fold (about half the stream). */
  readonly versionAsOf: number;
}

const START = Date.UTC(2026, 0, 5, 7, 0, 0);
const MINUTE = 60_000;
const APPEND_CHUNK = 500;

const metadata: EventMetadata = {
  actor: { id: 'bench', name: 'Bench', roles: ['storekeeper'] },
  correlationId: 'bench-state-as-of',
  causationId: 'bench-state-as-of',
  source: 'migration',
};

function eventAt(n: number, partId: string): ProposedEvent {
  const recordedAt = new Date(START + n * MINUTE).toISOString();
  if (n === 0) {
    return {
      id: uuidV7Ids.next(),
      type: 'stock.PartRegistered',
      schemaVersion: 1,
      recordedAt,
      data: { partId, partNumber: 'BENCH-AUDIT-1', description: 'Audit bench part', unit: 'EA', registeredAt: recordedAt },
      metadata,
    };
  }
  return {
    id: uuidV7Ids.next(),
    type: 'stock.PartReceived',
    schemaVersion: 1,
    recordedAt,
    data: { partId, locationCode: n % 2 === 0 ? 'MAIN-A01' : 'MAIN-B02', quantity: 1 + (n % 5), unit: 'EA', receivedAt: recordedAt },
    metadata: { ...metadata, correlationId: `bench-${n}`, causationId: `bench-${n}` },
  };
}

async function time<T>(runs: number, warmupRuns: number, action: () => Promise<T>): Promise<{ samples: number[]; last: T }> {
  let last = await action();
  for (let n = 1; n < warmupRuns; n++) last = await action();
  const samples: number[] = [];
  for (let n = 0; n < runs; n++) {
    const startedAt = process.hrtime.bigint();
    last = await action();
    samples.push(elapsedMs(startedAt));
  }
  return { samples, last };
}

/** AuditService.stateAsOf on one long stream in the embedded store (`npm run bench`, or `node dist/bench/audit/state-as-of.bench.js`). */
export async function runStateAsOfBench(options: StateAsOfBenchOptions = {}): Promise<StateAsOfBenchResult> {
  const eventCount = options.events ?? 10_000;
  const runs = options.runs ?? 50;
  const warmupRuns = options.warmupRuns ?? 5;
  const directory = mkdtempSync(join(tmpdir(), 'repaero-audit-bench-'));
  const file = join(directory, 'events.db');
  let store = new SqliteEventStore({ file, synchronous: 'FULL' });
  try {
    const partId = '0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a6978';
    const streamId = `part-${partId}`;
    progress(`state-as-of: appending ${eventCount} events to ${streamId}`);
    for (let from = 0; from < eventCount; from += APPEND_CHUNK) {
      const chunk = Array.from({ length: Math.min(APPEND_CHUNK, eventCount - from) }, (_, index) => eventAt(from + index, partId));
      await store.append(streamId, chunk, from === 0 ? 'no_stream' : from);
    }
    // Reopened: the first call reads the stream from disk, as an auditor's first look at it would.
    await store.close();
    store = new SqliteEventStore({ file, synchronous: 'FULL' });
    const catalogue = new AggregateCatalogue(enabledContexts(['stock']).enabled.flatMap((context) => context.aggregates));
    const audit = new AuditService(store, catalogue, new UpcasterRegistry());
    const asOf = new Date(START + Math.floor(eventCount / 2) * MINUTE + MINUTE / 2);

    const firstStartedAt = process.hrtime.bigint();
    await audit.stateAsOf(streamId, { asOf });
    const firstCallMs = round(elapsedMs(firstStartedAt));

    progress(`state-as-of: ${runs} runs as of ${asOf.toISOString()}`);
    const asOfRuns = await time(runs, warmupRuns, () => audit.stateAsOf(streamId, { asOf }));
    const currentRuns = await time(runs, warmupRuns, () => audit.stateAsOf(streamId, {}));
    const readRuns = await time(runs, warmupRuns, () => store.readStream(streamId));
    if (currentRuns.last.version !== eventCount) throw new Error(`folded ${currentRuns.last.version} events, expected ${eventCount}`);

    const result: StateAsOfBenchResult = {
      streamEvents: eventCount,
      runs,
      stateAsOfMs: summarize(asOfRuns.samples),
      currentStateMs: summarize(currentRuns.samples),
      readStreamMs: summarize(readRuns.samples),
      firstCallMs,
      versionAsOf: asOfRuns.last.version,
    };
    progress(
      `state-as-of: p50 ${result.stateAsOfMs.p50} ms, p99 ${result.stateAsOfMs.p99} ms (readStream alone p50 ${result.readStreamMs.p50} ms, ` +
        `whole fold p50 ${round(result.currentStateMs.p50)} ms, first call ${firstCallMs} ms)`,
    );
    return result;
  } finally {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runAlone(() => runStateAsOfBench());
}
