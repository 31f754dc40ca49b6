import { STOCK_READERS } from '../stock-readers';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ACTIVE_READ_MODELS, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { stockFinders } from '../stock-finders';
import { itemLocationReadModel, type ItemLocationRow } from './item-location.read-model';
import { LocationParams } from './location.params';

@ApiTags('stock')
@Roles(...STOCK_READERS)
@Controller('api/v1/stock/locations/:locationCode/items')
export class LocationItemsQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  /** Every item with something on hand at the location, whatever its condition. */
  @Get()
  @ReadsProjections('stock-items')
  async list(@Param() { locationCode }: LocationParams): Promise<{ locationCode: string; items: ItemLocationRow[] }> {
    const items = await this.readModels.read(itemLocationReadModel, (rows) => rows.find(stockFinders.itemsAt(locationCode)));
    return { locationCode, items };
  }
}
