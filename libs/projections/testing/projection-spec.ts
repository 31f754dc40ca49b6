import type { ObjectLiteral } from 'typeorm';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { fixedClock, type EventMetadata, type ProposedEvent } from '@repaero/event-sourcing';
import type { ReadModel } from '@repaero/read-store';
import { ProjectionEngine } from '../projection-engine';
import type { ParkedEvent } from '../parked-event.store';
import type { Projection } from '../projection';
import type { ProjectionLogger } from '../projection-monitor';
import type { OpenedReadStore, TestReadStore } from './test-read-stores';

export interface GivenEvent {
  readonly type: string;
  readonly data: unknown;
  /** Defaults to `test-1`. */
  readonly streamId?: string;
  readonly recordedAt?: string;
  readonly schemaVersion?: number;
  readonly metadata?: Partial<EventMetadata>;
}

export interface ProjectionOutcome {
  /** Rows of the active slot, ordered by primary key. */
  rows<Row extends ObjectLiteral>(model: ReadModel<Row>): Promise<Row[]>;
  parked(): Promise<ParkedEvent[]>;
  readonly engine: ProjectionEngine;
  readonly readStore: OpenedReadStore;
}

export interface ProjectionScenario {
  expectRows<Row extends ObjectLiteral>(model: ReadModel<Row>, rows: readonly Row[]): Promise<void>;
  /** Several expectations on one outcome. */
  verify(check: (outcome: ProjectionOutcome) => Promise<void>): Promise<void>;
}

export interface ProjectionSpec {
  givenEvents(...events: readonly GivenEvent[]): ProjectionScenario;
}

export const silentLogger: ProjectionLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

const METADATA: EventMetadata = {
  actor: { id: 'spec', name: 'Projection spec', roles: [] },
  correlationId: 'spec',
  causationId: 'spec',
  source: 'api',
};

export function toProposed(event: GivenEvent, index: number): ProposedEvent {
  return {
    id: `00000000-0000-7000-8000-${String(index + 1).padStart(12, '0')}`,
    type: event.type,
    schemaVersion: event.schemaVersion ?? 1,
    recordedAt: event.recordedAt ?? new Date(Date.UTC(2026, 0, 1, 8, 0, index)).toISOString(),
    data: event.data,
    metadata: { ...METADATA, ...event.metadata },
  };
}

function orderByKey<Row extends ObjectLiteral>(model: ReadModel<Row>, rows: readonly Row[]): Row[] {
  const key = (row: Row) => model.primaryKey.map((column) => row[column]);
  return [...rows].sort((left, right) => {
    const [a, b] = [key(left), key(right)];
    for (let i = 0; i < a.length; i++) {
      if (a[i] < b[i]) return -1;
      if (a[i] > b[i]) return 1;
    }
    return 0;
  });
}

/**
 * Given recorded events, expect rows: the events go through the real runner (lease, batch
 * transaction, checkpoint) into a fresh read store of the dialect under test.
 */
export function projectionSpec(projection: Projection, readStore: TestReadStore): ProjectionSpec {
  const run = async (events: readonly GivenEvent[], check: (outcome: ProjectionOutcome) => Promise<void>) => {
    const store = new SqliteEventStore({ file: ':memory:', pollIntervalMs: 10 });
    const opened = await readStore.open(projection.readModels);
    const engine = new ProjectionEngine({
      store,
      dataSource: opened.dataSource,
      projections: [projection],
      clock: fixedClock('2026-01-01T12:00:00Z'),
      logger: silentLogger,
    });
    try {
      let position = 0;
      for (const [index, event] of events.entries()) {
        ({ position } = await store.append(event.streamId ?? 'test-1', [toProposed(event, index)], 'any'));
      }
      await engine.start();
      await engine.waitForPosition([projection.name], position, 10_000);
      await check({
        engine,
        readStore: opened,
        rows: async <Row extends ObjectLiteral>(model: ReadModel<Row>) =>
          orderByKey(model, await engine.readModels.read(model, (repository) => repository.find())),
        parked: () => engine.parkedEvents(projection.name),
      });
    } finally {
      await engine.stop();
      await store.close();
      await opened.close();
    }
  };
  return {
    givenEvents: (...events) => ({
      expectRows: (model, rows) =>
        run(events, async (outcome) => {
          expect(orderByKey(model, await outcome.rows(model))).toEqual(orderByKey(model, rows));
        }),
      verify: (check) => run(events, check),
    }),
  };
}
