import { NotFound } from '@repaero/event-sourcing';
import { deciderSpec } from '@repaero/event-store-testing/decider.specification';
import type { PartFacts } from '../catalogue/part-facts';
import { stockRules } from '../stock-rules';
import type { ReceiveItem } from './commands';
import type { ItemEvent, ItemReceived, LifeTimes } from './events';
import { itemDecider } from './item.decider';
import type { QuarantineReason, ReleaseDocument } from './release-document';

const itemId = '0193a1b2-0000-7000-8000-000000000001';
const partId = '0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a6978';
const at = '2026-11-28T09:00:00.000Z';
const quality = ['quality'];
const storekeeper = ['storekeeper'];
const ids = { itemId, partId };

const starterGenerator: PartFacts = {
  partId,
  partNumber: '4202435-01',
  unit: 'EA',
  partClass: 'rotable',
  tracking: 'serial',
  shelfLifeLimited: false,
  lifeLimited: false,
  interchangeablePartNumbers: ['4202435-02'],
};
const form1: ReleaseDocument = {
  kind: 'easa-form-1',
  trackingNumber: 'F1-2026-0042',
  approvalReference: 'FR.145.0123',
  partNumber: '4202435-01',
  serialOrBatchNumber: 'SN1234',
  block11Status: 'OVERHAULED',
  signatory: 'J. Martin',
  signedOn: '2026-11-20',
  fileRef: 'documents/f1-2026-0042.pdf',
};

function receiveCommand(overrides: Partial<ReceiveItem> = {}): ReceiveItem {
  return {
    type: 'ReceiveItem',
    itemId,
    part: starterGenerator,
    scanned: { partNumber: '4202435-01', serialNumber: 'SN1234' },
    quantity: 1,
    locationCode: 'A1',
    releaseDocument: form1,
    at,
    ...overrides,
  };
}

function received(overrides: Partial<ItemReceived['data']> = {}): ItemReceived {
  return {
    type: 'stock.ItemReceived',
    data: {
      itemId,
      partId,
      partNumber: '4202435-01',
      partNumberAsReceived: '4202435-01',
      partClass: 'rotable',
      tracking: 'serial',
      shelfLifeLimited: false,
      lifeLimited: false,
      serialNumber: 'SN1234',
      quantity: 1,
      unit: 'EA',
      locationCode: 'A1',
      releaseDocument: form1,
      receivedAt: at,
      ...overrides,
    },
  };
}

const accepted: ItemEvent = { type: 'stock.ItemAccepted', data: { ...ids, basis: 'receiving-inspection', acceptedAt: at } };
const quarantined = (...reasons: QuarantineReason[]): ItemEvent => ({ type: 'stock.ItemQuarantined', data: { ...ids, reasons, quarantinedAt: at } });
const serviceable: ItemEvent[] = [received(), accepted];
const inQuarantine: ItemEvent[] = [received({ releaseDocument: undefined }), quarantined({ code: 'no-release-document' })];

/** A batch of sealant: consumable, batch-tracked, shelf-life limited, on a certificate of conformity. */
const sealantId = '0190f1d4-6c1e-7b5a-9f0e-000000000002';
const sealant: PartFacts = {
  partId: sealantId,
  partNumber: 'PR-1422B2',
  unit: 'EA',
  partClass: 'consumable',
  tracking: 'batch',
  shelfLifeLimited: true,
  lifeLimited: false,
  interchangeablePartNumbers: [],
};
const sealantCoc: ReleaseDocument = {
  kind: 'certificate-of-conformity',
  trackingNumber: 'COC-88172',
  issuer: 'PPG Aerospace (CAGE 83574)',
  partNumber: 'PR-1422B2',
  serialOrBatchNumber: 'B-77',
  signatory: 'QA PPG',
  signedOn: '2026-10-01',
  fileRef: 'documents/coc-88172.pdf',
};
const sealantIds = { itemId, partId: sealantId };
const sealantBatch: ItemEvent[] = [
  {
    type: 'stock.ItemReceived',
    data: {
      ...sealantIds,
      partNumber: 'PR-1422B2',
      partNumberAsReceived: 'PR-1422B2',
      partClass: 'consumable',
      tracking: 'batch',
      shelfLifeLimited: true,
      lifeLimited: false,
      batchNumber: 'B-77',
      quantity: 10,
      unit: 'EA',
      locationCode: 'A1',
      releaseDocument: sealantCoc,
      shelfLife: { expiresOn: '2026-12-31', source: 'label' },
      receivedAt: at,
    },
  },
  { type: 'stock.ItemAccepted', data: { ...sealantIds, basis: 'receiving-inspection', acceptedAt: at } },
];
const reservedFor = (workOrderRef: string, quantity: number): ItemEvent => ({
  type: 'stock.ItemReserved',
  data: { ...sealantIds, workOrderRef, quantity, unit: 'EA', reservedAt: at },
});

