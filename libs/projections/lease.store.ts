import { hostname } from 'node:os';
import { IsNull, LessThan, type DataSource } from 'typeorm';
import type { Clock } from '@repaero/event-sourcing';
import { PROJECTION_LEASE, exclusive, type ProjectionLeaseRow } from '@repaero/read-store';

export interface LeaseHolder {
  readonly owner: string;
  readonly expiresAt: Date;
}

/**
 * One lease row per projection, taken and renewed with a conditional UPDATE so that one worker runs
 * a projection at a time. The fencing epoch of the state row is what makes a stale holder harmless;
 * the lease just keeps the others from trying.
 */
export class LeaseStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private repository() {
    return this.dataSource.getRepository<ProjectionLeaseRow>(PROJECTION_LEASE);
  }

  async tryAcquire(projection: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = this.clock.now().getTime();
    return exclusive(this.dataSource, async () => {
      if (!(await this.repository().existsBy({ projection }))) {
        await this.repository()
          .insert({ projection, owner: null, expiresAt: 0 })
          .catch(() => undefined);
      }
      const current = await this.repository().findOneBy({ projection });
      const deadOwner = current?.owner && isDeadLocalOwner(current.owner) ? [{ projection, owner: current.owner }] : [];
      const result = await this.dataSource
        .createQueryBuilder()
        .update(PROJECTION_LEASE)
        .set({ owner, expiresAt: now + ttlMs })
        .where([
          { projection, owner: IsNull() },
          { projection, owner },
          { projection, expiresAt: LessThan(now) },
          ...deadOwner,
        ])
        .callListeners(false)
        .execute();
      return result.affected === 1;
    });
  }

  async release(projection: string, owner: string): Promise<void> {
    await exclusive(this.dataSource, () =>
      this.dataSource
        .createQueryBuilder()
        .update(PROJECTION_LEASE)
        .set({ owner: null, expiresAt: 0 })
        .where({ projection, owner })
        .callListeners(false)
        .execute(),
    );
  }

  async holder(projection: string): Promise<LeaseHolder | undefined> {
    const row = await exclusive(this.dataSource, () => this.repository().findOneBy({ projection }));
    if (!row?.owner || Number(row.expiresAt) < this.clock.now().getTime()) return undefined;
    return { owner: row.owner, expiresAt: new Date(Number(row.expiresAt)) };
  }
}

/**
 * Owners are `host:pid:nonce`. A holder on this host whose process is gone (kill -9, power cut) cannot
 * renew; taking its lease at once spares the restarted service a stale read model until expiry.
 */
export function isDeadLocalOwner(owner: string): boolean {
  const [host, pid] = owner.split(':');
  if (host !== hostname() || !/^\d+$/.test(pid ?? '') || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
