import type { CellValue } from 'exceljs';
import { deterministicId } from './source-key';
import { StockSheetError } from './stock-sheet.error';
import { readStockSheet, type ReadStockSheetOptions, type StockSheetReadResult } from './stock-sheet.reader';
import { buildWorkbook, type CellSpec, type SheetSpec, sheetFolder, styled } from './testing/stock-sheet-fixtures';

const HEADERS = ['Référence', 'Désignation', 'Qté', 'Emplacement', 'N° de série', 'Lot', 'Date de péremption'];
const formula = (text: string, result?: number | string): CellValue => (result === undefined ? { formula: text } : { formula: text, result });
const utcDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe('readStockSheet on generated sheets', () => {
  let folder: Awaited<ReturnType<typeof sheetFolder>>;
  let sheetCount = 0;
  beforeAll(async () => {
    folder = await sheetFolder();
  });
  afterAll(async () => {
    await folder.cleanup();
  });

  async function read(sheets: SheetSpec | SheetSpec[], options?: ReadStockSheetOptions): Promise<StockSheetReadResult> {
    const file = await folder.write(`sheet-${++sheetCount}.xlsx`, await buildWorkbook(Array.isArray(sheets) ? sheets : [sheets]));
    return readStockSheet(file, options);
  }

  /** A sheet with the standard headers on row 1 and the given lines under it. */
  const withHeaders = (...lines: (CellSpec[] | undefined)[]): SheetSpec => ({ rows: [HEADERS, ...lines] });

  it('finds French headers with accents and odd spacing under a merged title and a blank row', async () => {
    const result = await read({
      rows: [
        ['Inventaire magasin — mars 2025'],
        undefined,
        ['  RÉFÉRENCE ', 'designation', 'QTE', 'Unité', 'emplacement', 'N°  de   Série', 'LOT', 'Péremption', 'Fabricant', 'Certificat'],
        ['AN960-10', 'Rondelle', 4, 'u', 'A-01', 'SN1', 'L1', '01/02/2026', '88044', 'EASA F1 123'],
      ],
      merges: ['A1:J1'],
    });

    expect(result.headerRow).toBe(3);
    expect(result.skipped).toEqual([
      { row: 1, reason: 'title' },
      { row: 2, reason: 'blank' },
    ]);
    expect(result.rows).toEqual([
      {
        sourceRow: 4,
        sourceKey: 'pn=AN96010|loc=A-01|sn=SN1|lot=L1',
        partNumber: 'AN960-10',
        description: 'Rondelle',
        manufacturer: '88044',
        locationCode: 'A-01',
        quantity: 4,
        unit: 'u',
        serialNumber: 'SN1',
        batch: 'L1',
        expiry: '2026-02-01',
        certificateRef: 'EASA F1 123',
        raw: {
          RÉFÉRENCE: 'AN960-10',
          designation: 'Rondelle',
          QTE: 4,
          Unité: 'u',
          emplacement: 'A-01',
          'N°  de   Série': 'SN1',
          LOT: 'L1',
          Péremption: '01/02/2026',
          Fabricant: '88044',
          Certificat: 'EASA F1 123',
        },
      },
    ]);
  });

  it('reads decimal commas, space and NBSP thousands, dots, and quantities stored as text', async () => {
    const result = await read(
      withHeaders(['P1', '', '12,50', 'A-01'], ['P2', '', '1 234,5', 'A-01'], ['P3', '', '1\u00A0234,5', 'A-01'], ['P4', '', '12.50', 'A-01'], ['P5', '', ' 3 ', 'A-01'], ['P6', '', 0.125, 'A-01']),
    );

    expect(result.rejects).toEqual([]);
    expect(result.rows.map((row) => [row.partNumber, row.quantity])).toEqual([
      ['P1', 12.5],
      ['P2', 1234.5],
      ['P3', 1234.5],
      ['P4', 12.5],
      ['P5', 3],
      ['P6', 0.125],
    ]);
  });

  it('rejects 1,234.5 and other quantities it would have to guess', async () => {
    const result = await read(
      withHeaders(['P1', '', '1,234.5'], ['P2', '', '3 pcs'], ['P3', '', -2], ['P4', '', '0,0005'], ['P5', '', true], ['P6', '', { error: '#N/A' }], ['P7', '', '']),
    );

    expect(result.rows).toEqual([]);
    expect(result.rejects).toEqual([
      { row: 2, column: 'Qté', value: '1,234.5', reason: 'ambiguous decimal "1,234.5": both "," and "." appear (thousands or decimal separator?)' },
      { row: 3, column: 'Qté', value: '3 pcs', reason: 'not a decimal number: "3 pcs"' },
      { row: 4, column: 'Qté', value: '-2', reason: 'negative quantity' },
      { row: 5, column: 'Qté', value: '0,0005', reason: 'more than 3 decimals' },
      { row: 6, column: 'Qté', value: 'TRUE', reason: 'a TRUE/FALSE value where a quantity was expected' },
      { row: 7, column: 'Qté', value: '', reason: 'Excel error #N/A' },
      { row: 8, column: 'Qté', value: '', reason: 'quantity missing' },
    ]);
    expect(result.summary).toEqual({ rows: 7, accepted: 0, rejected: 7, skipped: 0 });
  });

  it('reads a Date cell, a serial in a date-formatted cell, a bare serial and a text date', async () => {
    const result = await read(
      withHeaders(
        ['P1', '', 1, '', '', '', utcDate(2026, 6, 30)],
        ['P2', '', 1, '', '', '', styled(45000, 'dd/mm/yyyy')],
        ['P3', '', 1, '', '', '', 46022],
        ['P4', '', 1, '', '', '', '31/12/2025'],
        ['P5', '', 1, '', '', '', ''],
      ),
    );

    expect(result.rejects).toEqual([]);
    expect(result.rows.map((row) => [row.partNumber, row.expiry])).toEqual([
      ['P1', '2026-06-30'],
      ['P2', '2023-03-15'],
      ['P3', '2025-12-31'],
      ['P4', '2025-12-31'],
      ['P5', undefined],
    ]);
    expect(result.rows[0].raw['Date de péremption']).toBe('2026-06-30');
  });

  it('rejects 31/02/2025 and reports every problem of a row, not just the first', async () => {
    const result = await read(withHeaders(['P1', '', '1,234.5', '', '', '', '31/02/2025'], ['P2', '', 1, '', '', '', '2025-12-31']));

    expect(result.rows).toEqual([]);
    expect(result.rejects).toEqual([
      { row: 2, column: 'Qté', value: '1,234.5', reason: 'ambiguous decimal "1,234.5": both "," and "." appear (thousands or decimal separator?)' },
      { row: 2, column: 'Date de péremption', value: '31/02/2025', reason: 'no such date: 31/02/2025' },
      { row: 3, column: 'Date de péremption', value: '2025-12-31', reason: 'not a dd/mm/yyyy date: "2025-12-31"' },
    ]);
    expect(result.summary).toEqual({ rows: 2, accepted: 0, rejected: 2, skipped: 0 });
  });

  it("takes a formula's saved result and rejects a formula saved without one", async () => {
    const result = await read(withHeaders(['P1', '', formula('2*2', 4), 'A-01'], ['P2', '', formula('2*3'), 'A-01'], [formula('"P"&"3"', 'P3'), '', 1]));

    expect(result.rows.map((row) => [row.partNumber, row.quantity])).toEqual([
      ['P1', 4],
      ['P3', 1],
    ]);
    expect(result.rejects).toEqual([{ row: 3, column: 'Qté', value: '=2*3', reason: 'formula =2*3 has no saved result (open and save the file in Excel)' }]);
  });

  it('skips blank rows, a labelled total, and an unlabelled SUM under the part numbers', async () => {
    const result = await read(
      withHeaders(
        ['P1', '', 2],
        undefined,
        ['', '', '', '  '],
        ['P2', '', 3],
        ['TOTAL', '', formula('SUM(C2:C5)', 5)],
        ['Sous-total :', '', 5],
        ['', '', formula('SUBTOTAL(9,C2:C5)')],
      ),
    );

    expect(result.rows.map((row) => row.sourceRow)).toEqual([2, 5]);
    expect(result.skipped).toEqual([
      { row: 3, reason: 'blank' },
      { row: 4, reason: 'blank' },
      { row: 6, reason: 'total' },
      { row: 7, reason: 'total' },
      { row: 8, reason: 'total' },
    ]);
    expect(result.rejects).toEqual([]);
    expect(result.summary).toEqual({ rows: 7, accepted: 2, rejected: 0, skipped: 5 });
  });

  it('rejects a SUM over a range beside a part number instead of skipping the line', async () => {
    const result = await read(withHeaders(['P1', '', 2], ['P2', '', formula('SUM(C2:C2)', 2)]));

    expect(result.rejects).toEqual([
      { row: 3, column: 'Qté', value: '2', reason: '=SUM(C2:C2) sums a range: a total on a part row? Write the line\'s own quantity' },
    ]);
  });

  it('follows a custom mapping, which may also ignore a column', async () => {
    const result = await read(
      { rows: [['Code article', 'Stock dispo', 'Référence', 'Casier', 'DLU'], ['ab-12', '7', 'R-0001', 'B1', '15/03/2027']] },
      { mapping: { partNumber: 'code article', quantity: 'Stock dispo', expiry: null } },
    );

    expect(result.mapping).toEqual({
      partNumber: { header: 'Code article', column: 1 },
      quantity: { header: 'Stock dispo', column: 2 },
      locationCode: { header: 'Casier', column: 4 },
    });
    expect(result.unmappedHeaders).toEqual(['Référence', 'DLU']);
    expect(result.rows).toMatchObject([{ partNumber: 'ab-12', quantity: 7, locationCode: 'B1', sourceKey: 'pn=AB12|loc=B1|sn=|lot=' }]);
    expect(result.rows[0]).not.toHaveProperty('expiry');
  });

  it('fails on a missing required column, naming it and listing the headers found', async () => {
    const reading = read({ rows: [['Stock au 01/03'], ['Référence', 'Désignation', 'Emplacement'], ['P1', 'x', 'A']], merges: ['A1:C1'] });

    await expect(reading).rejects.toThrow(StockSheetError);
    await expect(reading).rejects.toThrow(
      'column "quantity" not found (looked for "Quantité", "Qté", "Qty", "Quantity"). headers found on row 2: "Référence", "Désignation", "Emplacement"',
    );
  });

  it('fails on a header the mapping names but the sheet lacks', async () => {
    const reading = read(withHeaders(['P1', '', 1]), { mapping: { batch: 'Lot fournisseur' } });

    await expect(reading).rejects.toMatchObject({
      details: { code: 'columns-not-found', missing: [{ field: 'batch', lookedFor: ['Lot fournisseur'] }], headersFound: HEADERS },
    });
  });

  it('handles merged data cells deliberately', async () => {
    const result = await read({
      rows: [
        HEADERS,
        ['Rayon A'],
        ['P1', 'Joint', 2, 'A-01'],
        ['P2', 'Bague', 3, undefined],
        ['P3', 'Rondelle large', 5, 'A-02'],
        ['P4', 'Écrou', 4, 'A-03'],
        ['P5', 'Vis', undefined, 'A-03'],
      ],
      // a section heading; a location shared by two rows; a description spread over the quantity column;
      // a quantity shared by two rows
      merges: ['A2:G2', 'D3:D4', 'B5:C5', 'C6:C7'],
    });

    expect(result.skipped).toEqual([{ row: 2, reason: 'title' }]);
    expect(result.rows.map((row) => [row.partNumber, row.locationCode, row.quantity])).toEqual([
      ['P1', 'A-01', 2],
      ['P2', 'A-01', 3],
      ['P4', 'A-03', 4],
    ]);
    expect(result.rows[1].raw['Emplacement']).toBeNull();
    expect(result.rejects).toEqual([
      { row: 5, column: 'Qté', value: '', reason: 'quantity missing: the cell is covered by merged cell B5' },
      { row: 7, column: 'Qté', value: '4', reason: 'merged with C6: an amount belongs to one row' },
    ]);
  });

  it('never turns a wrongly typed cell into text silently', async () => {
    const result = await read(withHeaders(['P1', '', 1, utcDate(2025, 3, 12)], [12.5, '', 1], [4371, '', 1, 'A-01']));

    expect(result.rejects).toEqual([
      { row: 2, column: 'Emplacement', value: '2025-03-12', reason: 'Excel turned this into a date (2025-03-12); store the column as text' },
      { row: 3, column: 'Référence', value: '12.5', reason: 'stored as the number 12.5, which may not be what was typed; store the column as text' },
    ]);
    expect(result.rows).toMatchObject([{ sourceRow: 4, partNumber: '4371' }]);
  });

  it('rejects every row of a duplicated key rather than keep one', async () => {
    const result = await read(withHeaders(['P-1', '', 1, 'A-01'], ['P1', '', 2, 'a-01'], ['P1', '', 3, 'A-01', 'SN9'], ['P1', '', 3, 'A-02']));

    expect(result.rows.map((row) => row.sourceRow)).toEqual([4, 5]);
    expect(result.rejects).toEqual([
      { row: 2, column: 'Référence', value: 'P-1', reason: 'same part number, location and serial/batch as row 3: which line holds the stock?' },
      { row: 3, column: 'Référence', value: 'P1', reason: 'same part number, location and serial/batch as row 2: which line holds the stock?' },
    ]);
    expect(result.summary).toEqual({ rows: 4, accepted: 2, rejected: 2, skipped: 0 });
  });

  it('reads the first visible sheet, or the one named', async () => {
    const sheets: SheetSpec[] = [
      { name: 'Notes', state: 'hidden', rows: [['nothing here']] },
      { name: 'Stock', rows: withHeaders(['P1', '', 1]).rows },
      { name: 'Atelier', rows: withHeaders(['P2', '', 2]).rows },
    ];

    expect((await read(sheets)).rows).toMatchObject([{ partNumber: 'P1' }]);
    expect(await read(sheets, { sheet: 'Atelier' })).toMatchObject({ sheet: 'Atelier', rows: [{ partNumber: 'P2' }] });
    await expect(read(sheets, { sheet: 'Magasin' })).rejects.toThrow('no sheet named "Magasin"; sheets: "Notes", "Stock", "Atelier"');
  });

  it('reports progress over the data rows', async () => {
    const calls: [number, number][] = [];
    await read(withHeaders(['P1', '', 1], undefined, ['P2', '', 2]), { onProgress: (done, total) => calls.push([done, total]) });

    expect(calls).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('gives identical ids for the same bytes, and the same keys but new ids for a changed file', async () => {
    const original = await buildWorkbook([withHeaders(['P1', '', 1, 'A-01'], ['P2', '', 2, 'A-02'])]);
    const edited = await buildWorkbook([withHeaders(['P1', '', 1, 'A-01'], ['P2', '', 5, 'A-02'])]);
    const ids = (result: StockSheetReadResult) => result.rows.map((row) => deterministicId(result.fileSha256, row.sourceKey));

    const first = await readStockSheet(original);
    const second = await readStockSheet(Buffer.from(original));
    const changed = await readStockSheet(edited);

    expect(second).toEqual(first);
    expect(ids(second)).toEqual(ids(first));
    expect(changed.fileSha256).not.toBe(first.fileSha256);
    expect(changed.rows.map((row) => row.sourceKey)).toEqual(first.rows.map((row) => row.sourceKey));
    expect(ids(changed)).not.toEqual(ids(first));
  });

  it('refuses a file that is not an xlsx workbook', async () => {
    await expect(readStockSheet(Buffer.from('Référence;Qté\nP1;1\n'))).rejects.toMatchObject({ details: { code: 'unreadable-workbook' } });
  });
});
