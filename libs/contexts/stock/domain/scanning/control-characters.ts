/** The ASCII separators ISO/IEC 15434 and GS1 rely on; FNC1 travels as GS. */
export const GS = '\x1d';
export const RS = '\x1e';
export const EOT = '\x04';

/** Control characters spelled out, so an operator can read a message quoting scanned text. */
export function visible(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]/g, (c) => {
    switch (c) {
      case GS:
        return '<GS>';
      case RS:
        return '<RS>';
      case EOT:
        return '<EOT>';
      default:
        return `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;
    }
  });
}
