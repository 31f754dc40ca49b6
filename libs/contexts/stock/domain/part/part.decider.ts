import { BusinessRuleViolation, NotFound, type Decider } from '@repaero/event-sourcing';
import { isPartCatalogueCommand, type PartCatalogueCommand } from '../catalogue/commands';
import { isPartCatalogueEvent, type PartCatalogueEvent } from '../catalogue/events';
import { decidePartCatalogue, emptyPartCatalogue, evolvePartCatalogue, type PartCatalogue } from '../catalogue/part-catalogue.decider';
import type { PartAggregateCommand, PartCommand } from './commands';
import type { PartAggregateEvent, PartEvent } from './events';
import { addQuantities, hasAtMostQuantityDecimals } from './quantity';

export type PartState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'registered';
      readonly partId: string;
      readonly partNumber: string;
      readonly manufacturer?: string;
      readonly description: string;
      readonly unit: string;
      readonly onHand: Readonly<Record<string, number>>;
      readonly catalogue: PartCatalogue;
    };

export const partRules = {
  alreadyRegistered: 'stock.part-already-registered',
  quantityNotPositive: 'stock.quantity-not-positive',
  quantityPrecision: 'stock.quantity-precision',
  insufficientStock: 'stock.insufficient-stock',
  negativeStock: 'stock.negative-stock',
  reasonRequired: 'stock.adjustment-reason-required',
  zeroAdjustment: 'stock.adjustment-zero',
} as const;

function requirePositive(quantity: number): void {
  if (!(quantity > 0)) {
    throw new BusinessRuleViolation(partRules.quantityNotPositive, 'quantity must be greater than zero', { quantity });
  }
  requirePrecision(quantity);
}

function requirePrecision(quantity: number): void {
  if (!hasAtMostQuantityDecimals(quantity)) {
    throw new BusinessRuleViolation(partRules.quantityPrecision, 'quantity has more than three decimals', { quantity });
  }
}

function decideOnRegistered(command: Exclude<PartCommand, { type: 'RegisterPart' }>, part: Extract<PartState, { status: 'registered' }>): PartEvent[] {
  const onHand = part.onHand[command.locationCode] ?? 0;
  switch (command.type) {
    case 'ReceivePart':
      requirePositive(command.quantity);
      return [
        {
          type: 'stock.PartReceived',
          data: { partId: part.partId, locationCode: command.locationCode, quantity: command.quantity, unit: part.unit, receivedAt: command.at },
        },
      ];
    case 'IssuePart':
      requirePositive(command.quantity);
      if (command.quantity > onHand) {
        throw new BusinessRuleViolation(
          partRules.insufficientStock,
          `cannot issue ${command.quantity} ${part.unit} from ${command.locationCode}: ${onHand} on hand`,
          { locationCode: command.locationCode, requested: command.quantity, onHand },
        );
      }
      return [
        {
          type: 'stock.PartIssued',
          data: {
            partId: part.partId,
            locationCode: command.locationCode,
            quantity: command.quantity,
            unit: part.unit,
            workOrderRef: command.workOrderRef,
            issuedAt: command.at,
          },
        },
      ];
    case 'AdjustStock': {
      if (!command.reason.trim()) throw new BusinessRuleViolation(partRules.reasonRequired, 'an adjustment needs a reason');
      if (command.quantityDelta === 0) throw new BusinessRuleViolation(partRules.zeroAdjustment, 'an adjustment of zero changes nothing');
      requirePrecision(command.quantityDelta);
      const after = addQuantities(onHand, command.quantityDelta);
      if (after < 0) {
        throw new BusinessRuleViolation(partRules.negativeStock, `adjustment would leave ${after} ${part.unit} at ${command.locationCode}`, {
          locationCode: command.locationCode,
          onHand,
          quantityDelta: command.quantityDelta,
        });
      }
      return [
        {
          type: 'stock.StockAdjusted',
          data: {
            partId: part.partId,
            locationCode: command.locationCode,
            quantityDelta: command.quantityDelta,
            unit: part.unit,
            reason: command.reason.trim(),
            adjustedAt: command.at,
          },
        },
      ];
    }
    default: {
      const unhandled: never = command;
      throw new Error(`unhandled command ${(unhandled as PartCommand).type}`);
    }
  }
}

function withOnHand(state: PartState, locationCode: string, delta: number): PartState {
  if (state.status !== 'registered') return state;
  return { ...state, onHand: { ...state.onHand, [locationCode]: addQuantities(state.onHand[locationCode] ?? 0, delta) } };
}

/**
 * Overloaded so that movement commands are typed to yield movement events and catalogue commands
 * catalogue events; the last signature is the one the pipeline and `deciderSpec` see.
 */
function decide(command: PartCommand, state: PartState): readonly PartEvent[];
function decide(command: PartCatalogueCommand, state: PartState): readonly PartCatalogueEvent[];
function decide(command: PartAggregateCommand, state: PartState): readonly PartAggregateEvent[];
function decide(command: PartAggregateCommand, state: PartState): readonly PartAggregateEvent[] {
  if (isPartCatalogueCommand(command)) {
    if (state.status !== 'registered') throw new NotFound('part', command.partId);
    return decidePartCatalogue(command, state);
  }
  if (command.type === 'RegisterPart') {
    if (state.status === 'registered') {
      throw new BusinessRuleViolation(partRules.alreadyRegistered, `part ${state.partNumber} is already registered`, {
        partId: state.partId,
      });
    }
    const { partId, partNumber, manufacturer, description, unit, at } = command;
    return [{ type: 'stock.PartRegistered', data: { partId, partNumber, manufacturer, description, unit, registeredAt: at } }];
  }
  if (state.status !== 'registered') throw new NotFound('part', command.partId);
  return decideOnRegistered(command, state);
}

function evolve(state: PartState, event: PartAggregateEvent): PartState {
  if (isPartCatalogueEvent(event)) return state.status === 'registered' ? evolvePartCatalogue(state, event) : state;
  switch (event.type) {
    case 'stock.PartRegistered':
      return { status: 'registered', ...event.data, onHand: {}, catalogue: emptyPartCatalogue };
    case 'stock.PartReceived':
      return withOnHand(state, event.data.locationCode, event.data.quantity);
    case 'stock.PartIssued':
      return withOnHand(state, event.data.locationCode, -event.data.quantity);
    case 'stock.StockAdjusted':
      return withOnHand(state, event.data.locationCode, event.data.quantityDelta);
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export const partDecider = {
  initialState: (): PartState => ({ status: 'unregistered' }),
  decide,
  evolve,
} satisfies Decider<PartAggregateCommand, PartAggregateEvent, PartState>;
