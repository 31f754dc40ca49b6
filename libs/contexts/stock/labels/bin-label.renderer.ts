import { parseScan } from '../domain/scanning/scan-input';
import { renderBarcode, type LabelFormat, type PdfLayout } from './barcode.renderer';
import { invalidLabelContent } from './label-errors';
import { LABEL_PAGES } from './pdf-label';

export function renderBinLabel(locationCode: string, format: 'png' | 'pdf', pdf?: PdfLayout): Promise<Buffer>;
export function renderBinLabel(locationCode: string, format: 'svg'): Promise<string>;
export function renderBinLabel(locationCode: string, format: LabelFormat, pdf?: PdfLayout): Promise<Buffer | string>;
export async function renderBinLabel(locationCode: string, format: LabelFormat, pdf: PdfLayout = {}): Promise<Buffer | string> {
  assertScansBackAsItself(locationCode);
  // PNG and SVG print the code with bwip-js's own text; the PDF writes it as PDF text instead.
  const lines = format === 'pdf' ? [locationCode] : [];
  return renderBarcode({ bcid: 'code128', text: locationCode, includetext: true, textxalign: 'center', height: 12 }, format, lines, { page: LABEL_PAGES.bin, ...pdf });
}

/** Read with and without the ]C0 prefix, since not every wedge is set to send AIM ids. */
function assertScansBackAsItself(locationCode: string): void {
  for (const options of [{ aimId: ']C0' }, {}]) {
    const read = parseScan(locationCode, options);
    if (!read.ok || read.scan.scheme !== 'code128' || read.scan.fields.value !== locationCode) {
      const how = read.ok ? `would scan as ${read.scan.scheme}` : `would not scan: ${read.message}`;
      throw invalidLabelContent(`location code "${locationCode}" ${how}`, { field: 'locationCode' });
    }
  }
}
