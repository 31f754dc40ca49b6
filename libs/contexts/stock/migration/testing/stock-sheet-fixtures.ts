import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CellValue, Workbook } from 'exceljs';

/** Shared fixtures are read in place, beside the repository, never copied into it. */
export const STOCK_SHEET_FIXTURE = path.resolve(__dirname, '../../../../..', '../shared/fixtures/excel/stock-sample-generated.xlsx');

export function describeWithStockSheetFixture(title: string, body: () => void): void {
  if (existsSync(STOCK_SHEET_FIXTURE)) {
    describe(title, body);
  } else {
    console.info(`skipping "${title}": ${STOCK_SHEET_FIXTURE} is absent`);
    // The shared fixture is absent in a clone without ../shared: skip, saying why (logged above).
    describe.skip(title, body);
  }
}

type StyledCell = { readonly styled: true; readonly value: CellValue; readonly numFmt: string };
export type CellSpec = CellValue | StyledCell;

/** A cell written with a number format, e.g. a serial shown as a date. */
export function styled(value: CellValue, numFmt: string): StyledCell {
  return { styled: true, value, numFmt };
}

export type SheetSpec = {
  readonly name?: string;
  readonly state?: 'visible' | 'hidden';
  /** Row 1 first; `undefined` or `[]` leaves a row out of the file entirely. */
  readonly rows: readonly (readonly CellSpec[] | undefined)[];
  readonly merges?: readonly string[];
};

export async function buildWorkbook(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const workbook = new Workbook();
  sheets.forEach((spec, index) => {
    const worksheet = workbook.addWorksheet(spec.name ?? `Sheet${index + 1}`, { state: spec.state ?? 'visible' });
    spec.rows.forEach((cells, rowIndex) => {
      cells?.forEach((cellSpec, columnIndex) => {
        if (cellSpec === undefined) return;
        const cell = worksheet.getCell(rowIndex + 1, columnIndex + 1);
        if (isStyled(cellSpec)) {
          cell.value = cellSpec.value;
          cell.numFmt = cellSpec.numFmt;
        } else {
          cell.value = cellSpec;
        }
      });
    });
    for (const range of spec.merges ?? []) worksheet.mergeCells(range);
  });
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A temporary folder for generated sheets; call the returned cleanup in afterAll. */
export async function sheetFolder(): Promise<{ dir: string; write: (name: string, bytes: Buffer) => Promise<string>; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'stock-sheet-'));
  return {
    dir,
    write: async (name, bytes) => {
      const file = path.join(dir, name);
      await writeFile(file, bytes);
      return file;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

function isStyled(cell: CellSpec): cell is StyledCell {
  return typeof cell === 'object' && cell !== null && 'styled' in cell;
}
