import { drawMeasured, ensureSpace, FONTS, measureText, moveDown, type PrintDocument } from './a4-document';

const SIZE = 11;

/** A bold title over a rule, kept on the same page as the first `keepWithNext` points of what follows. */
export function sectionTitle(doc: PrintDocument, title: string, keepWithNext = 48): void {
  const measured = measureText(doc, title, doc.width, { font: FONTS.bold, size: SIZE });
  const height = measured.height;
  ensureSpace(doc, height + 6 + keepWithNext);
  moveDown(doc, 4);
  drawMeasured(doc, measured, doc.left, doc.pdf.y);
  const ruleY = doc.pdf.y + height + 1;
  doc.pdf.moveTo(doc.left, ruleY).lineTo(doc.right, ruleY).lineWidth(0.75).strokeColor('black').stroke();
  moveDown(doc, height + 6);
}
