/** Stored contracts (ARCHITECTURE rule 5): never reshape a type, add a schemaVersion and an upcaster. */

export type AlertKind = 'low-stock' | 'expiring' | 'quarantine' | 'nonconformity';
export const ALERT_KINDS: readonly AlertKind[] = ['low-stock', 'expiring', 'quarantine', 'nonconformity'];

/** What the alert is about, as the reactor saw it when it raised it (for the message and the list). */
export interface AlertSubject {
  readonly alertId: string;
  readonly partId: string;
  readonly locationCode: string;
  readonly kind: AlertKind;
}

export type AlertRaised = {
  readonly type: 'stock.AlertRaised';
  readonly data: AlertSubject & {
    /** 1 for the first time the condition holds, 2 after it cleared and came back… */
    readonly occurrence: number;
    readonly summary: string;
    /** The items that made the condition hold (quarantine, nonconformity, expiring), when it is about items. */
    readonly itemIds: readonly string[];
    readonly raisedAt: string;
  };
};

export type AlertCleared = {
  readonly type: 'stock.AlertCleared';
  readonly data: AlertSubject & { readonly occurrence: number; readonly reason: string; readonly clearedAt: string };
};

export type AlertAcknowledged = {
  readonly type: 'stock.AlertAcknowledged';
  readonly data: {
    readonly alertId: string;
    readonly occurrence: number;
    readonly by: string;
    readonly reason: string;
    readonly acknowledgedAt: string;
  };
};

export type AlertEvent = AlertRaised | AlertCleared | AlertAcknowledged;

const alertEventTypes = {
  'stock.AlertRaised': true,
  'stock.AlertCleared': true,
  'stock.AlertAcknowledged': true,
} satisfies Record<AlertEvent['type'], true>;

export const ALERT_EVENT_TYPES = Object.keys(alertEventTypes) as readonly AlertEvent['type'][];
