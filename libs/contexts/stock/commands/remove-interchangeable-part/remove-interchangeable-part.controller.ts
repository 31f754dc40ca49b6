import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { partCatalogue } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { RemoveInterchangeablePartRequest } from './remove-interchangeable-part.request';

@ApiTags('stock')
@Controller('api/v1/stock/parts/:partId/interchangeable-removals')
export class RemoveInterchangeablePartController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Withdraws an interchangeability, with the reason (a superseding service bulletin, say). */
  @Post()
  @Roles('storekeeper', 'quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  remove(
    @Param('partId', new ParseUUIDPipe()) partId: string,
    @Body() body: RemoveInterchangeablePartRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(partCatalogue, 'RemoveInterchangeablePart', partId, body, metadata, expectedVersion);
  }
}