const llpTimes: LifeTimes = { tsnHours: 1200.5, csn: 900, asOf: '2026-11-01', recordsRef: 'records/disk-1234-back-to-birth.pdf' };

const spec = deciderSpec(itemDecider);

describe('stock item: receipt (DOMAIN rules 1 and 2)', () => {
  it('an item whose accepted release document matches it is accepted into serviceable stock', () => {
    spec.when(receiveCommand()).then([received(), accepted]);
  });

  it('no acceptable release document → quarantine', () => {
    spec.when(receiveCommand({ releaseDocument: undefined })).then([received({ releaseDocument: undefined }), quarantined({ code: 'no-release-document' })]);
  });

  it('a Form 1 without its block 14 signature date, or a PROTOTYPE release, is not an accepted document → quarantine', () => {
    const unsigned = { ...form1, signedOn: '' };
    spec
      .when(receiveCommand({ releaseDocument: unsigned }))
      .then([received({ releaseDocument: unsigned }), quarantined({ code: 'release-document-incomplete', detail: 'missing signedOn' })]);
    const prototype: ReleaseDocument = { ...form1, block11Status: 'PROTOTYPE' };
    spec.when(receiveCommand({ releaseDocument: prototype })).then([
      received({ releaseDocument: prototype }),
      quarantined({ code: 'release-document-not-acceptable', detail: 'a PROTOTYPE release does not make a part eligible for installation' }),
    ]);
  });

  it('an FAA 8130-3 releases new parts; a used part needs a dual release naming the EASA approval, else quarantine', () => {
    const single: ReleaseDocument = { ...form1, kind: 'faa-8130-3' };
    spec.when(receiveCommand({ releaseDocument: single })).then([
      received({ releaseDocument: single }),
      quarantined({
        code: 'release-document-not-acceptable',
        detail: "a used part on a FAA 8130-3 needs a dual release naming the repair station's EASA approval",
      }),
    ]);
    const newPart: ReleaseDocument = { ...form1, kind: 'faa-8130-3', block11Status: 'NEW' };
    spec.when(receiveCommand({ releaseDocument: newPart })).then([received({ releaseDocument: newPart }), accepted]);
    const dual: ReleaseDocument = { ...form1, kind: 'faa-8130-3', easaDualReleaseReference: 'EASA.145.7788' };
    spec.when(receiveCommand({ releaseDocument: dual })).then([received({ releaseDocument: dual }), accepted]);
  });

  it('a certificate of conformity is enough for standard parts, consumables and raw material only', () => {
    const coc: ReleaseDocument = { ...sealantCoc, partNumber: '4202435-01', serialOrBatchNumber: 'SN1234' };
    spec.when(receiveCommand({ releaseDocument: coc })).then([
      received({ releaseDocument: coc }),
      quarantined({
        code: 'release-document-not-acceptable',
        detail: 'a certificate of conformity is acceptable for standard parts, consumables and raw material, not for a rotable',
      }),
    ]);
    spec
      .when(
        receiveCommand({
          part: sealant,
          scanned: { partNumber: 'PR 1422 B2', batchNumber: 'B-77' },
          quantity: 10,
          releaseDocument: sealantCoc,
          shelfLife: { expiresOn: '2026-12-31', source: 'label' },
        }),
      )
      .then([
        { ...sealantBatch[0], data: { ...(sealantBatch[0] as ItemReceived).data, partNumberAsReceived: 'PR 1422 B2' } } as ItemEvent,
        sealantBatch[1],
      ]);
  });

  it('part or serial number differing from the document → quarantine plus a nonconformity', () => {
    spec.when(receiveCommand({ scanned: { partNumber: '4202435-01', serialNumber: 'SN1243' } })).then([
      received({ serialNumber: 'SN1243' }),
      { type: 'stock.NonconformityRaised', data: { ...ids, sequence: 1, kind: 'serial-number-mismatch', expected: 'SN1234', found: 'SN1243', raisedAt: at } },
      quarantined({ code: 'serial-number-mismatch', detail: 'expected SN1234, found SN1243' }),
    ]);
  });

  it('a part number that is neither the catalogue one nor an interchangeable → quarantine plus a nonconformity', () => {
    const document = { ...form1, partNumber: '4202435-09' };
    spec.when(receiveCommand({ scanned: { partNumber: '4202435-09', serialNumber: 'SN1234' }, releaseDocument: document })).then([
      received({ partNumberAsReceived: '4202435-09', releaseDocument: document }),
      {
        type: 'stock.NonconformityRaised',
        data: { ...ids, sequence: 1, kind: 'part-number-not-catalogued', expected: '4202435-01', found: '4202435-09', raisedAt: at },
      },
      quarantined({ code: 'part-number-not-catalogued', detail: 'expected 4202435-01, found 4202435-09' }),
    ]);
  });

  it('an interchangeable part number is received under its catalogue part', () => {
    const document = { ...form1, partNumber: '4202435-02' };
    spec
      .when(receiveCommand({ scanned: { partNumber: '4202435.02', serialNumber: 'sn 1234' }, releaseDocument: document }))
      .then([received({ partNumberAsReceived: '4202435.02', serialNumber: 'sn 1234', releaseDocument: document }), accepted]);
  });

  it('a serial-tracked part needs its serial number and is one unit (stock.serial-number-required, stock.serial-item-quantity-one)', () => {
    spec.when(receiveCommand({ scanned: { partNumber: '4202435-01' } })).thenThrows(stockRules.serialNumberRequired);
    spec.when(receiveCommand({ quantity: 2 })).thenThrows(stockRules.serialItemQuantityOne);
    spec.when(receiveCommand({ quantity: 0.5 })).thenThrows(stockRules.serialItemQuantityOne);
  });

  it('a batch-tracked part needs its batch number (stock.batch-number-required)', () => {
    spec
      .when(
        receiveCommand({
          part: sealant,
          scanned: { partNumber: 'PR-1422B2' },
          releaseDocument: sealantCoc,
          shelfLife: { expiresOn: '2026-12-31', source: 'label' },
        }),
      )
      .thenThrows(stockRules.batchNumberRequired);
  });

  it('a shelf-life part needs its expiry at receipt (stock.shelf-life-expiry-required)', () => {
    spec
      .when(receiveCommand({ part: sealant, scanned: { partNumber: 'PR-1422B2', batchNumber: 'B-77' }, quantity: 10, releaseDocument: sealantCoc }))
      .thenThrows(stockRules.shelfLifeExpiryRequired);
  });

  it('an item already expired at receipt → quarantine', () => {
    const command = receiveCommand({
      part: sealant,
      scanned: { partNumber: 'PR-1422B2', batchNumber: 'B-77' },
      quantity: 10,
      releaseDocument: sealantCoc,
      shelfLife: { expiresOn: '2026-11-27', source: 'label' },
    });
    spec.when(command).then([
      { ...sealantBatch[0], data: { ...(sealantBatch[0] as ItemReceived).data, shelfLife: { expiresOn: '2026-11-27', source: 'label' } } } as ItemEvent,
      { type: 'stock.ItemQuarantined', data: { ...sealantIds, reasons: [{ code: 'shelf-life-expired', detail: 'expired on 2026-11-27' }], quarantinedAt: at } },
    ]);
  });

  it('a life-limited part without its times since new → quarantine', () => {
    const llp: PartFacts = { ...starterGenerator, partClass: 'repairable', lifeLimited: true };
    spec
      .when(receiveCommand({ part: llp }))
      .then([received({ partClass: 'repairable', lifeLimited: true }), quarantined({ code: 'llp-times-missing' })]);
    spec
      .when(receiveCommand({ part: llp, lifeTimes: llpTimes }))
      .then([received({ partClass: 'repairable', lifeLimited: true, lifeTimes: llpTimes }), accepted]);
  });

  it('life times must be consistent and point to the back-to-birth records (stock.llp-times-invalid)', () => {
    spec.when(receiveCommand({ lifeTimes: { ...llpTimes, tsoHours: 2000 } })).thenThrows(stockRules.llpTimesInvalid);
    spec.when(receiveCommand({ lifeTimes: { ...llpTimes, recordsRef: '' } })).thenThrows(stockRules.llpTimesInvalid);
  });

  it('an item is received once (stock.item-already-received)', () => {
    spec.given(serviceable).when(receiveCommand()).thenThrows(stockRules.itemAlreadyReceived);
  });

  it('commands on an item never received are NotFound', () => {
    expect(() => itemDecider.decide({ type: 'QuarantineExpiredItem', itemId, at }, itemDecider.initialState())).toThrow(NotFound);
  });
});

