import type { AlertKind } from '../alert/events';
import type { AlertChannel, AlertSubscriber } from './events';

/**
 * The mobile as the handler checked it with libphonenumber-js/max (the domain does no parsing): the
 * E.164 form when it is a mobile, otherwise why not.
 */
export type CheckedMobile =
  | { readonly input: string; readonly check: 'mobile'; readonly e164: string }
  | { readonly input: string; readonly check: 'invalid' | 'not-mobile'; readonly message: string };

export interface SubscriptionTerms {
  readonly kinds: readonly AlertKind[];
  readonly channels: readonly AlertChannel[];
  readonly mobile?: CheckedMobile;
  readonly email?: string;
}

export type AlertSubscriptionCommand =
  | ({ readonly type: 'Subscribe'; readonly subscriptionId: string; readonly subscriber: AlertSubscriber; readonly by: string; readonly at: string } & SubscriptionTerms)
  | ({ readonly type: 'ChangeSubscription'; readonly subscriptionId: string; readonly by: string; readonly at: string } & SubscriptionTerms)
  | { readonly type: 'Unsubscribe'; readonly subscriptionId: string; readonly by: string; readonly reason: string; readonly at: string }
  | { readonly type: 'RecordSmsOptOut'; readonly subscriptionId: string; readonly mobile: string; readonly source: 'twilio-21610' | 'stop'; readonly at: string }
  | { readonly type: 'RecordSmsOptIn'; readonly subscriptionId: string; readonly mobile: string; readonly at: string }
  | { readonly type: 'RecordMobileInvalid'; readonly subscriptionId: string; readonly mobile: string; readonly reason: 'twilio-21211'; readonly at: string };
