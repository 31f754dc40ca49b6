export type RawCellValue = string | number | boolean | null;

/** One sheet row that passed every check, ready to be emitted with `source: migration`. */
export type StagedStockRow = {
  /** 1-based row number in the sheet, as Excel shows it. */
  readonly sourceRow: number;
  readonly sourceKey: string;
  /** As written (trimmed); matching uses the normalised form. */
  readonly partNumber: string;
  readonly description?: string;
  readonly manufacturer?: string;
  readonly locationCode?: string;
  readonly quantity: number;
  readonly unit?: string;
  readonly serialNumber?: string;
  readonly batch?: string;
  /** YYYY-MM-DD, the wall-clock date written in the sheet (Europe/Paris). */
  readonly expiry?: string;
  readonly certificateRef?: string;
  /** Exact decimal with a dot (`"12.50"`), in the sheet's currency. */
  readonly unitPrice?: string;
  readonly supplier?: string;
  /** Every cell of the row by header (a date as its wall-clock text, a formula as its saved result), for the audit. */
  readonly raw: Readonly<Record<string, RawCellValue>>;
};

export type RejectedCell = {
  readonly row: number;
  /** The header as written in the sheet. */
  readonly column: string;
  readonly value: string;
  readonly reason: string;
};

export type SkippedRow = { readonly row: number; readonly reason: 'blank' | 'total' | 'title' };
