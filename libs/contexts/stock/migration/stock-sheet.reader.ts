import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Workbook, type Worksheet } from 'exceljs';
import {
  type ColumnMapping,
  type HeaderCell,
  type MappingResolution,
  normaliseHeader,
  resolveColumnMapping,
  type ResolvedColumnMapping,
} from './header-mapping';
import { cellText, columnLetter, isBlankCell, readRow, type SheetCell } from './sheet-cell';
import type { RejectedCell, SkippedRow, StagedStockRow } from './staged-stock-row';
import { StockSheetError } from './stock-sheet.error';
import { AGGREGATE_OVER_RANGE, stageStockRow, type SheetLayout } from './stock-row.staging';

export type ReadStockSheetOptions = {
  /** Worksheet name; the first visible sheet by default. */
  readonly sheet?: string;
  readonly mapping?: ColumnMapping;
  /** Called with the data rows done so far and the data rows in the sheet. */
  readonly onProgress?: (done: number, total: number) => void;
};

export type StockSheetSummary = { readonly rows: number; readonly accepted: number; readonly rejected: number; readonly skipped: number };

export type StockSheetReadResult = {
  readonly fileSha256: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly mapping: ResolvedColumnMapping;
  /** Headers no field claimed: their cells are only kept in `raw`. */
  readonly unmappedHeaders: readonly string[];
  readonly rows: readonly StagedStockRow[];
  readonly rejects: readonly RejectedCell[];
  readonly skipped: readonly SkippedRow[];
  /** Every row but the header one: rows = accepted + rejected + skipped. */
  readonly summary: StockSheetSummary;
};

/** A header row further down than this is not a header row. */
const HEADER_SEARCH_ROWS = 30;
const TOTAL_LABELS = new Set(['total', 'totaux', 'total general', 'sous total', 'grand total']);

/**
 * Extracts and validates the stock lines of a hand-kept sheet. Nothing is written anywhere: the caller emits the
 * staged rows and prints or writes the rejects.
 */
export async function readStockSheet(file: string | Buffer, options: ReadStockSheetOptions = {}): Promise<StockSheetReadResult> {
  const bytes = typeof file === 'string' ? await readFile(file) : file;
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  const workbook = await loadWorkbook(bytes);
  const worksheet = pickWorksheet(workbook, options.sheet);
  const lastRow = worksheet.rowCount;
  const lastColumn = worksheet.columnCount;

  const header = findHeaderRow(worksheet, lastRow, lastColumn, options.mapping);
  const layout: SheetLayout = {
    mapping: header.mapping,
    rawKeys: rawKeysOf(header.cells),
    date1904: workbook.properties?.date1904 === true,
  };

  const skipped: SkippedRow[] = [];
  const staged: StagedStockRow[] = [];
  const rejects: RejectedCell[] = [];
  const rejectedRows = new Set<number>();

  for (let row = 1; row < header.row; row++) {
    skipped.push({ row, reason: isBlankRow(readRow(worksheet, row, lastColumn)) ? 'blank' : 'title' });
  }

  const total = lastRow - header.row;
  options.onProgress?.(0, total);
  for (let row = header.row + 1; row <= lastRow; row++) {
    const cells = readRow(worksheet, row, lastColumn);
    const skip = skipReason(cells, layout.mapping);
    if (skip) {
      skipped.push({ row, reason: skip });
    } else {
      const result = stageStockRow(row, cells, layout);
      if (result.ok) staged.push(result.row);
      else {
        rejects.push(...result.rejects);
        rejectedRows.add(row);
      }
    }
    options.onProgress?.(row - header.row, total);
  }

  const duplicates = duplicateKeyRejects(staged, header.mapping.partNumber.header);
  for (const reject of duplicates) rejectedRows.add(reject.row);
  const rows = staged.filter((row) => !rejectedRows.has(row.sourceRow));
  const allRejects = [...rejects, ...duplicates].sort((a, b) => a.row - b.row);

  return {
    fileSha256,
    sheet: worksheet.name,
    headerRow: header.row,
    mapping: header.mapping,
    unmappedHeaders: header.unmappedHeaders,
    rows,
    rejects: allRejects,
    skipped,
    summary: { rows: lastRow - 1, accepted: rows.length, rejected: rejectedRows.size, skipped: skipped.length },
  };
}

async function loadWorkbook(bytes: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  try {
    // exceljs declares its own `Buffer extends ArrayBuffer`; at run time it hands a Node Buffer to JSZip as is.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new StockSheetError({ code: 'unreadable-workbook', cause: error instanceof Error ? error.message : String(error) });
  }
  return workbook;
}

function pickWorksheet(workbook: Workbook, name: string | undefined): Worksheet {
  if (name !== undefined) {
    const worksheet = workbook.worksheets.find((ws) => ws.name === name);
    if (!worksheet) throw new StockSheetError({ code: 'sheet-not-found', sheet: name, sheets: workbook.worksheets.map((ws) => ws.name) });
    return worksheet;
  }
  const visible = workbook.worksheets.find((ws) => ws.state === 'visible');
  if (!visible) throw new StockSheetError({ code: 'no-visible-sheet' });
  return visible;
}

