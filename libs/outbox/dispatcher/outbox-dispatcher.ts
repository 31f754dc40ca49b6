import {
  BusinessRuleViolation,
  StreamVersionConflict,
  handleCommand,
  type Clock,
  type EventMetadata,
  type PipelineDependencies,
} from '@repaero/event-sourcing';
import { consoleProjectionLogger, messageOf, type ProjectionLogger } from '@repaero/projections';
import type { OutboxCommand } from '../domain/outbox-message/commands';
import type { OutboxChannel, OutboxEvent } from '../domain/outbox-message/events';
import { outboxMessageDecider, type OutboxMessageState } from '../domain/outbox-message/outbox-message.decider';
import { outboxStreamId } from '../domain/outbox-message/outbox-stream';
import type { OutboxQueries } from '../queries/outbox-messages/outbox.queries';
import { deliveryFailureOf } from './delivery-failure';
import { sendThrough, sendingChannels, type OutboxChannels } from './outbox-channels';
import { DEFAULT_OUTBOX_RETRY, retryAt, type OutboxRetryPolicy } from './retry-schedule';

export interface OutboxDispatcherOptions {
  /** The write side: outcomes are recorded through the one command pipeline. */
  readonly pipeline: PipelineDependencies;
  /** Finds due messages; the stream, not the read model, decides whether one is really sent. */
  readonly queries: OutboxQueries;
  readonly channels: OutboxChannels;
  /** Defaults to the pipeline's clock. */
  readonly clock?: Clock;
  /** The jitter source, in [0, 1). */
  readonly random?: () => number;
  readonly retry?: Partial<OutboxRetryPolicy>;
  /** Due messages taken per round (default 20). */
  readonly batchSize?: number;
  /** Pause between rounds once started (default 1 s). */
  readonly pollIntervalMs?: number;
  /** An attempt with no recorded outcome after this long is given up as interrupted (default 10 min). */
  readonly stuckAfterMs?: number;
  /** Appears in the actor id `outbox-dispatcher:<name>` of what it records. */
  readonly name?: string;
  readonly logger?: ProjectionLogger;
  /** Alert hook: called once per message parked by this dispatcher. */
  readonly onParked?: (alert: OutboxParkedAlert) => void;
}

export interface OutboxParkedAlert {
  readonly messageId: string;
  readonly channel: OutboxChannel;
  readonly attempts: number;
  readonly reason: string;
}

export interface DispatchReport {
  readonly delivered: string[];
  /** Failed, with a retry scheduled. */
  readonly retrying: string[];
  readonly parked: string[];
  /** Attempts whose outcome was never recorded, given up so that they are tried again. */
  readonly interrupted: string[];
  /** Not sent by this round: claimed by another dispatcher, or not due after all. */
  readonly skipped: string[];
  /** Sent, but the outcome could not be recorded yet: kept in memory and recorded next round. */
  readonly pending: string[];
  readonly errors: string[];
}

interface LoadedMessage {
  readonly state: OutboxMessageState;
  readonly version: number;
  readonly correlationId: string;
  readonly lastEventId: string;
}

interface PendingOutcome {
  readonly channel: OutboxChannel;
  readonly command: Extract<OutboxCommand, { type: 'RecordDelivery' | 'RecordFailure' }>;
  readonly metadata: EventMetadata;
}

function emptyReport(): DispatchReport {
  return { delivered: [], retrying: [], parked: [], interrupted: [], skipped: [], pending: [], errors: [] };
}

/**
 * Drives the outbox (ARCHITECTURE rule 13). Each round: record outcomes left over from the last one,
 * give up attempts stuck without an outcome, then claim each due message by appending
 * DeliveryAttempted at the version just loaded (a second dispatcher's claim conflicts and it moves on),
 * send it through its channel's port, and record the outcome: delivered, a retry at a back-off with
 * jitter, or parked. A crash between the send and its record is the one case that can send twice:
 * the peer gets the message id as idempotency key for that.
 */
export class OutboxDispatcher {
  private readonly clock: Clock;
  private readonly retry: OutboxRetryPolicy;
  private readonly logger: ProjectionLogger;
  private readonly actorId: string;
  private readonly pending = new Map<string, PendingOutcome>();
  private running: Promise<DispatchReport> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private started = false;

  constructor(private readonly options: OutboxDispatcherOptions) {
    this.clock = options.clock ?? options.pipeline.clock;
    this.retry = { ...DEFAULT_OUTBOX_RETRY, ...options.retry };
    this.logger = options.logger ?? consoleProjectionLogger;
    this.actorId = `outbox-dispatcher:${options.name ?? 'default'}`;
  }

