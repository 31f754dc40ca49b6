import type { DataSource, EntityManager, ObjectLiteral, Repository } from 'typeorm';
import type { EventEnvelope, UpcasterRegistry } from '@repaero/event-sourcing';
import { readTransaction, slotTable, type ReadModel, type Slot } from '@repaero/read-store';
import type { ParkedEventStore } from './parked-event.store';
import { handlesEvent, type ApplyMode, type Projection, type ProjectionContext } from './projection';
import type { ParkedAlert } from './projection-monitor';
import { BufferedRows, type BufferedRowsOptions } from './row-set';
import { isTransient, messageOf } from './transient-error';

/** An event's own fault (not the infrastructure's): the batch is redone event by event and it is parked. */
class ProjectionFault extends Error {
  constructor(override readonly cause: unknown) {
    super(messageOf(cause));
    this.name = 'ProjectionFault';
  }
}

export interface BatchHooks {
  /** First statements of the transaction; `false` abandons the batch (someone else wrote). */
  before(manager: EntityManager): Promise<boolean>;
  /** Last statements of the same transaction: the checkpoint or rebuild progress. */
  after(manager: EntityManager, parked: readonly ParkedAlert[]): Promise<void>;
}

export type BatchOutcome = { readonly status: 'stale' } | { readonly status: 'committed'; readonly applied: number; readonly parked: readonly ParkedAlert[] };

class BatchContext implements ProjectionContext {
  constructor(
    readonly manager: EntityManager,
    readonly mode: ApplyMode,
    private readonly slot: Slot,
    private readonly rowsOf: (model: ReadModel) => BufferedRows<ObjectLiteral>,
  ) {}

  repository<Row extends ObjectLiteral>(model: ReadModel<Row>): Repository<Row> {
    this.rowsOf(model);
    return this.manager.getRepository<Row>(slotTable(model, this.slot));
  }

  rows<Row extends ObjectLiteral>(model: ReadModel<Row>): BufferedRows<Row> {
    return (this.rowsOf(model) as unknown as BufferedRows<Row>).bind(this.manager);
  }
}

/**
 * Applies batches of one projection to one slot inside one read-model transaction each. The fast
 * path runs the whole batch and flushes buffered rows once; if an event fails, the transaction is
 * rolled back and the batch is redone with a savepoint per event, parking the ones that fail.
 */
export class ProjectionApplier {
  private readonly buffers = new Map<string, BufferedRows<ObjectLiteral>>();
  private readonly handles: (event: EventEnvelope) => boolean;

  constructor(
    private readonly dataSource: DataSource,
    private readonly projection: Projection,
    readonly slot: Slot,
    private readonly parked: ParkedEventStore,
    private readonly options: { readonly upcasters?: UpcasterRegistry; readonly rows?: BufferedRowsOptions } = {},
  ) {
    this.handles = handlesEvent(projection);
  }

  private rowsOf = (model: ReadModel): BufferedRows<ObjectLiteral> => {
    if (!this.projection.readModels.some((declared) => declared.name === model.name)) {
      throw new Error(`projection ${this.projection.name} does not declare read model ${model.name}`);
    }
    let buffer = this.buffers.get(model.name);
    if (!buffer) {
      buffer = new BufferedRows(model, this.slot, this.options.rows);
      this.buffers.set(model.name, buffer);
    }
    return buffer;
  };

  /** Drops every cached row: after a rollback, or when the fencing epoch shows another writer. */
  forget(): void {
    for (const buffer of this.buffers.values()) buffer.forget();
  }

  private upcast(event: EventEnvelope): EventEnvelope {
    return this.options.upcasters ? this.options.upcasters.upcast(event) : event;
  }

  private async flush(manager: EntityManager): Promise<void> {
    for (const buffer of this.buffers.values()) await buffer.flush(manager);
  }

  private async applyAll(manager: EntityManager, events: readonly EventEnvelope[], mode: ApplyMode): Promise<number> {
    const ctx = new BatchContext(manager, mode, this.slot, this.rowsOf);
    let applied = 0;
    try {
      for (const event of events) {
        if (!this.handles(event)) continue;
        await this.projection.apply(this.upcast(event), ctx);
        applied++;
      }
      await this.flush(manager);
    } catch (error) {
      throw isTransient(error) ? error : new ProjectionFault(error);
    }
    return applied;
  }

  /** Savepoint per event inside the caller's transaction; failing events are parked there too. */
  async applyWithin(
    manager: EntityManager,
    events: readonly EventEnvelope[],
    mode: ApplyMode,
  ): Promise<{ applied: number; parked: ParkedAlert[] }> {
    const parked: ParkedAlert[] = [];
    let applied = 0;
    for (const event of events) {
      if (!this.handles(event)) continue;
      for (const buffer of this.buffers.values()) buffer.beginEvent();
      try {
        await manager.transaction(async (savepoint) => {
          await this.projection.apply(this.upcast(event), new BatchContext(savepoint, mode, this.slot, this.rowsOf));
          await this.flush(savepoint);
        });
        for (const buffer of this.buffers.values()) buffer.endEvent(true);
        applied++;
      } catch (error) {
        for (const buffer of this.buffers.values()) buffer.endEvent(false);
        if (isTransient(error)) throw error;
        const message = messageOf(error);
        await this.parked.park(manager, this.projection.name, this.slot, event, message);
        parked.push({
          projection: this.projection.name,
          slot: this.slot,
          mode,
          position: event.globalPosition,
          eventId: event.id,
          eventType: event.type,
          streamId: event.streamId,
          error: message,
        });
      }
    }
    return { applied, parked };
  }

  /** Infrastructure errors propagate (nothing committed); the caller retries with back-off. */
  async applyBatch(events: readonly EventEnvelope[], mode: ApplyMode, hooks: BatchHooks): Promise<BatchOutcome> {
    try {
      return await readTransaction(this.dataSource, async (manager) => {
        if (!(await hooks.before(manager))) return { status: 'stale' as const };
        const applied = await this.applyAll(manager, events, mode);
        await hooks.after(manager, []);
        return { status: 'committed' as const, applied, parked: [] };
      });
    } catch (error) {
      this.forget();
      if (!(error instanceof ProjectionFault)) throw error;
    }
    try {
      return await readTransaction(this.dataSource, async (manager) => {
        if (!(await hooks.before(manager))) return { status: 'stale' as const };
        const { applied, parked } = await this.applyWithin(manager, events, mode);
        await hooks.after(manager, parked);
        return { status: 'committed' as const, applied, parked };
      });
    } catch (error) {
      this.forget();
      throw error;
    }
  }

  /** Re-applies one event alone (a parked-event retry); its failure is returned, not parked again. */
  async applyOne(manager: EntityManager, event: EventEnvelope): Promise<string | undefined> {
    try {
      await manager.transaction(async (savepoint) => {
        await this.projection.apply(this.upcast(event), new BatchContext(savepoint, 'retry', this.slot, this.rowsOf));
        await this.flush(savepoint);
      });
      return undefined;
    } catch (error) {
      this.forget();
      if (isTransient(error)) throw error;
      return messageOf(error);
    }
  }
}
