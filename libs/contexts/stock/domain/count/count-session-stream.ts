export const COUNT_SESSION_CATEGORY = 'countsession';

export function countSessionStreamId(sessionId: string): string {
  return `${COUNT_SESSION_CATEGORY}-${sessionId}`;
}