  /** Channels whose messages wait for their integration to be configured. */
  get heldChannels(): OutboxChannel[] {
    const sending = sendingChannels(this.options.channels);
    return (['sms', 'email'] as const).filter((channel) => !sending.includes(channel));
  }

  /** Rounds every `pollIntervalMs` until stopped. */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (this.heldChannels.length > 0) this.logger.info(`outbox: channels held until configured: ${this.heldChannels.join(', ')}`);
    const loop = async () => {
      await this.runOnce().catch((error: unknown) => this.logger.error(`outbox: round failed: ${messageOf(error)}`));
      if (this.started) {
        this.timer = setTimeout(() => void loop(), this.options.pollIntervalMs ?? 1000);
        this.timer.unref();
      }
    };
    void loop();
  }

  /** Lets the current round finish (its sends included) and tries once more to record what is pending. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
    if (this.pending.size > 0) await this.flushPending(emptyReport());
    if (this.pending.size > 0) this.logger.error(`outbox: ${this.pending.size} outcomes could not be recorded before stopping`, { messages: [...this.pending.keys()] });
  }

  /** One round; rounds never overlap in one dispatcher. */
  runOnce(): Promise<DispatchReport> {
    if (!this.running) {
      this.running = this.round().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async round(): Promise<DispatchReport> {
    const report = emptyReport();
    await this.flushPending(report);
    const now = this.clock.now();
    const batch = this.options.batchSize ?? 20;
    const stuckBefore = new Date(now.getTime() - (this.options.stuckAfterMs ?? 10 * 60_000));
    for (const row of await this.options.queries.stuck(stuckBefore, batch)) {
      await this.guarded(row.messageId, report, () => this.interrupt(row.messageId, stuckBefore, report));
    }
    for (const row of await this.options.queries.due(now, sendingChannels(this.options.channels), batch)) {
      await this.guarded(row.messageId, report, () => this.dispatch(row.messageId, report));
    }
    return report;
  }

  private async guarded(messageId: string, report: DispatchReport, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      report.errors.push(messageId);
      this.logger.warn(`outbox: message ${messageId} not dispatched this round`, { error: messageOf(error) });
    }
  }

  private async load(messageId: string): Promise<LoadedMessage> {
    const { store, upcasters } = this.options.pipeline;
    let state = outboxMessageDecider.initialState();
    let version = 0;
    let correlationId = messageId;
    let lastEventId = messageId;
    for (const envelope of await store.readStream(outboxStreamId(messageId))) {
      state = outboxMessageDecider.evolve(state, upcasters.toDomainEvent<OutboxEvent>(envelope));
      if (envelope.streamVersion === 1) correlationId = envelope.metadata.correlationId;
      version = envelope.streamVersion;
      lastEventId = envelope.id;
    }
    return { state, version, correlationId, lastEventId };
  }

  private metadata(loaded: LoadedMessage, causationId = loaded.lastEventId): EventMetadata {
    return {
      actor: { id: this.actorId, name: 'Outbox dispatcher', roles: [] },
      correlationId: loaded.correlationId,
      causationId,
      source: 'scheduler',
    };
  }

  private async dispatch(messageId: string, report: DispatchReport): Promise<void> {
    const loaded = await this.load(messageId);
    const { state } = loaded;
    const now = this.clock.now();
    // The read model may lag behind the stream: the stream has the last word.
    const due = state.status === 'queued' || (state.status === 'failed' && Date.parse(state.retryAt) <= now.getTime());
    if (!due || this.pending.has(messageId) || this.options.channels[state.message.channel] === 'held') {
      report.skipped.push(messageId);
      return;
    }
    const attempt = state.attempts + 1;
    let claimId = loaded.lastEventId;
    try {
      await handleCommand(
        { ...this.options.pipeline, ids: { next: () => (claimId = this.options.pipeline.ids.next()) } },
        {
          decider: outboxMessageDecider,
          streamId: outboxStreamId(messageId),
          command: { type: 'StartAttempt', messageId, attempt, at: now.toISOString() },
          metadata: this.metadata(loaded),
          expectedVersion: loaded.version,
        },
      );
    } catch (error) {
      if (error instanceof StreamVersionConflict || error instanceof BusinessRuleViolation) {
        report.skipped.push(messageId);
        return;
      }
      throw error;
    }
    let command: PendingOutcome['command'];
    try {
      const providerId = await sendThrough(this.options.channels, state.message);
      command = { type: 'RecordDelivery', messageId, attempt, providerId, at: this.clock.now().toISOString() };
    } catch (error) {
      const failure = deliveryFailureOf(error);
      const failedAt = this.clock.now();
      const next = retryAt(failedAt, attempt - state.budgetFrom, this.retry, this.options.random ?? Math.random);
      command = { type: 'RecordFailure', messageId, attempt, failure, retryAt: next.toISOString(), maxAttempts: this.retry.maxAttempts, at: failedAt.toISOString() };
    }
    await this.record({ channel: state.message.channel, command, metadata: this.metadata(loaded, claimId) }, report);
  }

  /** No expected version: the attempt number is the guard, and an outcome must not lose to a concurrent requeue. */
  private async record(outcome: PendingOutcome, report: DispatchReport): Promise<void> {
    const { messageId } = outcome.command;
    let events: readonly OutboxEvent[];
    try {
      ({ events } = await handleCommand(this.options.pipeline, {
        decider: outboxMessageDecider,
        streamId: outboxStreamId(messageId),
        command: outcome.command,
        metadata: outcome.metadata,
      }));
    } catch (error) {
      if (error instanceof BusinessRuleViolation) throw error;
      this.pending.set(messageId, outcome);
      report.pending.push(messageId);
      this.logger.error(`outbox: outcome of message ${messageId} not recorded yet, kept for the next round`, { error: messageOf(error) });
      return;
    }
    this.pending.delete(messageId);
    this.report({ messageId, channel: outcome.channel, attempt: outcome.command.attempt }, events, report);
  }

  private report(
    { messageId, channel, attempt }: { readonly messageId: string; readonly channel: OutboxChannel; readonly attempt: number },
    events: readonly OutboxEvent[],
    report: DispatchReport,
  ): void {
    for (const event of events) {
      switch (event.type) {
        case 'outbox.MessageDelivered':
          report.delivered.push(messageId);
          break;
        case 'outbox.DeliveryFailed':
          if (event.data.kind === 'interrupted') report.interrupted.push(messageId);
          else if (event.data.retryAt) report.retrying.push(messageId);
          if (event.data.retryAt) this.logger.warn(`outbox: message ${messageId} attempt ${attempt} failed (${event.data.kind}), retry at ${event.data.retryAt}`);
          break;
        case 'outbox.MessageParked': {
          report.parked.push(messageId);
          this.alertParked({ messageId, channel, attempts: attempt, reason: event.data.reason });
          break;
        }
        case 'outbox.MessageQueued':
        case 'outbox.DeliveryAttempted':
        case 'outbox.MessageRequeued':
        case 'outbox.DeliveryStatusReported':
          break;
        default: {
          const unhandled: never = event;
          throw new Error(`unexpected event ${(unhandled as OutboxEvent).type}`);
        }
      }
    }
  }

  private alertParked(alert: OutboxParkedAlert): void {
    this.logger.warn(`outbox: message ${alert.messageId} parked`, { ...alert });
    try {
      this.options.onParked?.(alert);
    } catch (error) {
      this.logger.error('outbox: parked-message alert hook failed', { error: messageOf(error) });
    }
  }

  private async flushPending(report: DispatchReport): Promise<void> {
    for (const outcome of [...this.pending.values()]) {
      await this.guarded(outcome.command.messageId, report, () => this.record(outcome, report));
    }
  }

  private async interrupt(messageId: string, stuckBefore: Date, report: DispatchReport): Promise<void> {
    if (this.pending.has(messageId)) return;
    const loaded = await this.load(messageId);
    const { state } = loaded;
    if (state.status !== 'sending' || Date.parse(state.attemptStartedAt) > stuckBefore.getTime()) return;
    const at = this.clock.now().toISOString();
    try {
      const { events } = await handleCommand(this.options.pipeline, {
        decider: outboxMessageDecider,
        streamId: outboxStreamId(messageId),
        command: {
          type: 'RecordFailure',
          messageId,
          attempt: state.attempts,
          failure: {
            kind: 'interrupted',
            retryable: true,
            message: `no outcome recorded since ${state.attemptStartedAt}: the dispatcher stopped mid-send, the peer may have the message`,
          },
          retryAt: at,
          maxAttempts: this.retry.maxAttempts,
          at,
        },
        metadata: this.metadata(loaded),
        // A dispatcher still alive that records its outcome first wins.
        expectedVersion: loaded.version,
      });
      this.report({ messageId, channel: state.message.channel, attempt: state.attempts }, events, report);
    } catch (error) {
      if (!(error instanceof StreamVersionConflict)) throw error;
    }
  }
}