type HeaderRow = {
  readonly row: number;
  readonly cells: readonly HeaderCell[];
  readonly mapping: ResolvedColumnMapping;
  readonly unmappedHeaders: readonly string[];
};

/** The first row, past titles and blank lines, whose headers give every required field. */
function findHeaderRow(worksheet: Worksheet, lastRow: number, lastColumn: number, mapping: ColumnMapping | undefined): HeaderRow {
  let best: { row: number; cells: HeaderCell[]; resolution: Extract<MappingResolution, { ok: false }> } | undefined;
  for (let row = 1; row <= Math.min(lastRow, HEADER_SEARCH_ROWS); row++) {
    const sheetCells = readRow(worksheet, row, lastColumn);
    if (isBlankRow(sheetCells) || isTitleRow(sheetCells)) continue;
    const cells = headerCellsOf(sheetCells);
    const resolution = resolveColumnMapping(cells, mapping);
    if (resolution.ok) return { row, cells, mapping: resolution.mapping, unmappedHeaders: resolution.unmappedHeaders };
    if (!best || resolution.matched > best.resolution.matched) best = { row, cells, resolution };
  }
  const fallback = best ?? { row: undefined, cells: [], resolution: resolveColumnMapping([], mapping) };
  if (fallback.resolution.ok) throw new Error('unreachable: an empty header row cannot map the required columns');
  throw new StockSheetError({
    code: 'columns-not-found',
    missing: fallback.resolution.missing,
    ambiguous: fallback.resolution.ambiguous,
    headerRow: fallback.row,
    headersFound: fallback.cells.map((c) => c.text),
  });
}

function headerCellsOf(cells: readonly SheetCell[]): HeaderCell[] {
  return cells.filter((cell) => !cell.coveredBy && !isBlankCell(cell)).map((cell) => ({ column: cell.column, text: cellText(cell).trim() }));
}

function rawKeysOf(headers: readonly HeaderCell[]): Map<number, string> {
  const counts = new Map<string, number>();
  for (const h of headers) counts.set(h.text, (counts.get(h.text) ?? 0) + 1);
  return new Map(headers.map((h) => [h.column, counts.get(h.text)! > 1 ? `${h.text} (${columnLetter(h.column)})` : h.text]));
}

function skipReason(cells: readonly SheetCell[], mapping: ResolvedColumnMapping): SkippedRow['reason'] | undefined {
  if (isBlankRow(cells)) return 'blank';
  if (isTitleRow(cells)) return 'title';
  if (isTotalRow(cells, mapping)) return 'total';
  return undefined;
}

/** Blank when no cell holds anything of its own: a value repeated by a merge from the row above does not count. */
function isBlankRow(cells: readonly SheetCell[]): boolean {
  return cells.every((cell) => cell.coveredBy !== undefined || isBlankCell(cell));
}

/** A single value merged across several columns of its own row: a sheet title or a section heading. */
function isTitleRow(cells: readonly SheetCell[]): boolean {
  const own = cells.filter((cell) => !cell.coveredBy && !isBlankCell(cell));
  if (own.length !== 1 || !own[0].isMergeMaster) return false;
  return cells.some((cell) => cell.coveredBy?.master.address === own[0].address && !cell.coveredBy.sameColumn);
}

/**
 * A row is a total when its first filled cell says so, or when it has no part number and its quantity sums a range.
 * A SUM over a range beside a part number is left to staging, which rejects it rather than guess.
 */
function isTotalRow(cells: readonly SheetCell[], mapping: ResolvedColumnMapping): boolean {
  const first = cells.find((cell) => !cell.coveredBy && !isBlankCell(cell));
  if (first && typeof first.value === 'string' && TOTAL_LABELS.has(normaliseHeader(first.value))) return true;
  const quantity = cells[mapping.quantity.column - 1];
  const partNumber = cells[mapping.partNumber.column - 1];
  return quantity.formula !== undefined && AGGREGATE_OVER_RANGE.test(quantity.formula) && isBlankCell(partNumber) && !partNumber.coveredBy;
}

function duplicateKeyRejects(rows: readonly StagedStockRow[], partNumberHeader: string): RejectedCell[] {
  const byKey = new Map<string, StagedStockRow[]>();
  for (const row of rows) byKey.set(row.sourceKey, [...(byKey.get(row.sourceKey) ?? []), row]);
  return [...byKey.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((row) => ({
        row: row.sourceRow,
        column: partNumberHeader,
        value: row.partNumber,
        reason: `same part number, location and serial/batch as row ${group
          .filter((other) => other !== row)
          .map((other) => other.sourceRow)
          .join(', ')}: which line holds the stock?`,
      })),
    );
}
