import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, CommandAcceptedDto, CommandContext, ID_GENERATOR, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import type { ExpectedCountLine } from '../../domain/count/events';
import { itemLocationReadModel, type ItemLocationRow } from '../../queries/items/item-location.read-model';
import { stockFinders } from '../../queries/stock-finders';
import { countSessions } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { OpenCountSessionRequest } from './open-count-session.request';

class CountSessionOpenedResponse extends CommandAcceptedDto {
  @ApiProperty()
  sessionId: string;
}

function expectedLineOf(row: ItemLocationRow): ExpectedCountLine {
  const { itemId, partId, partNumber, quantity, unit } = row;
  return { itemId, partId, partNumber, serialNumber: row.serialNumber ?? undefined, batchNumber: row.batchNumber ?? undefined, expectedQuantity: quantity, unit };
}

@ApiTags('stock')
@Controller('api/v1/stock/count-sessions')
export class OpenCountSessionController {
  constructor(
    private readonly commands: AggregateCommandSender,
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /** Snapshots what the records place at the location (send X-Consistency-Position to include a movement just made). */
  @Post()
  @Roles('storekeeper')
  @ReadsProjections('stock-items')
  @ApiCreatedResponse({ type: CountSessionOpenedResponse })
  async open(@Body() { locationCode }: OpenCountSessionRequest, @CommandContext() metadata: CommandMetadata): Promise<CountSessionOpenedResponse> {
    const rows = await this.readModels.read(itemLocationReadModel, (items) => items.find(stockFinders.itemsAt(locationCode)));
    const sessionId = this.ids.next();
    const lines = rows.map(expectedLineOf);
    const accepted = await this.commands.send(countSessions, 'OpenCountSession', sessionId, { locationCode, lines }, metadata);
    return Object.assign(accepted, { sessionId });
  }
}
