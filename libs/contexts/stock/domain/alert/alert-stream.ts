/** One stream per (part, location, kind): its id is derived from them outside the domain (`alertIdOf`). */
export const STOCK_ALERT_CATEGORY = 'stockalert';

export function stockAlertStreamId(alertId: string): string {
  return `${STOCK_ALERT_CATEGORY}-${alertId}`;
}
