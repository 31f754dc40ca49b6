import type { CommandMetadata } from '@repaero/event-sourcing';

/**
 * What the production context may ask of stock when a part goes to a work-order task (DOMAIN rules 3–5, 9).
 * Provided by `StockContractsModule` while the stock context is on; inject with `@Optional()`, 503 when absent.
 */
export const STOCK_ISSUING = Symbol('STOCK_ISSUING');

export interface IssueToWorkOrder {
  readonly itemId: string;
  /** The work-order number, as the stock movement records it. */
  readonly workOrderRef: string;
  /** Where to take it from; absent: the only location holding the item. */
  readonly locationCode?: string;
  readonly quantity: number;
  readonly metadata: CommandMetadata;
}

/** What the work order records of the part fitted (P/N, S/N or batch, release certificate), and where stock recorded the issue. */
export interface IssuedToWorkOrder {
  readonly itemId: string;
  readonly partNumber: string;
  readonly serialNumber?: string;
  readonly batchNumber?: string;
  /** The release certificate the item came with (Form 1 tracking number, 8130-3, CoC). */
  readonly certificateRef?: string;
  readonly quantity: number;
  readonly unit: string;
  /** `<item stream>@<version>` of the `stock.ItemIssued` event: derive the work order's issue id from it, so recording twice is harmless. */
  readonly stockIssueRef: string;
  readonly position: number;
}

export interface ReserveForWorkOrder {
  readonly itemId: string;
  /** The work-order number: issuing the item to the same number later consumes the reservation (`fromReservation`). */
  readonly workOrderRef: string;
  readonly quantity: number;
  readonly metadata: CommandMetadata;
}

export interface ReservedForWorkOrder {
  readonly itemId: string;
  readonly quantity: number;
  readonly unit: string;
  /** `<item stream>@<version>` of the `stock.ItemReserved` event. */
  readonly stockReservationRef: string;
  readonly position: number;
}

export interface ScanToIssue {
  readonly raw: string;
  readonly deviceId: string;
  readonly aimId?: string;
  readonly metadata: CommandMetadata;
}

export interface StockIssuing {
  /**
   * Runs the stock `IssueItem` command through the normal pipeline: the item decides (serviceable, in date, LLP
   * times, enough on hand); its 422 reaches the caller unchanged.
   * Retry-safe: when `metadata.causationId` names the event that caused an earlier issue of this item to this work
   * order (the caller's recorded intent, e.g. `production.PartIssueBegun`), that issue is answered (same fields, same
   * `stockIssueRef`) and nothing is recorded; the `stock.ItemIssued` keeps that causation, so a reactor can match it
   * back. Without it, a serial item already out on this work order is answered the same way, but a batch or untracked
   * item is issued again (a second issue of the same quantity may be a genuine need).
   */
  issueToWorkOrder(request: IssueToWorkOrder): Promise<IssuedToWorkOrder>;
  /**
   * Runs the stock `ReserveItem` command through the normal pipeline (serviceable, in date, not held for another work
   * order). Retry-safe as `issueToWorkOrder`: a `metadata.causationId` that caused an earlier reservation of this item
   * for this work order is answered with it, and the `stock.ItemReserved` keeps that causation.
   */
  reserveForWorkOrder(request: ReserveForWorkOrder): Promise<ReservedForWorkOrder>;
  /** The item a scan names (stock label, serial, batch…), read as the stock scans are, and logged on the device's scan stream. */
  resolveScan(scan: ScanToIssue): Promise<{ readonly itemId: string; readonly locationCode?: string }>;
}
