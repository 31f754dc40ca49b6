import type { EventEnvelope, PipelineDependencies } from '@repaero/event-sourcing';
import type { ActiveReadModels } from '@repaero/projections';
import type { OdooDomain, OdooPort } from '../odoo.port';
import type { OdooSyncConfig } from './odoo-sync.config';

export type OdooValues = Readonly<Record<string, unknown>>;

/** What a mapping may look at: our store (to fold a record's stream), read models, Odoo, and the ids of records already pushed. */
export interface OdooSyncContext {
  readonly pipeline: Pick<PipelineDependencies, 'store' | 'upcasters' | 'clock'>;
  /** The projections' read models; absent where the sync runs without them (then only what folds from streams is pushed). */
  readonly readModels?: ActiveReadModels;
  /** Resolves once these projections have passed `after` (no wait without it). */
  projected(projections: readonly string[], after?: number): Promise<void>;
  readonly odoo: OdooPort;
  readonly config: OdooSyncConfig;
  /**
   * The Odoo id of a record another mapping pushes (a quant's product). `after` is the log position
   * whose effects must be in: the call waits for that model's reactor to pass it.
   */
  odooIdOf(model: string, recordKey: string, after?: number): Promise<number>;
  /** Resolves once that model's reactor has passed `after` (no wait without it). */
  caughtUp(model: string, after?: number): Promise<void>;
  /** The warehouse stock location (`stock.warehouse.lot_stock_id`), looked up once. */
  defaultLocationId(): Promise<number>;
}

/**
 * One Odoo model, declared (ADR 0009): which events touch which of our records, the record's current
 * state, the fields Odoo should hold, and the stable key to find it by before any create.
 */
export interface OdooModelMapping<State = unknown> {
  readonly model: string;
  /** The reactor's name: its checkpoint, lease and parked events are keyed `reactor.<name>`. */
  readonly reactor: string;
  readonly handles: readonly string[];
  /** Our record keys an event touches (a part id, `<partId>@<location>`...). */
  keysOf(event: EventEnvelope, ctx: OdooSyncContext): Promise<readonly string[]>;
  /** The record's current state, with the effects of the log up to `after`; undefined when there is nothing (yet) to push. */
  load(key: string, ctx: OdooSyncContext, after?: number): Promise<State | undefined>;
  /** The fields as Odoo should hold them: hashed to skip unchanged pushes, compared field by field by reconcile. */
  fields(state: State, ctx: OdooSyncContext, after?: number): Promise<OdooValues>;
  /** The stable key (`default_code`, `ref`, `origin`...) searched before any create, so a record is adopted, never duplicated. */
  identity(fields: OdooValues): OdooDomain;
  /** Defaults to `create(model, fields)`. */
  create?(odoo: OdooPort, fields: OdooValues): Promise<number>;
  /** Defaults to `write(model, [id], fields)`. */
  update?(odoo: OdooPort, id: number, fields: OdooValues): Promise<void>;
  /** What Odoo holds for the compared fields; defaults to `read` of the keys of `fields`, many2one pairs reduced to ids. */
  readBack?(odoo: OdooPort, id: number, fields: OdooValues): Promise<OdooValues | undefined>;
}

/** Odoo answers a many2one as `[id, display_name]` and an empty field as `false`. */
export function comparable(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'string') return value[0];
  return value;
}

export async function readFields(odoo: OdooPort, model: string, id: number, names: readonly string[]): Promise<OdooValues | undefined> {
  const [row] = await odoo.read<Record<string, unknown>>(model, [id], names);
  if (!row) return undefined;
  return Object.fromEntries(names.map((name) => [name, comparable(row[name])]));
}
