import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { IssuePartRequest } from '../issue-part/issue-part.request';

@ApiTags('stock')
@Controller('api/v1/stock/items/:itemId/issues')
export class IssueItemController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Only a serviceable, in-date item (an LLP with its times) goes to a work order; stock reserved for another waits. */
  @Post()
  @Roles('storekeeper', 'technician')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  issue(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: IssuePartRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockItems, 'IssueItem', itemId, body, metadata, expectedVersion);
  }
}
