import type { DataSource, EntityManager } from 'typeorm';
import type { Clock, EventEnvelope } from '@repaero/event-sourcing';
import { PARKED_EVENT, exclusive, type ParkedEventRow, type Slot } from '@repaero/read-store';

export interface ParkedEvent {
  readonly projection: string;
  readonly slot: Slot;
  readonly position: number;
  readonly eventId: string;
  readonly eventType: string;
  readonly streamId: string;
  readonly errorMessage: string;
  readonly parkedAt: string;
  readonly attempts: number;
}

function toParked(row: ParkedEventRow): ParkedEvent {
  return { ...row, slot: row.slot === 'b' ? 'b' : 'a', position: Number(row.position), attempts: Number(row.attempts) };
}

/** The dead-letter table: events a projection could not apply, keyed by projection, slot and position. */
export class ParkedEventStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async park(manager: EntityManager, projection: string, slot: Slot, event: EventEnvelope, errorMessage: string): Promise<void> {
    const repository = manager.getRepository<ParkedEventRow>(PARKED_EVENT);
    const key = { projection, slot, position: event.globalPosition };
    const existing = await repository.findOneBy(key);
    const row: ParkedEventRow = {
      ...key,
      eventId: event.id,
      eventType: event.type,
      streamId: event.streamId,
      errorMessage,
      parkedAt: this.clock.now().toISOString(),
      attempts: existing ? Number(existing.attempts) + 1 : 1,
    };
    if (existing) await repository.update(key, row);
    else await repository.insert(row);
  }

  async recordFailure(manager: EntityManager, parked: ParkedEvent, errorMessage: string): Promise<void> {
    await manager
      .getRepository<ParkedEventRow>(PARKED_EVENT)
      .update({ projection: parked.projection, slot: parked.slot, position: parked.position }, { errorMessage, attempts: parked.attempts + 1 });
  }

  async remove(manager: EntityManager, projection: string, slot: Slot, position: number): Promise<void> {
    await manager.getRepository<ParkedEventRow>(PARKED_EVENT).delete({ projection, slot, position });
  }

  async clearSlot(manager: EntityManager, projection: string, slot: Slot): Promise<void> {
    await manager.getRepository<ParkedEventRow>(PARKED_EVENT).delete({ projection, slot });
  }

  async find(projection: string, slot: Slot, position: number, manager?: EntityManager): Promise<ParkedEvent | undefined> {
    const read = (source: EntityManager) => source.getRepository<ParkedEventRow>(PARKED_EVENT).findOneBy({ projection, slot, position });
    const row = manager ? await read(manager) : await exclusive(this.dataSource, () => read(this.dataSource.manager));
    return row ? toParked(row) : undefined;
  }

  async list(projection?: string, slot?: Slot): Promise<ParkedEvent[]> {
    const rows = await exclusive(this.dataSource, () =>
      this.dataSource.getRepository<ParkedEventRow>(PARKED_EVENT).find({
        where: { ...(projection ? { projection } : {}), ...(slot ? { slot } : {}) },
        order: { projection: 'ASC', position: 'ASC' },
      }),
    );
    return rows.map(toParked);
  }

  async count(projection: string, slot: Slot): Promise<number> {
    return exclusive(this.dataSource, () => this.dataSource.getRepository<ParkedEventRow>(PARKED_EVENT).countBy({ projection, slot }));
  }
}
