import type { ScanInput } from '../scanning/scan-input';
import type { ScanPurpose, ScanResolution } from './events';

/** Sent once the scan parsed and resolved: the log holds the scans the stock acted on. */
export type RecordScan = {
  readonly type: 'RecordScan';
  readonly deviceId: string;
  readonly purpose: ScanPurpose;
  readonly scan: ScanInput;
  readonly resolved: ScanResolution;
  readonly at: string;
};

export type ScanLogCommand = RecordScan;
