export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

/** Text a spreadsheet would run as a formula gets a leading apostrophe: an export echoes what people typed. */
function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180: comma separated, CRLF line ends, a header row, fields with a comma, quote or line break quoted. UTF-8 with a BOM so a spreadsheet reads accents right. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((fields) => fields.map(cell).join(',')).join('\r\n') + '\r\n';
}
