import { createA4Document, paragraph, renderToBuffer, type PrintDocument } from './a4-document';
import { drawBarcode } from './barcode.drawing';
import { formatFormDate, formatMinutes, formatUtcDateTime } from './formatting';
import { keyValueGrid } from './key-value-grid.drawing';
import { sectionTitle } from './section-title.drawing';
import { signatureBlock } from './signature-block.drawing';
import { table } from './table.drawing';
import { pdfPageTexts, pdfTextLines } from './testing/pdf-text';
import { toWinAnsi } from './win-ansi';

const createdAt = new Date('2026-11-28T10:00:00Z');

function sample(compress?: boolean): PrintDocument {
  return createA4Document({ title: 'Fiche de travail', headerRight: 'WO-2026-0042', footerLeft: "Rep'Aero · FR.145.0123", createdAt, compress });
}

function imageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;
}

describe('A4 print document', () => {
  it('prints French accents and WinAnsi punctuation in the standard Helvetica', async () => {
    const doc = sample();
    paragraph(doc, 'Réparé par la Société Aéro-Club — « contrôle » à 100 € ’ok’');
    expect(pdfTextLines(await renderToBuffer(doc))).toContain('Réparé par la Société Aéro-Club — « contrôle » à 100 € ’ok’');
  });

  it('stamps the header and "Page n of m" on every page', async () => {
    const doc = sample();
    for (let i = 1; i <= 120; i++) paragraph(doc, `line ${i}`);
    const pages = pdfPageTexts(await renderToBuffer(doc));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((lines, i) => {
      expect(lines).toEqual(expect.arrayContaining(['Fiche de travail', 'WO-2026-0042', "Rep'Aero · FR.145.0123", `Page ${i + 1} of ${pages.length}`]));
    });
    expect(pages.flat().filter((line) => line.startsWith('line '))).toHaveLength(120);
  });

  it('gives the same bytes for the same input, compressed or not (CreationDate is passed in)', async () => {
    for (const compress of [true, false]) {
      const build = async () => {
        const doc = sample(compress);
        sectionTitle(doc, 'Section');
        keyValueGrid(doc, [{ label: 'A', value: '1' }]);
        await drawBarcode(doc, { symbology: 'code128', text: 'WO-2026-0042', widthMm: 60, heightMm: 12 });
        return renderToBuffer(doc);
      };
      const [first, second] = [await build(), await build()];
      expect(first.equals(second)).toBe(true);
      expect(first.toString('latin1')).toContain('(D:20261128100000Z)');
    }
  });

  it('a section title, a key/value grid and a spanning entry read back in order', async () => {
    const doc = sample();
    sectionTitle(doc, 'Work order');
    keyValueGrid(doc, [
      { label: 'Customer reference', value: 'PO-778' },
      { label: 'Team lead', value: 'Camille Durand' },
      { label: 'Requested work', value: 'Inspect and repair the starter generator', span: 2 },
      { label: 'Empty', value: undefined },
    ]);
    const lines = pdfTextLines(await renderToBuffer(doc));
    const body = lines.filter((line) => !/^(Page |Fiche|WO-|Rep'Aero)/.test(line));
    expect(body).toEqual(['Work order', 'Customer reference', 'PO-778', 'Team lead', 'Camille Durand', 'Requested work', 'Inspect and repair the starter generator', 'Empty']);
  });

  it('a table that runs over a page goes on under its header again, rows never split', async () => {
    const doc = sample();
    table(doc, {
      columns: [{ header: 'No.', weight: 1 }, { header: 'Part number', weight: 3 }, { header: 'Qty', weight: 1, align: 'right' }],
      rows: Array.from({ length: 90 }, (_, i) => [String(i + 1), `P/N ${i + 1}`, '1']),
    });
    const pages = pdfPageTexts(await renderToBuffer(doc));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const lines of pages) expect(lines.slice(0, 3)).toEqual(['No.', 'Part number', 'Qty']);
    const numbers = pages.flatMap((lines) => lines.filter((line) => /^\d+$/.test(line) && line !== '1').map(Number));
    expect(numbers).toEqual(Array.from({ length: 89 }, (_, i) => i + 2));
  });

  it('a signature block prints its values, or leaves empty boxes to sign by hand', async () => {
    const doc = sample();
    signatureBlock(doc, { title: 'Performed by', fields: [{ label: 'Name', value: 'Jean Dupont' }, { label: 'Licence', value: 'FR.66.0042 B1.2' }] });
    signatureBlock(doc, { title: 'Independent inspection', fields: [{ label: 'Name' }, { label: 'Licence' }] });
    const body = pdfTextLines(await renderToBuffer(doc)).filter((line) => !/^(Page |Fiche|WO-|Rep'Aero)/.test(line));
    expect(body).toEqual(['Performed by', 'Name', 'Jean Dupont', 'Licence', 'FR.66.0042 B1.2', 'Independent inspection', 'Name', 'Licence']);
  });

  it.each(['code128', 'datamatrix'] as const)('embeds a %s symbol as a PNG image with its text under it', async (symbology) => {
    const doc = sample(false);
    expect(imageCount(await renderToBuffer(sample(false)))).toBe(0);
    await drawBarcode(doc, { symbology, text: 'FORM1-2026-000123', widthMm: 30, heightMm: 30 });
    const pdf = await renderToBuffer(doc);
    expect(imageCount(pdf)).toBeGreaterThan(0);
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image[^]*\/Filter \/FlateDecode/);
    expect(pdfTextLines(pdf)).toContain('FORM1-2026-000123');
  });

  it('refuses text the symbology cannot carry, naming it', async () => {
    await expect(drawBarcode(sample(), { symbology: 'code128', text: '', widthMm: 60, heightMm: 12 })).rejects.toThrow(/cannot print "" as code128: bwip-js: bar code text not specified/);
  });
});

describe('toWinAnsi', () => {
  it('keeps Latin-1 and the WinAnsi extras, composes accents, substitutes the rest', () => {
    expect(toWinAnsi('Socie\u0301te\u0301')).toBe('Société');
    expect(toWinAnsi('œ € – ’')).toBe('œ € – ’');
    expect(toWinAnsi('≤ 0.25 mm → ok\tΩ')).toBe('<= 0.25 mm -> ok ?');
  });
});

describe('formatting', () => {
  it('prints instants in UTC, form dates as dd/mmm/yyyy, minutes as hours', () => {
    expect(formatUtcDateTime('2026-11-28T15:05:09+01:00')).toBe('2026-11-28 14:05 UTC');
    expect(formatFormDate('2026-03-09')).toBe('09/Mar/2026');
    expect(formatFormDate('2026-12-31T23:30:00-02:00')).toBe('01/Jan/2027');
    expect(formatMinutes(185)).toBe('3 h 05');
    expect(() => formatUtcDateTime('yesterday')).toThrow(RangeError);
  });
});
