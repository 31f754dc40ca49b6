/** One stream per work order: `workorder-<workOrderId>` (no dash in the category: KurrentDB splits there). */
export const WORK_ORDER_CATEGORY = 'workorder';

export function workOrderStreamId(workOrderId: string): string {
  return `${WORK_ORDER_CATEGORY}-${workOrderId}`;
}
