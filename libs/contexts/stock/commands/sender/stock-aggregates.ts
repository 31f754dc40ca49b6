import type { Decider, DomainEvent } from '@repaero/event-sourcing';
import { aggregateRoute, type AggregateRoute } from '@repaero/platform';

export type StockAggregate<C extends { readonly type: string; readonly at: string }, E extends DomainEvent, S, K extends keyof C & string> = AggregateRoute<C, E, S, K>;
import type { AlertCommand } from '../../domain/alert/commands';
import { alertDecider } from '../../domain/alert/alert.decider';
import { stockAlertStreamId } from '../../domain/alert/alert-stream';
import type { AlertSubscriptionCommand } from '../../domain/alert-subscription/commands';
import { alertSubscriptionDecider } from '../../domain/alert-subscription/alert-subscription.decider';
import { alertSubscriptionStreamId } from '../../domain/alert-subscription/alert-subscription-stream';
import type { PartCatalogueCommand } from '../../domain/catalogue/commands';
import type { CountSessionCommand } from '../../domain/count/commands';
import { countSessionStreamId } from '../../domain/count/count-session-stream';
import { countSessionDecider } from '../../domain/count/count-session.decider';
import type { ItemCommand } from '../../domain/item/commands';
import { stockItemStreamId } from '../../domain/item/item-stream';
import { itemDecider } from '../../domain/item/item.decider';
import type { PartAggregateEvent } from '../../domain/part/events';
import { partDecider, type PartState } from '../../domain/part/part.decider';
import { partStreamId } from '../../domain/part/part-stream';
import type { ScanLogCommand } from '../../domain/scan-log/commands';
import { scanLogStreamId } from '../../domain/scan-log/scan-log-stream';
import { scanLogDecider } from '../../domain/scan-log/scan-log.decider';

function aggregate<C extends { readonly type: string; readonly at: string }, E extends DomainEvent, S, K extends keyof C & string>(
  decider: Decider<C, E, S>,
  idField: K,
  streamOf: (command: C) => string,
): StockAggregate<C, E, S, K> {
  return aggregateRoute('stock', decider, idField, streamOf);
}

export const stockItems = aggregate(itemDecider, 'itemId', (command: ItemCommand) => stockItemStreamId(command.itemId));

/** Catalogue commands run on the part's own stream (domain README). */
export const partCatalogue = aggregate<PartCatalogueCommand, PartAggregateEvent, PartState, 'partId'>(partDecider, 'partId', (command) =>
  partStreamId(command.partId),
);

export const countSessions = aggregate(countSessionDecider, 'sessionId', (command: CountSessionCommand) => countSessionStreamId(command.sessionId));

export const scanLogs = aggregate(scanLogDecider, 'deviceId', (command: ScanLogCommand) => scanLogStreamId(command.deviceId, command.at));

export const stockAlerts = aggregate(alertDecider, 'alertId', (command: Extract<AlertCommand, { alertId: string }>) => stockAlertStreamId(command.alertId));

export const alertSubscriptions = aggregate(alertSubscriptionDecider, 'subscriptionId', (command: AlertSubscriptionCommand) =>
  alertSubscriptionStreamId(command.subscriptionId),
);
