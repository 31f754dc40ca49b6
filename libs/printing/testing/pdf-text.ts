import { inflateSync } from 'node:zlib';
import { WIN_ANSI_EXTRAS } from '../win-ansi';

/**
 * Test helper: the text a PDF written by pdfkit shows, one string per text object (one per line of ours).
 * Reads plain and FlateDecode content streams; pdfkit writes text as hex strings in TJ arrays, in WinAnsi.
 */
export function pdfTextLines(pdf: Buffer): string[] {
  return pdfPageTexts(pdf).flat();
}

/** The text lines of each content stream in file order: pdfkit writes one content stream per page. */
export function pdfPageTexts(pdf: Buffer): string[][] {
  const raw = pdf.toString('latin1');
  const pages: string[][] = [];
  for (const match of raw.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    if (/\/Subtype\s*\/Image/.test(match[1] ?? '')) continue;
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = /\/FlateDecode/.test(match[1] ?? '') ? inflateSync(bytes).toString('latin1') : bytes.toString('latin1');
    } catch {
      continue;
    }
    const lines: string[] = [];
    for (const block of content.matchAll(/BT([^]*?)ET/g)) {
      const hex = [...(block[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decodeWinAnsi(Buffer.from(m[1] ?? '', 'hex')));
      if (hex.length > 0) lines.push(hex.join(''));
    }
    pages.push(lines);
  }
  return pages;
}

function decodeWinAnsi(bytes: Buffer): string {
  return [...bytes].map((byte) => WIN_ANSI_EXTRAS[byte] ?? String.fromCharCode(byte)).join('');
}

/**
 * Lines joined back into running text: pdfkit ends a wrapped line with the space or hyphen it broke at,
 * so such a line runs on into the next; other lines (cells, paragraphs) are separated by a space.
 */
export function joinWrapped(lines: readonly string[]): string {
  return lines.reduce((text, line, i) => (i === 0 ? line : /[\s-]$/.test(text) ? text + line : `${text} ${line}`), '');
}
