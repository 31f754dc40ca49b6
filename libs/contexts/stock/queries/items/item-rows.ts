import type { StockItem } from '../../domain/item/item.decider';
import { addQuantities } from '../../domain/part/quantity';
import { identifierKey } from './identifier-key';
import type { ItemLocationRow } from './item-location.read-model';
import type { ItemRow } from './item.read-model';

const total = (quantities: Readonly<Record<string, number>>) => Object.values(quantities).reduce(addQuantities, 0);

/** The row of an item after an event recorded at `at`; `before` is its previous row, if any. */
export function itemRowOf(item: StockItem, before: ItemRow | undefined, at: string): ItemRow {
  const quarantine = item.condition.status === 'QUARANTINE' ? item.condition.reasons : null;
  const stillQuarantined = quarantine !== null && before?.condition === 'QUARANTINE';
  return {
    itemId: item.itemId,
    partId: item.partId,
    partNumber: item.physicalPartNumber,
    serialNumber: item.serialNumber ?? null,
    serialKey: item.serialNumber === undefined ? null : identifierKey(item.serialNumber),
    batchNumber: item.batchNumber ?? null,
    batchKey: item.batchNumber === undefined ? null : identifierKey(item.batchNumber),
    condition: item.condition.status,
    quantityOnHand: total(item.onHand),
    quantityReserved: total(item.reservations),
    unit: item.unit,
    expiresOn: item.expiresOn ?? null,
    releaseTrackingNumber: item.releaseDocument?.trackingNumber ?? null,
    quarantineReasons: quarantine ? [...quarantine] : null,
    quarantinedAt: quarantine === null ? null : stillQuarantined ? before.quarantinedAt : at,
    receivedAt: before?.receivedAt ?? at,
    updatedAt: at,
    state: item,
  };
}

/** One row per location where the item has something on hand. */
export function itemLocationRowsOf(item: StockItem): ItemLocationRow[] {
  return Object.entries(item.onHand).map(([locationCode, quantity]) => ({
    locationCode,
    itemId: item.itemId,
    partId: item.partId,
    partNumber: item.physicalPartNumber,
    serialNumber: item.serialNumber ?? null,
    batchNumber: item.batchNumber ?? null,
    condition: item.condition.status,
    quantity,
    unit: item.unit,
    expiresOn: item.expiresOn ?? null,
  }));
}
