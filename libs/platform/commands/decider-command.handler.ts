import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateStateCache, handleCommand, type CommandOutcome, type DomainEvent, type PipelineDependencies } from '@repaero/event-sourcing';
import { COMMAND_OBSERVER, PIPELINE_DEPENDENCIES } from '../tokens';
import { DeciderCommand } from './decider-command';
import { KeyedQueue } from './keyed-queue';

/** Told about every command's outcome, e.g. by the metrics module. */
export interface CommandObserver {
  observe(name: string, outcome: 'ok' | 'rejected' | 'conflict' | 'error', seconds: number): void;
}

@CommandHandler(DeciderCommand)
export class DeciderCommandHandler implements ICommandHandler<DeciderCommand> {
  private readonly perStream = new KeyedQueue();
  private readonly deps: PipelineDependencies;

  constructor(
    @Inject(PIPELINE_DEPENDENCIES) deps: PipelineDependencies,
    @Optional() @Inject(COMMAND_OBSERVER) private readonly observer?: CommandObserver,
  ) {
    // Commands of one stream run one at a time here, so the cached state is the stream's head unless another process wrote.
    this.deps = { ...deps, states: deps.states ?? new AggregateStateCache() };
  }

  async execute(command: DeciderCommand): Promise<CommandOutcome<DomainEvent>> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const outcome = await this.perStream.run(command.request.streamId, () => handleCommand(this.deps, command.request));
      this.observer?.observe(command.name, 'ok', seconds());
      return outcome;
    } catch (error) {
      this.observer?.observe(command.name, outcomeOf(error), seconds());
      throw error;
    }
  }
}

function outcomeOf(error: unknown): 'rejected' | 'conflict' | 'error' {
  const name = error instanceof Error ? error.name : '';
  if (name === 'StreamVersionConflict') return 'conflict';
  if (name === 'BusinessRuleViolation' || name === 'NotFound') return 'rejected';
  return 'error';
}
