import { toBuffer } from 'bwip-js';
import { drawText, ensureSpace, moveDown, POINTS_PER_MM, type PrintDocument } from './a4-document';

export type Symbology = 'code128' | 'datamatrix';

export interface BarcodeSpec {
  readonly symbology: Symbology;
  readonly text: string;
  /** Box the symbol is fitted into, in millimetres; the human-readable text goes under it. */
  readonly widthMm: number;
  readonly heightMm: number;
  /** Top-left corner in points; without it the barcode flows at the cursor, at the left margin. */
  readonly at?: { readonly x: number; readonly y: number };
}

const CAPTION_SIZE = 8;

/** bwip-js's own text is turned off: the caption is PDF text, so it can be searched, copied and read back. */
export function barcodePng(symbology: Symbology, text: string): Promise<Buffer> {
  const shape = symbology === 'code128' ? { height: 10 } : {};
  return toBuffer({ bcid: symbology, text, scale: 3, padding: 2, backgroundcolor: 'FFFFFF', includetext: false, ...shape }).catch((error: unknown) => {
    throw new Error(`cannot print "${text}" as ${symbology}: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** Returns the height it took, symbol and caption. */
export async function drawBarcode(doc: PrintDocument, spec: BarcodeSpec): Promise<number> {
  const png = await barcodePng(spec.symbology, spec.text);
  const width = spec.widthMm * POINTS_PER_MM;
  const height = spec.heightMm * POINTS_PER_MM;
  const total = height + 2 + CAPTION_SIZE * 1.2;
  if (spec.at === undefined) ensureSpace(doc, total);
  const { x, y } = spec.at ?? { x: doc.left, y: doc.pdf.y };
  doc.pdf.image(png, x, y, { fit: [width, height], align: 'center', valign: 'center' });
  drawText(doc, spec.text, x, y + height + 2, width, { size: CAPTION_SIZE, align: 'center' });
  if (spec.at === undefined) moveDown(doc, total + 4);
  return total;
}
