/** Serial and batch numbers as the domain compares them (`sameIdentifier`): without spaces, case-blind; dashes kept. */
export function identifierKey(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}
