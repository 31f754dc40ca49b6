import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { ReleaseItemReservationRequest } from './release-item-reservation.request';

@ApiTags('stock')
@Controller('api/v1/stock/items/:itemId/reservation-releases')
export class ReleaseItemReservationController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Gives a work order's reservation back; releasing what is not reserved changes nothing. */
  @Post()
  @Roles('storekeeper', 'technician', 'team-lead')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  release(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: ReleaseItemReservationRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockItems, 'ReleaseItemReservation', itemId, body, metadata, expectedVersion);
  }
}
