import { inflateSync } from 'node:zlib';

/**
 * Test helper: the text a PDF written by pdfkit shows, one string per text object (one per line of ours).
 * Reads plain and FlateDecode content streams; pdfkit writes text as hex strings in TJ arrays.
 */
export function pdfTextLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
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
    for (const block of content.matchAll(/BT([^]*?)ET/g)) {
      const hex = [...(block[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
      if (hex.length > 0) lines.push(hex.join(''));
    }
  }
  return lines;
}
