import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { RejectItemRequest } from './reject-item.request';

@ApiTags('stock')
@Controller('api/v1/stock/items/:itemId/rejection')
export class RejectItemController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Quality finds a quarantined item unserviceable: it carries its tag (reason, defects, hours, cycles, accident or incident). */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  reject(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: RejectItemRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockItems, 'RejectItem', itemId, { tag: body }, metadata, expectedVersion);
  }
}
