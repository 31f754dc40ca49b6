import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Clock, CommandMetadata } from '@repaero/event-sourcing';
import { CLOCK, CommandAcceptedDto, DeciderCommand } from '@repaero/platform';
import type { PartCommand } from '../domain/part/commands';
import { partDecider } from '../domain/part/part.decider';
import { partStreamId } from '../domain/part/part-stream';

type Intent<T extends PartCommand['type']> = Omit<Extract<PartCommand, { type: T }>, 'type' | 'partId' | 'at'>;

/** Stamps a part command with its id and time and puts it on the bus; shared by the part controllers. */
@Injectable()
export class PartCommandSender {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async send<T extends Exclude<PartCommand['type'], 'RegisterPart'>>(
    type: T,
    partId: string,
    intent: Intent<T>,
    metadata: CommandMetadata,
    expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    const command = { ...intent, type, partId, at: this.clock.now().toISOString() } as unknown as PartCommand;
    const outcome = await this.commandBus.execute(
      new DeciderCommand(`stock.${type}`, { decider: partDecider, streamId: partStreamId(partId), command, metadata, expectedVersion }),
    );
    return CommandAcceptedDto.from(outcome);
  }
}
