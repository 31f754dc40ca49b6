import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { PartCommandSender } from '../part-command.sender';
import { AdjustStockRequest } from './adjust-stock.request';

@ApiTags('stock')
@Controller('api/v1/stock/parts/:partId/adjustments')
export class AdjustStockController {
  constructor(private readonly parts: PartCommandSender) {}

  @Post()
  @Roles('storekeeper', 'quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  adjust(
    @Param('partId', new ParseUUIDPipe()) partId: string,
    @Body() body: AdjustStockRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.parts.send('AdjustStock', partId, body, metadata, expectedVersion);
  }
}
