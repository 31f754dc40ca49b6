import { NotFound } from '@repaero/event-sourcing';
import { deciderSpec } from '@repaero/event-store-testing/decider.specification';
import { stockRules } from '../stock-rules';
import type { ItemReceived } from './events';
import type { LegacyRecordImported, RecordLegacyImport } from './legacy-record';
import { itemDecider } from './item.decider';

const itemId = '0193a1b2-0000-7000-8000-0000000000aa';
const at = '2026-11-28T09:00:00.000Z';
const fileSha256 = 'a'.repeat(64);
const received: ItemReceived = {
  type: 'stock.ItemReceived',
  data: {
    itemId,
    partId: 'p-1',
    partNumber: 'PR1422B2',
    partNumberAsReceived: 'PR1422B2',
    partClass: 'consumable',
    tracking: 'none',
    shelfLifeLimited: true,
    lifeLimited: false,
    quantity: 3,
    unit: 'EA',
    locationCode: 'C-FRIGO',
    shelfLife: { expiresOn: '2025-12-31', source: 'label' },
    receivedAt: at,
  },
};
const record: RecordLegacyImport = {
  type: 'RecordLegacyImport',
  itemId,
  source: 'stock-sheet:stock.xlsx#Stock',
  sourceKey: 'pn=PR1422B2|loc=C-FRIGO|sn=|lot=',
  fileSha256,
  row: 6,
  raw: { 'P/N': 'PR1422B2', Qté: '3' },
  at,
};
const recorded: LegacyRecordImported = {
  type: 'stock.LegacyRecordImported',
  data: {
    itemId,
    source: record.source,
    sourceKey: record.sourceKey,
    fileSha256,
    row: 6,
    raw: record.raw,
    importedAt: at,
  },
};

const spec = deciderSpec(itemDecider);

describe('stock.LegacyRecordImported: the legacy row of a migrated item', () => {
  it('records the row on a received item', () => {
    spec.given([received]).when(record).then([recorded]);
  });

  it('records the same row of the same file once', () => {
    spec.given([received, recorded]).when(record).thenNothingHappens();
  });

  it('records the row again when it comes from another file (a corrected sheet)', () => {
    const corrected = { ...record, fileSha256: 'b'.repeat(64), row: 7 };
    spec.given([received, recorded]).when(corrected).then([{ ...recorded, data: { ...recorded.data, fileSha256: 'b'.repeat(64), row: 7 } }]);
  });

  it('needs the item to be received first', () => {
    expect(() => itemDecider.decide(record, itemDecider.initialState())).toThrow(NotFound);
  });

  it('needs a source key', () => {
    spec.given([received]).when({ ...record, sourceKey: ' ' }).thenThrows(stockRules.legacySourceKeyRequired);
  });

  it('leaves the condition and quantities as they were', () => {
    const before = [received].reduce(itemDecider.evolve, itemDecider.initialState());
    const after = itemDecider.evolve(before, recorded);
    expect(after).toEqual({ ...before, legacyOrigins: [{ sourceKey: record.sourceKey, fileSha256 }] });
  });
});
