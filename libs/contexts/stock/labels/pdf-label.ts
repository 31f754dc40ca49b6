import PDFDocument from 'pdfkit';

const POINTS_PER_MM = 72 / 25.4;
const MARGIN_MM = 3;
const FONT = 'Helvetica';
const MAX_FONT_SIZE = 9;
const MIN_FONT_SIZE = 5;
const LINE_SPACING = 1.25;

/**
 * `side`: a square symbol (DataMatrix) on the left, the lines on its right.
 * `stacked`: a wide symbol (Code 128) across the top, the lines centred under it.
 */
export interface LabelPage {
  readonly widthMm: number;
  readonly heightMm: number;
  readonly layout: 'side' | 'stacked';
}

export const LABEL_PAGES = {
  item: { widthMm: 100, heightMm: 50, layout: 'side' },
  bin: { widthMm: 100, heightMm: 30, layout: 'stacked' },
} as const satisfies Record<string, LabelPage>;

export interface PdfLabelOptions {
  /** Tests turn it off to read the content streams as they are. */
  readonly compress?: boolean;
}

/**
 * One page the size of the label: the symbol as the PNG bwip-js drew, the human-readable lines as real PDF
 * text (standard Helvetica, so any viewer can search and copy them), shrunk to fit the width if need be.
 */
export function renderPdfLabel(symbolPng: Buffer, lines: readonly string[], page: LabelPage, options: PdfLabelOptions = {}): Promise<Buffer> {
  const width = page.widthMm * POINTS_PER_MM;
  const height = page.heightMm * POINTS_PER_MM;
  const margin = MARGIN_MM * POINTS_PER_MM;
  const doc = new PDFDocument({ size: [width, height], margin: 0, compress: options.compress ?? true, info: { Title: lines[0] ?? 'label', Creator: "Rep'Aero" } });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(FONT);
  if (page.layout === 'side') {
    const side = Math.min(height - 2 * margin, (width - 3 * margin) * 0.4);
    doc.image(symbolPng, margin, (height - side) / 2, { fit: [side, side], align: 'center', valign: 'center' });
    const textX = 2 * margin + side;
    writeLines(doc, lines, textX, width - margin - textX, margin, height - 2 * margin, 'left');
  } else {
    const textHeight = lines.length * MAX_FONT_SIZE * LINE_SPACING;
    const symbolHeight = height - 2 * margin - textHeight;
    doc.image(symbolPng, margin, margin, { fit: [width - 2 * margin, symbolHeight], align: 'center', valign: 'center' });
    writeLines(doc, lines, margin, width - 2 * margin, margin + symbolHeight, textHeight, 'center');
  }
  doc.end();
  return done;
}

function writeLines(doc: PDFKit.PDFDocument, lines: readonly string[], x: number, width: number, top: number, height: number, align: 'left' | 'center'): void {
  if (lines.length === 0) return;
  doc.fontSize(MAX_FONT_SIZE);
  const widest = Math.max(...lines.map((line) => doc.widthOfString(line)));
  const byWidth = (MAX_FONT_SIZE * width) / Math.max(widest, 1);
  const byHeight = height / (lines.length * LINE_SPACING);
  const size = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, byWidth, byHeight));
  doc.fontSize(size);
  const blockHeight = lines.length * size * LINE_SPACING;
  const y0 = top + Math.max(0, (height - blockHeight) / 2);
  lines.forEach((line, i) => doc.text(line, x, y0 + i * size * LINE_SPACING, { width, align, lineBreak: false }));
}
