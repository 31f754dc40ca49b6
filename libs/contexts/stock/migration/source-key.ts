import { v5 as uuidv5 } from 'uuid';
import { normalisePartNumber } from '../domain/part/part-number';

const STOCK_SHEET_ROW_NAMESPACE = '3d0c6a52-8f4e-5b71-9a2d-6c1e47b0f9a3';

export type SourceKeyParts = {
  readonly partNumber: string;
  readonly locationCode?: string;
  readonly serialNumber?: string;
  readonly batch?: string;
};

/**
 * What identifies a stock line whatever its position in the sheet: the normalised part number, the location and the
 * serial or batch. Moving, adding or deleting other rows, or fixing a quantity, leaves a row's key unchanged.
 */
export function stockSourceKey(parts: SourceKeyParts): string {
  return [
    `pn=${escape(normalisePartNumber(parts.partNumber))}`,
    `loc=${escape(normaliseText(parts.locationCode))}`,
    `sn=${escape(normaliseText(parts.serialNumber))}`,
    `lot=${escape(normaliseText(parts.batch))}`,
  ].join('|');
}

/** The id of whatever a migration emits for one row of one file: re-reading the same bytes gives the same ids. */
export function deterministicId(fileSha256: string, sourceKey: string): string {
  return uuidv5(`${fileSha256}:${sourceKey}`, STOCK_SHEET_ROW_NAMESPACE);
}

function normaliseText(value: string | undefined): string {
  return (value ?? '').trim().replace(/\s+/g, ' ').toUpperCase();
}

function escape(value: string): string {
  return value.replace(/[%|=]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
