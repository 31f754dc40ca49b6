import type { BoundedContext } from '../bounded-context';
import { PART_CATEGORY } from './domain/part/part-stream';
import { partDecider } from './domain/part/part.decider';
import { COUNT_SESSION_CATEGORY } from './domain/count/count-session-stream';
import { countSessionDecider } from './domain/count/count-session.decider';
import { STOCK_ITEM_CATEGORY } from './domain/item/item-stream';
import { itemDecider } from './domain/item/item.decider';
import { movementsProjection } from './queries/movements/movements.projection';
import { partsProjection } from './queries/parts/parts.projection';
import { stockLevelsProjection } from './queries/stock-levels/stock-levels.projection';
import { StockModule } from './stock.module';

export const stockContext: BoundedContext = {
  name: 'stock',
  module: StockModule,
  aggregates: [
    { category: PART_CATEGORY, decider: partDecider },
    { category: STOCK_ITEM_CATEGORY, decider: itemDecider },
    { category: COUNT_SESSION_CATEGORY, decider: countSessionDecider },
  ],
  projections: [partsProjection, stockLevelsProjection, movementsProjection],
};
