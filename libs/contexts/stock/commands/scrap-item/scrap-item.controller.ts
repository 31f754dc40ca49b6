import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { ScrapItemRequest } from './scrap-item.request';

@ApiTags('stock')
@Controller('api/v1/stock/items/:itemId/scrapping')
export class ScrapItemController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** An unsalvageable item mutilated and kept out of the supply chain (145.A.42), saying how. */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  scrap(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: ScrapItemRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockItems, 'ScrapItem', itemId, body, metadata, expectedVersion);
  }
}
