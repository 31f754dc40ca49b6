import { renderBarcode, type LabelFormat, type PdfLayout } from './barcode.renderer';
import { itemLabelContent, type ItemLabel } from './item-label';
import { LABEL_PAGES } from './pdf-label';

export function renderItemLabel(item: ItemLabel, format: 'png' | 'pdf', pdf?: PdfLayout): Promise<Buffer>;
export function renderItemLabel(item: ItemLabel, format: 'svg'): Promise<string>;
export function renderItemLabel(item: ItemLabel, format: LabelFormat, pdf?: PdfLayout): Promise<Buffer | string>;
export async function renderItemLabel(item: ItemLabel, format: LabelFormat, pdf: PdfLayout = {}): Promise<Buffer | string> {
  const content = itemLabelContent(item);
  return renderBarcode({ bcid: content.bcid, text: content.encoderText }, format, content.lines, { page: LABEL_PAGES.item, ...pdf });
}
