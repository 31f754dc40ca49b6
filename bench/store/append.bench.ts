import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sealEvents, uuidV7Ids, type ProposedEvent } from '@repaero/event-sourcing';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { SCHEMA } from '@repaero/event-store-sqlite/schema';

export interface StoreBenchOptions {
  readonly sequentialAppends?: number;
  readonly concurrentCallers?: number;
  readonly appendsPerCaller?: number;
  readonly bareInserts?: number;
}

export interface StoreBenchResult {
  /** One single-event append at a time, each awaited: one transaction and fsync per append. */
  readonly adapterSequentialPerSec: number;
  /** Many callers at once: group commit shares a transaction and its fsync between them. */
  readonly adapterConcurrentPerSec: number;
  /** better-sqlite3 alone, same pragmas and rows, one transaction per event. */
  readonly bareSqlitePerSec: number;
  /** adapterConcurrentPerSec / bareSqlitePerSec: above 1, group commit beats the bare loop. */
  readonly ratio: number;
}

const actor = { id: 'bench', name: 'Bench', roles: ['storekeeper'] };

function event(n: number): ProposedEvent {
  return {
    id: uuidV7Ids.next(),
    type: 'stock.PartReceived',
    schemaVersion: 1,
    recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, n)).toISOString(),
    data: { partId: `P-${n}`, quantity: { value: n % 17, unit: 'EA' }, location: 'A-01-02', lot: `LOT-${n % 97}` },
    metadata: { actor, correlationId: `c-${n}`, causationId: `c-${n}`, source: 'api' },
  };
}

const perSecond = (count: number, startedAt: bigint) => Math.round(count / (Number(process.hrtime.bigint() - startedAt) / 1e9));

async function adapterSequential(file: string, appends: number): Promise<number> {
  const store = new SqliteEventStore({ file, synchronous: 'FULL' });
  try {
    const startedAt = process.hrtime.bigint();
    for (let n = 0; n < appends; n++) await store.append('bench-sequential', [event(n)], n === 0 ? 'no_stream' : n);
    return perSecond(appends, startedAt);
  } finally {
    await store.close();
  }
}

async function adapterConcurrent(file: string, callers: number, appendsPerCaller: number): Promise<number> {
  const store = new SqliteEventStore({ file, synchronous: 'FULL' });
  try {
    const startedAt = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: callers }, async (_, caller) => {
        for (let n = 0; n < appendsPerCaller; n++) {
          await store.append(`bench-caller${caller}`, [event(n)], n === 0 ? 'no_stream' : n);
        }
      }),
    );
    return perSecond(callers * appendsPerCaller, startedAt);
  } finally {
    await store.close();
  }
}

/** The floor to compare with: the rows the adapter writes per append (event and stream head), nothing else. */
function bareSqlite(file: string, inserts: number): number {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(SCHEMA);
    const insert = db.prepare(
      `INSERT INTO events (id, stream_id, stream_version, type, schema_version, recorded_at, data, metadata, prev_hash, hash)
       VALUES (@id, @streamId, @streamVersion, @type, @schemaVersion, @recordedAt, @data, @metadata, @prevHash, @hash)`,
    );
    const upsertHead = db.prepare(
      `INSERT INTO streams (stream_id, version, hash, position) VALUES (?, ?, ?, ?)
       ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, hash = excluded.hash, position = excluded.position`,
    );
    const rows = sealEvents(
      'bench-bare',
      0,
      undefined,
      Array.from({ length: inserts }, (_, n) => event(n)),
    ).map((sealed) => ({ ...sealed, data: JSON.stringify(sealed.data), metadata: JSON.stringify(sealed.metadata) }));
    const write = db.transaction((row: (typeof rows)[number]) => {
      const { lastInsertRowid } = insert.run(row);
      upsertHead.run(row.streamId, row.streamVersion, row.hash, Number(lastInsertRowid));
    });
    const startedAt = process.hrtime.bigint();
    for (const row of rows) write(row);
    return perSecond(inserts, startedAt);
  } finally {
    db.close();
  }
}

/** Appends per second of the embedded store at full durability, beside bare better-sqlite3 (`npm run bench`). */
export async function runStoreBench(options: StoreBenchOptions = {}): Promise<StoreBenchResult> {
  const directory = mkdtempSync(join(tmpdir(), 'repaero-store-bench-'));
  try {
    const adapterSequentialPerSec = await adapterSequential(join(directory, 'sequential.sqlite'), options.sequentialAppends ?? 2000);
    const adapterConcurrentPerSec = await adapterConcurrent(
      join(directory, 'concurrent.sqlite'),
      options.concurrentCallers ?? 64,
      options.appendsPerCaller ?? 100,
    );
    const bareSqlitePerSec = bareSqlite(join(directory, 'bare.sqlite'), options.bareInserts ?? 2000);
    return {
      adapterSequentialPerSec,
      adapterConcurrentPerSec,
      bareSqlitePerSec,
      ratio: Math.round((adapterConcurrentPerSec / bareSqlitePerSec) * 100) / 100,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runStoreBench().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
