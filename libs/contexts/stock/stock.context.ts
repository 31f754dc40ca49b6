import type { BoundedContext } from '../bounded-context';
import { PART_CATEGORY } from './domain/part/part-stream';
import { partDecider } from './domain/part/part.decider';
import { movementsProjection } from './queries/movements/movements.projection';
import { partsProjection } from './queries/parts/parts.projection';
import { stockLevelsProjection } from './queries/stock-levels/stock-levels.projection';
import { StockModule } from './stock.module';

export const stockContext: BoundedContext = {
  name: 'stock',
  module: StockModule,
  aggregates: [{ category: PART_CATEGORY, decider: partDecider }],
  projections: [partsProjection, stockLevelsProjection, movementsProjection],
};
