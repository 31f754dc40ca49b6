import type { DataSource } from 'typeorm';
import { DependencyUnavailable, type Clock } from '@repaero/event-sourcing';
import type { CheckpointNotifier } from './checkpoint-notifier';
import { ProjectionStateStore } from './projection-state.store';

export interface PositionWaiterOptions {
  readonly notifier?: CheckpointNotifier;
  readonly clock: Clock;
  /** Longest pause between two reads of the checkpoint table; the first ones come faster. */
  readonly maxPollMs?: number;
}

/**
 * Read-your-writes (ARCHITECTURE rule 8). It reads the checkpoint table, so it works whether the
 * runners live in this process or in a worker; a local runner's commit only wakes it sooner.
 */
export class PositionWaiter {
  private readonly states: ProjectionStateStore;

  constructor(
    dataSource: DataSource,
    private readonly options: PositionWaiterOptions,
  ) {
    this.states = new ProjectionStateStore(dataSource, options.clock);
  }

  async waitForPosition(projections: readonly string[], position: number, timeoutMs: number): Promise<void> {
    if (projections.length === 0 || position <= 0) return;
    const deadline = Date.now() + timeoutMs;
    let pause = 5;
    let behind: string[] = [...projections];
    for (;;) {
      try {
        const checkpoints = await this.states.checkpoints(projections);
        behind = projections.filter((name) => (checkpoints.get(name) ?? 0) < position);
      } catch (error) {
        if (Date.now() >= deadline) {
          throw new DependencyUnavailable('read-store', `read store unavailable: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (behind.length === 0) return;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new DependencyUnavailable(
          'projections',
          `projections ${behind.join(', ')} have not reached position ${position} within ${timeoutMs} ms`,
          Math.max(1, Math.ceil(timeoutMs / 1000)),
        );
      }
      const wait = Math.min(pause, left);
      await (this.options.notifier ? this.options.notifier.next(wait) : new Promise((resolve) => setTimeout(resolve, wait)));
      pause = Math.min(pause * 2, this.options.maxPollMs ?? 200);
    }
  }
}
