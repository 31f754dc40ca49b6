import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { PartCommandSender } from '../part-command.sender';
import { IssuePartRequest } from './issue-part.request';

@ApiTags('stock')
@Controller('api/v1/stock/parts/:partId/issues')
export class IssuePartController {
  constructor(private readonly parts: PartCommandSender) {}

  @Post()
  @Roles('storekeeper', 'technician')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  issue(
    @Param('partId', new ParseUUIDPipe()) partId: string,
    @Body() body: IssuePartRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.parts.send('IssuePart', partId, body, metadata, expectedVersion);
  }
}