describe('stock item: quality decides a quarantine (DOMAIN rule 3)', () => {
  const withDocument: ItemEvent[] = [
    ...inQuarantine,
    { type: 'stock.ReleaseDocumentAttached', data: { ...ids, releaseDocument: form1, attachedAt: at } },
  ];

  it('only the quality role decides a quarantine (stock.quality-role-required); admin passes', () => {
    spec.given(withDocument).when({ type: 'AcceptItem', itemId, reason: 'Form 1 received', actorRoles: storekeeper, at }).thenThrows(stockRules.qualityRoleRequired);
    spec
      .given(withDocument)
      .when({ type: 'RejectItem', itemId, tag: { reason: 'x', defects: 'y', accidentOrIncident: false }, actorRoles: storekeeper, at })
      .thenThrows(stockRules.qualityRoleRequired);
    spec
      .given(withDocument)
      .when({ type: 'DeclareItemUnsalvageable', itemId, reason: 'x', actorRoles: ['technician'], at })
      .thenThrows(stockRules.qualityRoleRequired);
    spec.given(withDocument).when({ type: 'AcceptItem', itemId, reason: 'Form 1 received', actorRoles: ['admin'], at }).then([
      { type: 'stock.ItemAccepted', data: { ...ids, basis: 'quality-decision', reason: 'Form 1 received', acceptedAt: at } },
    ]);
  });

  it('a quality decision always has a reason (stock.reason-required)', () => {
    spec.given(withDocument).when({ type: 'AcceptItem', itemId, reason: ' ', actorRoles: quality, at }).thenThrows(stockRules.reasonRequired);
  });

  it('accept → serviceable, once an accepted release document is attached', () => {
    spec.given(withDocument).when({ type: 'AcceptItem', itemId, reason: 'Form 1 received from supplier', actorRoles: quality, at }).then([
      { type: 'stock.ItemAccepted', data: { ...ids, basis: 'quality-decision', reason: 'Form 1 received from supplier', acceptedAt: at } },
    ]);
  });

  it('no acceptable release document: quality cannot accept (stock.no-acceptable-release-document)', () => {
    spec
      .given(inQuarantine)
      .when({ type: 'AcceptItem', itemId, reason: 'looks fine', actorRoles: quality, at })
      .thenThrows(stockRules.noAcceptableReleaseDocument, { findings: [{ code: 'no-release-document' }] });
  });

  it('an attached document that does not match the item raises a nonconformity; quality may still accept it with a reason', () => {
    const otherSerial = { ...form1, serialOrBatchNumber: 'SN9999' };
    spec.given(inQuarantine).when({ type: 'AttachReleaseDocument', itemId, releaseDocument: otherSerial, at }).then([
      { type: 'stock.ReleaseDocumentAttached', data: { ...ids, releaseDocument: otherSerial, attachedAt: at } },
      { type: 'stock.NonconformityRaised', data: { ...ids, sequence: 1, kind: 'serial-number-mismatch', expected: 'SN9999', found: 'SN1234', raisedAt: at } },
    ]);
    spec
      .given([
        ...inQuarantine,
        { type: 'stock.ReleaseDocumentAttached', data: { ...ids, releaseDocument: otherSerial, attachedAt: at } },
        { type: 'stock.NonconformityRaised', data: { ...ids, sequence: 1, kind: 'serial-number-mismatch', expected: 'SN9999', found: 'SN1234', raisedAt: at } },
      ])
      .when({ type: 'AcceptItem', itemId, reason: 'Typo on the Form 1, confirmed by the issuer (letter 2026-77)', actorRoles: quality, at })
      .then([
        {
          type: 'stock.ItemAccepted',
          data: { ...ids, basis: 'quality-decision', reason: 'Typo on the Form 1, confirmed by the issuer (letter 2026-77)', acceptedAt: at },
        },
      ]);
  });

  it('reject → unserviceable with its tag data (stock.unserviceable-tag-incomplete)', () => {
    const tag = { reason: 'Failed receiving test', defects: 'No output above 20 V', hours: 1520, accidentOrIncident: false };
    spec.given(withDocument).when({ type: 'RejectItem', itemId, tag, actorRoles: quality, at }).then([
      { type: 'stock.ItemRejected', data: { ...ids, tag: { ...tag, cycles: undefined }, rejectedAt: at } },
    ]);
    spec
      .given(withDocument)
      .when({ type: 'RejectItem', itemId, tag: { ...tag, defects: '' }, actorRoles: quality, at })
      .thenThrows(stockRules.unserviceableTagIncomplete, { fields: ['defects'] });
  });

  it('unsalvageable → scrapped, with the mutilation method', () => {
    spec.given(inQuarantine).when({ type: 'DeclareItemUnsalvageable', itemId, reason: 'Housing cracked', actorRoles: quality, at }).then([
      { type: 'stock.ItemDeclaredUnsalvageable', data: { ...ids, reason: 'Housing cracked', declaredAt: at } },
    ]);
    const unsalvageable: ItemEvent[] = [...inQuarantine, { type: 'stock.ItemDeclaredUnsalvageable', data: { ...ids, reason: 'Housing cracked', declaredAt: at } }];
    spec.given(unsalvageable).when({ type: 'ScrapItem', itemId, method: 'Cut through the mounting flange', at }).then([
      { type: 'stock.ItemScrapped', data: { ...ids, quantity: 1, unit: 'EA', method: 'Cut through the mounting flange', scrappedAt: at } },
    ]);
    spec.given(unsalvageable).when({ type: 'ScrapItem', itemId, method: '', at }).thenThrows(stockRules.reasonRequired);
  });

  it('the state machine allows no shortcut (stock.item-not-in-quarantine, stock.condition-transition-not-allowed)', () => {
    spec.given(serviceable).when({ type: 'AcceptItem', itemId, reason: 'x', actorRoles: quality, at }).thenThrows(stockRules.itemNotInQuarantine);
    spec.given(serviceable).when({ type: 'ScrapItem', itemId, method: 'x', at }).thenThrows(stockRules.conditionTransitionNotAllowed, {
      from: 'SERVICEABLE',
      to: 'SCRAPPED',
    });
    spec.given(serviceable).when({ type: 'SendItemToRepair', itemId, repairOrderRef: 'RO-1', at }).thenThrows(stockRules.conditionTransitionNotAllowed);
  });

  it('unserviceable → in repair → serviceable on an accepted release that matches the item', () => {
    const tag = { reason: 'Failed test', defects: 'No output', accidentOrIncident: false };
    const unserviceable: ItemEvent[] = [...inQuarantine, { type: 'stock.ItemRejected', data: { ...ids, tag, rejectedAt: at } }];
    spec.given(unserviceable).when({ type: 'SendItemToRepair', itemId, repairOrderRef: 'RO-77', at }).then([
      { type: 'stock.ItemSentToRepair', data: { ...ids, repairOrderRef: 'RO-77', quantity: 1, unit: 'EA', sentAt: at } },
    ]);
    const inRepair: ItemEvent[] = [
      ...unserviceable,
      { type: 'stock.ItemSentToRepair', data: { ...ids, repairOrderRef: 'RO-77', quantity: 1, unit: 'EA', sentAt: at } },
    ];
    const repaired = { ...form1, trackingNumber: 'F1-2026-0100', block11Status: 'REPAIRED' as const };
    const returned = (releaseDocument?: ReleaseDocument): ItemEvent => ({
      type: 'stock.ItemReturnedFromRepair',
      data: { ...ids, repairOrderRef: 'RO-77', locationCode: 'A2', quantity: 1, unit: 'EA', partNumberAsReturned: '4202435-01', releaseDocument, returnedAt: at },
    });
    const scanned = { partNumber: '4202435-01', serialNumber: 'SN1234' };
    spec
      .given(inRepair)
      .when({ type: 'ReturnItemFromRepair', itemId, locationCode: 'A2', scanned, releaseDocument: repaired, at })
      .then([returned(repaired), accepted]);
    spec
      .given(inRepair)
      .when({ type: 'ReturnItemFromRepair', itemId, locationCode: 'A2', scanned, at })
      .then([returned(undefined), quarantined({ code: 'no-release-document' })]);
  });
});

