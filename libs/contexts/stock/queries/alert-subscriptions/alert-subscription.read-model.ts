import { defineReadModel } from '@repaero/read-store';
import type { AlertKind } from '../../domain/alert/events';
import type { AlertChannel } from '../../domain/alert-subscription/events';

/** One row per alert subscription, active or ended (`stock_alert_subscription`). */
export interface AlertSubscriptionRow {
  subscriptionId: string;
  subscriberType: 'person' | 'role';
  /** The user id of a person, the role of a role subscription. */
  subscriberRef: string;
  displayName: string;
  mobile: string | null;
  email: string | null;
  kinds: AlertKind[];
  channels: AlertChannel[];
  optedOut: string[];
  /** The mobile Twilio refused as invalid (21211) while it is still `mobile`; null once the mobile is changed. */
  invalidMobile: string | null;
  status: 'active' | 'ended';
  subscribedAt: string;
  updatedAt: string;
}

export const alertSubscriptionReadModel = defineReadModel<AlertSubscriptionRow>({
  name: 'stock_alert_subscription',
  columns: {
    subscriptionId: { type: 'string', length: 36 },
    subscriberType: { type: 'string', length: 8 },
    subscriberRef: { type: 'string', length: 100 },
    displayName: { type: 'string', length: 200 },
    mobile: { type: 'string', length: 20, nullable: true },
    email: { type: 'string', length: 254, nullable: true },
    kinds: { type: 'json' },
    channels: { type: 'json' },
    optedOut: { type: 'json' },
    invalidMobile: { type: 'string', length: 20, nullable: true },
    status: { type: 'string', length: 8 },
    subscribedAt: { type: 'string', length: 30 },
    updatedAt: { type: 'string', length: 30 },
  },
  primaryKey: ['subscriptionId'],
  indices: [{ columns: ['status'] }],
});
