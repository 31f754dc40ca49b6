/**
 * Stock alerts, to be registered by stock.context.ts / stock.module.ts (see the issue note).
 * The reactors need ports (facts, recipients, outbox lookups), so they are built, not listed.
 */
export { ALERT_EVENT_TYPES, ALERT_KINDS, type AlertEvent, type AlertKind } from './domain/alert/events';
export { alertDecider, alertRules } from './domain/alert/alert.decider';
export { STOCK_ALERT_CATEGORY, stockAlertStreamId } from './domain/alert/alert-stream';
export { ALERT_SUBSCRIPTION_EVENT_TYPES, type AlertSubscriptionEvent } from './domain/alert-subscription/events';
export { alertSubscriptionDecider, alertSubscriptionRules } from './domain/alert-subscription/alert-subscription.decider';
export { ALERT_SUBSCRIPTION_CATEGORY, alertSubscriptionStreamId } from './domain/alert-subscription/alert-subscription-stream';
export { alertIdOf } from './reactors/alert-id';
export type { AlertRecipient, AlertRecipients, StockAlertFacts } from './reactors/stock-alert.ports';
export { stockAlertReactor, type StockAlertReactorOptions } from './reactors/stock-alert.reactor';
export { alertNotifierReactor, alertDedupeKey, parseAlertDedupeKey, type AlertNotifierOptions } from './reactors/alert-notifier.reactor';
