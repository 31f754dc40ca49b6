export const ALERT_SUBSCRIPTION_CATEGORY = 'stockalertsubscription';

export function alertSubscriptionStreamId(subscriptionId: string): string {
  return `${ALERT_SUBSCRIPTION_CATEGORY}-${subscriptionId}`;
}
