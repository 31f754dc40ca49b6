import type { EventEmitter } from 'node:events';
import type { BatchHandler, EventEnvelope, Subscription } from '@repaero/event-sourcing';

export interface PollingSubscriptionOptions {
  readonly after: number;
  readonly batchSize: number;
  readonly pollIntervalMs: number;
  readonly read: (after: number, maxCount: number) => Promise<EventEnvelope[]>;
  /** Emits 'appended' when this process commits, so live delivery need not wait for the next poll. */
  readonly wake: EventEmitter;
  readonly handler: BatchHandler;
  readonly onClose: () => void;
  readonly maxBackoffMs?: number;
  readonly onError?: (error: unknown, attempt: number) => void;
}

/**
 * Catch-up then live: read after the checkpoint until the log is drained, then wait for a wake-up
 * or the poll interval (other processes append too). A failing handler gets the very same batch again
 * after a growing delay; the checkpoint only moves once the handler has succeeded.
 */
export function pollingSubscription(options: PollingSubscriptionOptions): Subscription {
  let checkpoint = options.after;
  let running = true;
  let wakeUp: (() => void) | undefined;
  // Only an idle subscription wakes on an append: one backing off after a failure keeps its delay,
  // so a peer that is down is not retried once per event written meanwhile.
  let idle = false;
  const onAppended = () => {
    if (idle) wakeUp?.();
  };
  options.wake.on('appended', onAppended);

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  const loop = (async () => {
    let failures = 0;
    let failed: EventEnvelope[] | undefined;
    while (running) {
      try {
        // A failed batch is retried as it was: re-reading would let it grow with events appended since.
        const batch = failed ?? (await options.read(checkpoint, options.batchSize));
        if (batch.length === 0) {
          idle = true;
          await pause(options.pollIntervalMs);
          idle = false;
          continue;
        }
        failed = batch;
        await options.handler(batch);
        failed = undefined;
        checkpoint = batch[batch.length - 1].globalPosition;
        failures = 0;
      } catch (error) {
        failures += 1;
        options.onError?.(error, failures);
        if (running) await pause(Math.min(100 * 2 ** failures, options.maxBackoffMs ?? 5000));
      }
    }
  })();

  return {
    async close() {
      running = false;
      options.wake.off('appended', onAppended);
      wakeUp?.();
      await loop;
      options.onClose();
    },
  };
}
