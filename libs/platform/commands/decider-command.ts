import { Command } from '@nestjs/cqrs';
import type { CommandOutcome, CommandRequest, DomainEvent } from '@repaero/event-sourcing';

/**
 * The single command type on the CommandBus: it carries the decider with it, so one handler serves
 * every aggregate (ARCHITECTURE rule 2) and no per-aggregate repository re-implements the pipeline.
 */
export class DeciderCommand<C = unknown, E extends DomainEvent = DomainEvent, S = unknown> extends Command<CommandOutcome<E>> {
  constructor(
    /** A stable name for metrics and logs, e.g. `stock.ReceivePart`. */
    readonly name: string,
    readonly request: CommandRequest<C, E, S>,
  ) {
    super();
  }
}
