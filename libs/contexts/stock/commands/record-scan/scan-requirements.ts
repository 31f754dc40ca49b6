import { BusinessRuleViolation } from '@repaero/event-sourcing';
import { scanRules } from '../../domain/scan-log/scan-rules';
import type { PartRow } from '../../queries/parts/part.read-model';
import type { ScanResolved, ScannedItem } from './scan-resolver';

/** What a scan-driven command needs the scan to have resolved to; short of it, the 422 says what to scan instead. */
export const scanRequirements = {
  item(resolved: ScanResolved): ScannedItem {
    if (resolved.item) return resolved.item;
    const named = resolved.part ? `part ${resolved.part.partNumber} but no item in stock` : 'no item';
    throw new BusinessRuleViolation(scanRules.unresolved, `the scan names ${named}: scan the item's own label (serial, batch or stock id)`, {
      partId: resolved.part?.partId,
      locationCode: resolved.locationCode ?? undefined,
    });
  },

  part(resolved: ScanResolved): PartRow {
    if (resolved.part) return resolved.part;
    throw new BusinessRuleViolation(scanRules.unknownPart, 'the scan names no catalogue part: scan the maker label (GTIN, or PNR and MFR)', {
      locationCode: resolved.locationCode ?? undefined,
    });
  },

  /** The location to take the item from: the one given, or else the only one the records place it at. */
  location(item: ScannedItem, given: string | undefined): string {
    if (given !== undefined) return given;
    if (item.locations.length === 1) return item.locations[0];
    if (item.locations.length === 0) {
      throw new BusinessRuleViolation(scanRules.unresolved, `item ${item.itemId} is at no location in the records`, { itemId: item.itemId });
    }
    throw new BusinessRuleViolation(scanRules.ambiguous, `item ${item.itemId} is at ${item.locations.length} locations: give the locationCode`, {
      itemId: item.itemId,
      locations: item.locations,
    });
  },
};
