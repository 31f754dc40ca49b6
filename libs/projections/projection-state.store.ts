import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '@repaero/event-sourcing';
import { PROJECTION_STATE, exclusive, type ProjectionStateRow, type Slot } from '@repaero/read-store';

export interface ProjectionState {
  readonly projection: string;
  readonly activeSlot: Slot;
  readonly version: number;
  readonly checkpoint: number;
  readonly epoch: number;
}

function toState(row: ProjectionStateRow): ProjectionState {
  return {
    projection: row.projection,
    activeSlot: row.activeSlot === 'b' ? 'b' : 'a',
    version: Number(row.version),
    checkpoint: Number(row.checkpoint),
    epoch: Number(row.epoch),
  };
}

/** One row per projection: active slot, version, checkpoint and the fencing epoch. */
export class ProjectionStateStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private now(): string {
    return this.clock.now().toISOString();
  }

  /** Creates the row of a projection seen for the first time; a concurrent creator may win the race. */
  async ensure(projection: string, version: number): Promise<{ state: ProjectionState; created: boolean }> {
    const existing = await this.load(projection);
    if (existing) return { state: existing, created: false };
    try {
      await exclusive(this.dataSource, () =>
        this.dataSource.getRepository<ProjectionStateRow>(PROJECTION_STATE).insert({
          projection,
          activeSlot: 'a',
          version,
          checkpoint: 0,
          epoch: 0,
          lastError: null,
          lastErrorAt: null,
          updatedAt: this.now(),
        }),
      );
    } catch (error) {
      const raced = await this.load(projection);
      if (!raced) throw error;
      return { state: raced, created: false };
    }
    const state = await this.load(projection);
    if (!state) throw new Error(`projection state of ${projection} vanished`);
    return { state, created: true };
  }

  async load(projection: string, manager?: EntityManager): Promise<ProjectionState | undefined> {
    const read = (source: EntityManager) => source.getRepository<ProjectionStateRow>(PROJECTION_STATE).findOneBy({ projection });
    const row = manager ? await read(manager) : await exclusive(this.dataSource, () => read(this.dataSource.manager));
    return row ? toState(row) : undefined;
  }

  async loadAll(): Promise<ProjectionStateRow[]> {
    return exclusive(this.dataSource, () => this.dataSource.getRepository<ProjectionStateRow>(PROJECTION_STATE).find());
  }

  /**
   * First statement of every write to the active slot: takes the row lock and moves the epoch on
   * only if nobody else did since `epoch` was read. `false` means another writer (a worker that took
   * the lease over, a rebuild switch, a parked-event retry) got there first.
   */
  async claim(manager: EntityManager, projection: string, epoch: number): Promise<boolean> {
    const qb = manager.createQueryBuilder();
    const result = await qb
      .update(PROJECTION_STATE)
      .set({ epoch: epoch + 1 })
      .where({ projection, epoch })
      .callListeners(false)
      .execute();
    return result.affected === 1;
  }

  /** Unconditional claim, for writers that do not care who came before (switch, retry). */
  async bump(manager: EntityManager, projection: string): Promise<ProjectionState> {
    const qb = manager.createQueryBuilder();
    await qb
      .update(PROJECTION_STATE)
      .set({ epoch: () => `${qb.escape('epoch')} + 1` })
      .where({ projection })
      .callListeners(false)
      .execute();
    const state = await this.load(projection, manager);
    if (!state) throw new Error(`projection ${projection} has no state row`);
    return state;
  }

  async advance(manager: EntityManager, projection: string, checkpoint: number, lastError?: string): Promise<void> {
    const changes: Partial<ProjectionStateRow> = { checkpoint, updatedAt: this.now() };
    if (lastError) Object.assign(changes, { lastError: lastError.slice(0, 1900), lastErrorAt: this.now() });
    await manager
      .createQueryBuilder()
      .update(PROJECTION_STATE)
      .set(changes)
      .where({ projection })
      .callListeners(false)
      .execute();
  }

  async switchSlot(manager: EntityManager, projection: string, slot: Slot, version: number, checkpoint: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(PROJECTION_STATE)
      .set({ activeSlot: slot, version, checkpoint, updatedAt: this.now() })
      .where({ projection })
      .callListeners(false)
      .execute();
  }

  /** Best effort: the database may be the thing that is down. */
  async recordError(projection: string, message: string): Promise<void> {
    await exclusive(this.dataSource, () =>
      this.dataSource
        .createQueryBuilder()
        .update(PROJECTION_STATE)
        .set({ lastError: message.slice(0, 1900), lastErrorAt: this.now() })
        .where({ projection })
        .callListeners(false)
        .execute(),
    ).catch(() => undefined);
  }

  async checkpoints(projections: readonly string[]): Promise<Map<string, number>> {
    const rows = await exclusive(this.dataSource, () =>
      this.dataSource
        .getRepository<ProjectionStateRow>(PROJECTION_STATE)
        .find({ select: { projection: true, checkpoint: true }, where: { projection: In([...projections]) } }),
    );
    return new Map(rows.map((row) => [row.projection, Number(row.checkpoint)]));
  }
}
