import { STOCK_READERS } from '../stock-readers';
import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ACTIVE_READ_MODELS, PageQuery, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { movementReadModel } from './movement.read-model';
import { stockFinders } from '../stock-finders';

@ApiTags('stock')
@Roles(...STOCK_READERS)
@Controller('api/v1/stock/parts/:partId/movements')
export class MovementsQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  @Get()
  @ReadsProjections('stock-movements')
  async history(@Param('partId', new ParseUUIDPipe()) partId: string, @Query() query: PageQuery) {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const items = await this.readModels.read(movementReadModel, (rows) => rows.find(stockFinders.movements({ partId, limit, offset })));
    return { items, limit, offset };
  }
}
