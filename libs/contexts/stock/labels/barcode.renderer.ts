import { drawingSVG, drawingZlibPng, render, type RenderOptions } from 'bwip-js';
import { toLabelError } from './label-errors';
import { withTextLines } from './text-lines.drawing';

export type LabelFormat = 'png' | 'svg';

const DEFAULTS = { scale: 3, padding: 4, backgroundcolor: 'FFFFFF' } as const;

export async function renderBarcode(options: RenderOptions, format: LabelFormat, lines: readonly string[] = []): Promise<Buffer | string> {
  const full = { ...DEFAULTS, ...options };
  try {
    switch (format) {
      case 'png':
        return await render(full, withTextLines(drawingZlibPng(), lines));
      case 'svg':
        return render(full, withTextLines(drawingSVG(), lines));
      default: {
        const unreachable: never = format;
        return unreachable;
      }
    }
  } catch (error) {
    throw toLabelError(error);
  }
}
