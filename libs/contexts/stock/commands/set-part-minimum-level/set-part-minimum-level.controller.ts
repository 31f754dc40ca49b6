import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { partCatalogue } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { PartLocationParams } from './part-location.params';
import { SetPartMinimumLevelRequest } from './set-part-minimum-level.request';

@ApiTags('stock')
@Controller('api/v1/stock/parts/:partId/minimum-levels/:locationCode')
export class SetPartMinimumLevelController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** The level below which the part is reordered at this location; the same values again record nothing. */
  @Put()
  @Roles('storekeeper', 'purchasing')
  @ApiOkResponse({ type: CommandAcceptedDto })
  set(
    @Param() { partId, locationCode }: PartLocationParams,
    @Body() body: SetPartMinimumLevelRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(partCatalogue, 'SetPartMinimumLevel', partId, { ...body, locationCode }, metadata, expectedVersion);
  }
}