describe('stock item: issue to a work order (DOMAIN rules 3, 4, 5)', () => {
  it('issues a serviceable item, tracing part number, serial and certificate', () => {
    spec.given(serviceable).when({ type: 'IssueItem', itemId, workOrderRef: 'WO-42', locationCode: 'A1', quantity: 1, at }).then([
      {
        type: 'stock.ItemIssued',
        data: {
          ...ids,
          partNumber: '4202435-01',
          serialNumber: 'SN1234',
          batchNumber: undefined,
          releaseTrackingNumber: 'F1-2026-0042',
          workOrderRef: 'WO-42',
          locationCode: 'A1',
          quantity: 1,
          unit: 'EA',
          fromReservation: 0,
          issuedAt: at,
        },
      },
    ]);
  });

  it('only serviceable items can be issued to a work order (stock.item-not-serviceable)', () => {
    spec
      .given(inQuarantine)
      .when({ type: 'IssueItem', itemId, workOrderRef: 'WO-42', locationCode: 'A1', quantity: 1, at })
      .thenThrows(stockRules.itemNotServiceable, { status: 'QUARANTINE' });
  });

  it('an expired item cannot be issued, even before the daily job has quarantined it (stock.item-expired)', () => {
    // 22:30 UTC on 31 December is already 1 January in Paris.
    spec
      .given(sealantBatch)
      .when({ type: 'IssueItem', itemId, workOrderRef: 'WO-42', locationCode: 'A1', quantity: 1, at: '2026-12-31T23:30:00.000Z' })
      .thenThrows(stockRules.itemExpired, { expiresOn: '2026-12-31' });
    spec
      .given(sealantBatch)
      .when({ type: 'IssueItem', itemId, workOrderRef: 'WO-42', locationCode: 'A1', quantity: 1, at: '2026-12-31T20:00:00.000Z' })
      .then([
        {
          type: 'stock.ItemIssued',
          data: {
            ...sealantIds,
            partNumber: 'PR-1422B2',
            serialNumber: undefined,
            batchNumber: 'B-77',
            releaseTrackingNumber: 'COC-88172',
            workOrderRef: 'WO-42',
            locationCode: 'A1',
            quantity: 1,
            unit: 'EA',
            fromReservation: 0,
            issuedAt: '2026-12-31T20:00:00.000Z',
          },
        },
      ]);
  });

  it('life-limited parts need their times and cycles since new to be accepted or issued (stock.llp-times-required)', () => {
    const llpInQuarantine: ItemEvent[] = [received({ lifeLimited: true }), quarantined({ code: 'llp-times-missing' })];
    spec.given(llpInQuarantine).when({ type: 'AcceptItem', itemId, reason: 'checked', actorRoles: quality, at }).thenThrows(stockRules.llpTimesRequired);
    spec
      .given([received({ lifeLimited: true }), accepted])
      .when({ type: 'IssueItem', itemId, workOrderRef: 'WO-42', locationCode: 'A1', quantity: 1, at })
      .thenThrows(stockRules.llpTimesRequired);
    spec
      .given([...llpInQuarantine, { type: 'stock.ItemLifeTimesRecorded', data: { ...ids, lifeTimes: llpTimes, recordedAt: at } }])
      .when({ type: 'AcceptItem', itemId, reason: 'back-to-birth records found', actorRoles: quality, at })
      .then([{ type: 'stock.ItemAccepted', data: { ...ids, basis: 'quality-decision', reason: 'back-to-birth records found', acceptedAt: at } }]);
  });

  it('cannot issue more than is on hand at that location (stock.insufficient-stock)', () => {
    spec
      .given(sealantBatch)
      .when({ type: 'IssueItem', itemId, workOrderRef: 'WO-42', locationCode: 'B2', quantity: 1, at })
      .thenThrows(stockRules.insufficientStock, { onHand: 0 });
  });
});

