import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { ReleaseDocumentRequest, toReleaseDocument } from '../fields/release-document.request';

@ApiTags('stock')
@Controller('api/v1/stock/items/:itemId/release-documents')
export class AttachReleaseDocumentController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** A release certificate that arrived after the item: recorded and compared with it; quality then decides the quarantine. */
  @Post()
  @Roles('storekeeper', 'quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  attach(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: ReleaseDocumentRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockItems, 'AttachReleaseDocument', itemId, { releaseDocument: toReleaseDocument(body) }, metadata, expectedVersion);
  }
}
