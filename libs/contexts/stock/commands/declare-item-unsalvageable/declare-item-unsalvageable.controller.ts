import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { DeclareItemUnsalvageableRequest } from './declare-item-unsalvageable.request';

@ApiTags('stock')
@Controller('api/v1/stock/items/:itemId/unsalvageable-declaration')
export class DeclareItemUnsalvageableController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Quality declares a quarantined or unserviceable item beyond repair; it can then only be scrapped. */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  declare(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: DeclareItemUnsalvageableRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockItems, 'DeclareItemUnsalvageable', itemId, body, metadata, expectedVersion);
  }
}
