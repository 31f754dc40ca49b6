export const OUTBOX_CATEGORY = 'outbox';

export function outboxStreamId(messageId: string): string {
  return `${OUTBOX_CATEGORY}-${messageId}`;
}
