import type { DataSource } from 'typeorm';
import type { Clock, EventStore } from '@repaero/event-sourcing';
import type { Slot } from '@repaero/read-store';
import { LeaseStore } from './lease.store';
import { ParkedEventStore } from './parked-event.store';
import type { Projection } from './projection';
import { ProjectionStateStore } from './projection-state.store';
import { RebuildProgressStore, type RebuildInfo } from './rebuild-progress.store';

export interface ProjectionStatus {
  readonly name: string;
  /** The version this code writes. */
  readonly version: number;
  /** The version the active slot was built with; `null` before the projection first ran. */
  readonly storedVersion: number | null;
  readonly activeSlot: Slot | null;
  readonly checkpoint: number;
  readonly headPosition: number;
  readonly lag: number;
  /** Parked events of the active slot. */
  readonly parked: number;
  readonly leaseOwner: string | null;
  readonly leaseExpiresAt: string | null;
  /** The running rebuild, or the last one. */
  readonly rebuild: RebuildInfo | null;
  readonly lastError: { readonly message: string; readonly at: string } | null;
}

/** Everything read from the database, so the CLI shows what the API's runners are doing. */
export async function projectionStatus(
  deps: { readonly dataSource: DataSource; readonly store: EventStore; readonly clock: Clock },
  projections: readonly Projection[],
): Promise<ProjectionStatus[]> {
  const states = new ProjectionStateStore(deps.dataSource, deps.clock);
  const leases = new LeaseStore(deps.dataSource, deps.clock);
  const parked = new ParkedEventStore(deps.dataSource, deps.clock);
  const rebuilds = new RebuildProgressStore(deps.dataSource, deps.clock);
  const headPosition = await deps.store.headPosition();
  const rows = new Map((await states.loadAll()).map((row) => [row.projection, row]));
  const statuses: ProjectionStatus[] = [];
  for (const projection of projections) {
    const row = rows.get(projection.name);
    const activeSlot: Slot | null = row ? (row.activeSlot === 'b' ? 'b' : 'a') : null;
    const checkpoint = row ? Number(row.checkpoint) : 0;
    const lease = await leases.holder(projection.name);
    statuses.push({
      name: projection.name,
      version: projection.version,
      storedVersion: row ? Number(row.version) : null,
      activeSlot,
      checkpoint,
      headPosition,
      lag: Math.max(0, headPosition - checkpoint),
      parked: activeSlot ? await parked.count(projection.name, activeSlot) : 0,
      leaseOwner: lease?.owner ?? null,
      leaseExpiresAt: lease?.expiresAt.toISOString() ?? null,
      rebuild: (await rebuilds.get(projection.name)) ?? null,
      lastError: row?.lastError && row.lastErrorAt ? { message: row.lastError, at: row.lastErrorAt } : null,
    });
  }
  return statuses;
}
