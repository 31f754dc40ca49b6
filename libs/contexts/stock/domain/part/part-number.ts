/** Part numbers are kept as written but matched without spaces, dashes, dots or slashes, case-insensitively. */
export function normalisePartNumber(partNumber: string): string {
  return partNumber.replace(/[\s\-./]/g, '').toUpperCase();
}
