import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { PartCommandSender } from '../part-command.sender';
import { ReceivePartRequest } from './receive-part.request';

@ApiTags('stock')
@Controller('api/v1/stock/parts/:partId/receipts')
export class ReceivePartController {
  constructor(private readonly parts: PartCommandSender) {}

  @Post()
  @Roles('storekeeper')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  receive(
    @Param('partId', new ParseUUIDPipe()) partId: string,
    @Body() body: ReceivePartRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.parts.send('ReceivePart', partId, body, metadata, expectedVersion);
  }
}
