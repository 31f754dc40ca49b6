import { type Cell, type CellValue, ValueType, type Worksheet } from 'exceljs';

export type CellScalar = string | number | boolean | Date | null;

export type SheetCell = {
  readonly column: number;
  readonly address: string;
  /** What the cell itself holds: a formula's cached result, a link's text; null when empty or covered by a merge. */
  readonly value: CellScalar;
  readonly formula?: string;
  /** Why the value cannot be used: an Excel error, or a formula saved without its result. */
  readonly unreadable?: string;
  /** Set on a cell covered by a merge (exceljs repeats the master's value there; we keep it apart). */
  readonly coveredBy?: { readonly master: SheetCell; readonly sameColumn: boolean };
  readonly isMergeMaster: boolean;
};

export function readRow(worksheet: Worksheet, rowNumber: number, lastColumn: number): SheetCell[] {
  const row = worksheet.findRow(rowNumber);
  const cells: SheetCell[] = [];
  for (let column = 1; column <= lastColumn; column++) {
    const cell = row?.findCell(column);
    cells.push(cell ? readCell(cell) : emptyCell(rowNumber, column));
  }
  return cells;
}

export function readCell(cell: Cell): SheetCell {
  const column = Number(cell.col);
  if (cell.type === ValueType.Merge) {
    const master = readCell(cell.master);
    return { column, address: cell.address, value: null, isMergeMaster: false, coveredBy: { master, sameColumn: master.column === column } };
  }
  const base = { column, address: cell.address, isMergeMaster: cell.isMerged };
  if (cell.type === ValueType.Formula) {
    const formula = cell.formula;
    const result = (cell.value as { result?: CellValue }).result;
    if (result === undefined) {
      return { ...base, value: null, formula, unreadable: `formula =${formula} has no saved result (open and save the file in Excel)` };
    }
    const scalar = scalarOf(result);
    return scalar.ok ? { ...base, value: scalar.value, formula } : { ...base, value: null, formula, unreadable: scalar.reason };
  }
  const scalar = scalarOf(cell.value);
  return scalar.ok ? { ...base, value: scalar.value } : { ...base, value: null, unreadable: scalar.reason };
}

export function isBlankCell(cell: SheetCell): boolean {
  return cell.unreadable === undefined && (cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === ''));
}

/** The text shown in a reject report or kept for the audit; a date keeps its wall-clock fields, with no zone. */
export function cellText(cell: SheetCell): string {
  if (cell.value === null) return cell.formula === undefined ? '' : `=${cell.formula}`;
  return scalarText(cell.value);
}

export function scalarText(value: Exclude<CellScalar, null>): string {
  if (value instanceof Date) return wallClock(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function wallClock(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function emptyCell(rowNumber: number, column: number): SheetCell {
  return { column, address: columnLetter(column) + rowNumber, value: null, isMergeMaster: false };
}

type Scalar = { ok: true; value: CellScalar } | { ok: false; reason: string };

function scalarOf(value: CellValue): Scalar {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return { ok: true, value };
  }
  if ('error' in value) return { ok: false, reason: `Excel error ${value.error}` };
  if ('richText' in value) return { ok: true, value: value.richText.map((run) => run.text).join('') };
  if ('hyperlink' in value) return scalarOf(value.text as CellValue);
  return { ok: false, reason: 'unsupported cell content' };
}
