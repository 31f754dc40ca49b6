import { BusinessRuleViolation } from '@repaero/event-sourcing';
import { toSVG } from 'bwip-js';
import { parseScan } from '../domain/scanning/scan-input';
import { itemLabelContent, type ItemLabel } from './item-label';
import { renderItemLabel } from './item-label.renderer';
import { labelRules, toLabelError } from './label-errors';
import { pdfTextLines } from '@repaero/printing/testing/pdf-text';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const teiItem: ItemLabel = { pnr: '4202435-01', ser: '674A36458', mfr: '0CVA5', stockId: 'RA-000123', expiry: '2027-05-31' };
const gs1Item: ItemLabel = { pnr: '4202435-01', ser: 'SN0042', stockId: 'RA-000124', gtin: '09501101020917', expiry: '2027-04-30', lot: 'B-7' };

async function violationOf(action: () => Promise<unknown>): Promise<BusinessRuleViolation> {
  const error: unknown = await action().then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof BusinessRuleViolation) return error;
  throw new Error(`expected a business rule violation, got ${String(error)}`);
}

function viewBoxHeight(svg: string): number {
  return Number(/viewBox="0 0 \d+ (\d+)"/.exec(svg)?.[1]);
}

describe('item label content (what the symbol holds reads back through parseScan)', () => {
  it('TEI label: format 12 envelope with MFR, SER, PNR and the stock id as UCN', () => {
    const content = itemLabelContent(teiItem);
    expect(content.encoderText).toBe('[)>\x1e12\x1dMFR 0CVA5\x1dSER 674A36458\x1dPNR 4202435-01\x1dUCN RA-000123\x1e\x04');
    for (const scanned of [content.encoderText, content.scannedAs]) {
      expect(parseScan(scanned)).toMatchObject({
        ok: true,
        scan: { scheme: 'iso15434-tei', fields: { mfr: '0CVA5', ser: '674A36458', pnr: '4202435-01', ucn: 'RA-000123' }, uidConstruct: 1 },
      });
    }
  });

  it('GS1 label: (01)(17)(10)(21) plus (240) part number and (91) stock id', () => {
    const content = itemLabelContent(gs1Item);
    expect(content.encoderText).toBe('(01)09501101020917(17)270430(10)B-7(21)SN0042(240)4202435-01(91)RA-000124');
    expect(content.scannedAs).toBe(']d201095011010209171727043010B-7\x1d21SN0042\x1d2404202435-01\x1d91RA-000124');
    const expected = { gtin: '09501101020917', expiry: '2027-04-30', lot: 'B-7', ser: 'SN0042', additionalId: '4202435-01', companyInternal: 'RA-000124' };
    for (const scanned of [content.encoderText, content.scannedAs]) {
      expect(parseScan(scanned)).toMatchObject({ ok: true, scan: { scheme: 'gs1', fields: expected } });
    }
  });

  it('a GTIN-13 is encoded as GTIN-14', () => {
    expect(itemLabelContent({ pnr: 'P1', stockId: 'S1', gtin: '4006381333931' }).encoderText).toBe('(01)04006381333931(240)P1(91)S1');
  });

  it('prints the human-readable lines', () => {
    expect(itemLabelContent(teiItem).lines).toEqual(['PNR 4202435-01', 'SER 674A36458', 'MFR 0CVA5', 'EXP 2027-05-31', 'STOCK RA-000123']);
  });
});

