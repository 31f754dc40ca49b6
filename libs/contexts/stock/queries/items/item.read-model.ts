import { defineReadModel } from '@repaero/read-store';
import type { QuarantineReason } from '../../domain/item/release-document';
import type { StockItem } from '../../domain/item/item.decider';

/** One row per stock item (a serial item, a batch, or one receipt of an untracked part). */
export interface ItemRow {
  itemId: string;
  partId: string;
  /** As read on the item: the catalogue's number or an interchangeable. */
  partNumber: string;
  serialNumber: string | null;
  /** Serial and batch numbers matched without spaces and case, as the domain compares them. */
  serialKey: string | null;
  batchNumber: string | null;
  batchKey: string | null;
  condition: string;
  quantityOnHand: number;
  quantityReserved: number;
  unit: string;
  expiresOn: string | null;
  releaseTrackingNumber: string | null;
  quarantineReasons: QuarantineReason[] | null;
  quarantinedAt: string | null;
  receivedAt: string;
  updatedAt: string;
  /** The item's folded state (`itemDecider.evolve`): the read model follows the one state machine, never a copy of it. */
  state: StockItem;
}

export const itemReadModel = defineReadModel<ItemRow>({
  name: 'stock_item',
  columns: {
    itemId: { type: 'string', length: 36 },
    partId: { type: 'string', length: 36 },
    partNumber: { type: 'string', length: 40 },
    serialNumber: { type: 'string', length: 40, nullable: true },
    serialKey: { type: 'string', length: 40, nullable: true },
    batchNumber: { type: 'string', length: 40, nullable: true },
    batchKey: { type: 'string', length: 40, nullable: true },
    condition: { type: 'string', length: 16 },
    quantityOnHand: { type: 'decimal', precision: 18, scale: 3 },
    quantityReserved: { type: 'decimal', precision: 18, scale: 3 },
    unit: { type: 'string', length: 6 },
    expiresOn: { type: 'string', length: 10, nullable: true },
    releaseTrackingNumber: { type: 'string', length: 60, nullable: true },
    quarantineReasons: { type: 'json', nullable: true },
    quarantinedAt: { type: 'string', length: 30, nullable: true },
    receivedAt: { type: 'string', length: 30 },
    updatedAt: { type: 'string', length: 30 },
    state: { type: 'json' },
  },
  primaryKey: ['itemId'],
  indices: [
    { columns: ['partId', 'condition'] },
    { columns: ['serialKey'] },
    { columns: ['batchKey'] },
    { columns: ['condition', 'quarantinedAt'] },
    { columns: ['expiresOn'] },
  ],
});
