import { NotFound } from '@repaero/event-sourcing';
import { deciderSpec } from '@repaero/event-store-testing/decider.specification';
import { stockRules } from '../stock-rules';
import type { CountSessionEvent, ExpectedCountLine } from './events';
import { countSessionDecider } from './count-session.decider';

const sessionId = 'CS-2026-0007';
const at = '2026-11-28T16:00:00.000Z';
const storekeeper = ['storekeeper'];

const starter: ExpectedCountLine = { itemId: 'item-1', partId: 'part-1', partNumber: '4202435-01', serialNumber: 'SN1234', expectedQuantity: 1, unit: 'EA' };
const sealant: ExpectedCountLine = { itemId: 'item-2', partId: 'part-2', partNumber: 'PR-1422B2', batchNumber: 'B-77', expectedQuantity: 10, unit: 'EA' };
const opened: CountSessionEvent = { type: 'stock.CountSessionOpened', data: { sessionId, locationCode: 'A1', lines: [starter, sealant], openedAt: at } };
const counted = (line: ExpectedCountLine, countedQuantity: number): CountSessionEvent => ({
  type: 'stock.ItemCounted',
  data: { sessionId, itemId: line.itemId, partId: line.partId, countedQuantity, unit: line.unit, countedAt: at },
});

const spec = deciderSpec(countSessionDecider);

describe('cycle count session', () => {
  it('only storekeepers run a count (stock.storekeeper-role-required); admin passes', () => {
    spec
      .when({ type: 'OpenCountSession', sessionId, locationCode: 'A1', lines: [starter, sealant], actorRoles: ['technician'], at })
      .thenThrows(stockRules.storekeeperRoleRequired);
    spec.when({ type: 'OpenCountSession', sessionId, locationCode: 'A1', lines: [starter, sealant], actorRoles: ['admin'], at }).then([opened]);
  });

  it('opens with the expected lines for a location, each item once (stock.count-line-duplicated)', () => {
    spec.when({ type: 'OpenCountSession', sessionId, locationCode: 'A1', lines: [starter, sealant], actorRoles: storekeeper, at }).then([opened]);
    spec
      .when({ type: 'OpenCountSession', sessionId, locationCode: 'A1', lines: [starter, starter], actorRoles: storekeeper, at })
      .thenThrows(stockRules.countLineDuplicated, { itemIds: ['item-1'] });
    spec
      .given([opened])
      .when({ type: 'OpenCountSession', sessionId, locationCode: 'A1', lines: [starter], actorRoles: storekeeper, at })
      .thenThrows(stockRules.countSessionAlreadyOpened);
  });

  it('records counted lines; a recount replaces the count, the same count again records nothing', () => {
    spec
      .given([opened])
      .when({
        type: 'RecordCount',
        sessionId,
        lines: [
          { itemId: 'item-1', countedQuantity: 1 },
          { itemId: 'item-2', countedQuantity: 7 },
        ],
        actorRoles: storekeeper,
        at,
      })
      .then([counted(starter, 1), counted(sealant, 7)]);
    spec
      .given([opened, counted(sealant, 7)])
      .when({ type: 'RecordCount', sessionId, lines: [{ itemId: 'item-2', countedQuantity: 7 }], actorRoles: storekeeper, at })
      .thenNothingHappens();
  });

  it('counts only what the session expects (stock.count-line-not-expected), and plausible quantities', () => {
    const record = (itemId: string, countedQuantity: number) =>
      spec.given([opened]).when({ type: 'RecordCount', sessionId, lines: [{ itemId, countedQuantity }], actorRoles: storekeeper, at });
    record('item-9', 1).thenThrows(stockRules.countLineNotExpected, { itemIds: ['item-9'] });
    record('item-2', -1).thenThrows(stockRules.countQuantityNegative);
    record('item-1', 2).thenThrows(stockRules.serialItemQuantityOne);
  });

  it('closes with an adjustment, with its reason, for every difference between expected and counted', () => {
    spec
      .given([opened, counted(starter, 1), counted(sealant, 7)])
      .when({ type: 'CloseCountSession', sessionId, reasons: { 'item-2': ' 3 cartridges used on WO-40 without an issue ' }, actorRoles: storekeeper, at })
      .then([
        {
          type: 'stock.CountSessionClosed',
          data: {
            sessionId,
            locationCode: 'A1',
            adjustments: [
              {
                itemId: 'item-2',
                partId: 'part-2',
                expectedQuantity: 10,
                countedQuantity: 7,
                quantityDelta: -3,
                unit: 'EA',
                reason: '3 cartridges used on WO-40 without an issue',
              },
            ],
            closedAt: at,
          },
        },
      ]);
  });

  it('every difference needs a reason (stock.reason-required)', () => {
    spec
      .given([opened, counted(starter, 0), counted(sealant, 10)])
      .when({ type: 'CloseCountSession', sessionId, reasons: {}, actorRoles: storekeeper, at })
      .thenThrows(stockRules.reasonRequired, { itemIds: ['item-1'] });
  });

  it('every expected line is counted before closing (stock.count-incomplete)', () => {
    spec
      .given([opened, counted(starter, 1)])
      .when({ type: 'CloseCountSession', sessionId, reasons: {}, actorRoles: storekeeper, at })
      .thenThrows(stockRules.countIncomplete, { itemIds: ['item-2'] });
  });

  it('a closed or cancelled session takes no more counts (stock.count-session-not-open)', () => {
    const closed: CountSessionEvent = { type: 'stock.CountSessionClosed', data: { sessionId, locationCode: 'A1', adjustments: [], closedAt: at } };
    spec
      .given([opened, counted(starter, 1), counted(sealant, 10), closed])
      .when({ type: 'RecordCount', sessionId, lines: [{ itemId: 'item-1', countedQuantity: 0 }], actorRoles: storekeeper, at })
      .thenThrows(stockRules.countSessionNotOpen, { status: 'closed' });
    spec.given([opened]).when({ type: 'CancelCountSession', sessionId, reason: 'Location frozen for audit', actorRoles: storekeeper, at }).then([
      { type: 'stock.CountSessionCancelled', data: { sessionId, reason: 'Location frozen for audit', cancelledAt: at } },
    ]);
    spec.given([opened]).when({ type: 'CancelCountSession', sessionId, reason: '', actorRoles: storekeeper, at }).thenThrows(stockRules.reasonRequired);
  });

  it('a session never opened is NotFound', () => {
    expect(() =>
      countSessionDecider.decide({ type: 'CloseCountSession', sessionId, reasons: {}, actorRoles: storekeeper, at }, countSessionDecider.initialState()),
    ).toThrow(NotFound);
  });
});
