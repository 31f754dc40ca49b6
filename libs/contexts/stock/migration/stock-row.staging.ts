import { hasAtMostQuantityDecimals, QUANTITY_DECIMALS } from '../domain/part/quantity';
import { normalisePartNumber } from '../domain/part/part-number';
import { parseFrenchDecimal, significantDecimals } from './french-decimal';
import { STOCK_FIELDS, type ResolvedColumnMapping, type StockField } from './header-mapping';
import { type CellScalar, cellText, type SheetCell, wallClock } from './sheet-cell';
import { businessDateFromExcelDate, businessDateFromFrenchText, businessDateFromSerial } from './sheet-date';
import { stockSourceKey } from './source-key';
import type { RawCellValue, RejectedCell, StagedStockRow } from './staged-stock-row';

export type SheetLayout = {
  readonly mapping: ResolvedColumnMapping;
  /** Audit key of each column read: its header, made unique with the column letter when needed. */
  readonly rawKeys: ReadonlyMap<number, string>;
  readonly date1904: boolean;
};

export type RowStaging = { readonly ok: true; readonly row: StagedStockRow } | { readonly ok: false; readonly rejects: readonly RejectedCell[] };

type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; reason: string };

/** A quantity that sums a range belongs to a total row, never to a stock line. */
export const AGGREGATE_OVER_RANGE = /^\s*(SUM|SUBTOTAL|AGGREGATE)\s*\(.*:/i;

const IDENTIFIER_FIELDS: ReadonlySet<StockField> = new Set(['partNumber', 'serialNumber', 'batch', 'locationCode']);
/** An amount in a vertically merged cell would be counted once per row it covers, so it is refused, not repeated. */
const AMOUNT_FIELDS: ReadonlySet<StockField> = new Set(['quantity', 'unitPrice']);

/** Parses every mapped cell of a row and reports all its problems at once; a row with any problem is not staged. */
export function stageStockRow(rowNumber: number, cells: readonly SheetCell[], layout: SheetLayout): RowStaging {
  const rejects: RejectedCell[] = [];
  const fields: { [F in StockField]?: string | number } = {};

  for (const field of STOCK_FIELDS) {
    const mapped = layout.mapping[field];
    if (!mapped) continue;
    const cell = cells[mapped.column - 1];
    const source = effectiveCell(cell);
    const reject = (reason: string) => rejects.push({ row: rowNumber, column: mapped.header, value: cellText(source), reason });

    if (cell.coveredBy?.sameColumn && AMOUNT_FIELDS.has(field)) {
      reject(`merged with ${cell.coveredBy.master.address}: an amount belongs to one row`);
      continue;
    }
    if (field === 'quantity' && source.formula !== undefined && AGGREGATE_OVER_RANGE.test(source.formula)) {
      reject(`=${source.formula} sums a range: a total on a part row? Write the line's own quantity`);
      continue;
    }
    if (source.unreadable !== undefined) {
      reject(source.unreadable);
      continue;
    }
    const parsed = parseField(field, source.value, layout.date1904);
    if (!parsed.ok) reject(parsed.reason);
    else if (parsed.value !== undefined) fields[field] = parsed.value;
    else if (field === 'partNumber' || field === 'quantity') reject(missingReason(field, cell));
  }

  const partNumber = fields.partNumber as string | undefined;
  if (partNumber !== undefined && normalisePartNumber(partNumber) === '') {
    rejects.push({ row: rowNumber, column: layout.mapping.partNumber.header, value: partNumber, reason: 'part number has no letter or digit' });
  }
  if (rejects.length > 0 || partNumber === undefined) return { ok: false, rejects };

  const text = (field: StockField) => fields[field] as string | undefined;
  const row: StagedStockRow = {
    sourceRow: rowNumber,
    sourceKey: stockSourceKey({
      partNumber,
      locationCode: text('locationCode'),
      serialNumber: text('serialNumber'),
      batch: text('batch'),
    }),
    partNumber,
    ...optional('description', text('description')),
    ...optional('manufacturer', text('manufacturer')),
    ...optional('locationCode', text('locationCode')),
    quantity: fields.quantity as number,
    ...optional('unit', text('unit')),
    ...optional('serialNumber', text('serialNumber')),
    ...optional('batch', text('batch')),
    ...optional('expiry', text('expiry')),
    ...optional('certificateRef', text('certificateRef')),
    ...optional('unitPrice', text('unitPrice')),
    ...optional('supplier', text('supplier')),
    raw: rawRecord(cells, layout.rawKeys),
  };
  return { ok: true, row };
}

/**
 * exceljs repeats a merge's master value in every covered cell. A cell covered from above (same column) means
 * "same as the row above" in a hand-kept sheet, so it inherits; a cell covered from the side is empty, so a
 * description merged over the P/N column never becomes a part number.
 */
function effectiveCell(cell: SheetCell): SheetCell {
  if (!cell.coveredBy) return cell;
  return cell.coveredBy.sameColumn ? cell.coveredBy.master : cell;
}

function missingReason(field: 'partNumber' | 'quantity', cell: SheetCell): string {
  const name = field === 'partNumber' ? 'part number' : 'quantity';
  return cell.coveredBy ? `${name} missing: the cell is covered by merged cell ${cell.coveredBy.master.address}` : `${name} missing`;
}

function parseField(field: StockField, value: CellScalar, date1904: boolean): Parsed<string | number> {
  switch (field) {
    case 'quantity':
      return parseQuantity(value);
    case 'unitPrice':
      return parseUnitPrice(value);
    case 'expiry':
      return parseExpiry(value, date1904);
    case 'partNumber':
    case 'description':
    case 'manufacturer':
    case 'locationCode':
    case 'unit':
    case 'serialNumber':
    case 'batch':
    case 'certificateRef':
    case 'supplier':
      return parseText(value, IDENTIFIER_FIELDS.has(field));
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

function parseText(value: CellScalar, identifier: boolean): Parsed<string> {
  if (value === null) return { ok: true, value: undefined };
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return { ok: true, value: trimmed === '' ? undefined : trimmed };
  }
  if (value instanceof Date) return { ok: false, reason: `Excel turned this into a date (${wallClock(value)}); store the column as text` };
  if (typeof value === 'boolean') return { ok: false, reason: 'a TRUE/FALSE value where text was expected' };
  const text = String(value);
  if (/e/i.test(text) || (identifier && !Number.isInteger(value))) {
    return { ok: false, reason: `stored as the number ${text}, which may not be what was typed; store the column as text` };
  }
  return { ok: true, value: text };
}

function parseQuantity(value: CellScalar): Parsed<number> {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { ok: true, value: undefined };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: 'not a finite number' };
    if (value < 0) return { ok: false, reason: 'negative quantity' };
    if (!hasAtMostQuantityDecimals(value)) return { ok: false, reason: `more than ${QUANTITY_DECIMALS} decimals` };
    const scale = 10 ** QUANTITY_DECIMALS;
    return { ok: true, value: Math.round(value * scale) / scale };
  }
  if (typeof value === 'string') {
    const decimal = parseFrenchDecimal(value);
    if (!decimal.ok) return decimal;
    if (decimal.value.startsWith('-')) return { ok: false, reason: 'negative quantity' };
    if (significantDecimals(decimal.value) > QUANTITY_DECIMALS) return { ok: false, reason: `more than ${QUANTITY_DECIMALS} decimals` };
    if (decimal.value.split('.')[0].length > 12) return { ok: false, reason: 'implausibly large quantity' };
    return { ok: true, value: Number(decimal.value) };
  }
  return { ok: false, reason: value instanceof Date ? 'a date where a quantity was expected' : 'a TRUE/FALSE value where a quantity was expected' };
}

