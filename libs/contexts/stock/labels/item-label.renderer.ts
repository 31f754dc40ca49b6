import { renderBarcode, type LabelFormat } from './barcode.renderer';
import { itemLabelContent, type ItemLabel } from './item-label';

export function renderItemLabel(item: ItemLabel, format: 'png'): Promise<Buffer>;
export function renderItemLabel(item: ItemLabel, format: 'svg'): Promise<string>;
export function renderItemLabel(item: ItemLabel, format: LabelFormat): Promise<Buffer | string>;
export async function renderItemLabel(item: ItemLabel, format: LabelFormat): Promise<Buffer | string> {
  const content = itemLabelContent(item);
  return renderBarcode({ bcid: content.bcid, text: content.encoderText }, format, content.lines);
}