describe('stock item: reservations', () => {
  it('reserves serviceable stock for a work order', () => {
    spec.given(sealantBatch).when({ type: 'ReserveItem', itemId, workOrderRef: 'WO-1', quantity: 8, at }).then([reservedFor('WO-1', 8)]);
  });

  it('reserved stock cannot be issued elsewhere (stock.item-reserved-elsewhere)', () => {
    const reserved = [...sealantBatch, reservedFor('WO-1', 8)];
    spec
      .given(reserved)
      .when({ type: 'IssueItem', itemId, workOrderRef: 'WO-2', locationCode: 'A1', quantity: 3, at })
      .thenThrows(stockRules.itemReservedElsewhere, { available: 2, reservedFor: ['WO-1'] });
    spec
      .given(reserved)
      .when({ type: 'ReserveItem', itemId, workOrderRef: 'WO-2', quantity: 3, at })
      .thenThrows(stockRules.itemReservedElsewhere, { available: 2 });
    spec.given(reserved).when({ type: 'IssueItem', itemId, workOrderRef: 'WO-1', locationCode: 'A1', quantity: 5, at }).then([
      {
        type: 'stock.ItemIssued',
        data: {
          ...sealantIds,
          partNumber: 'PR-1422B2',
          serialNumber: undefined,
          batchNumber: 'B-77',
          releaseTrackingNumber: 'COC-88172',
          workOrderRef: 'WO-1',
          locationCode: 'A1',
          quantity: 5,
          unit: 'EA',
          fromReservation: 5,
          issuedAt: at,
        },
      },
    ]);
  });

  it('releasing a reservation frees the stock; releasing none records nothing', () => {
    spec.given([...sealantBatch, reservedFor('WO-1', 8)]).when({ type: 'ReleaseItemReservation', itemId, workOrderRef: 'WO-1', reason: 'WO cancelled', at }).then([
      { type: 'stock.ItemReservationReleased', data: { ...sealantIds, workOrderRef: 'WO-1', quantity: 8, unit: 'EA', reason: 'WO cancelled', releasedAt: at } },
    ]);
    spec.given(sealantBatch).when({ type: 'ReleaseItemReservation', itemId, workOrderRef: 'WO-1', at }).thenNothingHappens();
  });
});

