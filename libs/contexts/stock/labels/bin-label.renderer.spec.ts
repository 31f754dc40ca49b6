import { BusinessRuleViolation } from '@repaero/event-sourcing';
import { parseScan } from '../domain/scanning/scan-input';
import { renderBinLabel } from './bin-label.renderer';
import { labelRules } from './label-errors';
import { pdfTextLines } from '@repaero/printing/testing/pdf-text';

describe('renderBinLabel', () => {
  it('renders a Code 128 PNG', async () => {
    const png = await renderBinLabel('A1-03-B', 'png');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('renders a Code 128 SVG', async () => {
    expect(await renderBinLabel('A1-03-B', 'svg')).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('renders a 100×30 mm PDF page with the code as text', async () => {
    const pdf = await renderBinLabel('A1-03-B', 'pdf', { compress: false });
    expect(pdf.toString('latin1')).toMatch(/^%PDF-[^]*\/MediaBox \[0 0 283\.46\d* 85\.03\d*\]/);
    expect(pdfTextLines(pdf)).toEqual(['A1-03-B']);
  });

  it('encodes a location code that scans back as itself', async () => {
    await renderBinLabel('RACK_2-B', 'svg');
    expect(parseScan(']C0RACK_2-B')).toMatchObject({ ok: true, scan: { scheme: 'code128', fields: { value: 'RACK_2-B' } } });
  });

  it.each([
    ['13 digits, read as an EAN-13 without AIM id', '4006381333931', 'location code "4006381333931" would scan as ean13'],
    ['a TEI lookalike', 'PNR 42', 'location code "PNR 42" would scan as star-tei'],
    ['an empty code', '', 'location code "" would not scan: nothing was scanned'],
    ['a non-ASCII character', 'ALLÉE-3', /location code "ALLÉE-3" would not scan/],
  ])('refuses %s', async (_, code, message) => {
    const error: unknown = await renderBinLabel(code, 'png').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BusinessRuleViolation);
    expect(error).toMatchObject({ rule: labelRules.contentInvalid, message: typeof message === 'string' ? message : expect.stringMatching(message) });
  });
});
