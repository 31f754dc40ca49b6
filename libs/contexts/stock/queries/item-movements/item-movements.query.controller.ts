import { STOCK_READERS } from '../stock-readers';
import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ACTIVE_READ_MODELS, PageQuery, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { itemReadModel } from '../items/item.read-model';
import { stockFinders } from '../stock-finders';
import { itemMovementReadModel } from './item-movement.read-model';

class SerialHistoryQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'A serial is unique within its part (and maker) only: narrow to one part' })
  @IsOptional()
  @IsUUID()
  partId?: string;
}

@ApiTags('stock')
@Roles(...STOCK_READERS)
@Controller('api/v1/stock')
export class ItemMovementsQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  @Get('items/:itemId/movements')
  @ReadsProjections('stock-item-movements')
  async ofItem(@Param('itemId', new ParseUUIDPipe()) itemId: string, @Query() query: PageQuery) {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const finder = stockFinders.itemMovements({ itemIds: [itemId], limit, offset });
    const movements = await this.readModels.read(itemMovementReadModel, (rows) => rows.find(finder));
    return { itemId, movements, limit, offset };
  }

  /** Where did this serial go: every item received under it, and their movements in log order. */
  @Get('serials/:serialNumber/movements')
  @ReadsProjections('stock-items', 'stock-item-movements')
  async ofSerial(@Param('serialNumber') serialNumber: string, @Query() query: SerialHistoryQuery) {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const finder = stockFinders.itemsIdentifiedBy({ serialNumber, partId: query.partId });
    const items = await this.readModels.read(itemReadModel, (rows) => rows.find(finder));
    const itemIds = items.map((item) => item.itemId);
    const movements =
      itemIds.length === 0
        ? []
        : await this.readModels.read(itemMovementReadModel, (rows) => rows.find(stockFinders.itemMovements({ itemIds, limit, offset })));
    return { serialNumber, items, movements, limit, offset };
  }
}
