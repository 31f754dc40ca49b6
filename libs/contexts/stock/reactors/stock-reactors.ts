import { defineReactor, type Reactor } from '@repaero/reactors';
import type { ReactorDependencies } from '../../bounded-context';
import { alertSubscriptionsProjection } from '../queries/alert-subscriptions/alert-subscriptions.projection';
import { alertRecipients } from './alert-recipients.adapter';
import { alertNotifierReactor } from './alert-notifier.reactor';
import { stockAlertFacts } from './stock-alert-facts.adapter';
import { stockAlertReactor } from './stock-alert.reactor';

const OUTBOX_MESSAGES_PROJECTION = 'outbox-messages';
const WAIT_MS = 5_000;

export interface StockReactorOptions {
  readonly expiryWarningDays?: number;
}

/**
 * The stock context's reactors, over its read models: alerts raised and cleared as conditions come and
 * go, and their subscribers notified through the outbox. Each waits (bounded) for the read models it
 * consults to pass the event; when they have not, it fails transiently and the runner redelivers.
 */
export function stockReactors(deps: ReactorDependencies, options: StockReactorOptions = {}): Reactor[] {
  const alerts = stockAlertReactor({ facts: stockAlertFacts(deps, { waitMs: WAIT_MS }), expiryWarningDays: options.expiryWarningDays });
  const notifier = alertNotifierReactor({
    recipients: alertRecipients(deps),
    async outboxMessage(messageId) {
      const row = await deps.outboxQueries.get(messageId);
      return row ? { dedupeKey: row.dedupeKey, summary: row.summary } : undefined;
    },
  });
  const notifierAfterReadModels = defineReactor({
    ...notifier,
    async react(event, ctx) {
      await deps.waitForPosition([alertSubscriptionsProjection.name, OUTBOX_MESSAGES_PROJECTION], event.globalPosition, WAIT_MS);
      await notifier.react(event, ctx);
    },
  });
  return [alerts, notifierAfterReadModels];
}
