/** Part-66 licence categories and subcategories (B1.1 turbine aeroplanes … B3 piston non-pressurised ≤ 2,000 kg, L light aircraft). */
export type Part66Category = 'A' | 'B1.1' | 'B1.2' | 'B1.3' | 'B1.4' | 'B2' | 'B2L' | 'B3' | 'C' | 'L';
export const PART_66_CATEGORIES: readonly Part66Category[] = ['A', 'B1.1', 'B1.2', 'B1.3', 'B1.4', 'B2', 'B2L', 'B3', 'C', 'L'];

/**
 * A rating endorsed on the licence: an individual type rating, or a group rating (full or manufacturer group)
 * listing the aircraft types it covers, as the licence's limitations page reads.
 */
export type LicenceRating =
  | { readonly kind: 'type'; readonly aircraftType: string }
  | { readonly kind: 'group'; readonly group: string; readonly aircraftTypes: readonly string[] };

/**
 * B3 and L are themselves the privilege for their aircraft (no type rating endorsed), so by default only the
 * other categories need one; the caller overrides with `typeRatingRequired` when it knows the aircraft.
 */
export function typeRatingRequiredByDefault(category: Part66Category): boolean {
  return category !== 'B3' && category !== 'L';
}

export function ratingCovers(rating: LicenceRating, aircraftType: string): boolean {
  switch (rating.kind) {
    case 'type':
      return rating.aircraftType === aircraftType;
    case 'group':
      return rating.aircraftTypes.includes(aircraftType);
    default: {
      const unhandled: never = rating;
      return unhandled;
    }
  }
}
