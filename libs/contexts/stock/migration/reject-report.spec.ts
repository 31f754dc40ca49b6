import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatRejectReport, writeRejectReport } from './reject-report';

describe('reject report', () => {
  it('is a ;-separated CSV with a BOM and CRLF, quoting what needs it', () => {
    const csv = formatRejectReport([
      { row: 6, column: 'Qté', value: '1,234.5', reason: 'ambiguous decimal' },
      { row: 9, column: 'Désignation', value: 'joint "torique"; 12', reason: 'x' },
    ]);

    expect(csv).toBe('\uFEFFrow;column;value;reason\r\n6;Qté;1,234.5;ambiguous decimal\r\n9;Désignation;"joint ""torique""; 12";x\r\n');
  });

  it('defuses values Excel would run as formulas', () => {
    const csv = formatRejectReport([
      { row: 4, column: 'Qté', value: '=SUM(E4:E8)', reason: 'no saved result' },
      { row: 5, column: 'Qté', value: '-3', reason: 'negative quantity' },
    ]);

    expect(csv.split('\r\n').slice(1, 3)).toEqual(["4;Qté;'=SUM(E4:E8);no saved result", "5;Qté;'-3;negative quantity"]);
  });

  it('writes the file in UTF-8', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'reject-report-'));
    try {
      const file = path.join(dir, 'rejects.csv');
      await writeRejectReport([{ row: 7, column: 'Date péremption', value: '31/02/2025', reason: 'no such date: 31/02/2025' }], file);

      const bytes = await readFile(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8')).toContain('7;Date péremption;31/02/2025;no such date: 31/02/2025');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
