import { STOCK_READERS } from '../stock-readers';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ACTIVE_READ_MODELS, PageQuery, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { stockFinders } from '../stock-finders';
import { itemReadModel } from './item.read-model';

@ApiTags('stock')
@Roles(...STOCK_READERS)
@Controller('api/v1/stock/quarantine')
export class QuarantineQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  /** What waits for a quality decision, longest-waiting first, each with its reasons. */
  @Get()
  @ReadsProjections('stock-items')
  async list(@Query() query: PageQuery) {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const [items, total] = await this.readModels.read(itemReadModel, (rows) => rows.findAndCount(stockFinders.quarantine({ limit, offset })));
    return { items, total, limit, offset };
  }
}
