import type { SmsStatus } from './sms.port';

const FAILED: ReadonlySet<SmsStatus> = new Set(['undelivered', 'failed']);

/** Position along the outbound life cycle; statuses of equal rank exclude each other. */
function rankOf(status: SmsStatus): number | undefined {
  switch (status) {
    case 'scheduled':
      return 0;
    case 'accepted':
      return 1;
    case 'queued':
      return 2;
    case 'sending':
      return 3;
    case 'sent':
      return 4;
    case 'delivered':
    case 'undelivered':
    case 'failed':
    case 'partially_delivered':
    case 'canceled':
      return 5;
    case 'read':
      return 6;
    case 'receiving':
    case 'received':
      return undefined;
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

/**
 * The status to record after a callback, or `undefined` when the callback is stale, a duplicate or
 * meaningless for an outbound message. Callbacks arrive out of order, so a late `sent` must not
 * undo `delivered`, and `read` cannot follow a failure.
 */
export function nextSmsStatus(current: SmsStatus | undefined, incoming: SmsStatus): SmsStatus | undefined {
  const next = rankOf(incoming);
  if (next === undefined) return undefined;
  if (current === undefined) return incoming;
  const now = rankOf(current);
  if (now === undefined || next <= now) return undefined;
  if (incoming === 'read' && FAILED.has(current)) return undefined;
  return incoming;
}
