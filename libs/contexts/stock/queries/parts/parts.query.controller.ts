import { STOCK_READERS } from '../stock-readers';
import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFound } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { stockLevelReadModel } from '../stock-levels/stock-level.read-model';
import { partReadModel } from './part.read-model';
import { PartsListQuery } from './parts-list.query';
import { stockFinders } from '../stock-finders';

@ApiTags('stock')
@Roles(...STOCK_READERS)
@Controller('api/v1/stock/parts')
export class PartsQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  @Get()
  @ReadsProjections('stock-parts')
  async list(@Query() query: PartsListQuery) {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const [items, total] = await this.readModels.read(partReadModel, (parts) =>
      parts.findAndCount(stockFinders.parts({ partNumber: query.partNumber, limit, offset })),
    );
    return { items, total, limit, offset };
  }

  @Get(':partId')
  @ReadsProjections('stock-parts', 'stock-levels')
  async detail(@Param('partId', new ParseUUIDPipe()) partId: string) {
    const part = await this.readModels.read(partReadModel, (parts) => parts.findOneBy({ partId }));
    if (!part) throw new NotFound('part', partId);
    const levels = await this.readModels.read(stockLevelReadModel, (rows) => rows.find(stockFinders.levels({ partId })));
    return { ...part, levels };
  }
}
