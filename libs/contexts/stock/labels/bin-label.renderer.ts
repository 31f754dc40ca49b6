import { parseScan } from '../domain/scanning/scan-input';
import { renderBarcode, type LabelFormat } from './barcode.renderer';
import { invalidLabelContent } from './label-errors';

export function renderBinLabel(locationCode: string, format: 'png'): Promise<Buffer>;
export function renderBinLabel(locationCode: string, format: 'svg'): Promise<string>;
export function renderBinLabel(locationCode: string, format: LabelFormat): Promise<Buffer | string>;
export async function renderBinLabel(locationCode: string, format: LabelFormat): Promise<Buffer | string> {
  assertScansBackAsItself(locationCode);
  return renderBarcode({ bcid: 'code128', text: locationCode, includetext: true, textxalign: 'center', height: 12 }, format);
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
