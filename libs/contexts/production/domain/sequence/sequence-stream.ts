/**
 * One stream per numbering sequence: `sequence-<name>`, e.g. `sequence-form1-2026`, `sequence-workorder-2026`.
 * A yearly name keeps each stream short and restarts the numbers every year, as the printed numbers do.
 */
export const SEQUENCE_CATEGORY = 'sequence';

export function sequenceStreamId(sequenceName: string): string {
  return `${SEQUENCE_CATEGORY}-${sequenceName}`;
}

export const form1SequenceName = (year: number): string => `form1-${year}`;
export const workOrderSequenceName = (year: number): string => `workorder-${year}`;

/** `REPAERO-2026-000001` (a Form 1 tracking number), `WO-2026-000042` (a work-order number). */
export function formatSequenceNumber(prefix: string, year: number, sequenceNumber: number, digits = 6): string {
  return `${prefix}-${year}-${String(sequenceNumber).padStart(digits, '0')}`;
}
