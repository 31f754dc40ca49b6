import { Body, Controller, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { Clock, CommandMetadata } from '@repaero/event-sourcing';
import { CLOCK, CommandAcceptedDto, CommandContext, DeciderCommand, Roles } from '@repaero/platform';
import { requeueOutboxMessage } from '../outbox-commands';
import { RequeueMessageRequest } from './requeue-message.request';

/** The manual retry of a parked message: it gets a full set of attempts again. */
@ApiTags('admin')
@Controller('api/v1/admin/outbox/:messageId/requeue')
@Roles('admin')
export class RequeueMessageController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async requeue(
    @Param('messageId', new ParseUUIDPipe()) messageId: string,
    @Body() body: RequeueMessageRequest,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandAcceptedDto> {
    const request = requeueOutboxMessage({ messageId, by: metadata.actor.id, reason: body.reason, at: this.clock.now().toISOString() });
    const outcome = await this.commandBus.execute(new DeciderCommand('outbox.RequeueMessage', { ...request, metadata: { ...metadata, reason: body.reason } }));
    return CommandAcceptedDto.from(outcome);
  }
}
