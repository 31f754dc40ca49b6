import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { ExtendShelfLifeRequest } from './extend-shelf-life.request';

@ApiTags('stock')
@Controller('api/v1/stock/items/:itemId/shelf-life-extensions')
export class ExtendShelfLifeController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Quality moves the expiry later on the manufacturer's document; the condition stays quality's decision. */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  extend(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: ExtendShelfLifeRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockItems, 'ExtendShelfLife', itemId, body, metadata, expectedVersion);
  }
}
