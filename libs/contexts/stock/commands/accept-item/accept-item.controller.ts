import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { AcceptItemRequest } from './accept-item.request';

@ApiTags('stock')
@Controller('api/v1/stock/items/:itemId/acceptance')
export class AcceptItemController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Quality releases a quarantined item to serviceable stock: never without an acceptable release document, in date, LLP times known. */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  accept(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: AcceptItemRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockItems, 'AcceptItem', itemId, body, metadata, expectedVersion);
  }
}
