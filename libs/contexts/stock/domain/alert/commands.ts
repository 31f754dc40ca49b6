import type { AlertSubject } from './events';

export type AlertCommand =
  /** Sent while the condition holds: raises an alert unless one is open for the same part, location and kind. */
  | { readonly type: 'RaiseAlert'; readonly subject: AlertSubject; readonly summary: string; readonly itemIds: readonly string[]; readonly at: string }
  /** `conditionGone` is the looked-up fact: an alert clears only when what raised it is gone. */
  | { readonly type: 'ClearAlert'; readonly alertId: string; readonly conditionGone: boolean; readonly reason: string; readonly at: string }
  | { readonly type: 'AcknowledgeAlert'; readonly alertId: string; readonly by: string; readonly reason: string; readonly at: string };
