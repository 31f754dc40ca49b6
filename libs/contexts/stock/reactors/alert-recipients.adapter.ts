import type { ReactorDependencies } from '../../bounded-context';
import { alertSubscriptionReadModel, type AlertSubscriptionRow } from '../queries/alert-subscriptions/alert-subscription.read-model';
import { stockFinders } from '../queries/stock-finders';
import type { AlertRecipient, AlertRecipients } from './stock-alert.ports';

function recipientOf(row: AlertSubscriptionRow): AlertRecipient {
  return {
    subscriptionId: row.subscriptionId,
    displayName: row.displayName,
    channels: [...row.channels],
    ...(row.mobile ? { mobile: row.mobile } : {}),
    ...(row.email ? { email: row.email } : {}),
    optedOut: [...row.optedOut],
    ...(row.mobile && row.invalidMobile === row.mobile ? { mobileInvalid: true } : {}),
  };
}

/** AlertRecipients over the `stock_alert_subscription` read model (active subscriptions only). */
export function alertRecipients({ readModels }: Pick<ReactorDependencies, 'readModels'>): AlertRecipients {
  return {
    async subscribedTo(kind) {
      const rows = await readModels.read(alertSubscriptionReadModel, (repository) => repository.find(stockFinders.activeAlertSubscriptions()));
      return rows.filter((row) => row.kinds.includes(kind)).map(recipientOf);
    },
    async bySubscriptionId(subscriptionId) {
      const row = await readModels.read(alertSubscriptionReadModel, (repository) => repository.findOne(stockFinders.alertSubscription(subscriptionId)));
      return row ? recipientOf(row) : undefined;
    },
  };
}
