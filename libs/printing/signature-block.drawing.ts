import { drawText, ensureSpace, FONTS, moveDown, textHeight, type PrintDocument } from './a4-document';
import { drawLabelledCell, labelledCellHeight, type LabelledCell } from './cells.drawing';

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
  const widths = block.fields.map((field) => (doc.width * (field.weight ?? 1)) / total);
  const titleHeight = textHeight(doc, block.title, doc.width, { font: FONTS.bold, size: 8 });
  const boxHeight = Math.max(...block.fields.map((field, i) => labelledCellHeight(doc, field, widths[i] ?? 0, HANDWRITING_HEIGHT, VALUE_STYLE)));
  ensureSpace(doc, titleHeight + 2 + boxHeight);
  drawText(doc, block.title, doc.left, doc.pdf.y, doc.width, { font: FONTS.bold, size: 8 });
  moveDown(doc, titleHeight + 2);
  let x = doc.left;
  block.fields.forEach((field, i) => {
    drawLabelledCell(doc, field, x, doc.pdf.y, widths[i] ?? 0, boxHeight, VALUE_STYLE);
    x += widths[i] ?? 0;
  });
  moveDown(doc, boxHeight + 6);
}
