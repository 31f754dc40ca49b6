/**
 * How the library matches what people type: a document reference (`amm  32-11-00` is `AMM 32-11-00`),
 * an aircraft type, a registration (`f-gkxa` is `FGKXA`), a serial or part number.
 */
export function referenceKey(reference: string): string {
  return reference.trim().replace(/\s+/g, ' ').toUpperCase();
}

export function designationKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toUpperCase();
}

export function registrationKey(registration: string): string {
  return registration.replace(/[\s-]/g, '').toUpperCase();
}

/** Serials and part numbers compare without spaces, dashes, dots or slashes, as printed labels vary. */
export function identifierKey(value: string): string {
  return value.replace(/[\s\-./]/g, '').toUpperCase();
}
