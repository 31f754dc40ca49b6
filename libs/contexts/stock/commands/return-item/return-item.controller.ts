import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { ReturnItemRequest } from './return-item.request';

@ApiTags('stock')
@Controller('api/v1/stock/items/:itemId/returns')
export class ReturnItemController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Back from a work order: unused stays in its condition; used or doubtful goes to quarantine with the reason. */
  @Post()
  @Roles('storekeeper', 'technician')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  giveBack(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: ReturnItemRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockItems, 'ReturnItemFromWorkOrder', itemId, body, metadata, expectedVersion);
  }
}
