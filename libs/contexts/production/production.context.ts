import type { BoundedContext } from '../bounded-context';
import { ProductionModule } from './production.module';
import { documentsAggregates, documentsProjections } from './documents.context';
import { workOrderAggregates } from './work-orders.context';
import { partIssueAttemptsProjection } from './queries/part-issue-attempts/part-issue-attempts.projection';
import { productionReactors } from './reactors/production-reactors';
import { traceabilityProjection } from './queries/traceability/traceability.projection';
import { workOrdersProjection } from './queries/work-orders/work-orders.projection';

export const productionContext: BoundedContext = {
  name: 'production',
  module: ProductionModule,
  aggregates: [...documentsAggregates, ...workOrderAggregates],
  projections: [...documentsProjections, workOrdersProjection, traceabilityProjection, partIssueAttemptsProjection],
  reactorsFor: productionReactors,
};
