import { BusinessRuleViolation, type Decider } from '@repaero/event-sourcing';
import { productionRules } from '../production-rules';
import type { SequenceCommand } from './commands';
import type { SequenceEvent } from './events';

export interface SequenceState {
  /** The last number allocated, 0 before the first. */
  readonly last: number;
  readonly allocations: Readonly<Record<string, number>>;
}

const SEQUENCE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The number already allocated to `allocatedTo`, if any: the handler reads it after `AllocateNumber`. */
export function allocatedNumber(state: SequenceState, allocatedTo: string): number | undefined {
  return Object.hasOwn(state.allocations, allocatedTo) ? state.allocations[allocatedTo] : undefined;
}

/**
 * A gap-free numbering (EASA Form 1 tracking numbers, work-order numbers): the next number follows the last
 * one recorded in the stream, and the append's expected version makes two concurrent allocations retry, so
 * no number is skipped or given twice. Idempotent per `allocatedTo`: a crash between allocating and using
 * the number never burns one, the retry gets the same number back.
 */
function decide(command: SequenceCommand, state: SequenceState): readonly SequenceEvent[] {
  if (!SEQUENCE_NAME.test(command.sequenceName)) {
    throw new BusinessRuleViolation(productionRules.sequenceNameInvalid, 'a sequence name is lower-case letters and digits, dash-separated', { sequenceName: command.sequenceName });
  }
  const allocatedTo = command.allocatedTo.trim();
  if (!allocatedTo) throw new BusinessRuleViolation(productionRules.allocatedToRequired, 'a number is allocated to something', { field: 'allocatedTo' });
  if (allocatedNumber(state, allocatedTo) !== undefined) return [];
  return [{ type: 'production.SequenceNumberAllocated', data: { sequenceName: command.sequenceName, number: state.last + 1, allocatedTo, by: command.by, allocatedAt: command.at } }];
}

function evolve(state: SequenceState, event: SequenceEvent): SequenceState {
  switch (event.type) {
    case 'production.SequenceNumberAllocated':
      return { last: Math.max(state.last, event.data.number), allocations: { ...state.allocations, [event.data.allocatedTo]: event.data.number } };
    default: {
      const unhandled: never = event.type;
      return unhandled;
    }
  }
}

export const sequenceDecider = {
  initialState: (): SequenceState => ({ last: 0, allocations: {} }),
  decide,
  evolve,
} satisfies Decider<SequenceCommand, SequenceEvent, SequenceState>;
