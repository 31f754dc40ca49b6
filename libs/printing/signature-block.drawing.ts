import { drawMeasured, ensureSpace, FONTS, measureText, moveDown, type PrintDocument } from './a4-document';
import { drawLabelledCell, measureLabelledCell, type LabelledCell } from './cells.drawing';

/** Room left in an empty box for a hand-written entry. */
const HANDWRITING_HEIGHT = 22;

export interface SignatureBlock {
  readonly title: string;
  /** Boxes side by side; a box without a value stays blank to be filled in by hand. */
  readonly fields: readonly LabelledCell[];
}

const VALUE_STYLE = { font: FONTS.regular, size: 8 } as const;

/** A titled row of boxes, kept together on one page. */
export function signatureBlock(doc: PrintDocument, block: SignatureBlock): void {
  const total = block.fields.reduce((sum, field) => sum + (field.weight ?? 1), 0);
  const title = measureText(doc, block.title, doc.width, { font: FONTS.bold, size: 8 });
  const cells = block.fields.map((field) => measureLabelledCell(doc, field, (doc.width * (field.weight ?? 1)) / total, HANDWRITING_HEIGHT, VALUE_STYLE));
  const boxHeight = Math.max(...cells.map((cell) => cell.height));
  ensureSpace(doc, title.height + 2 + boxHeight);
  drawMeasured(doc, title, doc.left, doc.pdf.y);
  moveDown(doc, title.height + 2);
  let x = doc.left;
  for (const cell of cells) {
    drawLabelledCell(doc, cell, x, doc.pdf.y, boxHeight);
    x += cell.width;
  }
  moveDown(doc, boxHeight + 6);
}
