import { writeFile } from 'node:fs/promises';
import type { RejectedCell } from './staged-stock-row';

const BOM = '\uFEFF';
const HEADER = ['row', 'column', 'value', 'reason'];

/**
 * `;`-separated, UTF-8 with a BOM and CRLF line ends: what Excel set to French opens with a double click.
 * Text that Excel would run as a formula (`=`, `+`, `-`, `@`) gets a leading apostrophe: the report echoes
 * untrusted cells, and a reject of `=SUM(...)` must not be recomputed when someone opens it.
 */
export function formatRejectReport(rejects: readonly RejectedCell[]): string {
  const lines = [HEADER, ...rejects.map((r) => [String(r.row), r.column, r.value, r.reason])];
  return BOM + lines.map((fields) => fields.map(csvField).join(';')).join('\r\n') + '\r\n';
}

export async function writeRejectReport(rejects: readonly RejectedCell[], path: string): Promise<void> {
  await writeFile(path, formatRejectReport(rejects), 'utf8');
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
