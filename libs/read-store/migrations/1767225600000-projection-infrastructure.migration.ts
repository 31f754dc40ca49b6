import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { dialectOf } from '../dialect';
import { portableColumn } from '../portable-column';
import type { ColumnSpec } from '../read-model';

type Columns = Record<string, ColumnSpec & { readonly primary?: boolean }>;

/** Frozen on purpose: later shapes get a new migration, never an edit here. */
const TABLES: Record<string, Columns> = {
  projection_state: {
    projection: { type: 'string', length: 100, primary: true },
    active_slot: { type: 'string', length: 1 },
    version: { type: 'integer' },
    checkpoint: { type: 'bigint' },
    epoch: { type: 'bigint' },
    last_error: { type: 'string', length: 2000, nullable: true },
    last_error_at: { type: 'string', length: 30, nullable: true },
    updated_at: { type: 'string', length: 30 },
  },
  projection_lease: {
    projection: { type: 'string', length: 100, primary: true },
    owner: { type: 'string', length: 200, nullable: true },
    expires_at: { type: 'bigint' },
  },
  projection_rebuild: {
    projection: { type: 'string', length: 100, primary: true },
    slot: { type: 'string', length: 1 },
    version: { type: 'integer' },
    owner: { type: 'string', length: 200 },
    status: { type: 'string', length: 16 },
    processed: { type: 'bigint' },
    total: { type: 'bigint' },
    events_per_sec: { type: 'bigint' },
    eta_seconds: { type: 'bigint', nullable: true },
    checkpoint: { type: 'bigint' },
    started_at: { type: 'string', length: 30 },
    updated_at: { type: 'string', length: 30 },
    expires_at: { type: 'bigint' },
    error: { type: 'string', length: 2000, nullable: true },
  },
  parked_event: {
    projection: { type: 'string', length: 100, primary: true },
    slot: { type: 'string', length: 1, primary: true },
    position: { type: 'bigint', primary: true },
    event_id: { type: 'string', length: 64 },
    event_type: { type: 'string', length: 200 },
    stream_id: { type: 'string', length: 300 },
    error_message: { type: 'string', length: 2000 },
    parked_at: { type: 'string', length: 30 },
    attempts: { type: 'integer' },
  },
};

/** Checkpoints, slots, leases, rebuild progress and parked events, created alike on every dialect. */
export class ProjectionInfrastructure1767225600000 implements MigrationInterface {
  readonly name = 'ProjectionInfrastructure1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOf(queryRunner.connection);
    for (const [name, columns] of Object.entries(TABLES)) {
      const tableColumns = Object.entries(columns).map(([column, spec]): TableColumnOptions => {
        const { type, length, precision, scale } = portableColumn(dialect, spec);
        return {
          name: column,
          type: queryRunner.connection.driver.normalizeType({ type, length, precision, scale }),
          length: length === undefined ? undefined : String(length),
          precision,
          scale,
          isNullable: spec.nullable ?? false,
          isPrimary: spec.primary ?? false,
        };
      });
      await queryRunner.createTable(new Table({ name, columns: tableColumns }), true);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of Object.keys(TABLES).reverse()) await queryRunner.dropTable(name, true);
  }
}
