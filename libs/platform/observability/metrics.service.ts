import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { BusinessRuleViolation, NotFound, StreamVersionConflict } from '@repaero/event-sourcing';
import { RequestValidationFailed } from '../http/request-errors';

/** The same labels as the command handler's CommandObserver: Metrics is registered as COMMAND_OBSERVER. */
export type CommandOutcomeLabel = 'ok' | 'rejected' | 'conflict' | 'error';

/** The application's Prometheus metrics; one registry per instance so tests do not share state. */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly commands = new Counter({
    name: 'repaero_commands_total',
    help: 'Commands handled, by command and outcome (ok, rejected, conflict, error).',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly commandDuration = new Histogram({
    name: 'repaero_command_duration_seconds',
    help: 'Time to handle a command, from load to append.',
    labelNames: ['command'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly projectionLag = new Gauge({
    name: 'repaero_projection_lag_events',
    help: 'Events in the log that a projection has not processed yet.',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });
  private readonly parkedEvents = new Gauge({
    name: 'repaero_projection_parked_events',
    help: 'Events a projection could not apply and parked (dead letters).',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observe(command: string, outcome: CommandOutcomeLabel, durationSeconds: number): void {
    this.commands.inc({ command, outcome });
    this.commandDuration.observe({ command }, durationSeconds);
  }

  /** Times `run` and records its outcome, deduced from what it throws. */
  async timeCommand<T>(command: string, run: () => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const result = await run();
      this.observe(command, 'ok', seconds());
      return result;
    } catch (error) {
      this.observe(command, commandOutcomeOf(error), seconds());
      throw error;
    }
  }

  setProjectionLag(projection: string, events: number): void {
    this.projectionLag.set({ projection }, events);
  }

  setParkedEvents(projection: string, count: number): void {
    this.parkedEvents.set({ projection }, count);
  }

  contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

export function commandOutcomeOf(error: unknown): CommandOutcomeLabel {
  if (error instanceof BusinessRuleViolation || error instanceof NotFound || error instanceof RequestValidationFailed) return 'rejected';
  if (error instanceof StreamVersionConflict) return 'conflict';
  return 'error';
}
