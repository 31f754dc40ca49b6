import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { partCatalogue } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { AddInterchangeablePartRequest } from './add-interchangeable-part.request';

@ApiTags('stock')
@Controller('api/v1/stock/parts/:partId/interchangeables')
export class AddInterchangeablePartController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Another part number that may be received and fitted in place of this one, citing where that is stated. */
  @Post()
  @Roles('storekeeper', 'quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  add(
    @Param('partId', new ParseUUIDPipe()) partId: string,
    @Body() body: AddInterchangeablePartRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(partCatalogue, 'AddInterchangeablePart', partId, body, metadata, expectedVersion);
  }
}
