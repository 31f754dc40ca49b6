import { BusinessRuleViolation, NotFound, fold } from '@repaero/event-sourcing';
import type { PartCommand } from './commands';
import type { PartEvent } from './events';
import { partDecider, partRules } from './part.decider';

const partId = '0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a6978';
const at = '2026-11-28T09:00:00.000Z';
const registered: PartEvent = {
  type: 'stock.PartRegistered',
  data: { partId, partNumber: '4202435-01', manufacturer: '0CVA5', description: 'Starter generator', unit: 'EA', registeredAt: at },
};
const received = (locationCode: string, quantity: number): PartEvent => ({
  type: 'stock.PartReceived',
  data: { partId, locationCode, quantity, unit: 'EA', receivedAt: at },
});

function decide(given: PartEvent[], command: PartCommand): readonly PartEvent[] {
  return partDecider.decide(command, fold(partDecider, given));
}

function ruleOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof BusinessRuleViolation) return error.rule;
    throw error;
  }
  throw new Error('expected a business rule violation');
}

describe('part decider', () => {
  it('registers a new part', () => {
    const command: PartCommand = { type: 'RegisterPart', partId, partNumber: '4202435-01', manufacturer: '0CVA5', description: 'Starter generator', unit: 'EA', at };
    expect(decide([], command)).toEqual([registered]);
  });

  it('refuses to register the same part twice', () => {
    const command: PartCommand = { type: 'RegisterPart', partId, partNumber: '4202435-01', description: 'x', unit: 'EA', at };
    expect(ruleOf(() => decide([registered], command))).toBe(partRules.alreadyRegistered);
  });

  it('refuses movements on a part that was never registered', () => {
    expect(() => decide([], { type: 'ReceivePart', partId, locationCode: 'A1', quantity: 1, at })).toThrow(NotFound);
  });

  it('receives a positive quantity into a location, in the part unit', () => {
    expect(decide([registered], { type: 'ReceivePart', partId, locationCode: 'A1', quantity: 10, at })).toEqual([received('A1', 10)]);
  });

  it.each([0, -1])('refuses to receive %p', (quantity) => {
    expect(ruleOf(() => decide([registered], { type: 'ReceivePart', partId, locationCode: 'A1', quantity, at }))).toBe(
      partRules.quantityNotPositive,
    );
  });

  it('refuses quantities with more than three decimals', () => {
    expect(ruleOf(() => decide([registered], { type: 'ReceivePart', partId, locationCode: 'A1', quantity: 0.0001, at }))).toBe(
      partRules.quantityPrecision,
    );
  });

  it('issues what is on hand at that location to a work order', () => {
    const events = decide([registered, received('A1', 10)], { type: 'IssuePart', partId, locationCode: 'A1', quantity: 3, workOrderRef: 'WO-1', at });
    expect(events).toEqual([{ type: 'stock.PartIssued', data: { partId, locationCode: 'A1', quantity: 3, unit: 'EA', workOrderRef: 'WO-1', issuedAt: at } }]);
  });

  it('refuses to issue more than is on hand at that location', () => {
    const given = [registered, received('A1', 10), received('B2', 5)];
    const violation = () => decide(given, { type: 'IssuePart', partId, locationCode: 'B2', quantity: 8, workOrderRef: 'WO-1', at });
    expect(ruleOf(violation)).toBe(partRules.insufficientStock);
  });

  it('counts earlier issues and adjustments in what is on hand', () => {
    const given: PartEvent[] = [
      registered,
      received('A1', 10),
      { type: 'stock.PartIssued', data: { partId, locationCode: 'A1', quantity: 3, unit: 'EA', workOrderRef: 'WO-1', issuedAt: at } },
      { type: 'stock.StockAdjusted', data: { partId, locationCode: 'A1', quantityDelta: -2, unit: 'EA', reason: 'count', adjustedAt: at } },
    ];
    expect(fold(partDecider, given)).toMatchObject({ onHand: { A1: 5 } });
    expect(ruleOf(() => decide(given, { type: 'IssuePart', partId, locationCode: 'A1', quantity: 6, workOrderRef: 'WO-2', at }))).toBe(
      partRules.insufficientStock,
    );
  });

  it('adjusts with a reason, trimmed', () => {
    expect(decide([registered, received('A1', 1.5)], { type: 'AdjustStock', partId, locationCode: 'A1', quantityDelta: -0.25, reason: ' spill ', at })).toEqual([
      { type: 'stock.StockAdjusted', data: { partId, locationCode: 'A1', quantityDelta: -0.25, unit: 'EA', reason: 'spill', adjustedAt: at } },
    ]);
  });

  it('refuses an adjustment without a reason', () => {
    expect(ruleOf(() => decide([registered], { type: 'AdjustStock', partId, locationCode: 'A1', quantityDelta: 1, reason: '  ', at }))).toBe(
      partRules.reasonRequired,
    );
  });

  it('refuses an adjustment of zero', () => {
    expect(ruleOf(() => decide([registered], { type: 'AdjustStock', partId, locationCode: 'A1', quantityDelta: 0, reason: 'x', at }))).toBe(
      partRules.zeroAdjustment,
    );
  });

  it('refuses an adjustment that would leave negative stock', () => {
    expect(ruleOf(() => decide([registered, received('A1', 2)], { type: 'AdjustStock', partId, locationCode: 'A1', quantityDelta: -3, reason: 'x', at }))).toBe(
      partRules.negativeStock,
    );
  });

  it('keeps decimal quantities exact over many movements', () => {
    const given = [registered, ...Array.from({ length: 10 }, () => received('A1', 0.1))];
    expect(fold(partDecider, given)).toMatchObject({ onHand: { A1: 1 } });
  });
});
