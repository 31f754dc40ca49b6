/**
 * The standard PDF fonts (Helvetica) print WinAnsiEncoding only: Latin-1 plus these 27 code points in
 * 0x80–0x9F. pdfkit writes any other character as garbage bytes, so text is made printable first.
 */
export const WIN_ANSI_EXTRAS: Readonly<Record<number, string>> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

const PRINTABLE_EXTRAS = new Set(Object.values(WIN_ANSI_EXTRAS));

const SUBSTITUTES: Readonly<Record<string, string>> = { '≤': '<=', '≥': '>=', '→': '->', '←': '<-', '≠': '!=', '✓': 'x', '\t': ' ' };

/** NFC first, so a decomposed "é" (e + U+0301) prints as one accented letter. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || PRINTABLE_EXTRAS.has(char)) out += char;
    else out += SUBSTITUTES[char] ?? (/\s/.test(char) ? ' ' : '?');
  }
  return out;
}
