import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { partCatalogue } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { ClassifyPartRequest } from './classify-part.request';

@ApiTags('stock')
@Controller('api/v1/stock/parts/:partId/classification')
export class ClassifyPartController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Class, tracking and the shelf-life and life-limited flags: a part is received as items only once classified. */
  @Post()
  @Roles('storekeeper', 'quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  classify(
    @Param('partId', new ParseUUIDPipe()) partId: string,
    @Body() body: ClassifyPartRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(partCatalogue, 'ClassifyPart', partId, body, metadata, expectedVersion);
  }
}
