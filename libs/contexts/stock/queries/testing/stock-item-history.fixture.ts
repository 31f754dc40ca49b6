import type { Decider, DomainEvent } from '@repaero/event-sourcing';
import type { PartFacts } from '../../domain/catalogue/part-facts';
import { countSessionStreamId } from '../../domain/count/count-session-stream';
import { countSessionDecider } from '../../domain/count/count-session.decider';
import { stockItemStreamId } from '../../domain/item/item-stream';
import { itemDecider } from '../../domain/item/item.decider';
import type { ReleaseDocument } from '../../domain/item/release-document';

/** An event as the projection specs give it: the deciders made it, so its shape is the one the store holds. */
export interface HistoryEvent {
  readonly type: string;
  readonly data: unknown;
  readonly streamId: string;
  readonly recordedAt: string;
}

export const at = (minute: number) => `2026-11-28T09:${String(minute).padStart(2, '0')}:00.000Z`;
export const serialItemId = '0193a1b2-0000-7000-8000-000000000001';
export const batchItemId = '0193a1b2-0000-7000-8000-000000000002';
export const sessionId = '0193a1b2-0000-7000-8000-0000000000c5';
export const starterPartId = '0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a6978';
export const sealantPartId = '0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a6979';

const starter: PartFacts = {
  partId: starterPartId,
  partNumber: '4202435-01',
  unit: 'EA',
  partClass: 'rotable',
  tracking: 'serial',
  shelfLifeLimited: false,
  lifeLimited: false,
  interchangeablePartNumbers: [],
};
const sealant: PartFacts = {
  ...starter,
  partId: sealantPartId,
  partNumber: 'PR-1422B2',
  partClass: 'consumable',
  tracking: 'batch',
  shelfLifeLimited: true,
};

const form1: ReleaseDocument = {
  kind: 'easa-form-1',
  trackingNumber: 'F1-2026-0042',
  approvalReference: 'FR.145.0123',
  partNumber: '4202435-01',
  serialOrBatchNumber: 'SN 1234',
  block11Status: 'OVERHAULED',
  signatory: 'J. Martin',
  signedOn: '2026-11-20',
  fileRef: 'documents/F1-2026-0042.pdf',
};
const coc: ReleaseDocument = {
  kind: 'certificate-of-conformity',
  trackingNumber: 'COC-77',
  issuer: 'PPG 1ABC5',
  partNumber: 'PR-1422B2',
  serialOrBatchNumber: 'B-77',
  signatory: 'A. Durand',
  signedOn: '2026-11-01',
  fileRef: 'documents/COC-77.pdf',
};

function decided<C extends { readonly at: string }, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  streamId: string,
  commands: readonly C[],
): HistoryEvent[] {
  let state = decider.initialState();
  return commands.flatMap((command) =>
    decider.decide(command, state).map((event) => {
      state = decider.evolve(state, event);
      return { type: event.type, data: event.data, streamId, recordedAt: command.at };
    }),
  );
}

const quality = ['quality'];
const storekeeper = ['storekeeper'];

/** A serial starter received without its Form 1, released by quality, issued, and returned used to quarantine. */
export const serialItemHistory = decided(itemDecider, stockItemStreamId(serialItemId), [
  {
    type: 'ReceiveItem',
    itemId: serialItemId,
    part: starter,
    scanned: { partNumber: '4202435-01', serialNumber: 'SN 1234' },
    quantity: 1,
    locationCode: 'MAIN-A01',
    at: at(1),
  },
  { type: 'AttachReleaseDocument', itemId: serialItemId, releaseDocument: form1, at: at(2) },
  { type: 'AcceptItem', itemId: serialItemId, reason: 'Form 1 received after the part', actorRoles: quality, at: at(3) },
  { type: 'ReserveItem', itemId: serialItemId, workOrderRef: 'WO-42', quantity: 1, at: at(4) },
  { type: 'IssueItem', itemId: serialItemId, workOrderRef: 'WO-42', locationCode: 'MAIN-A01', quantity: 1, at: at(5) },
  {
    type: 'ReturnItemFromWorkOrder',
    itemId: serialItemId,
    workOrderRef: 'WO-42',
    locationCode: 'MAIN-A01',
    quantity: 1,
    unused: false,
    reason: 'Removed after ground run',
    at: at(6),
  },
]);

/** A batch of sealant on its CoC, split over two bins, one of them corrected by a count. */
export const batchItemHistory = decided(itemDecider, stockItemStreamId(batchItemId), [
  {
    type: 'ReceiveItem',
    itemId: batchItemId,
    part: sealant,
    scanned: { partNumber: 'PR-1422B2', batchNumber: 'B-77' },
    quantity: 10,
    locationCode: 'MAIN-B02',
    releaseDocument: coc,
    shelfLife: { expiresOn: '2027-05-31', source: 'label' },
    at: at(7),
  },
  { type: 'TransferItem', itemId: batchItemId, fromLocationCode: 'MAIN-B02', toLocationCode: 'MAIN-C03', quantity: 4, at: at(8) },
  {
    type: 'AdjustItemQuantity',
    itemId: batchItemId,
    locationCode: 'MAIN-C03',
    quantityDelta: -1,
    reason: 'Cartridge found empty',
    actorRoles: storekeeper,
    at: at(9),
  },
]);

export const countSessionHistory = decided(
  countSessionDecider,
  countSessionStreamId(sessionId),
  [
    {
      type: 'OpenCountSession',
      sessionId,
      locationCode: 'MAIN-B02',
      lines: [{ itemId: batchItemId, partId: sealantPartId, partNumber: 'PR-1422B2', batchNumber: 'B-77', expectedQuantity: 6, unit: 'EA' }],
      actorRoles: storekeeper,
      at: at(10),
    },
    { type: 'RecordCount', sessionId, lines: [{ itemId: batchItemId, countedQuantity: 5 }], actorRoles: storekeeper, at: at(11) },
    { type: 'CloseCountSession', sessionId, reasons: { [batchItemId]: 'Used on WO-40 without an issue' }, actorRoles: storekeeper, at: at(12) },
  ],
);

const barcodeEvent = (type: string, partId: string, scheme: string, code: string, minute: number): HistoryEvent => ({
  type,
  streamId: `part-${partId}`,
  recordedAt: at(minute),
  data: { partId, scheme, code, [type === 'stock.PartBarcodeAssigned' ? 'assignedAt' : 'withdrawnAt']: at(minute) },
});

/** A GTIN on the sealant; an internal code given to the starter and withdrawn. */
export const barcodeHistory: HistoryEvent[] = [
  barcodeEvent('stock.PartBarcodeAssigned', sealantPartId, 'gtin', '09501101020917', 13),
  barcodeEvent('stock.PartBarcodeAssigned', starterPartId, 'internal', 'RA-7', 14),
  barcodeEvent('stock.PartBarcodeWithdrawn', starterPartId, 'internal', 'RA-7', 15),
];
