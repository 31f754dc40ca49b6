/** What a scan can tell about an item, whatever the symbology. Dates are ISO `YYYY-MM-DD`. */
export interface ScanFields {
  readonly pnr?: string;
  readonly ser?: string;
  readonly mfr?: string;
  readonly lot?: string;
  readonly expiry?: string;
  /** Always GTIN-14 (an EAN-13 gains a leading zero), so one catalogue key matches every symbology. */
  readonly gtin?: string;
  readonly qty?: number;
  readonly pno?: string;
  readonly seq?: string;
  readonly ucn?: string;
  readonly spl?: string;
  readonly dmf?: string;
  readonly pdt?: string;
  readonly productionDate?: string;
  readonly additionalId?: string;
  readonly customerPartNumber?: string;
  readonly secondarySerial?: string;
  readonly giai?: string;
  /** GS1 AI (91), company internal information: our own labels carry the stock id there. */
  readonly companyInternal?: string;
  /**
   * An unstructured scan (a Code 128 bin or stock label, a bare serial...): left for the caller to resolve
   * against stock ids, location codes, part numbers or known barcodes, because only the stock knows which.
   */
  readonly value?: string;
}

export type TextField = Exclude<keyof ScanFields, 'qty'>;
export type MutableScanFields = { -readonly [K in keyof ScanFields]: ScanFields[K] };

export type ScanFailureReason = 'empty' | 'bad-check-digit' | 'ambiguous' | 'unparseable' | 'unsupported';

export interface ScanFailure {
  readonly ok: false;
  readonly reason: ScanFailureReason;
  /** For the operator: names what is wrong and, where there is one, the fix. */
  readonly message: string;
}

export type Decoded<T> = { readonly ok: true; readonly value: T } | ScanFailure;

export function decoded<T>(value: T): Decoded<T> {
  return { ok: true, value };
}

export function scanFailure(reason: ScanFailureReason, message: string): ScanFailure {
  return { ok: false, reason, message };
}

/** One reading of the data part of a scan, before it is wrapped with the raw text and AIM id. */
export interface FieldReading {
  readonly fields: ScanFields;
  /** Well-formed elements no field exists for, kept as read (`(400)PO-12`, `CAG 0CVA5`). */
  readonly unmapped: readonly string[];
}
