import { businessDateOf } from '../item/shelf-life';

export const SCAN_LOG_CATEGORY = 'scanner';

/**
 * One stream per device and Paris business day: the pipeline folds a stream before each append, so a
 * stream per device alone would make every scan slower than the one before, for ever.
 */
export function scanLogStreamId(deviceId: string, at: string): string {
  return `${SCAN_LOG_CATEGORY}-${deviceId}.${businessDateOf(at)}`;
}
