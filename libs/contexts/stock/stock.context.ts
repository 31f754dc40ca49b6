import type { BoundedContext } from '../bounded-context';
import { PART_CATEGORY } from './domain/part/part-stream';
import { partDecider } from './domain/part/part.decider';
import { COUNT_SESSION_CATEGORY } from './domain/count/count-session-stream';
import { countSessionDecider } from './domain/count/count-session.decider';
import { STOCK_ITEM_CATEGORY } from './domain/item/item-stream';
import { itemDecider } from './domain/item/item.decider';
import { SCAN_LOG_CATEGORY } from './domain/scan-log/scan-log-stream';
import { scanLogDecider } from './domain/scan-log/scan-log.decider';
import { countSessionsProjection } from './queries/count-sessions/count-sessions.projection';
import { itemMovementsProjection } from './queries/item-movements/item-movements.projection';
import { itemsProjection } from './queries/items/items.projection';
import { movementsProjection } from './queries/movements/movements.projection';
import { partBarcodesProjection } from './queries/part-barcodes/part-barcodes.projection';
import { partsProjection } from './queries/parts/parts.projection';
import { stockLevelsProjection } from './queries/stock-levels/stock-levels.projection';
import { alertsProjection } from './queries/alerts/alerts.projection';
import { alertSubscriptionsProjection } from './queries/alert-subscriptions/alert-subscriptions.projection';
import { minimumLevelsProjection } from './queries/minimum-levels/minimum-levels.projection';
import { stockReactors } from './reactors/stock-reactors';
import { StockModule } from './stock.module';
import { countAdjustmentsReactor } from './reactors/count-adjustments.reactor';
import { ALERT_SUBSCRIPTION_CATEGORY, STOCK_ALERT_CATEGORY, alertDecider, alertSubscriptionDecider } from './alerts';

export const stockContext: BoundedContext = {
  name: 'stock',
  module: StockModule,
  aggregates: [
    { category: PART_CATEGORY, decider: partDecider },
    { category: STOCK_ITEM_CATEGORY, decider: itemDecider },
    { category: COUNT_SESSION_CATEGORY, decider: countSessionDecider },
    { category: SCAN_LOG_CATEGORY, decider: scanLogDecider },
    { category: STOCK_ALERT_CATEGORY, decider: alertDecider },
    { category: ALERT_SUBSCRIPTION_CATEGORY, decider: alertSubscriptionDecider },
  ],
  projections: [
    partsProjection,
    stockLevelsProjection,
    movementsProjection,
    partBarcodesProjection,
    itemsProjection,
    itemMovementsProjection,
    countSessionsProjection,
    minimumLevelsProjection,
    alertSubscriptionsProjection,
    alertsProjection,
  ],
  reactors: [countAdjustmentsReactor],
  reactorsFor: (deps) => stockReactors(deps),
};
