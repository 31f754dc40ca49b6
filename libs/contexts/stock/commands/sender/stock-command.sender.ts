import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Clock, CommandMetadata, DomainEvent } from '@repaero/event-sourcing';
import { CLOCK, CommandAcceptedDto, DeciderCommand } from '@repaero/platform';
import type { StockAggregate } from './stock-aggregates';

type StockCommand = { readonly type: string; readonly at: string };

/** What a controller supplies: the sender stamps the type, the instance id, the time and the actor's roles. */
export type Intent<C extends StockCommand, T extends C['type'], K extends string> = Omit<Extract<C, { type: T }>, 'type' | 'at' | 'actorRoles' | K>;

/**
 * Puts a stock command on the bus for any stock aggregate (items, catalogue, count sessions, scan log).
 * The actor's roles travel in every command: the deciders that check a role read them, the others ignore them.
 */
@Injectable()
export class StockCommandSender {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async send<C extends StockCommand, E extends DomainEvent, S, K extends keyof C & string, T extends C['type']>(
    aggregate: StockAggregate<C, E, S, K>,
    type: T,
    id: string,
    intent: Intent<C, T, K>,
    metadata: CommandMetadata,
    expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    const stamped = { ...intent, type, [aggregate.idField]: id, actorRoles: metadata.actor.roles, at: this.clock.now().toISOString() };
    const command = stamped as unknown as C;
    const outcome = await this.commandBus.execute(
      new DeciderCommand(`stock.${type}`, { decider: aggregate.decider, streamId: aggregate.streamOf(command), command, metadata, expectedVersion }),
    );
    return CommandAcceptedDto.from(outcome);
  }
}
