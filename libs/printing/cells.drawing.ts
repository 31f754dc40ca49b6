import { drawText, FONTS, textHeight, type PrintDocument } from './a4-document';

export const CELL_PADDING = 3;
export const LABEL_STYLE = { font: FONTS.bold, size: 6.5, color: '#444444' } as const;
export const VALUE_STYLE = { font: FONTS.regular, size: 9 } as const;

/** A boxed cell: a small caption over its value (or blank space to write in by hand). */
export interface LabelledCell {
  readonly label: string;
  readonly value?: string;
  /** Relative width among the cells of a signature block (default 1). */
  readonly weight?: number;
}

type ValueStyle = { readonly font: (typeof FONTS)[keyof typeof FONTS]; readonly size: number };

export function labelledCellHeight(doc: PrintDocument, cell: LabelledCell, width: number, minValueHeight = 0, valueStyle: ValueStyle = VALUE_STYLE): number {
  const inner = width - 2 * CELL_PADDING;
  const value = cell.value !== undefined && cell.value !== '' ? textHeight(doc, cell.value, inner, valueStyle) : 0;
  return 2 * CELL_PADDING + textHeight(doc, cell.label, inner, LABEL_STYLE) + 2 + Math.max(value, minValueHeight);
}

export function drawLabelledCell(doc: PrintDocument, cell: LabelledCell, x: number, y: number, width: number, height: number, valueStyle: ValueStyle = VALUE_STYLE): void {
  const inner = width - 2 * CELL_PADDING;
  doc.pdf.rect(x, y, width, height).lineWidth(0.5).strokeColor('black').stroke();
  const labelHeight = drawText(doc, cell.label, x + CELL_PADDING, y + CELL_PADDING, inner, LABEL_STYLE);
  if (cell.value !== undefined && cell.value !== '') drawText(doc, cell.value, x + CELL_PADDING, y + CELL_PADDING + labelHeight + 2, inner, valueStyle);
}
