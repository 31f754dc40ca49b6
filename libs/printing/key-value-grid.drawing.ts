import { ensureSpace, moveDown, type PrintDocument } from './a4-document';
import { drawLabelledCell, measureLabelledCell, type LabelledCell } from './cells.drawing';

export interface KeyValue extends LabelledCell {
  /** How many grid columns the entry spans (default 1). */
  readonly span?: number;
}

/** Boxed label/value pairs, `columns` per row, left to right; a row never splits across pages. */
export function keyValueGrid(doc: PrintDocument, entries: readonly KeyValue[], columns = 2, gapAfter = 6): void {
  const columnWidth = doc.width / columns;
  for (const row of rowsOf(entries, columns)) {
    const cells = row.map((entry) => measureLabelledCell(doc, entry, columnWidth * Math.min(entry.span ?? 1, columns)));
    const height = Math.max(...cells.map((cell) => cell.height));
    ensureSpace(doc, height);
    let x = doc.left;
    for (const cell of cells) {
      drawLabelledCell(doc, cell, x, doc.pdf.y, height);
      x += cell.width;
    }
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
