import { excludeSystemEvents } from '@kurrent/kurrentdb-client';
import type { BatchHandler, EventEnvelope, SubscribeOptions, Subscription } from '@repaero/event-sourcing';
import type { KurrentDbClientPort, KurrentDbLiveSubscription } from './kurrentdb-client.port';
import { positionAt, toEnvelope } from './kurrentdb-envelope.mapper';

export interface KurrentDbSubscriptionOptions extends SubscribeOptions {
  readonly client: KurrentDbClientPort;
  readonly handler: BatchHandler;
  readonly onClose: () => void;
  readonly maxBackoffMs?: number;
}

/**
 * Catch-up then live over one server-side subscription to $all. Events are grouped into a batch while
 * more are already buffered; the iterator is not pulled while the handler runs, so the stream applies
 * back-pressure. A failing handler gets the very same batch again after a growing delay; a dropped
 * subscription is reopened from the last checkpoint the handler acknowledged.
 */
export function kurrentDbSubscription(options: KurrentDbSubscriptionOptions): Subscription {
  const batchSize = options.batchSize ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 5000;
  let checkpoint = options.after;
  let running = true;
  let current: KurrentDbLiveSubscription | undefined;
  let wakeUp: (() => void) | undefined;

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
  const backoff = (attempt: number) => Math.min(100 * 2 ** attempt, maxBackoffMs);

  const deliver = async (batch: EventEnvelope[]) => {
    for (let attempt = 1; running; attempt++) {
      try {
        await options.handler(batch);
        checkpoint = batch[batch.length - 1].globalPosition;
        return;
      } catch (error) {
        options.onError?.(error, attempt);
        if (running) await pause(backoff(attempt));
      }
    }
  };

  const loop = (async () => {
    let failures = 0;
    while (running) {
      const stream = options.client.subscribeToAll({ fromPosition: positionAt(checkpoint), filter: excludeSystemEvents() });
      current = stream;
      let batch: EventEnvelope[] = [];
      try {
        for await (const resolved of stream) {
          if (!running) break;
          if (resolved.event) {
            const event = toEnvelope(resolved.event, resolved.commitPosition);
            const last = batch.length > 0 ? batch[batch.length - 1].globalPosition : checkpoint;
            if (event.globalPosition > last) batch.push(event);
          }
          if (batch.length >= batchSize || (batch.length > 0 && stream.readableLength === 0)) {
            await deliver(batch);
            batch = [];
            failures = 0;
          }
        }
        if (running && batch.length > 0) await deliver(batch);
        // The server ended the subscription: reopen from the checkpoint, without spinning.
        if (running) await pause(backoff(1));
      } catch (error) {
        if (!running) break;
        failures += 1;
        options.onError?.(error, failures);
        await pause(backoff(failures));
      } finally {
        await stream.unsubscribe().catch(() => undefined);
      }
    }
  })();

  return {
    async close() {
      if (!running) return loop;
      running = false;
      wakeUp?.();
      await current?.unsubscribe().catch(() => undefined);
      await loop;
      options.onClose();
    },
  };
}
