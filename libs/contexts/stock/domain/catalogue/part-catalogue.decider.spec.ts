import { NotFound, fold } from '@repaero/event-sourcing';
import { deciderSpec } from '@repaero/event-store-testing/decider.specification';
import type { PartAggregateEvent } from '../part/events';
import { partDecider } from '../part/part.decider';
import { stockRules } from '../stock-rules';
import { partFactsOf } from './part-facts';

const partId = '0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a6978';
const at = '2026-11-28T09:00:00.000Z';
const registered: PartAggregateEvent = {
  type: 'stock.PartRegistered',
  data: { partId, partNumber: '4202435-01', manufacturer: '0CVA5', description: 'Starter generator', unit: 'EA', registeredAt: at },
};
const classified: PartAggregateEvent = {
  type: 'stock.PartClassified',
  data: { partId, partClass: 'rotable', tracking: 'serial', shelfLifeLimited: false, lifeLimited: false, classifiedAt: at },
};
const interchangeable: PartAggregateEvent = {
  type: 'stock.InterchangeablePartAdded',
  data: { partId, partNumber: '4202435-02', twoWay: false, reference: 'SB 24-0012', addedAt: at },
};

const spec = deciderSpec(partDecider);

describe('parts catalogue (on the part aggregate)', () => {
  it('classifies a part: class, tracking, shelf-life and life-limited flags', () => {
    spec
      .given([registered])
      .when({ type: 'ClassifyPart', partId, partClass: 'rotable', tracking: 'serial', shelfLifeLimited: false, lifeLimited: false, at })
      .then([classified]);
  });

  it('classifying again with the same values records nothing', () => {
    spec
      .given([registered, classified])
      .when({ type: 'ClassifyPart', partId, partClass: 'rotable', tracking: 'serial', shelfLifeLimited: false, lifeLimited: false, at })
      .thenNothingHappens();
  });

  it('a life-limited part or a rotable is tracked by serial number (stock.serial-tracking-required)', () => {
    spec
      .given([registered])
      .when({ type: 'ClassifyPart', partId, partClass: 'repairable', tracking: 'batch', shelfLifeLimited: false, lifeLimited: true, at })
      .thenThrows(stockRules.serialTrackingRequired, { lifeLimited: true });
    spec
      .given([registered])
      .when({ type: 'ClassifyPart', partId, partClass: 'rotable', tracking: 'none', shelfLifeLimited: false, lifeLimited: false, at })
      .thenThrows(stockRules.serialTrackingRequired, { partClass: 'rotable' });
  });

  it('catalogue commands need a registered part', () => {
    expect(() =>
      partDecider.decide(
        { type: 'ClassifyPart', partId, partClass: 'consumable', tracking: 'batch', shelfLifeLimited: true, lifeLimited: false, at },
        partDecider.initialState(),
      ),
    ).toThrow(NotFound);
  });

  it('revises the description, never blank (stock.description-required)', () => {
    spec.given([registered]).when({ type: 'RevisePartDescription', partId, description: ' Starter-generator, 28 V ', at }).then([
      { type: 'stock.PartDescriptionRevised', data: { partId, description: 'Starter-generator, 28 V', revisedAt: at } },
    ]);
    spec.given([registered]).when({ type: 'RevisePartDescription', partId, description: '  ', at }).thenThrows(stockRules.descriptionRequired);
  });

  it('lists an interchangeable part number, as written, with its source', () => {
    spec
      .given([registered])
      .when({ type: 'AddInterchangeablePart', partId, partNumber: ' 4202435-02 ', twoWay: false, reference: 'SB 24-0012', at })
      .then([interchangeable]);
  });

  it('part numbers are matched normalised: the part is not interchangeable with itself (stock.interchangeable-with-itself)', () => {
    spec
      .given([registered])
      .when({ type: 'AddInterchangeablePart', partId, partNumber: '4202435 01', twoWay: true, reference: 'IPC 24-30-01', at })
      .thenThrows(stockRules.interchangeableWithItself);
  });

  it('an interchangeable already listed, however it is written, records nothing', () => {
    spec
      .given([registered, interchangeable])
      .when({ type: 'AddInterchangeablePart', partId, partNumber: '4202435.02', twoWay: false, reference: 'SB 24-0012', at })
      .thenNothingHappens();
  });

  it('interchangeability cites its source (stock.interchangeability-reference-required)', () => {
    spec
      .given([registered])
      .when({ type: 'AddInterchangeablePart', partId, partNumber: '4202435-02', twoWay: false, reference: ' ', at })
      .thenThrows(stockRules.interchangeabilityReferenceRequired);
  });

  it('removing an interchangeable needs a reason (stock.reason-required)', () => {
    spec
      .given([registered, interchangeable])
      .when({ type: 'RemoveInterchangeablePart', partId, partNumber: '420243502', reason: '', at })
      .thenThrows(stockRules.reasonRequired);
    spec.given([registered, interchangeable]).when({ type: 'RemoveInterchangeablePart', partId, partNumber: '420243502', reason: 'IPC rev 12', at }).then([
      { type: 'stock.InterchangeablePartRemoved', data: { partId, partNumber: '4202435-02', reason: 'IPC rev 12', removedAt: at } },
    ]);
  });

  it('a GTIN needs a valid GS1 check digit and is stored as GTIN-14 (stock.invalid-barcode)', () => {
    spec.given([registered]).when({ type: 'AssignPartBarcode', partId, scheme: 'gtin', code: '4006381333931', at }).then([
      { type: 'stock.PartBarcodeAssigned', data: { partId, scheme: 'gtin', code: '04006381333931', assignedAt: at } },
    ]);
    spec.given([registered]).when({ type: 'AssignPartBarcode', partId, scheme: 'gtin', code: '4006381333932', at }).thenThrows(stockRules.invalidBarcode);
  });

  it('a barcode identifies one part only (stock.barcode-assigned-to-another-part)', () => {
    spec
      .given([registered])
      .when({ type: 'AssignPartBarcode', partId, scheme: 'internal', code: 'RA-000123', assignedToPartId: 'another-part', at })
      .thenThrows(stockRules.barcodeAssignedToAnotherPart, { assignedToPartId: 'another-part' });
  });

  it('sets a minimum level and reorder quantity per location, in the part unit', () => {
    spec.given([registered]).when({ type: 'SetPartMinimumLevel', partId, locationCode: 'MAIN-A01', minimumLevel: 2, reorderQuantity: 4, at }).then([
      { type: 'stock.PartMinimumLevelSet', data: { partId, locationCode: 'MAIN-A01', minimumLevel: 2, reorderQuantity: 4, unit: 'EA', setAt: at } },
    ]);
    spec
      .given([registered])
      .when({ type: 'SetPartMinimumLevel', partId, locationCode: 'MAIN-A01', minimumLevel: -1, reorderQuantity: 4, at })
      .thenThrows(stockRules.minimumLevelNegative);
    spec
      .given([registered])
      .when({ type: 'SetPartMinimumLevel', partId, locationCode: 'MAIN-A01', minimumLevel: 2, reorderQuantity: 0, at })
      .thenThrows(stockRules.quantityNotPositive);
  });

  it('items are received against a classified part only (stock.part-not-classified)', () => {
    const unclassified = fold(partDecider, [registered]);
    if (unclassified.status !== 'registered') throw new Error('expected a registered part');
    expect(() => partFactsOf(unclassified)).toThrow(expect.objectContaining({ rule: stockRules.partNotClassified }));

    const part = fold(partDecider, [registered, classified, interchangeable]);
    if (part.status !== 'registered') throw new Error('expected a registered part');
    expect(partFactsOf(part)).toEqual({
      partId,
      partNumber: '4202435-01',
      unit: 'EA',
      partClass: 'rotable',
      tracking: 'serial',
      shelfLifeLimited: false,
      lifeLimited: false,
      interchangeablePartNumbers: ['4202435-02'],
    });
  });

  it('catalogue events leave the part movements as they were', () => {
    spec.given([registered, classified, interchangeable]).when({ type: 'ReceivePart', partId, locationCode: 'A1', quantity: 2, at }).then([
      { type: 'stock.PartReceived', data: { partId, locationCode: 'A1', quantity: 2, unit: 'EA', receivedAt: at } },
    ]);
    const receipt: PartAggregateEvent = { type: 'stock.PartReceived', data: { partId, locationCode: 'A1', quantity: 2, unit: 'EA', receivedAt: at } };
    expect(fold(partDecider, [registered, classified, receipt])).toMatchObject({ onHand: { A1: 2 }, catalogue: { classification: { partClass: 'rotable' } } });
  });
});
