/** One stream per person: `technician-<technicianId>`. Kept after they leave (DOMAIN rule 15). */
export const TECHNICIAN_CATEGORY = 'technician';

export function technicianStreamId(technicianId: string): string {
  return `${TECHNICIAN_CATEGORY}-${technicianId}`;
}
