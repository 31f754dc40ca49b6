import { LessThan, Not, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '@repaero/event-sourcing';
import { PROJECTION_REBUILD, exclusive, type ProjectionRebuildRow, type Slot } from '@repaero/read-store';

export interface RebuildProgress {
  readonly processed: number;
  /** Events to replay in all: processed plus what the log still holds after the rebuild's position. */
  readonly total: number;
  readonly eventsPerSec: number;
  readonly etaSeconds: number | null;
  readonly position: number;
}

export type RebuildStatus = 'running' | 'switched' | 'failed';

export interface RebuildInfo extends RebuildProgress {
  readonly slot: Slot;
  readonly version: number;
  readonly owner: string;
  readonly status: RebuildStatus;
  readonly startedAt: string;
  readonly updatedAt: string;
  /** A `running` rebuild whose owner stopped renewing is dead: another one may start. */
  readonly stale: boolean;
  readonly error: string | null;
}

/** Progress lives in the database so that `status` in another process (API, CLI) can show it. */
export class RebuildProgressStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private repository(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository<ProjectionRebuildRow>(PROJECTION_REBUILD);
  }

  /** Claims the rebuild of a projection; `false` while another live rebuild holds it. */
  async begin(projection: string, slot: Slot, version: number, owner: string, total: number, ttlMs: number): Promise<boolean> {
    const now = this.clock.now();
    const row: ProjectionRebuildRow = {
      projection,
      slot,
      version,
      owner,
      status: 'running',
      processed: 0,
      total,
      eventsPerSec: 0,
      etaSeconds: null,
      checkpoint: 0,
      startedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      expiresAt: now.getTime() + ttlMs,
      error: null,
    };
    return exclusive(this.dataSource, async () => {
      if (!(await this.repository().existsBy({ projection }))) {
        try {
          await this.repository().insert(row);
          return true;
        } catch {
          // someone else created it meanwhile: compete with the conditional update below
        }
      }
      const result = await this.dataSource
        .createQueryBuilder()
        .update(PROJECTION_REBUILD)
        .set(row)
        .where([
          { projection, status: Not('running') },
          { projection, expiresAt: LessThan(now.getTime()) },
          { projection, owner },
        ])
        .callListeners(false)
        .execute();
      return result.affected === 1;
    });
  }

  /** `false`: the rebuild was taken over by another owner after ours went quiet. */
  async progress(manager: EntityManager, projection: string, owner: string, progress: RebuildProgress, ttlMs: number): Promise<boolean> {
    const now = this.clock.now();
    const result = await manager
      .createQueryBuilder()
      .update(PROJECTION_REBUILD)
      .set({
        processed: progress.processed,
        total: progress.total,
        eventsPerSec: Math.round(progress.eventsPerSec),
        etaSeconds: progress.etaSeconds === null ? null : Math.round(progress.etaSeconds),
        checkpoint: progress.position,
        updatedAt: now.toISOString(),
        expiresAt: now.getTime() + ttlMs,
      })
      .where({ projection, owner })
      .callListeners(false)
      .execute();
    return result.affected === 1;
  }

  async finish(projection: string, owner: string, status: RebuildStatus, error: string | null, manager?: EntityManager): Promise<void> {
    const write = (source: EntityManager) =>
      source
        .createQueryBuilder()
        .update(PROJECTION_REBUILD)
        .set({ status, error, etaSeconds: status === 'switched' ? 0 : null, updatedAt: this.clock.now().toISOString() })
        .where({ projection, owner })
        .callListeners(false)
        .execute();
    if (manager) await write(manager);
    else await exclusive(this.dataSource, () => write(this.dataSource.manager));
  }

  async get(projection: string): Promise<RebuildInfo | undefined> {
    const row = await exclusive(this.dataSource, () => this.repository().findOneBy({ projection }));
    if (!row) return undefined;
    const status: RebuildStatus = row.status === 'switched' || row.status === 'failed' ? row.status : 'running';
    return {
      slot: row.slot === 'b' ? 'b' : 'a',
      version: Number(row.version),
      owner: row.owner,
      status,
      processed: Number(row.processed),
      total: Number(row.total),
      eventsPerSec: Number(row.eventsPerSec),
      etaSeconds: row.etaSeconds === null ? null : Number(row.etaSeconds),
      position: Number(row.checkpoint),
      startedAt: row.startedAt,
      updatedAt: row.updatedAt,
      stale: status === 'running' && Number(row.expiresAt) < this.clock.now().getTime(),
      error: row.error,
    };
  }
}
