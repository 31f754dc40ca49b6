import { describeReadStores, projectionSpec } from '@repaero/projections/testing';
import { countSessionReadModel } from './count-sessions/count-session.read-model';
import { countSessionsProjection } from './count-sessions/count-sessions.projection';
import { itemMovementReadModel } from './item-movements/item-movement.read-model';
import { itemMovementsProjection } from './item-movements/item-movements.projection';
import { itemLocationReadModel } from './items/item-location.read-model';
import { itemReadModel } from './items/item.read-model';
import { itemsProjection } from './items/items.projection';
import { partBarcodeReadModel } from './part-barcodes/part-barcode.read-model';
import { partBarcodesProjection } from './part-barcodes/part-barcodes.projection';
import {
  at,
  barcodeHistory,
  batchItemHistory,
  batchItemId,
  countSessionHistory,
  serialItemHistory,
  serialItemId,
  sessionId,
  sealantPartId,
  starterPartId,
} from './testing/stock-item-history.fixture';

const storekeeper = { actor: { id: 'u-7', name: 'Stella Storekeeper', roles: ['storekeeper'] } };
const items = [...serialItemHistory, ...batchItemHistory].map((event) => ({ ...event, metadata: storekeeper }));

const sealantAt = (locationCode: string, quantity: number) => ({
  locationCode,
  itemId: batchItemId,
  partId: sealantPartId,
  partNumber: 'PR-1422B2',
  serialNumber: null,
  batchNumber: 'B-77',
  condition: 'SERVICEABLE',
  quantity,
  unit: 'EA',
  expiresOn: '2027-05-31',
});

describeReadStores('stock item projections', (readStore) => {
  it('keeps each item in its condition, with its quantities, expiry and quarantine reasons', () =>
    projectionSpec(itemsProjection, readStore)
      .givenEvents(...items)
      .verify(async (outcome) => {
        const [serial, batch] = await outcome.rows(itemReadModel);
        expect(serial).toMatchObject({
          itemId: serialItemId,
          partId: starterPartId,
          partNumber: '4202435-01',
          serialNumber: 'SN 1234',
          serialKey: 'SN1234',
          batchNumber: null,
          condition: 'QUARANTINE',
          quantityOnHand: 1,
          quantityReserved: 0,
          releaseTrackingNumber: 'F1-2026-0042',
          quarantineReasons: [{ code: 'returned-from-work-order', detail: 'Removed after ground run' }],
          quarantinedAt: at(6),
          receivedAt: at(1),
          updatedAt: at(6),
        });
        expect(serial.state).toMatchObject({ onHand: { 'MAIN-A01': 1 }, issued: {}, reservations: {}, releaseDocument: { trackingNumber: 'F1-2026-0042' } });
        expect(batch).toMatchObject({
          itemId: batchItemId,
          batchKey: 'B-77',
          condition: 'SERVICEABLE',
          quantityOnHand: 9,
          expiresOn: '2027-05-31',
          quarantineReasons: null,
          quarantinedAt: null,
        });
      }));

  it('shows nothing, and parks nothing, for an event on an item it never saw received', () =>
    projectionSpec(itemsProjection, readStore)
      .givenEvents(...batchItemHistory.slice(2))
      .verify(async (outcome) => {
        expect(await outcome.rows(itemReadModel)).toEqual([]);
        expect(await outcome.parked()).toEqual([]);
      }));

  it('drops the location an issue emptied', () =>
    projectionSpec(itemsProjection, readStore)
      .givenEvents(...serialItemHistory.slice(0, serialItemHistory.findIndex((event) => event.type === 'stock.ItemIssued') + 1))
      .expectRows(itemLocationReadModel, []));

  it('lists what is where: one row per item and location holding some of it', () =>
    projectionSpec(itemsProjection, readStore)
      .givenEvents(...items)
      .expectRows(itemLocationReadModel, [
        {
          locationCode: 'MAIN-A01',
          itemId: serialItemId,
          partId: starterPartId,
          partNumber: '4202435-01',
          serialNumber: 'SN 1234',
          batchNumber: null,
          condition: 'QUARANTINE',
          quantity: 1,
          unit: 'EA',
          expiresOn: null,
        },
        sealantAt('MAIN-B02', 6),
        sealantAt('MAIN-C03', 3),
      ]));

  it('traces where each item went and what quality decided, with who did it', () =>
    projectionSpec(itemMovementsProjection, readStore)
      .givenEvents(...items)
      .verify(async (outcome) => {
        const rows = await outcome.rows(itemMovementReadModel);
        const trace = rows.map(({ itemId, kind, locationCode, toLocationCode, quantityChange, reference, detail }) => ({
          item: itemId === serialItemId ? 'serial' : 'batch',
          kind,
          locationCode,
          toLocationCode,
          quantityChange,
          reference,
          detail,
        }));
        const step = { locationCode: null, toLocationCode: null, quantityChange: null, reference: null, detail: null };
        expect(trace).toEqual([
          { ...step, item: 'serial', kind: 'received', locationCode: 'MAIN-A01', quantityChange: 1 },
          { ...step, item: 'serial', kind: 'quarantined', detail: 'no-release-document' },
          { ...step, item: 'serial', kind: 'accepted', detail: 'Form 1 received after the part' },
          { ...step, item: 'serial', kind: 'issued', locationCode: 'MAIN-A01', quantityChange: -1, reference: 'WO-42' },
          { ...step, item: 'serial', kind: 'returned-from-work-order', locationCode: 'MAIN-A01', quantityChange: 1, reference: 'WO-42', detail: 'Removed after ground run' },
          { ...step, item: 'serial', kind: 'quarantined', detail: 'returned-from-work-order' },
          { ...step, item: 'batch', kind: 'received', locationCode: 'MAIN-B02', quantityChange: 10 },
          { ...step, item: 'batch', kind: 'accepted', detail: 'receiving-inspection' },
          { ...step, item: 'batch', kind: 'transferred', locationCode: 'MAIN-B02', toLocationCode: 'MAIN-C03', quantityChange: -4 },
          { ...step, item: 'batch', kind: 'adjusted', locationCode: 'MAIN-C03', quantityChange: -1, detail: 'Cartridge found empty' },
        ]);
        expect(rows.every((row) => row.actorName === 'Stella Storekeeper')).toBe(true);
      }));

  it('follows a count session from its snapshot to the adjustments it closed with', () =>
    projectionSpec(countSessionsProjection, readStore)
      .givenEvents(...countSessionHistory.map((event) => ({ ...event, metadata: storekeeper })))
      .expectRows(countSessionReadModel, [
        {
          sessionId,
          locationCode: 'MAIN-B02',
          status: 'closed',
          lines: [{ itemId: batchItemId, partId: sealantPartId, partNumber: 'PR-1422B2', batchNumber: 'B-77', expectedQuantity: 6, unit: 'EA', countedQuantity: 5 }],
          linesCounted: 1,
          adjustments: [
            { itemId: batchItemId, partId: sealantPartId, expectedQuantity: 6, countedQuantity: 5, quantityDelta: -1, unit: 'EA', reason: 'Used on WO-40 without an issue' },
          ],
          cancelReason: null,
          openedBy: 'Stella Storekeeper',
          openedAt: at(10),
          endedAt: at(12),
        },
      ]));

  it('maps each barcode to its part until it is withdrawn', () =>
    projectionSpec(partBarcodesProjection, readStore)
      .givenEvents(...barcodeHistory)
      .expectRows(partBarcodeReadModel, [{ scheme: 'gtin', code: '09501101020917', partId: sealantPartId, assignedAt: at(13) }]));
});
