/** One stream per serial item, or per batch (per receipt when the part is not tracked). */
export const STOCK_ITEM_CATEGORY = 'stockitem';

export function stockItemStreamId(itemId: string): string {
  return `${STOCK_ITEM_CATEGORY}-${itemId}`;
}
