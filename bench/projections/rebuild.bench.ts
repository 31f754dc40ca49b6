import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventMetadata, ProposedEvent } from '@repaero/event-sourcing';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { ProjectionEngine, defineProjection } from '@repaero/projections';
import { createReadDataSource, defineReadModel } from '@repaero/read-store';
import { elapsedMs, progress, round, runAlone } from '../support/stats';

export interface RebuildBenchOptions {
  readonly events?: number;
  readonly parts?: number;
  /** Events per rebuild transaction. */
  readonly batchSize?: number;
}

export interface RebuildBenchResult {
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSec: number;
  /** CPU time of the rebuild: steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
}

interface PartTotalRow {
  partId: string;
  location: string;
  quantity: number;
  movements: number;
  lastPosition: number;
}

const partTotal = defineReadModel<PartTotalRow>({
  name: 'bench_part_total',
  columns: {
    partId: { type: 'string', length: 32 },
    location: { type: 'string', length: 16 },
    quantity: { type: 'bigint' },
    movements: { type: 'integer' },
    lastPosition: { type: 'bigint' },
  },
  primaryKey: ['partId', 'location'],
});

/** A context-shaped projection: read the row, change it, put it back (through the batch's RowSet). */
const partTotals = defineProjection({
  name: 'bench-part-totals',
  version: 1,
  readModels: [partTotal],
  handles: ['stock.PartReceived', 'stock.PartIssued'],
  async apply(event, ctx) {
    const data = event.data as { partId: string; location: string; quantity: number };
    const rows = ctx.rows(partTotal);
    const current = await rows.get({ partId: data.partId, location: data.location });
    rows.put({
      partId: data.partId,
      location: data.location,
      quantity: (current?.quantity ?? 0) + (event.type === 'stock.PartIssued' ? -data.quantity : data.quantity),
      movements: (current?.movements ?? 0) + 1,
      lastPosition: event.globalPosition,
    });
  },
});

const metadata: EventMetadata = {
  actor: { id: 'bench', name: 'Bench', roles: ['storekeeper'] },
  correlationId: 'bench',
  causationId: 'bench',
  source: 'migration',
};

function movement(n: number, parts: number): ProposedEvent {
  return {
    id: `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`,
    type: n % 5 === 4 ? 'stock.PartIssued' : 'stock.PartReceived',
    schemaVersion: 1,
    recordedAt: new Date(Date.UTC(2026, 0, 1) + n).toISOString(),
    data: { partId: `P-${n % parts}`, location: `L-${n % 7}`, quantity: (n % 13) + 1 },
    metadata,
  };
}

/** Appends the events in a few large appends (one stream per 10,000), then times a full rebuild. */
export async function runRebuildBench(options: RebuildBenchOptions = {}): Promise<RebuildBenchResult> {
  const total = options.events ?? 200_000;
  const parts = options.parts ?? 5_000;
  const dir = mkdtempSync(join(tmpdir(), 'repaero-rebuild-bench-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db'), synchronous: 'NORMAL' });
  const dataSource = await createReadDataSource({ type: 'sqlite', file: join(dir, 'read.db') }, [partTotal]);
  try {
    const appendStart = process.hrtime.bigint();
    for (let first = 0; first < total; first += 10_000) {
      const events = Array.from({ length: Math.min(10_000, total - first) }, (_, index) => movement(first + index, parts));
      await store.append(`benchpart-${first / 10_000}`, events, 'no_stream');
    }
    progress(`appended ${total} events in ${round(elapsedMs(appendStart) / 1000)} s`);

    const engine = new ProjectionEngine({
      store,
      dataSource,
      projections: [partTotals],
      rebuildBatchSize: options.batchSize ?? 5_000,
      logger: { info: () => undefined, warn: (message) => progress(message), error: (message) => progress(message) },
    });
    let lastReport = 0;
    const cpu = process.cpuUsage();
    const result = await engine.rebuild(partTotals.name, (step) => {
      if (step.processed - lastReport >= 50_000 || step.processed === step.total) {
        lastReport = step.processed;
        progress(`${step.processed}/${step.total} events, ${Math.round(step.eventsPerSec)}/s, eta ${round(step.etaSeconds ?? 0, 1)} s`);
      }
    });
    const { user, system } = process.cpuUsage(cpu);
    const rows = await engine.readModels.read(partTotal, (repository) => repository.count());
    progress(`rebuilt ${rows} rows into slot ${result.slot}`);
    return {
      events: result.events,
      seconds: round(result.seconds, 3),
      eventsPerSec: Math.round(result.eventsPerSec),
      cpuSeconds: round((user + system) / 1e6, 3),
    };
  } finally {
    await store.close();
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) runAlone(() => runRebuildBench());
