import type { Slot } from '@repaero/read-store';
import type { ApplyMode } from './projection';

export interface ProjectionLogger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export const consoleProjectionLogger: ProjectionLogger = {
  info: (message, details) => console.info(message, details ?? ''),
  warn: (message, details) => console.warn(message, details ?? ''),
  error: (message, details) => console.error(message, details ?? ''),
};

export interface ParkedAlert {
  readonly projection: string;
  readonly slot: Slot;
  readonly mode: ApplyMode;
  readonly position: number;
  readonly eventId: string;
  readonly eventType: string;
  readonly streamId: string;
  readonly error: string;
}

export interface ProjectionCounts {
  /** Events handed to `apply` and committed (skipped types are not counted). */
  readonly applied: number;
  readonly parked: number;
  readonly batches: number;
  /** Batches rolled back by an infrastructure error and retried. */
  readonly batchFailures: number;
}

const ZERO: ProjectionCounts = { applied: 0, parked: 0, batches: 0, batchFailures: 0 };

/** In-process counters for the metrics module (monotonic, per projection, since start). */
export class ProjectionCounters {
  private readonly counts = new Map<string, ProjectionCounts>();

  add(projection: string, delta: Partial<ProjectionCounts>): void {
    const current = this.counts.get(projection) ?? ZERO;
    this.counts.set(projection, {
      applied: current.applied + (delta.applied ?? 0),
      parked: current.parked + (delta.parked ?? 0),
      batches: current.batches + (delta.batches ?? 0),
      batchFailures: current.batchFailures + (delta.batchFailures ?? 0),
    });
  }

  get(projection: string): ProjectionCounts {
    return this.counts.get(projection) ?? ZERO;
  }

  snapshot(): Record<string, ProjectionCounts> {
    return Object.fromEntries(this.counts);
  }
}

export interface ProjectionMonitor {
  readonly logger: ProjectionLogger;
  readonly counters: ProjectionCounters;
  /** The alert hook: called once per parked event, after the batch that parked it committed. */
  readonly onParked?: (alert: ParkedAlert) => void;
}

export function raiseParked(monitor: ProjectionMonitor, alerts: readonly ParkedAlert[]): void {
  for (const alert of alerts) {
    monitor.counters.add(alert.projection, { parked: 1 });
    monitor.logger.warn(`projection ${alert.projection} parked event ${alert.position} (${alert.eventType})`, { ...alert });
    try {
      monitor.onParked?.(alert);
    } catch (error) {
      monitor.logger.error('parked-event alert hook failed', { error: String(error) });
    }
  }
}
