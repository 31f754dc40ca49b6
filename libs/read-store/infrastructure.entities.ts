import { EntitySchema } from 'typeorm';
import { portableColumn } from './portable-column';
import type { ColumnSpec } from './read-model';
import type { ReadStoreDialect } from './read-store-options';

export const PROJECTION_STATE = 'projection_state';
export const PROJECTION_LEASE = 'projection_lease';
export const PROJECTION_REBUILD = 'projection_rebuild';
export const PARKED_EVENT = 'parked_event';

export interface ProjectionStateRow {
  projection: string;
  activeSlot: string;
  version: number;
  checkpoint: number;
  /** Bumped by every write to the active slot: the fencing token that keeps two writers apart. */
  epoch: number;
  lastError: string | null;
  lastErrorAt: string | null;
  updatedAt: string;
}

export interface ProjectionLeaseRow {
  projection: string;
  owner: string | null;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export interface ProjectionRebuildRow {
  projection: string;
  slot: string;
  version: number;
  owner: string;
  status: string;
  processed: number;
  total: number;
  eventsPerSec: number;
  etaSeconds: number | null;
  checkpoint: number;
  startedAt: string;
  updatedAt: string;
  expiresAt: number;
  error: string | null;
}

export interface ParkedEventRow {
  projection: string;
  slot: string;
  position: number;
  eventId: string;
  eventType: string;
  streamId: string;
  errorMessage: string;
  parkedAt: string;
  attempts: number;
}

type Spec<Row> = { readonly [K in keyof Row]-?: ColumnSpec & { readonly primary?: boolean } };

const str = (length: number, nullable = false): ColumnSpec => ({ type: 'string', length, nullable });
const big: ColumnSpec = { type: 'bigint' };
const int: ColumnSpec = { type: 'integer' };

const STATE: Spec<ProjectionStateRow> = {
  projection: { ...str(100), primary: true },
  activeSlot: str(1),
  version: int,
  checkpoint: big,
  epoch: big,
  lastError: str(2000, true),
  lastErrorAt: str(30, true),
  updatedAt: str(30),
};

const LEASE: Spec<ProjectionLeaseRow> = {
  projection: { ...str(100), primary: true },
  owner: str(200, true),
  expiresAt: big,
};

const REBUILD: Spec<ProjectionRebuildRow> = {
  projection: { ...str(100), primary: true },
  slot: str(1),
  version: int,
  owner: str(200),
  status: str(16),
  processed: big,
  total: big,
  eventsPerSec: big,
  etaSeconds: { type: 'bigint', nullable: true },
  checkpoint: big,
  startedAt: str(30),
  updatedAt: str(30),
  expiresAt: big,
  error: str(2000, true),
};

const PARKED: Spec<ParkedEventRow> = {
  projection: { ...str(100), primary: true },
  slot: { ...str(1), primary: true },
  position: { ...big, primary: true },
  eventId: str(64),
  eventType: str(200),
  streamId: str(300),
  errorMessage: str(2000),
  parkedAt: str(30),
  attempts: int,
};

function schema<Row>(dialect: ReadStoreDialect, name: string, spec: Spec<Row>): EntitySchema<Row> {
  const columns = Object.fromEntries(
    Object.entries<ColumnSpec & { primary?: boolean }>(spec).map(([property, column]) => [
      property,
      { ...portableColumn(dialect, column), primary: column.primary ?? false, nullable: column.nullable ?? false },
    ]),
  );
  return new EntitySchema<Row>({ name, tableName: name, columns: columns as never });
}

/** Query-side view of the tables the migrations create (synchronize stays off). */
export function infrastructureEntities(dialect: ReadStoreDialect): EntitySchema[] {
  return [
    schema(dialect, PROJECTION_STATE, STATE),
    schema(dialect, PROJECTION_LEASE, LEASE),
    schema(dialect, PROJECTION_REBUILD, REBUILD),
    schema(dialect, PARKED_EVENT, PARKED),
  ] as EntitySchema[];
}
