import { drawingSVG, drawingZlibPng, render, type RenderOptions } from 'bwip-js';
import { toLabelError } from './label-errors';
import { LABEL_PAGES, renderPdfLabel, type LabelPage, type PdfLabelOptions } from './pdf-label';
import { withTextLines } from './text-lines.drawing';

export type LabelFormat = 'png' | 'svg' | 'pdf';

const DEFAULTS = { scale: 3, padding: 4, backgroundcolor: 'FFFFFF' } as const;

/** How a label is laid out as a PDF page; PNG and SVG are sized by the symbol. */
export interface PdfLayout extends PdfLabelOptions {
  readonly page?: LabelPage;
}

/**
 * PNG and SVG draw `lines` under the symbol; a PDF embeds the symbol as PNG (bwip-js's own text turned off)
 * and writes `lines` as PDF text beside or under it.
 */
export async function renderBarcode(options: RenderOptions, format: LabelFormat, lines: readonly string[] = [], pdf: PdfLayout = {}): Promise<Buffer | string> {
  const full = { ...DEFAULTS, ...options };
  try {
    switch (format) {
      case 'png':
        return await render(full, withTextLines(drawingZlibPng(), lines));
      case 'svg':
        return render(full, withTextLines(drawingSVG(), lines));
      case 'pdf': {
        const symbol = await render({ ...full, includetext: false }, drawingZlibPng());
        return await renderPdfLabel(symbol, lines, pdf.page ?? LABEL_PAGES.item, { compress: pdf.compress });
      }
      default: {
        const unreachable: never = format;
        return unreachable;
      }
    }
  } catch (error) {
    throw toLabelError(error);
  }
}
