import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { TransferItemRequest } from './transfer-item.request';

@ApiTags('stock')
@Controller('api/v1/stock/items/:itemId/transfers')
export class TransferItemController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** From one location to another. */
  @Post()
  @Roles('storekeeper')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  transfer(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: TransferItemRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockItems, 'TransferItem', itemId, body, metadata, expectedVersion);
  }
}
