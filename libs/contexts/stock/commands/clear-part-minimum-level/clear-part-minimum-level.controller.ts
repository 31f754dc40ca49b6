import { Controller, Delete, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { partCatalogue } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { PartLocationParams } from '../set-part-minimum-level/part-location.params';

@ApiTags('stock')
@Controller('api/v1/stock/parts/:partId/minimum-levels/:locationCode')
export class ClearPartMinimumLevelController {
  constructor(private readonly commands: AggregateCommandSender) {}

  @Delete()
  @Roles('storekeeper', 'purchasing')
  @ApiOkResponse({ type: CommandAcceptedDto })
  clear(
    @Param() { partId, locationCode }: PartLocationParams,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(partCatalogue, 'ClearPartMinimumLevel', partId, { locationCode }, metadata, expectedVersion);
  }
}
