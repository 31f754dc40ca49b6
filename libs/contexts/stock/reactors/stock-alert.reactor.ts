import type { EventEnvelope } from '@repaero/event-sourcing';
import { defineReactor, type Reactor } from '@repaero/reactors';
import { alertDecider } from '../domain/alert/alert.decider';
import { stockAlertStreamId } from '../domain/alert/alert-stream';
import type { AlertKind } from '../domain/alert/events';
import { alertIdOf } from './alert-id';
import type { StockAlertFacts } from './stock-alert.ports';

/** Events that may raise or clear an alert, and the kinds they touch. */
const KINDS_BY_EVENT: Readonly<Record<string, readonly AlertKind[]>> = {
  'stock.ItemReceived': ['low-stock'],
  'stock.ItemQuarantined': ['quarantine', 'low-stock'],
  'stock.NonconformityRaised': ['nonconformity'],
  'stock.ItemAccepted': ['quarantine', 'nonconformity', 'low-stock'],
  'stock.ItemRejected': ['quarantine', 'nonconformity'],
  'stock.ItemDeclaredUnsalvageable': ['quarantine', 'nonconformity'],
  'stock.ItemScrapped': ['quarantine', 'nonconformity', 'expiring', 'low-stock'],
  'stock.ItemIssued': ['low-stock', 'expiring'],
  'stock.ItemReturnedFromWorkOrder': ['low-stock', 'quarantine'],
  'stock.ItemTransferred': ['low-stock', 'quarantine', 'expiring'],
  'stock.ItemQuantityAdjusted': ['low-stock', 'expiring'],
  'stock.ItemShelfLifeExpiring': ['expiring'],
  'stock.ItemShelfLifeExtended': ['expiring'],
  'stock.PartMinimumLevelSet': ['low-stock'],
  'stock.PartMinimumLevelCleared': ['low-stock'],
};

const LABEL: Readonly<Record<AlertKind, string>> = {
  'low-stock': 'Stock bas',
  expiring: 'Péremption proche',
  quarantine: 'Quarantaine',
  nonconformity: 'Non-conformité',
};

export interface StockAlertReactorOptions {
  readonly facts: StockAlertFacts;
  /** Expiry warning horizon (the default: 30 days). */
  readonly expiryWarningDays?: number;
}

function addDays(at: string, days: number): string {
  return new Date(Date.parse(at) + days * 86_400_000).toISOString().slice(0, 10);
}

async function locationsOf(event: EventEnvelope, facts: StockAlertFacts): Promise<readonly string[]> {
  const data = event.data as { itemId?: string; locationCode?: string; fromLocationCode?: string; toLocationCode?: string };
  const explicit = [data.locationCode, data.fromLocationCode, data.toLocationCode].filter((code): code is string => !!code);
  if (explicit.length > 0 || !data.itemId) return [...new Set(explicit)];
  return facts.itemLocations(data.itemId, event.globalPosition);
}

/**
 * Raises one alert per (part, location, kind) while its condition holds and clears it when it is gone.
 * The condition is looked up (as of the event's position) rather than inferred from the event alone,
 * so any event that may change it re-evaluates it; the alert decider makes a repeat a no-op.
 */
export function stockAlertReactor({ facts, expiryWarningDays = 30 }: StockAlertReactorOptions): Reactor {
  return defineReactor({
    name: 'stock-alerts',
    handles: Object.keys(KINDS_BY_EVENT),
    async react(event, ctx) {
      const partId = (event.data as { partId: string }).partId;
      const at = event.recordedAt;
      for (const locationCode of await locationsOf(event, facts)) {
        for (const kind of KINDS_BY_EVENT[event.type] ?? []) {
          const alertId = alertIdOf(partId, locationCode, kind);
          let holds: boolean;
          let itemIds: readonly string[] = [];
          let summary: string;
          if (kind === 'low-stock') {
            const level = await facts.stockPosition(partId, locationCode, event.globalPosition);
            holds = level.minimum !== undefined && level.available <= level.minimum;
            summary = `${LABEL[kind]} : ${level.available} ${level.unit} en ${locationCode} (minimum ${level.minimum ?? '-'})`;
          } else {
            itemIds = await facts.itemsInCondition(partId, locationCode, kind, event.globalPosition, kind === 'expiring' ? addDays(at, expiryWarningDays) : undefined);
            holds = itemIds.length > 0;
            summary = `${LABEL[kind]} : ${itemIds.length} article(s) en ${locationCode}`;
          }
          const key = `${kind}:${locationCode}`;
          const streamId = stockAlertStreamId(alertId);
          if (holds) {
            await ctx.send({ decider: alertDecider, streamId, key, command: { type: 'RaiseAlert', subject: { alertId, partId, locationCode, kind }, summary, itemIds, at } });
          } else {
            await ctx.send({ decider: alertDecider, streamId, key, command: { type: 'ClearAlert', alertId, conditionGone: true, reason: `${event.type} ended the condition`, at } });
          }
        }
      }
    },
  });
}
