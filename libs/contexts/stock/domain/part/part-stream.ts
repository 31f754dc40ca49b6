export const PART_CATEGORY = 'part';

export function partStreamId(partId: string): string {
  return `${PART_CATEGORY}-${partId}`;
}
