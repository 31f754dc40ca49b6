import { STOCK_READERS } from '../stock-readers';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { ACTIVE_READ_MODELS, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import type { ConditionStatus } from '../../domain/item/item.decider';
import { ITEM_CONDITIONS } from '../items/items-list.query';
import { stockFinders } from '../stock-finders';
import { BULK_STOCK_CONDITION, levelsByCondition } from './levels-by-condition.query';
import { stockLevelReadModel, type StockLevelRow } from './stock-level.read-model';

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

class StockLevelsByConditionQuery extends StockLevelsQuery {
  @ApiPropertyOptional({ enum: ITEM_CONDITIONS, description: 'Only this condition' })
  @IsOptional()
  @IsIn(ITEM_CONDITIONS)
  condition?: ConditionStatus;
}

class StockLevelByConditionDto {
  @ApiProperty({ format: 'uuid' })
  partId: string;

  @ApiProperty({ example: 'MAIN-A01' })
  locationCode: string;

  @ApiProperty({ enum: ITEM_CONDITIONS, description: `The items' condition; bulk stock received on the part itself (no item) counts as ${BULK_STOCK_CONDITION}` })
  condition: string;

  @ApiProperty({ example: 7, description: 'Quantity on hand (up to 3 decimals), issued and scrapped stock excluded' })
  quantity: number;

  @ApiProperty({ example: 'EA' })
  unit: string;
}

class StockLevelsByConditionDto {
  @ApiProperty({ type: [StockLevelByConditionDto] })
  items: StockLevelByConditionDto[];
}

@ApiTags('stock')
@Roles(...STOCK_READERS)
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

  /**
   * Stock per part, location and condition: the items on hand (serial items and batches, by their
   * condition) plus the part's bulk stock as SERVICEABLE. Only rows with something on hand are listed.
   */
  @Get('by-condition')
  @ReadsProjections('stock-levels', 'stock-items')
  @ApiOkResponse({ type: StockLevelsByConditionDto })
  async byCondition(@Query() query: StockLevelsByConditionQuery): Promise<StockLevelsByConditionDto> {
    return { items: await levelsByCondition(this.readModels, query) };
  }
}
