import type { ScanInput } from '../scanning/scan-input';

/** Why the device was scanning: the client's workflow step, kept with the scan for the audit. */
export const SCAN_PURPOSES = ['identify', 'receive', 'issue', 'count'] as const;
export type ScanPurpose = (typeof SCAN_PURPOSES)[number];

/** What the stock records matched the scan to when it was made. */
export interface ScanResolution {
  readonly partId?: string;
  readonly itemId?: string;
  readonly locationCode?: string;
}

/** Stored contract (ARCHITECTURE rule 5). `raw` is exactly what the client posted; `parsed` what parseScan read from it. */
export type ItemScanned = {
  readonly type: 'stock.ItemScanned';
  readonly data: {
    readonly deviceId: string;
    readonly purpose: ScanPurpose;
    readonly raw: string;
    readonly parsed: Omit<ScanInput, 'raw'>;
    readonly resolved: ScanResolution;
    readonly scannedAt: string;
  };
};

export type ScanLogEvent = ItemScanned;
