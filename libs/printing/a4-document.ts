import PDFDocument from 'pdfkit';
import { toWinAnsi } from './win-ansi';

export const POINTS_PER_MM = 72 / 25.4;
export const FONTS = { regular: 'Helvetica', bold: 'Helvetica-Bold' } as const;
export type FontName = (typeof FONTS)[keyof typeof FONTS];

const A4_POINTS: [number, number] = [595.28, 841.89];
const SIDE_MARGIN = 15 * POINTS_PER_MM;
const HEADER_TOP = 10 * POINTS_PER_MM;
const FOOTER_BOTTOM = 10 * POINTS_PER_MM;
const BODY_TOP = 24 * POINTS_PER_MM;
const BODY_BOTTOM = 20 * POINTS_PER_MM;

export interface PrintDocumentOptions {
  /** Header on every page (left) and the PDF's Title. */
  readonly title: string;
  /** Header on every page (right), e.g. the work order number. */
  readonly headerRight?: string;
  /** Footer on every page (left); the right side is "Page n of m". */
  readonly footerLeft?: string;
  readonly author?: string;
  /** The PDF's CreationDate. Passed in, never read from the clock here, so the same input gives the same bytes. */
  readonly createdAt: Date;
  /** Tests may turn it off to look at the content streams as they are; text reads back either way. */
  readonly compress?: boolean;
}

/** What a caller of a document renderer may choose. */
export type PrintOptions = Pick<PrintDocumentOptions, 'compress'>;

/** A pdfkit document on A4 portrait with a body frame; building blocks flow down `pdf.y`, adding pages as needed. */
export interface PrintDocument {
  readonly pdf: PDFKit.PDFDocument;
  readonly options: PrintDocumentOptions;
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
}

export function createA4Document(options: PrintDocumentOptions): PrintDocument {
  const pdf = new PDFDocument({
    size: A4_POINTS,
    margins: { top: BODY_TOP, bottom: BODY_BOTTOM, left: SIDE_MARGIN, right: SIDE_MARGIN },
    bufferPages: true,
    compress: options.compress ?? true,
    info: {
      Title: toWinAnsi(options.title),
      ...(options.author !== undefined ? { Author: toWinAnsi(options.author) } : {}),
      Creator: "Rep'Aero",
      Producer: "Rep'Aero",
      CreationDate: options.createdAt,
    },
  });
  pdf.font(FONTS.regular).fontSize(9);
  const [width, height] = A4_POINTS;
  return { pdf, options, left: SIDE_MARGIN, right: width - SIDE_MARGIN, width: width - 2 * SIDE_MARGIN, top: BODY_TOP, bottom: height - BODY_BOTTOM };
}

/** Starts a new page when fewer than `height` points are left; true when it did. */
export function ensureSpace(doc: PrintDocument, height: number): boolean {
  if (doc.pdf.y + height <= doc.bottom || doc.pdf.y <= doc.top) return false;
  doc.pdf.addPage();
  doc.pdf.y = doc.top;
  return true;
}

export function moveDown(doc: PrintDocument, points: number): void {
  doc.pdf.y = Math.min(doc.pdf.y + points, doc.bottom);
}

export interface TextStyle {
  readonly font?: FontName;
  readonly size?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly color?: string;
}

export function textHeight(doc: PrintDocument, text: string, width: number, style: TextStyle = {}): number {
  return measureText(doc, text, width, style).height;
}

/** Text laid out once: measure a block's cells to size it, then draw the same measures. */
export interface MeasuredText {
  readonly printable: string;
  readonly width: number;
  readonly height: number;
  readonly style: TextStyle;
}

export function measureText(doc: PrintDocument, text: string, width: number, style: TextStyle = {}): MeasuredText {
  const printable = toWinAnsi(text);
  doc.pdf.font(style.font ?? FONTS.regular).fontSize(style.size ?? 9);
  return { printable, width, height: doc.pdf.heightOfString(printable, { width }), style };
}

/**
 * Writes text wrapped to `width` at (x, y) without moving the flow cursor; returns its height.
 * The explicit height keeps pdfkit from starting pages on its own: only ensureSpace does.
 */
export function drawText(doc: PrintDocument, text: string, x: number, y: number, width: number, style: TextStyle = {}): number {
  return drawMeasured(doc, measureText(doc, text, width, style), x, y);
}

export function drawMeasured(doc: PrintDocument, { printable, width, height, style }: MeasuredText, x: number, y: number): number {
  const cursor = { x: doc.pdf.x, y: doc.pdf.y };
  doc.pdf
    .font(style.font ?? FONTS.regular)
    .fontSize(style.size ?? 9)
    .fillColor(style.color ?? 'black')
    .text(printable, x, y, { width, height: height + 1, align: style.align ?? 'left' });
  doc.pdf.x = cursor.x;
  doc.pdf.y = cursor.y;
  return height;
}

/** A block of text in the flow, moved to the next page first if it does not fit. */
export function paragraph(doc: PrintDocument, text: string, style: TextStyle = {}): void {
  const measured = measureText(doc, text, doc.width, style);
  ensureSpace(doc, measured.height);
  drawMeasured(doc, measured, doc.left, doc.pdf.y);
  moveDown(doc, measured.height + 4);
}

/** Stamps the header and "Page n of m" footer on every page, then ends the document. */
export function renderToBuffer(doc: PrintDocument): Promise<Buffer> {
  const { pdf } = doc;
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index);
    stampPage(doc, index - range.start + 1, range.count);
  }
  pdf.end();
  return done;
}

function stampPage(doc: PrintDocument, page: number, pages: number): void {
  const { pdf, options } = doc;
  const half = doc.width / 2;
  drawText(doc, options.title, doc.left, HEADER_TOP, half, { font: FONTS.bold, size: 10 });
  if (options.headerRight !== undefined) drawText(doc, options.headerRight, doc.left + half, HEADER_TOP, half, { font: FONTS.bold, size: 10, align: 'right' });
  const headerRule = HEADER_TOP + 14;
  pdf.moveTo(doc.left, headerRule).lineTo(doc.right, headerRule).lineWidth(0.5).strokeColor('black').stroke();
  const footerY = pdf.page.height - FOOTER_BOTTOM - 10;
  pdf.moveTo(doc.left, footerY - 4).lineTo(doc.right, footerY - 4).lineWidth(0.5).stroke();
  if (options.footerLeft !== undefined) drawText(doc, options.footerLeft, doc.left, footerY, doc.width * 0.75, { size: 7 });
  drawText(doc, `Page ${page} of ${pages}`, doc.left + doc.width * 0.75, footerY, doc.width * 0.25, { size: 7, align: 'right' });
}
