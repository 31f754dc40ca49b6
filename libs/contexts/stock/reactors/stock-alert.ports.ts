import type { AlertKind } from '../domain/alert/events';
import type { AlertChannel } from '../domain/alert-subscription/events';

/**
 * Facts the alert reactor looks up. Read models lag the log, so an adapter waits (bounded) until the
 * stock projections have passed `position`, and throws a transient error otherwise: the reactor
 * runner retries with back-off, and the decision is then the same on a replay.
 */
export interface StockAlertFacts {
  /** Locations holding some of the item, as of `position`. */
  itemLocations(itemId: string, position: number): Promise<readonly string[]>;
  /** Items of the part at the location in that condition (`quarantine`), or expiring by `onOrBefore`. */
  itemsInCondition(partId: string, locationCode: string, kind: Exclude<AlertKind, 'low-stock'>, position: number, onOrBefore?: string): Promise<readonly string[]>;
  /** On hand (serviceable), on order, and the minimum level (absent: no minimum set). */
  stockPosition(partId: string, locationCode: string, position: number): Promise<{ readonly available: number; readonly minimum?: number; readonly unit: string }>;
}

export interface AlertRecipient {
  readonly subscriptionId: string;
  readonly displayName: string;
  readonly channels: readonly AlertChannel[];
  readonly mobile?: string;
  readonly email?: string;
  readonly optedOut: readonly string[];
  /** Set when Twilio refused `mobile` as invalid (21211): no SMS to it until the mobile is changed. */
  readonly mobileInvalid?: boolean;
}

/** Active subscriptions (the `stock_alert_subscription` read model). */
export interface AlertRecipients {
  subscribedTo(kind: AlertKind): Promise<readonly AlertRecipient[]>;
  bySubscriptionId(subscriptionId: string): Promise<AlertRecipient | undefined>;
}
