import { drawText, ensureSpace, FONTS, moveDown, textHeight, type PrintDocument } from './a4-document';
import { CELL_PADDING } from './cells.drawing';

export interface TableColumn {
  readonly header: string;
  /** Relative width: the columns share the page width in proportion. */
  readonly weight?: number;
  readonly align?: 'left' | 'center' | 'right';
}

export interface TableOptions {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
  readonly fontSize?: number;
  /** Space left under the table (default 6 points); 0 joins it to the next block. */
  readonly gapAfter?: number;
}

const HEADER_FILL = '#e4e4e4';

/** Rows never split; when a row does not fit, the table goes on on the next page under its header again. */
export function table(doc: PrintDocument, { columns, rows, fontSize = 8, gapAfter = 6 }: TableOptions): void {
  const total = columns.reduce((sum, column) => sum + (column.weight ?? 1), 0);
  const widths = columns.map((column) => (doc.width * (column.weight ?? 1)) / total);
  const header = columns.map((column) => column.header);
  const headerStyle = { font: FONTS.bold, size: fontSize } as const;
  const bodyStyle = { font: FONTS.regular, size: fontSize } as const;
  const heightOf = (cells: readonly string[], style: typeof headerStyle | typeof bodyStyle) =>
    2 * CELL_PADDING + Math.max(...widths.map((width, i) => textHeight(doc, cells[i] ?? '', width - 2 * CELL_PADDING, style)));
  const drawRow = (cells: readonly string[], height: number, style: typeof headerStyle | typeof bodyStyle, fill?: string) => {
    let x = doc.left;
    widths.forEach((width, i) => {
      if (fill !== undefined) doc.pdf.rect(x, doc.pdf.y, width, height).fillColor(fill).fill();
      doc.pdf.rect(x, doc.pdf.y, width, height).lineWidth(0.5).strokeColor('black').stroke();
      drawText(doc, cells[i] ?? '', x + CELL_PADDING, doc.pdf.y + CELL_PADDING, width - 2 * CELL_PADDING, { ...style, align: columns[i]?.align });
      x += width;
    });
    moveDown(doc, height);
  };
  const headerHeight = heightOf(header, headerStyle);
  ensureSpace(doc, headerHeight + (rows[0] !== undefined ? heightOf(rows[0], bodyStyle) : 0));
  drawRow(header, headerHeight, headerStyle, HEADER_FILL);
  for (const row of rows) {
    const height = heightOf(row, bodyStyle);
    if (ensureSpace(doc, height)) drawRow(header, headerHeight, headerStyle, HEADER_FILL);
    drawRow(row, height, bodyStyle);
  }
  moveDown(doc, gapAfter);
}
