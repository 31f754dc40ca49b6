import type { Role } from '@repaero/platform';

/** Who reads stock: the store, purchasing, sales (availability for quotes), quality and the workshop. */
export const STOCK_READERS: readonly Role[] = ['storekeeper', 'purchasing', 'sales', 'quality', 'technician', 'team-lead'];
/** Alerts are the store's and quality's to act on; leads see what blocks their work. */
export const ALERT_READERS: readonly Role[] = ['storekeeper', 'quality', 'team-lead'];
/** Count sessions are the store's, checked by quality. */
export const COUNT_READERS: readonly Role[] = ['storekeeper', 'quality'];
/** Labels are printed at the store and in the workshop. */
export const LABEL_PRINTERS: readonly Role[] = ['storekeeper', 'technician', 'quality'];
