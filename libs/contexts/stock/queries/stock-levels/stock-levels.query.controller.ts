import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { ACTIVE_READ_MODELS, ReadsProjections } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { stockLevelReadModel, type StockLevelRow } from './stock-level.read-model';
import { stockFinders } from '../stock-finders';

class StockLevelsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  partId?: string;

  @ApiPropertyOptional({ example: 'MAIN-A01' })
  @IsOptional()
  @Matches(/^[A-Z0-9][A-Z0-9\-_.]{0,31}$/, { message: 'locationCode must be a location code such as MAIN-A01' })
  locationCode?: string;
}

@ApiTags('stock')
@Controller('api/v1/stock/levels')
export class StockLevelsQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  /** Locations with nothing left are still listed (quantity 0) so a count knows the bin was used. */
  @Get()
  @ReadsProjections('stock-levels')
  async levels(@Query() query: StockLevelsQuery): Promise<{ items: StockLevelRow[] }> {
    const items = await this.readModels.read(stockLevelReadModel, (rows) => rows.find(stockFinders.levels(query)));
    return { items };
  }
}
