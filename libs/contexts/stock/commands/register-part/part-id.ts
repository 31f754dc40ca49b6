import { v5 as uuidv5 } from 'uuid';
import { normalisePartNumber } from '../../domain/part/part-number';

const PART_ID_NAMESPACE = '6f1c8f5e-3b7a-4f0e-9a43-1f4a9d2c7b10';

/**
 * A part's id is derived from its normalised manufacturer and part number, so registering the same
 * part twice lands on the same stream and is refused by the decider without any lookup table.
 */
export function partIdFor(partNumber: string, manufacturer?: string): string {
  const key = `${(manufacturer ?? '').trim().toUpperCase()}:${normalisePartNumber(partNumber)}`;
  return uuidv5(key, PART_ID_NAMESPACE);
}