describe('renderItemLabel', () => {
  it.each([teiItem, gs1Item])('renders a PNG (%#)', async (item) => {
    const png = await renderItemLabel(item, 'png');
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it.each([teiItem, gs1Item])('renders an SVG whose text lines sit under the symbol (%#)', async (item) => {
    const svg = await renderItemLabel(item, 'svg');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const bare = toSVG({ bcid: itemLabelContent(item).bcid, text: itemLabelContent(item).encoderText, scale: 3, padding: 4 });
    expect(viewBoxHeight(svg)).toBeGreaterThan(viewBoxHeight(bare) + 5 * 20);
  });

  it.each([teiItem, gs1Item])('renders a 100×50 mm PDF page with the symbol as an image and the lines as text (%#)', async (item) => {
    const pdf = await renderItemLabel(item, 'pdf', { compress: false });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toMatch(/\/MediaBox \[0 0 283\.46\d* 141\.73\d*\]/);
    expect(raw).toMatch(/\/Subtype \/Image/);
    expect(pdfTextLines(pdf)).toEqual(itemLabelContent(item).lines);
    expect(pdfTextLines(pdf)).toEqual(expect.arrayContaining([`PNR ${item.pnr}`, `SER ${item.ser ?? ''}`, `STOCK ${item.stockId}`]));
  });

  it('reads the same text back from a compressed PDF', async () => {
    const pdf = await renderItemLabel({ ...teiItem, stockId: '0f8b7c1e-3a52-4d7e-9a61-2c4b5d6e7f80' }, 'pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfTextLines(pdf)).toContain('STOCK 0f8b7c1e-3a52-4d7e-9a61-2c4b5d6e7f80');
  });

  it('refuses a GTIN with a wrong check digit, naming the right one', async () => {
    const violation = await violationOf(() => renderItemLabel({ ...gs1Item, gtin: '09501101020918' }, 'png'));
    expect(violation.rule).toBe(labelRules.gtinCheckDigit);
    expect(violation.message).toBe('GTIN 09501101020918: the check digit should be 7, not 8 (misread or mistyped)');
  });

  it.each([
    ['a "*" in a TEI value', { ...teiItem, pnr: '4202435*01' }, /PNR "4202435\*01" cannot be encoded/],
    ['a leading space', { ...teiItem, ser: ' 674' }, /SER " 674" cannot be encoded/],
    ['a value that runs into another TEI', { ...teiItem, pnr: 'A SER 1' }, /contains another text element/],
    ['a serial outside GS1 set 82', { ...gs1Item, ser: 'SN#1' }, /\(21\) "SN#1" must be 1 to 20 GS1 characters/],
    ['a lot longer than 20', { ...gs1Item, lot: 'L'.repeat(21) }, /\(10\) "L{21}" must be 1 to 20/],
    ['an expiry that is no date', { ...teiItem, expiry: '2027-02-30' }, /expiry "2027-02-30" is not a date/],
  ])('refuses %s', async (_, item, message) => {
    const violation = await violationOf(() => renderItemLabel(item, 'svg'));
    expect(violation.rule).toBe(labelRules.contentInvalid);
    expect(violation.message).toMatch(message);
  });
});

describe('bwip-js errors', () => {
  function bwipError(action: () => unknown): unknown {
    try {
      action();
    } catch (error) {
      return error;
    }
    throw new Error('bwip-js accepted it');
  }

  it('maps a rejected EAN-13 check digit to the check-digit rule', () => {
    const mapped = toLabelError(bwipError(() => toSVG({ bcid: 'ean13', text: '4006381333932' })));
    expect(mapped).toBeInstanceOf(BusinessRuleViolation);
    expect(mapped).toMatchObject({ rule: labelRules.gtinCheckDigit, message: expect.stringMatching(/check digit is wrong \(Incorrect EAN-13 check digit provided\)/) });
  });

  it('maps a rejected GS1 checksum to the check-digit rule', () => {
    const mapped = toLabelError(bwipError(() => toSVG({ bcid: 'gs1datamatrix', text: '(01)09501101020918' })));
    expect(mapped).toMatchObject({ rule: labelRules.gtinCheckDigit, message: expect.stringMatching(/AI 01: Bad checksum/) });
  });

  it('maps other refusals to invalid content and leaves foreign errors alone', () => {
    expect(toLabelError(bwipError(() => toSVG({ bcid: 'gs1datamatrix', text: '(17)191332' })))).toMatchObject({ rule: labelRules.contentInvalid });
    const foreign = new TypeError('boom');
    expect(toLabelError(foreign)).toBe(foreign);
  });
});
