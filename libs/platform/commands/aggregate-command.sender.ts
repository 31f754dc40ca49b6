import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Clock, CommandMetadata, CommandOutcome, Decider, DomainEvent } from '@repaero/event-sourcing';
import { CLOCK } from '../tokens';
import { CommandAcceptedDto } from './command-accepted.dto';
import { DeciderCommand } from './decider-command';

type StampedCommand = { readonly type: string; readonly at: string };

/** An aggregate as a controller addresses it: its context, decider, the command field naming the instance, and its stream. */
export interface AggregateRoute<C extends StampedCommand, E extends DomainEvent, S, K extends keyof C & string> {
  readonly context: string;
  readonly decider: Decider<C, E, S>;
  readonly idField: K;
  streamOf(command: C): string;
}

export function aggregateRoute<C extends StampedCommand, E extends DomainEvent, S, K extends keyof C & string>(
  context: string,
  decider: Decider<C, E, S>,
  idField: K,
  streamOf: (command: C) => string,
): AggregateRoute<C, E, S, K> {
  return { context, decider, idField, streamOf };
}

/** What a controller supplies: the sender stamps the type, the instance id, the time and the actor's roles. */
export type Intent<C extends StampedCommand, T extends C['type'], K extends string> = Omit<Extract<C, { type: T }>, 'type' | 'at' | 'actorRoles' | K>;

/**
 * Puts a command on the bus for any aggregate of any context.
 * The actor's roles travel in every command: the deciders that check a role read them, the others ignore them.
 */
@Injectable()
export class AggregateCommandSender {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async send<C extends StampedCommand, E extends DomainEvent, S, K extends keyof C & string, T extends C['type']>(
    aggregate: AggregateRoute<C, E, S, K>,
    type: T,
    id: string,
    intent: Intent<C, T, K>,
    metadata: CommandMetadata,
    expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return CommandAcceptedDto.from(await this.execute(aggregate, type, id, intent, metadata, expectedVersion));
  }

  /** As `send`, answering the events recorded too: for a contract that reports to another context what it recorded. */
  async execute<C extends StampedCommand, E extends DomainEvent, S, K extends keyof C & string, T extends C['type']>(
    aggregate: AggregateRoute<C, E, S, K>,
    type: T,
    id: string,
    intent: Intent<C, T, K>,
    metadata: CommandMetadata,
    expectedVersion?: number,
  ): Promise<CommandOutcome<E>> {
    const stamped = { ...intent, type, [aggregate.idField]: id, actorRoles: metadata.actor.roles, at: this.clock.now().toISOString() };
    const command = stamped as unknown as C;
    return this.commandBus.execute(
      new DeciderCommand(`${aggregate.context}.${type}`, { decider: aggregate.decider, streamId: aggregate.streamOf(command), command, metadata, expectedVersion }),
    ) as Promise<CommandOutcome<E>>;
  }
}
