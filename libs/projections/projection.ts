import type { EntityManager, ObjectLiteral, Repository } from 'typeorm';
import type { EventEnvelope } from '@repaero/event-sourcing';
import type { ReadModel } from '@repaero/read-store';

/**
 * Buffered access to one read model inside a batch: reads hit an identity map first, writes are
 * flushed as multi-row upserts/deletes when the batch commits. Use it OR `repository()` for a given
 * read model, not both: direct writes do not see buffered ones.
 */
export interface RowSet<Row extends ObjectLiteral> {
  get(key: Partial<Row>): Promise<Row | undefined>;
  put(row: Row): void;
  delete(key: Partial<Row>): void;
}

export type ApplyMode = 'live' | 'rebuild' | 'retry';

export interface ProjectionContext {
  /** The EntityManager of the current read-model transaction. */
  readonly manager: EntityManager;
  /** The repository of the slot this batch writes (active for live runs, inactive during a rebuild). */
  repository<Row extends ObjectLiteral>(model: ReadModel<Row>): Repository<Row>;
  rows<Row extends ObjectLiteral>(model: ReadModel<Row>): RowSet<Row>;
  readonly mode: ApplyMode;
}

export interface Projection {
  /** Stable id: checkpoint, lease and parked events are keyed by it. */
  readonly name: string;
  /** Bump it when the rows it writes change meaning or shape: the runner then rebuilds blue/green. */
  readonly version: number;
  readonly readModels: readonly ReadModel[];
  /** Event types it reads; others are skipped, yet the checkpoint moves over them. */
  readonly handles?: readonly string[];
  apply(event: EventEnvelope, ctx: ProjectionContext): Promise<void>;
}

export function defineProjection<P extends Projection>(projection: P): P {
  const problems: string[] = [];
  if (!/^[a-z][a-zA-Z0-9_.-]{0,99}$/.test(projection.name)) problems.push('name must be a short identifier');
  if (!Number.isInteger(projection.version) || projection.version < 1) problems.push('version must be a positive integer');
  if (projection.readModels.length === 0) problems.push('it must declare the read models it writes');
  if (problems.length > 0) throw new Error(`projection ${projection.name}: ${problems.join('; ')}`);
  return projection;
}

export function handlesEvent(projection: Pick<Projection, 'handles'>): (event: EventEnvelope) => boolean {
  if (!projection.handles) return () => true;
  const types = new Set(projection.handles);
  return (event) => types.has(event.type);
}
