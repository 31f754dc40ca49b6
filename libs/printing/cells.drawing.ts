import { drawMeasured, FONTS, measureText, type MeasuredText, type PrintDocument } from './a4-document';

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

/** A cell laid out once, to size its row and then be drawn. */
export interface MeasuredCell {
  readonly width: number;
  readonly height: number;
  readonly label: MeasuredText;
  readonly value?: MeasuredText;
}

export function measureLabelledCell(doc: PrintDocument, cell: LabelledCell, width: number, minValueHeight = 0, valueStyle: ValueStyle = VALUE_STYLE): MeasuredCell {
  const inner = width - 2 * CELL_PADDING;
  const value = cell.value !== undefined && cell.value !== '' ? measureText(doc, cell.value, inner, valueStyle) : undefined;
  const label = measureText(doc, cell.label, inner, LABEL_STYLE);
  return { width, height: 2 * CELL_PADDING + label.height + 2 + Math.max(value?.height ?? 0, minValueHeight), label, value };
}

/** Draws a measured cell in a box `height` high (its row's). */
export function drawLabelledCell(doc: PrintDocument, cell: MeasuredCell, x: number, y: number, height: number): void {
  doc.pdf.rect(x, y, cell.width, height).lineWidth(0.5).strokeColor('black').stroke();
  drawMeasured(doc, cell.label, x + CELL_PADDING, y + CELL_PADDING);
  if (cell.value) drawMeasured(doc, cell.value, x + CELL_PADDING, y + CELL_PADDING + cell.label.height + 2);
}