describe('stock item: shelf life (DOMAIN rule 4)', () => {
  it('the daily job moves expired items to quarantine, and only them', () => {
    spec.given(sealantBatch).when({ type: 'QuarantineExpiredItem', itemId, at: '2027-01-01T06:00:00.000Z' }).then([
      {
        type: 'stock.ItemQuarantined',
        data: { ...sealantIds, reasons: [{ code: 'shelf-life-expired', detail: 'expired on 2026-12-31' }], quarantinedAt: '2027-01-01T06:00:00.000Z' },
      },
    ]);
    spec.given(sealantBatch).when({ type: 'QuarantineExpiredItem', itemId, at: '2026-12-31T06:00:00.000Z' }).thenNothingHappens();
    spec.given(serviceable).when({ type: 'QuarantineExpiredItem', itemId, at: '2030-01-01T06:00:00.000Z' }).thenNothingHappens();
  });

  it('warns N days ahead of the expiry, once per expiry date', () => {
    const warning: ItemEvent = {
      type: 'stock.ItemShelfLifeExpiring',
      data: { ...sealantIds, expiresOn: '2026-12-31', daysLeft: 10, warnedAt: '2026-12-21T06:00:00.000Z' },
    };
    spec.given(sealantBatch).when({ type: 'WarnOfShelfLifeExpiry', itemId, warningDays: 14, at: '2026-12-21T06:00:00.000Z' }).then([warning]);
    spec.given([...sealantBatch, warning]).when({ type: 'WarnOfShelfLifeExpiry', itemId, warningDays: 14, at: '2026-12-22T06:00:00.000Z' }).thenNothingHappens();
    spec.given(sealantBatch).when({ type: 'WarnOfShelfLifeExpiry', itemId, warningDays: 14, at: '2026-12-01T06:00:00.000Z' }).thenNothingHappens();
  });

  it('extending a shelf life needs a manufacturer document reference (stock.shelf-life-extension-needs-document)', () => {
    spec
      .given(sealantBatch)
      .when({ type: 'ExtendShelfLife', itemId, expiresOn: '2027-06-30', manufacturerDocumentRef: ' ', actorRoles: quality, at })
      .thenThrows(stockRules.shelfLifeExtensionNeedsDocument);
    spec
      .given(sealantBatch)
      .when({ type: 'ExtendShelfLife', itemId, expiresOn: '2027-06-30', manufacturerDocumentRef: 'PPG letter 2026-114', actorRoles: quality, at })
      .then([
        {
          type: 'stock.ItemShelfLifeExtended',
          data: {
            ...sealantIds,
            previousExpiresOn: '2026-12-31',
            expiresOn: '2027-06-30',
            manufacturerDocumentRef: 'PPG letter 2026-114',
            reason: undefined,
            extendedAt: at,
          },
        },
      ]);
  });

  it('an extension is decided by quality, moves the date later, and applies only to shelf-life items', () => {
    const extend = { type: 'ExtendShelfLife' as const, itemId, expiresOn: '2027-06-30', manufacturerDocumentRef: 'PPG letter', at };
    spec.given(sealantBatch).when({ ...extend, actorRoles: storekeeper }).thenThrows(stockRules.qualityRoleRequired);
    spec.given(sealantBatch).when({ ...extend, expiresOn: '2026-12-01', actorRoles: quality }).thenThrows(stockRules.shelfLifeExtensionNotLater);
    spec.given(serviceable).when({ ...extend, actorRoles: quality }).thenThrows(stockRules.itemHasNoShelfLife);
  });
});

