import { ensureSpace, moveDown, type PrintDocument } from './a4-document';
import { drawLabelledCell, labelledCellHeight, type LabelledCell } from './cells.drawing';

export interface KeyValue extends LabelledCell {
  /** How many grid columns the entry spans (default 1). */
  readonly span?: number;
}

/** Boxed label/value pairs, `columns` per row, left to right; a row never splits across pages. */
export function keyValueGrid(doc: PrintDocument, entries: readonly KeyValue[], columns = 2, gapAfter = 6): void {
  const columnWidth = doc.width / columns;
  for (const row of rowsOf(entries, columns)) {
    const widths = row.map((entry) => columnWidth * Math.min(entry.span ?? 1, columns));
    const height = Math.max(...row.map((entry, i) => labelledCellHeight(doc, entry, widths[i] ?? columnWidth)));
    ensureSpace(doc, height);
    let x = doc.left;
    row.forEach((entry, i) => {
      const width = widths[i] ?? columnWidth;
      drawLabelledCell(doc, entry, x, doc.pdf.y, width, height);
      x += width;
    });
    moveDown(doc, height);
  }
  moveDown(doc, gapAfter);
}

function rowsOf(entries: readonly KeyValue[], columns: number): KeyValue[][] {
  const rows: KeyValue[][] = [];
  let row: KeyValue[] = [];
  let used = 0;
  for (const entry of entries) {
    const span = Math.min(entry.span ?? 1, columns);
    if (used + span > columns) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(entry);
    used += span;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