function parseUnitPrice(value: CellScalar): Parsed<string> {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { ok: true, value: undefined };
  if (typeof value === 'number') {
    const text = String(value);
    if (!Number.isFinite(value) || /e/i.test(text)) return { ok: false, reason: `not a plain decimal: ${text}` };
    return value < 0 ? { ok: false, reason: 'negative price' } : { ok: true, value: text };
  }
  if (typeof value === 'string') {
    const decimal = parseFrenchDecimal(value);
    if (!decimal.ok) return decimal;
    return decimal.value.startsWith('-') ? { ok: false, reason: 'negative price' } : { ok: true, value: decimal.value };
  }
  return { ok: false, reason: value instanceof Date ? 'a date where a price was expected' : 'a TRUE/FALSE value where a price was expected' };
}

function parseExpiry(value: CellScalar, date1904: boolean): Parsed<string> {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { ok: true, value: undefined };
  if (value instanceof Date) return businessDateFromExcelDate(value);
  if (typeof value === 'number') return businessDateFromSerial(value, date1904);
  if (typeof value === 'string') return businessDateFromFrenchText(value);
  return { ok: false, reason: 'a TRUE/FALSE value where a date was expected' };
}

function rawRecord(cells: readonly SheetCell[], rawKeys: ReadonlyMap<number, string>): Record<string, RawCellValue> {
  const raw: Record<string, RawCellValue> = {};
  for (const [column, key] of rawKeys) {
    const value = cells[column - 1]?.value ?? null;
    raw[key] = value instanceof Date ? wallClock(value) : value;
  }
  for (const cell of cells) {
    if (!rawKeys.has(cell.column) && cell.value !== null && cell.value !== '') {
      raw[`(no header) ${cell.address.replace(/\d+$/, '')}`] = cell.value instanceof Date ? wallClock(cell.value) : cell.value;
    }
  }
  return raw;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