describe('stock item: movements', () => {
  const issuedToWo42: ItemEvent = {
    type: 'stock.ItemIssued',
    data: {
      ...ids,
      partNumber: '4202435-01',
      serialNumber: 'SN1234',
      releaseTrackingNumber: 'F1-2026-0042',
      workOrderRef: 'WO-42',
      locationCode: 'A1',
      quantity: 1,
      unit: 'EA',
      fromReservation: 0,
      issuedAt: at,
    },
  };

  it('an unused return from a work order goes back into stock in its condition', () => {
    spec
      .given([...serviceable, issuedToWo42])
      .when({ type: 'ReturnItemFromWorkOrder', itemId, workOrderRef: 'WO-42', locationCode: 'A1', quantity: 1, unused: true, at })
      .then([
        {
          type: 'stock.ItemReturnedFromWorkOrder',
          data: { ...ids, workOrderRef: 'WO-42', locationCode: 'A1', quantity: 1, unit: 'EA', unused: true, reason: undefined, returnedAt: at },
        },
      ]);
  });

  it('any other return from a work order goes to quarantine, with a reason', () => {
    const given = [...serviceable, issuedToWo42];
    const back = { type: 'ReturnItemFromWorkOrder' as const, itemId, workOrderRef: 'WO-42', locationCode: 'Q1', quantity: 1, unused: false, at };
    spec.given(given).when(back).thenThrows(stockRules.reasonRequired);
    spec.given(given).when({ ...back, reason: 'Dropped on the hangar floor' }).then([
      {
        type: 'stock.ItemReturnedFromWorkOrder',
        data: { ...ids, workOrderRef: 'WO-42', locationCode: 'Q1', quantity: 1, unit: 'EA', unused: false, reason: 'Dropped on the hangar floor', returnedAt: at },
      },
      quarantined({ code: 'returned-from-work-order', detail: 'Dropped on the hangar floor' }),
    ]);
  });

  it('cannot return more than went to that work order (stock.return-exceeds-issued)', () => {
    spec
      .given([...serviceable, issuedToWo42])
      .when({ type: 'ReturnItemFromWorkOrder', itemId, workOrderRef: 'WO-43', locationCode: 'A1', quantity: 1, unused: true, at })
      .thenThrows(stockRules.returnExceedsIssued, { issued: 0 });
  });

  it('transfers between locations what is there (stock.transfer-to-same-location, stock.insufficient-stock)', () => {
    spec.given(serviceable).when({ type: 'TransferItem', itemId, fromLocationCode: 'A1', toLocationCode: 'B2', quantity: 1, at }).then([
      { type: 'stock.ItemTransferred', data: { ...ids, fromLocationCode: 'A1', toLocationCode: 'B2', quantity: 1, unit: 'EA', transferredAt: at } },
    ]);
    const move = (fromLocationCode: string, toLocationCode: string) =>
      spec.given(serviceable).when({ type: 'TransferItem', itemId, fromLocationCode, toLocationCode, quantity: 1, at });
    move('A1', 'A1').thenThrows(stockRules.transferToSameLocation);
    move('B2', 'A1').thenThrows(stockRules.insufficientStock);
  });

  it('adjustments are the storekeeper’s, with a reason, and apply once per count session', () => {
    const adjust = { type: 'AdjustItemQuantity' as const, itemId, locationCode: 'A1', quantityDelta: -2, reason: 'Cycle count', countSessionId: 'CS-1', at };
    const adjusted: ItemEvent = {
      type: 'stock.ItemQuantityAdjusted',
      data: { ...sealantIds, locationCode: 'A1', quantityDelta: -2, unit: 'EA', reason: 'Cycle count', countSessionId: 'CS-1', adjustedAt: at },
    };
    spec.given(sealantBatch).when({ ...adjust, actorRoles: quality }).thenThrows(stockRules.storekeeperRoleRequired);
    spec.given(sealantBatch).when({ ...adjust, reason: '', actorRoles: storekeeper }).thenThrows(stockRules.reasonRequired);
    spec.given(sealantBatch).when({ ...adjust, quantityDelta: -11, actorRoles: storekeeper }).thenThrows(stockRules.negativeStock);
    spec.given(sealantBatch).when({ ...adjust, actorRoles: storekeeper }).then([adjusted]);
    spec.given([...sealantBatch, adjusted]).when({ ...adjust, actorRoles: storekeeper }).thenNothingHappens();
    spec.given(serviceable).when({ ...adjust, quantityDelta: 1, actorRoles: storekeeper }).thenThrows(stockRules.serialItemQuantityOne);
  });

  it('staff may hold a serviceable item in quarantine, with a reason', () => {
    spec.given(serviceable).when({ type: 'QuarantineItem', itemId, reason: 'Packaging damaged', at }).then([
      quarantined({ code: 'held-for-inspection', detail: 'Packaging damaged' }),
    ]);
    spec.given(inQuarantine).when({ type: 'QuarantineItem', itemId, reason: 'Packaging damaged', at }).thenNothingHappens();
  });
});

describe('stock item: suspected unapproved parts (DOMAIN rule 7)', () => {
  const reported: ItemEvent = {
    type: 'stock.SuspectedUnapprovedPartReported',
    data: {
      ...ids,
      partNumber: '4202435-01',
      serialNumber: 'SN1234',
      releaseTrackingNumber: 'F1-2026-0042',
      reason: 'Form 1 tracking number unknown to the issuer',
      reportedAt: at,
    },
  };

  it('a suspected unapproved part is blocked and reported', () => {
    spec.given(serviceable).when({ type: 'ReportSuspectedUnapprovedPart', itemId, reason: 'Form 1 tracking number unknown to the issuer', at }).then([
      reported,
      quarantined({ code: 'suspected-unapproved-part', detail: 'Form 1 tracking number unknown to the issuer' }),
    ]);
    const blocked = [...serviceable, reported, quarantined({ code: 'suspected-unapproved-part' })];
    spec.given(blocked).when({ type: 'AcceptItem', itemId, reason: 'looks genuine', actorRoles: quality, at }).thenThrows(stockRules.suspectedUnapprovedPart);
  });
});
