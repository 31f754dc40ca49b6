import type { BoundedContext } from '../bounded-context';
import { ProductionModule } from './production.module';

export const productionContext: BoundedContext = {
  name: 'production',
  module: ProductionModule,
  aggregates: [],
  projections: [],
};
