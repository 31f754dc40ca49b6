import { drawMeasured, ensureSpace, FONTS, measureText, moveDown, type MeasuredText, type PrintDocument, type TextStyle } from './a4-document';
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

interface MeasuredRow {
  readonly cells: readonly MeasuredText[];
  readonly height: number;
}

/** Rows never split; when a row does not fit, the table goes on on the next page under its header again. */
export function table(doc: PrintDocument, { columns, rows, fontSize = 8, gapAfter = 6 }: TableOptions): void {
  const total = columns.reduce((sum, column) => sum + (column.weight ?? 1), 0);
  const widths = columns.map((column) => (doc.width * (column.weight ?? 1)) / total);
  // Each cell is laid out once: its measure sizes the row and is then drawn as is.
  const measureRow = (cells: readonly string[], style: TextStyle): MeasuredRow => {
    const measured = widths.map((width, i) => measureText(doc, cells[i] ?? '', width - 2 * CELL_PADDING, { ...style, align: columns[i]?.align }));
    return { cells: measured, height: 2 * CELL_PADDING + Math.max(...measured.map((cell) => cell.height)) };
  };
  const drawRow = ({ cells, height }: MeasuredRow, fill?: string) => {
    let x = doc.left;
    widths.forEach((width, i) => {
      if (fill !== undefined) doc.pdf.rect(x, doc.pdf.y, width, height).fillColor(fill).fill();
      doc.pdf.rect(x, doc.pdf.y, width, height).lineWidth(0.5).strokeColor('black').stroke();
      const cell = cells[i];
      if (cell) drawMeasured(doc, cell, x + CELL_PADDING, doc.pdf.y + CELL_PADDING);
      x += width;
    });
    moveDown(doc, height);
  };
  const header = measureRow(
    columns.map((column) => column.header),
    { font: FONTS.bold, size: fontSize },
  );
  const bodyStyle = { font: FONTS.regular, size: fontSize } as const;
  const body = rows.map((row) => measureRow(row, bodyStyle));
  ensureSpace(doc, header.height + (body[0]?.height ?? 0));
  drawRow(header, HEADER_FILL);
  for (const row of body) {
    if (ensureSpace(doc, row.height)) drawRow(header, HEADER_FILL);
    drawRow(row);
  }
  moveDown(doc, gapAfter);
}
