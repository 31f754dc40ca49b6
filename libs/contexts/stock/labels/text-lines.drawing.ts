import type { DrawingContext } from 'bwip-js';

const FONT = 'OCR-B';
const FONT_SIZE = 7;
const LINE_GAP = 2;

/**
 * bwip-js draws one line of human-readable text at most; labels need several. This wraps any bwip-js drawing
 * (PNG or SVG), enlarges the canvas it is given, and writes the lines under the symbol in the encoder's own font.
 */
export function withTextLines<T>(inner: DrawingContext<T>, lines: readonly string[]): DrawingContext<T> {
  if (lines.length === 0) return inner;
  let scaleX = 1;
  let scaleY = 1;
  let symbolHeight = 0;
  let lineHeight = 0;
  let ascent = 0;
  const font = () => ({ name: FONT, width: FONT_SIZE * scaleX, height: FONT_SIZE * scaleY, dx: 0 });
  return {
    setopts: (options) => inner.setopts?.(options),
    scale: (sx, sy) => {
      const scaled = inner.scale(sx, sy);
      [scaleX, scaleY] = scaled ?? [sx, sy];
      return scaled;
    },
    measure: (str, name, width, height) => inner.measure(str, name, width, height),
    init: (width, height) => {
      const { width: fw, height: fh } = font();
      const metrics = lines.map((line) => inner.measure(line, FONT, fw, fh));
      ascent = Math.max(...metrics.map((m) => m.ascent));
      lineHeight = ascent + Math.max(...metrics.map((m) => m.descent)) + LINE_GAP * scaleY;
      symbolHeight = height + LINE_GAP * scaleY;
      inner.init(Math.max(width, ...metrics.map((m) => m.width)), symbolHeight + lineHeight * lines.length);
    },
    line: (x0, y0, x1, y1, lw, rgb) => inner.line(x0, y0, x1, y1, lw, rgb),
    polygon: (points) => inner.polygon(points),
    hexagon: (points) => inner.hexagon(points),
    ellipse: (x, y, rx, ry, ccw) => inner.ellipse(x, y, rx, ry, ccw),
    fill: (rgb) => inner.fill(rgb),
    text: (x, y, str, rgb, textFont) => inner.text(x, y, str, rgb, textFont),
    end: () => {
      lines.forEach((line, i) => inner.text(0, symbolHeight + i * lineHeight + ascent, line, '000000', font()));
      return inner.end();
    },
  };
}
