import { BusinessRuleViolation, NotFound, type Decider } from '@repaero/event-sourcing';
import { addQuantities } from '../part/quantity';
import { requireQuantityPrecision, requireReason, requireRole, stockRules } from '../stock-rules';
import type { CountSessionCommand, RecordCount } from './commands';
import type { CountAdjustment, CountSessionEvent, ExpectedCountLine } from './events';

export interface CountLine extends ExpectedCountLine {
  readonly countedQuantity?: number;
}

export type CountSessionState =
  | { readonly status: 'not-opened' }
  | { readonly status: 'open'; readonly sessionId: string; readonly locationCode: string; readonly lines: readonly CountLine[] }
  | { readonly status: 'closed'; readonly sessionId: string; readonly adjustments: readonly CountAdjustment[] }
  | { readonly status: 'cancelled'; readonly sessionId: string; readonly reason: string };

type OpenSession = Extract<CountSessionState, { status: 'open' }>;

function decide(command: CountSessionCommand, state: CountSessionState): readonly CountSessionEvent[] {
  requireRole(command.actorRoles, 'storekeeper', 'run a cycle count');
  if (command.type === 'OpenCountSession') {
    if (state.status !== 'not-opened') {
      throw new BusinessRuleViolation(stockRules.countSessionAlreadyOpened, `count session ${command.sessionId} was already opened`, {
        sessionId: command.sessionId,
      });
    }
    requireDistinct(command.lines.map((line) => line.itemId));
    command.lines.forEach((line) => requireCountable(line, line.expectedQuantity));
    const { sessionId, locationCode, lines, at } = command;
    return [{ type: 'stock.CountSessionOpened', data: { sessionId, locationCode, lines, openedAt: at } }];
  }
  if (state.status === 'not-opened') throw new NotFound('count session', command.sessionId);
  if (state.status !== 'open') {
    throw new BusinessRuleViolation(stockRules.countSessionNotOpen, `count session ${state.sessionId} is ${state.status}`, { status: state.status });
  }
  switch (command.type) {
    case 'RecordCount':
      return recordCount(command, state);
    case 'CloseCountSession': {
      const uncounted = state.lines.filter((line) => line.countedQuantity === undefined).map((line) => line.itemId);
      if (uncounted.length > 0) {
        throw new BusinessRuleViolation(stockRules.countIncomplete, `${uncounted.length} expected line(s) not counted yet`, { itemIds: uncounted });
      }
      const differences = state.lines.filter((line) => line.countedQuantity !== line.expectedQuantity);
      const unexplained = differences.filter((line) => !command.reasons[line.itemId]?.trim()).map((line) => line.itemId);
      if (unexplained.length > 0) {
        throw new BusinessRuleViolation(stockRules.reasonRequired, 'every counted difference needs a reason', { itemIds: unexplained });
      }
      const adjustments = differences.map((line): CountAdjustment => {
        const countedQuantity = line.countedQuantity ?? 0;
        return {
          itemId: line.itemId,
          partId: line.partId,
          expectedQuantity: line.expectedQuantity,
          countedQuantity,
          quantityDelta: addQuantities(countedQuantity, -line.expectedQuantity),
          unit: line.unit,
          reason: command.reasons[line.itemId].trim(),
        };
      });
      return [{ type: 'stock.CountSessionClosed', data: { sessionId: state.sessionId, locationCode: state.locationCode, adjustments, closedAt: command.at } }];
    }
    case 'CancelCountSession': {
      const reason = requireReason(command.reason, 'cancelling a count session');
      return [{ type: 'stock.CountSessionCancelled', data: { sessionId: state.sessionId, reason, cancelledAt: command.at } }];
    }
    default: {
      const unhandled: never = command;
      throw new Error(`unhandled command ${(unhandled as CountSessionCommand).type}`);
    }
  }
}

function recordCount(command: RecordCount, session: OpenSession): CountSessionEvent[] {
  requireDistinct(command.lines.map((line) => line.itemId));
  const expected = new Map(session.lines.map((line) => [line.itemId, line]));
  const unexpected = command.lines.filter((line) => !expected.has(line.itemId)).map((line) => line.itemId);
  if (unexpected.length > 0) {
    // A found item is a receipt or a transfer to investigate, not a count line.
    throw new BusinessRuleViolation(stockRules.countLineNotExpected, `item(s) not expected at ${session.locationCode}`, { itemIds: unexpected });
  }
  return command.lines.flatMap(({ itemId, countedQuantity }): CountSessionEvent[] => {
    const line = expected.get(itemId) as CountLine;
    requireCountable(line, countedQuantity);
    if (line.countedQuantity === countedQuantity) return [];
    return [
      { type: 'stock.ItemCounted', data: { sessionId: session.sessionId, itemId, partId: line.partId, countedQuantity, unit: line.unit, countedAt: command.at } },
    ];
  });
}

function requireDistinct(itemIds: readonly string[]): void {
  const duplicated = itemIds.filter((itemId, index) => itemIds.indexOf(itemId) !== index);
  if (duplicated.length > 0) {
    throw new BusinessRuleViolation(stockRules.countLineDuplicated, 'an item appears twice', { itemIds: [...new Set(duplicated)] });
  }
}

function requireCountable(line: ExpectedCountLine, quantity: number): void {
  if (!(quantity >= 0)) {
    throw new BusinessRuleViolation(stockRules.countQuantityNegative, `a count of ${quantity} is impossible`, { itemId: line.itemId, quantity });
  }
  requireQuantityPrecision(quantity);
  if (line.serialNumber !== undefined && quantity > 1) {
    throw new BusinessRuleViolation(stockRules.serialItemQuantityOne, `serial ${line.serialNumber} is one unit`, { itemId: line.itemId, quantity });
  }
}

function evolve(state: CountSessionState, event: CountSessionEvent): CountSessionState {
  switch (event.type) {
    case 'stock.CountSessionOpened':
      return { status: 'open', sessionId: event.data.sessionId, locationCode: event.data.locationCode, lines: event.data.lines };
    case 'stock.ItemCounted':
      if (state.status !== 'open') return state;
      return {
        ...state,
        lines: state.lines.map((line) => (line.itemId === event.data.itemId ? { ...line, countedQuantity: event.data.countedQuantity } : line)),
      };
    case 'stock.CountSessionClosed':
      return { status: 'closed', sessionId: event.data.sessionId, adjustments: event.data.adjustments };
    case 'stock.CountSessionCancelled':
      return { status: 'cancelled', sessionId: event.data.sessionId, reason: event.data.reason };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export const countSessionDecider: Decider<CountSessionCommand, CountSessionEvent, CountSessionState> = {
  initialState: () => ({ status: 'not-opened' }),
  decide,
  evolve,
};
