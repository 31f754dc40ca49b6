import { STOCK_READERS } from '../stock-readers';
import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFound } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { stockFinders } from '../stock-finders';
import { itemReadModel } from './item.read-model';
import { ItemsListQuery } from './items-list.query';

@ApiTags('stock')
@Roles(...STOCK_READERS)
@Controller('api/v1/stock/items')
export class ItemsQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  /** By part, condition, serial or batch number; `expiringBefore` lists what is about to go out of date. */
  @Get()
  @ReadsProjections('stock-items')
  async list(@Query() query: ItemsListQuery) {
    const { limit = 100, offset = 0, ...filter } = query;
    const [items, total] = await this.readModels.read(itemReadModel, (rows) => rows.findAndCount(stockFinders.items({ ...filter, limit, offset })));
    return { items, total, limit, offset };
  }

  /** The item with its folded state: quantities per location and work order, release document, nonconformities, life times. */
  @Get(':itemId')
  @ReadsProjections('stock-items')
  async detail(@Param('itemId', new ParseUUIDPipe()) itemId: string) {
    const item = await this.readModels.read(itemReadModel, (rows) => rows.findOneBy({ itemId }));
    if (!item) throw new NotFound('stock item', itemId);
    return item;
  }
}
