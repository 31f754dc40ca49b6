import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { deterministicId } from './source-key';
import { readStockSheet, type StockSheetReadResult } from './stock-sheet.reader';
import { describeWithStockSheetFixture, STOCK_SHEET_FIXTURE } from './testing/stock-sheet-fixtures';

describeWithStockSheetFixture('readStockSheet on fixtures/excel/stock-sample-generated.xlsx', () => {
  let result: StockSheetReadResult;
  beforeAll(async () => {
    result = await readStockSheet(STOCK_SHEET_FIXTURE);
  });

  it('finds the header row under the merged title and the blank row', () => {
    expect(result.sheet).toBe('Stock');
    expect(result.headerRow).toBe(3);
    expect(result.mapping).toEqual({
      partNumber: { header: 'P/N', column: 3 },
      description: { header: 'Désignation', column: 2 },
      serialNumber: { header: 'S/N', column: 4 },
      quantity: { header: 'Qté', column: 5 },
      locationCode: { header: 'Emplacement', column: 6 },
      expiry: { header: 'Date péremption', column: 7 },
      unitPrice: { header: 'Prix unitaire (€)', column: 8 },
      certificateRef: { header: 'Form 1 / 8130-3', column: 9 },
      supplier: { header: 'Fournisseur', column: 10 },
    });
    expect(result.unmappedHeaders).toEqual(['Référence']);
  });

  it('skips the title, the blank rows and the SUM row, and rejects nothing', () => {
    expect(result.skipped).toEqual([
      { row: 1, reason: 'title' },
      { row: 2, reason: 'blank' },
      { row: 7, reason: 'blank' },
      { row: 9, reason: 'total' },
    ]);
    expect(result.rejects).toEqual([]);
    expect(result.summary).toEqual({ rows: 8, accepted: 4, rejected: 0, skipped: 4 });
  });

  it('stages the four stock lines: Date cell, empty date, text date and quantity, date serial, decimal comma', () => {
    expect(result.rows.map(({ raw: _raw, ...row }) => row)).toEqual([
      {
        sourceRow: 4,
        sourceKey: 'pn=MS29513012|loc=A-01-03|sn=|lot=',
        partNumber: 'MS29513-012',
        description: 'Joint torique MS29513-012',
        locationCode: 'A-01-03',
        quantity: 25,
        expiry: '2026-06-30',
        certificateRef: 'N/A (std part, CoC)',
        unitPrice: '0.42',
        supplier: 'AVIA PIECES',
      },
      {
        sourceRow: 5,
        sourceKey: 'pn=4371|loc=B-02-01|sn=SN12345|lot=',
        partNumber: '4371',
        description: 'Magnéto Slick 4371',
        locationCode: 'B-02-01',
        quantity: 1,
        serialNumber: 'SN12345',
        certificateRef: 'EASA F1 FR.145.0123/4567',
        unitPrice: '1234.5',
        supplier: 'HELICES DU SUD',
      },
      {
        sourceRow: 6,
        sourceKey: 'pn=PR1422B2|loc=C-FRIGO|sn=|lot=',
        partNumber: 'PR1422B2',
        description: 'Mastic PR-1422 B2',
        locationCode: 'C-FRIGO',
        quantity: 3,
        expiry: '2025-12-31',
        unitPrice: '12.50',
        supplier: 'OUTILLAGE AERO',
      },
      {
        sourceRow: 8,
        sourceKey: 'pn=REM38E|loc=A-03-02|sn=|lot=',
        partNumber: 'REM38E',
        description: 'Bougie REM38E',
        locationCode: 'A-03-02',
        quantity: 8,
        expiry: '2023-03-15',
        certificateRef: 'FAA 8130-3 #A123',
        unitPrice: '18.9',
        supplier: 'AVIA PIECES',
      },
    ]);
  });

  it('keeps every cell of a row as written for the audit', () => {
    expect(result.rows[2].raw).toEqual({
      Référence: 'R-0003',
      Désignation: 'Mastic PR-1422 B2',
      'P/N': 'PR1422B2',
      'S/N': '',
      Qté: '3',
      Emplacement: 'C-FRIGO',
      'Date péremption': '31/12/2025',
      'Prix unitaire (€)': '12,50',
      'Form 1 / 8130-3': '',
      Fournisseur: 'OUTILLAGE AERO',
    });
    expect(result.rows[0].raw['Date péremption']).toBe('2026-06-30');
  });

  it('hashes the bytes, and gives the same ids on a second run', async () => {
    const bytes = await readFile(STOCK_SHEET_FIXTURE);
    const again = await readStockSheet(bytes);

    expect(result.fileSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(again).toEqual(result);
    expect(again.rows.map((row) => deterministicId(again.fileSha256, row.sourceKey))).toEqual(
      result.rows.map((row) => deterministicId(result.fileSha256, row.sourceKey)),
    );
  });
});
